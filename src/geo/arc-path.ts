/**
 * SVG path text from projected arcs, without d3.
 *
 * Projected arcs are integer tenths of a pixel (`Int32Array [x0, y0, x1, y1, …]`): one decimal is
 * all a map in a box of a few thousand pixels needs, and integers make the relative steps exact,
 * so a border shared by two regions is written once per direction and both regions meet exactly.
 */

/** Tenths to text: `12` → "1.2", `-5` → "-0.5", `30` → "3". */
function t(v: number): string {
  return String(v / 10);
}

// Step text for the common small steps, built once: number-to-text is the hot spot of map drawing.
const TABLE = 2048;
let xText: string[] | undefined;
let yText: string[] | undefined;
function tables(): [string[], string[]] {
  if (!xText || !yText) {
    xText = [];
    yText = [];
    for (let v = -TABLE; v <= TABLE; v++) {
      xText.push((v < 0 ? '' : ' ') + t(v));
      yText.push((v < 0 ? '' : ',') + t(v));
    }
  }
  return [xText, yText];
}

function step(dx: number, dy: number, xs: string[], ys: string[]): string {
  return (
    (dx >= -TABLE && dx <= TABLE ? xs[dx + TABLE]! : (dx < 0 ? '' : ' ') + t(dx)) +
    (dy >= -TABLE && dy <= TABLE ? ys[dy + TABLE]! : (dy < 0 ? '' : ',') + t(dy))
  );
}

/**
 * Relative `l` steps along an arc, after its first point (forward) or last point (reversed).
 * Zero-length steps are left out. Every step begins with its own separator (a space, or the minus sign).
 */
export function arcSteps(pts: Int32Array, reversed: boolean): string {
  let s = '';
  const n = pts.length;
  const [xs, ys] = tables();
  // One walk in either direction: from the first point forwards, or from the last backwards.
  const by = reversed ? -2 : 2;
  let i = reversed ? n - 2 : 0;
  let px = pts[i]!,
    py = pts[i + 1]!;
  for (i += by; i >= 0 && i < n; i += by) {
    const x = pts[i]!,
      y = pts[i + 1]!;
    const dx = x - px,
      dy = y - py;
    if (dx === 0 && dy === 0) continue;
    s += step(dx, dy, xs, ys);
    px = x;
    py = y;
  }
  return s;
}

/** Reads arcs already projected to tenths; `null` for an arc that could not be projected. */
export type ProjectedArcs = readonly (Int32Array | null)[];

/** Caches each arc's step text per direction, for one projection of one collection. */
export class ArcText {
  private readonly fwd: (string | undefined)[] = [];
  private readonly rev: (string | undefined)[] = [];
  constructor(private readonly arcs: ProjectedArcs) {}

  /** Text for one arc reference (`i` forward, `~i` reversed). */
  steps(ref: number): string {
    if (ref >= 0) return (this.fwd[ref] ??= arcSteps(this.arcs[ref]!, false));
    const i = ~ref;
    return (this.rev[i] ??= arcSteps(this.arcs[i]!, true));
  }

  /** One closed ring: `M x,y l … Z`. */
  ring(refs: readonly number[]): string {
    const r0 = refs[0]!;
    const a0 = this.arcs[r0 < 0 ? ~r0 : r0]!;
    const j = r0 < 0 ? a0.length - 2 : 0;
    let body = '';
    for (let i = 0; i < refs.length; i++) body += this.steps(refs[i]!);
    return 'M' + t(a0[j]!) + ',' + t(a0[j + 1]!) + (body ? 'l' + body : '') + 'Z';
  }

  /** Path text of a shape: polygons of rings of arc references. */
  shape(polygons: readonly (readonly number[])[][]): string {
    let s = '';
    for (const rings of polygons) for (const refs of rings) s += this.ring(refs);
    return s;
  }
}

/**
 * Label anchor of a shape: the area centroid of the outer ring of its largest polygon, in pixels
 * (rounded to 0.1). A zero-area ring gives the mean of its points. Null when there are no points.
 */
export function shapeAnchor(
  arcs: ProjectedArcs,
  polygons: readonly (readonly number[])[][],
): [number, number] | null {
  let best: [number, number] | null = null;
  let bestArea = -1;
  for (const rings of polygons) {
    const refs = rings[0];
    if (!refs) continue;
    let a2 = 0,
      cx = 0,
      cy = 0,
      sx = 0,
      sy = 0,
      n = 0;
    for (const ref of refs) {
      const pts = arcs[ref < 0 ? ~ref : ref]!;
      const m = pts.length / 2;
      // Every arc after its first point; the ring is closed, so this visits each vertex once.
      for (let k = 1; k < m; k++) {
        const i = ref < 0 ? m - 1 - k : k;
        const ip = ref < 0 ? i + 1 : i - 1;
        const x0 = pts[2 * ip]!,
          y0 = pts[2 * ip + 1]!,
          x1 = pts[2 * i]!,
          y1 = pts[2 * i + 1]!;
        const c = x0 * y1 - x1 * y0;
        a2 += c;
        cx += (x0 + x1) * c;
        cy += (y0 + y1) * c;
        sx += x1;
        sy += y1;
        n++;
      }
    }
    if (n === 0) continue;
    const area = Math.abs(a2);
    if (area > bestArea) {
      bestArea = area;
      best =
        a2 !== 0
          ? [Math.round(cx / (3 * a2)) / 10, Math.round(cy / (3 * a2)) / 10]
          : [Math.round(sx / n) / 10, Math.round(sy / n) / 10];
    }
  }
  return best;
}
