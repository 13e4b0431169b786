/**
 * Classing region values for a choropleth: quantize, quantile, threshold, diverging, categorical.
 * A small port of d3-scale's scaleQuantize / scaleQuantile (R-7) / scaleThreshold semantics
 * (tests compare it with d3-scale on many inputs), so d3-scale is not shipped. Pure, no DOM.
 * Never throws: bad options give a `Problem` (paths point into the options) and a sane fallback.
 */
import type { Problem } from '../model/types.js';
import {
  CATEGORICAL_PALETTE,
  DIVERGING_PALETTE,
  SEQUENTIAL_PALETTE,
  inkOn,
  parseColor,
  spread,
} from './palettes.js';

export type ClassifyMethod = 'quantize' | 'quantile' | 'threshold' | 'diverging' | 'categorical';

export interface ClassifyOptions {
  method: ClassifyMethod;
  /** Default 5; clamped to 2..9 (a problem when out of range). Not used by threshold. */
  classes?: number;
  /** threshold: k strictly ascending finite breaks → k + 1 classes (k ≤ 8). */
  breaks?: readonly number[];
  /** diverging: the midpoint (e.g. the national figure); default 0. */
  reference?: number;
  /** CSS colours (#rgb, #rrggbb, rgb()) overriding the default palette. */
  palette?: readonly string[];
}

export interface ValueClass {
  /** Inclusive lower bound; null = open (−∞). Numeric methods. */
  min: number | null;
  /** Exclusive upper bound; null = open (+∞). The last class includes its max. */
  max: number | null;
  /** Categorical methods. */
  category?: string;
  /** Fill, '#rrggbb'. */
  color: string;
  /** '#000000' or '#ffffff', whichever contrasts more with `color`. */
  ink: string;
  /** How many input values fall in this class. */
  count: number;
}

export interface Classification {
  method: ClassifyMethod;
  classes: ValueClass[];
  /** The class index of a value, or −1 for no data (null, non-numeric, or no classes). */
  classOf(value: number | string | null | undefined): number;
  problems: Problem[];
}

export const CLASSIFY_METHODS: readonly ClassifyMethod[] = [
  'quantize',
  'quantile',
  'threshold',
  'diverging',
  'categorical',
];

const DEFAULT_CLASSES = 5;
const MIN_CLASSES = 2;
const MAX_CLASSES = 9;

/** Index of the first threshold greater than x (d3.bisectRight). */
function bisectRight(thresholds: readonly number[], x: number): number {
  let lo = 0;
  let hi = thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (thresholds[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** R-7 quantile of sorted values (d3.quantileSorted). */
function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (p <= 0 || n < 2) return sorted[0]!;
  if (p >= 1) return sorted[n - 1]!;
  const i = (n - 1) * p;
  const i0 = Math.floor(i);
  const v0 = sorted[i0]!;
  const v1 = sorted[i0 + 1]!;
  return v0 + (v1 - v0) * (i - i0);
}

/** A value as a finite number, or null (numeric text is read; '' and non-numbers are not). */
function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function resolveClasses(classes: unknown, problems: Problem[]): number {
  if (classes === undefined || classes === null) return DEFAULT_CLASSES;
  if (typeof classes !== 'number' || !Number.isFinite(classes)) {
    problems.push({
      path: '/classes',
      message: `classes must be a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}, not ${describe(classes)}; ${DEFAULT_CLASSES} used.`,
    });
    return DEFAULT_CLASSES;
  }
  let n = classes;
  if (!Number.isInteger(n)) {
    n = Math.round(n);
    problems.push({
      path: '/classes',
      message: `classes must be a whole number; ${classes} rounded to ${n}.`,
    });
  }
  if (n < MIN_CLASSES || n > MAX_CLASSES) {
    const clamped = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, n));
    problems.push({
      path: '/classes',
      message: `classes must be from ${MIN_CLASSES} to ${MAX_CLASSES}, not ${classes}; ${clamped} used.`,
    });
    n = clamped;
  }
  return n;
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return value === null ? 'null' : typeof value;
}

/** Valid colours of an author palette; invalid entries are reported and dropped. */
function readPalette(palette: unknown, problems: Problem[]): string[] | null {
  if (palette === undefined || palette === null) return null;
  if (!Array.isArray(palette)) {
    problems.push({
      path: '/palette',
      message: 'palette must be a list of colours (#rgb, #rrggbb, rgb()); default used.',
    });
    return null;
  }
  const out: string[] = [];
  palette.forEach((entry: unknown, i) => {
    const color = parseColor(entry);
    if (color) out.push(color);
    else
      problems.push({
        path: `/palette/${i}`,
        message: `${describe(entry)} is not #rgb, #rrggbb or rgb(r, g, b); skipped.`,
      });
  });
  return out;
}

/** n colours: from the author palette when it has enough, else from the default (with a problem). */
function pickColors(
  own: string[] | null,
  fallback: readonly string[],
  n: number,
  problems: Problem[],
): string[] {
  if (own && own.length >= n) return spread(own, n);
  if (own) {
    problems.push({
      path: '/palette',
      message: `palette has ${own.length} usable colour${own.length === 1 ? '' : 's'} but ${n} classes need ${n}; default used.`,
    });
  }
  return spread(fallback, n);
}

function build(
  method: ClassifyMethod,
  nums: readonly number[],
  thresholds: readonly number[],
  bounds: Array<[number | null, number | null]>,
  colors: readonly string[],
  problems: Problem[],
): Classification {
  const classes: ValueClass[] = bounds.map(([min, max], i) => ({
    min,
    max,
    color: colors[i]!,
    ink: inkOn(colors[i]!),
    count: 0,
  }));
  const classOf = (value: number | string | null | undefined): number => {
    const x = toNumber(value);
    if (x === null || classes.length === 0) return -1;
    return Math.min(classes.length - 1, bisectRight(thresholds, x));
  };
  for (const v of nums) classes[classOf(v)]!.count++;
  return { method, classes, classOf, problems };
}

function empty(method: ClassifyMethod, problems: Problem[]): Classification {
  return { method, classes: [], classOf: () => -1, problems };
}

/**
 * Classes for numeric values. quantize: equal intervals over [min, max] of the finite values
 * (d3 scaleQuantize); quantile: R-7 quantiles as class bounds (d3 scaleQuantile); threshold: the
 * author's breaks (d3 scaleThreshold); diverging: equal classes symmetric around `reference`
 * (an odd count keeps a middle class holding the reference); categorical: each distinct value.
 * A value on a bound belongs to the class above it. Null and non-finite values are no data (−1)
 * and are not counted. No finite value → no classes.
 */
export function classifyValues(values: readonly (number | null)[], options: ClassifyOptions): Classification {
  const problems: Problem[] = [];
  const opts: Partial<ClassifyOptions> = options !== null && typeof options === 'object' ? options : {};
  let method: ClassifyMethod = 'quantize';
  if (opts.method !== undefined) {
    if (CLASSIFY_METHODS.includes(opts.method)) method = opts.method;
    else
      problems.push({
        path: '/method',
        message: `method must be one of ${CLASSIFY_METHODS.join(', ')}, not ${describe(opts.method)}; quantize used.`,
      });
  }
  const list: readonly unknown[] = Array.isArray(values) ? values : [];

  if (method === 'categorical') {
    const texts = list.map((v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : null));
    const result = classifyCategories(texts, { palette: opts.palette });
    return { ...result, problems: [...problems, ...result.problems] };
  }

  const nums = list.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const own = readPalette(opts.palette, problems);

  if (method === 'threshold') {
    const breaks: number[] = [];
    const given: readonly unknown[] = Array.isArray(opts.breaks) ? opts.breaks : [];
    if (opts.breaks !== undefined && !Array.isArray(opts.breaks))
      problems.push({ path: '/breaks', message: 'breaks must be a list of numbers.' });
    given.forEach((b, i) => {
      const x = typeof b === 'number' && Number.isFinite(b) ? b : null;
      if (x === null)
        problems.push({
          path: `/breaks/${i}`,
          message: `break ${describe(b)} is not a finite number; dropped.`,
        });
      else if (breaks.length > 0 && x <= breaks[breaks.length - 1]!)
        problems.push({
          path: `/breaks/${i}`,
          message: `breaks must be strictly ascending; ${x} is not above ${breaks[breaks.length - 1]}; dropped.`,
        });
      else if (breaks.length >= MAX_CLASSES - 1)
        problems.push({
          path: `/breaks/${i}`,
          message: `at most ${MAX_CLASSES - 1} breaks; ${x} dropped.`,
        });
      else breaks.push(x);
    });
    if (breaks.length === 0) {
      problems.push({
        path: '/breaks',
        message: 'threshold needs a finite break (breaks="1,2,3"); quantize used.',
      });
      method = 'quantize';
    } else {
      if (nums.length === 0) return empty(method, problems);
      const n = breaks.length + 1;
      const bounds: Array<[number | null, number | null]> = [];
      for (let i = 0; i < n; i++)
        bounds.push([i === 0 ? null : breaks[i - 1]!, i === n - 1 ? null : breaks[i]!]);
      return build(method, nums, breaks, bounds, pickColors(own, SEQUENTIAL_PALETTE, n, problems), problems);
    }
  }

  let n = resolveClasses(opts.classes, problems);
  let reference = 0;
  if (method === 'diverging' && opts.reference !== undefined) {
    if (typeof opts.reference === 'number' && Number.isFinite(opts.reference)) reference = opts.reference;
    else
      problems.push({
        path: '/reference',
        message: `reference must be a finite number, not ${describe(opts.reference)}; 0 used.`,
      });
  }
  if (nums.length === 0) return empty(method, problems);

  let lo = Infinity;
  let hi = -Infinity;
  for (const v of nums) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }

  const dataLo = lo;
  const dataHi = hi;
  let thresholds: number[] = [];
  if (method === 'diverging') {
    let extent = 0;
    for (const v of nums) extent = Math.max(extent, Math.abs(v - reference));
    lo = reference - extent;
    hi = reference + extent;
    if (extent > 0) {
      for (let i = 1; i < n; i++) thresholds.push(lo + ((hi - lo) * i) / n);
      if (n % 2 === 0) thresholds[n / 2 - 1] = reference;
    }
  } else if (lo < hi) {
    if (method === 'quantize') {
      // d3 scaleQuantize: ((i + 1) * x1 - (i - k) * x0) / (k + 1), k = n − 1 thresholds.
      const k = n - 1;
      for (let i = 0; i < k; i++) thresholds.push(((i + 1) * hi - (i - k) * lo) / (k + 1));
    } else {
      const sorted = [...nums].sort((a, b) => a - b);
      for (let i = 1; i < n; i++) thresholds.push(quantileSorted(sorted, i / n));
    }
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || thresholds.some((t) => !Number.isFinite(t))) {
    problems.push({
      path: '',
      message: 'the values are too large to class; no classes drawn.',
    });
    return empty(method, problems);
  }
  if (lo === hi) {
    // Every value is the same (or equals the reference): one class holds them all.
    n = 1;
    thresholds = [];
  }
  const bounds: Array<[number | null, number | null]> = [];
  for (let i = 0; i < n; i++)
    bounds.push([i === 0 ? lo : thresholds[i - 1]!, i === n - 1 ? hi : thresholds[i]!]);
  // The symmetric range reaches past the data on one side (R&D intensity 0.5–6.15 % around 2.5 %
  // would start at −1.15 %): that outer class is open-ended ("< 0.31 %"), never a number no region has.
  if (n > 1 && lo < dataLo) bounds[0]![0] = null;
  if (n > 1 && hi > dataHi) bounds[n - 1]![1] = null;
  const fallback = method === 'diverging' ? DIVERGING_PALETTE : SEQUENTIAL_PALETTE;
  return build(method, nums, thresholds, bounds, pickColors(own, fallback, n, problems), problems);
}

/**
 * One class per distinct category (trimmed text), in order of first appearance; Okabe–Ito colours,
 * cycled (with a problem) beyond eight. Null and empty text are no data.
 */
export function classifyCategories(
  values: readonly (string | null)[],
  options?: { palette?: readonly string[] },
): Classification {
  const problems: Problem[] = [];
  const index = new Map<string, number>();
  const classes: ValueClass[] = [];
  const key = (value: unknown): string | null => {
    const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    if (typeof text !== 'string') return null;
    const k = text.trim();
    return k === '' ? null : k;
  };
  const list: readonly unknown[] = Array.isArray(values) ? values : [];
  for (const value of list) {
    const k = key(value);
    if (k === null) continue;
    const i = index.get(k);
    if (i !== undefined) classes[i]!.count++;
    else {
      index.set(k, classes.length);
      classes.push({ min: null, max: null, category: k, color: '', ink: '', count: 1 });
    }
  }
  const own = readPalette(options?.palette, problems);
  let palette: readonly string[] = CATEGORICAL_PALETTE;
  if (own && own.length >= classes.length && own.length > 0) palette = own;
  else if (own) {
    problems.push({
      path: '/palette',
      message: `palette has ${own.length} usable colour${own.length === 1 ? '' : 's'} for ${classes.length} categories; default used.`,
    });
  }
  if (classes.length > palette.length) {
    problems.push({
      path: '/palette',
      message: `${classes.length} categories, ${palette.length} colours: colours repeat; use at most ${palette.length} categories.`,
    });
  }
  classes.forEach((c, i) => {
    c.color = palette[i % palette.length]!;
    c.ink = inkOn(c.color);
  });
  const classOf = (value: number | string | null | undefined): number => {
    const k = key(value);
    return k === null ? -1 : (index.get(k) ?? -1);
  };
  return { method: 'categorical', classes, classOf, problems };
}
