/**
 * Colour-blind-safe palettes for region maps, and the colour arithmetic they need (parsing CSS
 * colours, WCAG contrast, black-or-white ink). Pure, no DOM.
 */

/**
 * Sequential: ColorBrewer YlGnBu sampled evenly from t = 0.12 to 0.85, so the lightest class still
 * shows on white (1.12:1) and the darkest on a #1b1b1f page (1.78:1); steps stay distinct.
 */
export const SEQUENTIAL_PALETTE: readonly string[] = [
  '#eef8b3',
  '#d3eeb3',
  '#a9ddb7',
  '#76cabc',
  '#48b9c3',
  '#2b9fc2',
  '#1f80b8',
  '#225ba7',
  '#243c98',
];

/** Diverging: ColorBrewer RdBu (9), red below the reference, blue above, the middle light. */
export const DIVERGING_PALETTE: readonly string[] = [
  '#b2182b',
  '#d6604d',
  '#f4a582',
  '#fddbc7',
  '#f7f7f7',
  '#d1e5f0',
  '#92c5de',
  '#4393c3',
  '#2166ac',
];

/** Categorical: Okabe–Ito (8), cycled beyond eight categories. */
export const CATEGORICAL_PALETTE: readonly string[] = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#000000',
];

/** `n` colours spread evenly over `palette` (ends included; n = 1 takes the middle). */
export function spread(palette: readonly string[], n: number): string[] {
  const len = palette.length;
  if (n <= 0 || len === 0) return [];
  if (n === 1) return [palette[Math.floor((len - 1) / 2)]!];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(palette[Math.round((i * (len - 1)) / (n - 1))]!);
  return out;
}

const byte = (v: number): string =>
  Math.max(0, Math.min(255, Math.round(v)))
    .toString(16)
    .padStart(2, '0');

/**
 * A CSS colour as '#rrggbb' (lower case), or null. Reads #rgb, #rgba, #rrggbb, #rrggbbaa (alpha
 * ignored) and rgb()/rgba() with numbers or percentages. Names ("red") are not read.
 */
export function parseColor(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().toLowerCase();
  let m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text);
  if (m) {
    const h = m[1]!;
    if (h.length <= 4) return '#' + h[0]! + h[0]! + h[1]! + h[1]! + h[2]! + h[2]!;
    return '#' + h.slice(0, 6);
  }
  m = /^rgba?\(\s*([^)]*)\)$/.exec(text);
  if (!m) return null;
  const parts = m[1]!.split(/\s*[,/]\s*|\s+/).filter((p) => p !== '');
  if (parts.length < 3 || parts.length > 4) return null;
  let out = '#';
  for (const part of parts.slice(0, 3)) {
    const pm = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(part);
    if (!pm) return null;
    const v = Number(pm[1]);
    out += byte(pm[2] ? (v * 255) / 100 : v);
  }
  return out;
}

/** WCAG 2 relative luminance of '#rrggbb'. */
export function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}

/** WCAG 2 contrast ratio of two '#rrggbb' colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const x = luminance(a);
  const y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** '#000000' or '#ffffff', whichever contrasts more with `fill` (always ≥ 4.58:1). */
export function inkOn(fill: string): '#000000' | '#ffffff' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}
