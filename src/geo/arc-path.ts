/**
 * SVG path text from projected arcs, without d3.
 *
 * Projected arcs are integer tenths of a pixel (`Int32Array [x0, y0, x1, y1, …]`): one decimal is
 * all a map in a box of a few thousand pixels needs, and integers make the relative steps exact,
 * so a border shared by two regions is drawn the same way in both and they meet exactly.
 */

/** Reads arcs already projected to tenths; `null` for an arc that could not be projected. */
export type ProjectedArcs = readonly (Int32Array | null)[];

const MINUS = 45,
  DOT = 46,
  ZERO = 48,
  SPACE = 32,
  COMMA = 44;

/**
 * Tenths `v` (an integer, |v| < 2³¹) as text at `p` in `b`, as `String(v / 10)` writes them:
 * `12` → "1.2", `-5` → "-0.5", `30` → "3". Returns where the text ends.
 */
function num(b: Uint8Array, p: number, v: number): number {
  if (v < 0) {
    b[p++] = MINUS;
    v = -v;
  }
  let whole = (v / 10) | 0;
  const tenth = v - whole * 10;
  if (whole < 10) b[p++] = ZERO + whole;
  else {
    let end = p + 1;
    for (let k = 10; k <= whole; k *= 10) end++;
    for (let q = end - 1; q >= p; q--) {
      const next = (whole / 10) | 0;
      b[q] = ZERO + whole - next * 10;
      whole = next;
    }
    p = end;
  }
  if (tenth) {
    b[p++] = DOT;
    b[p++] = ZERO + tenth;
  }
  return p;
}

/**
 * Writes path text as ASCII bytes into one growing buffer, decoded to a string once: number-to-text
 * and thousands of small string joins were the hot spot of map drawing (and of its garbage).
 * Each shape's path is then a slice of that one string.
 */
export class PathWriter {
  private buf = new Uint8Array(1 << 16);
  /** Bytes written so far: where the next shape starts. */
  length = 0;
  constructor(private readonly arcs: ProjectedArcs) {}

  /** Makes room for `n` more bytes. */
  private room(n: number): Uint8Array {
    if (this.length + n > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
      next.set(this.buf.subarray(0, this.length));
      this.buf = next;
    }
    return this.buf;
  }

  /**
   * Relative `l` steps along an arc reference (`i` forward from its first point, `~i` backwards
   * from its last). Zero-length steps are left out; every step begins with its own separator (a
   * space, or the minus sign). Returns whether anything was written.
   */
  steps(ref: number): boolean {
    const pts = this.arcs[ref < 0 ? ~ref : ref]!;
    const n = pts.length;
    // A step is at most two numbers of 12 bytes ("-214748364.7") and a separator: room for all at once.
    const b = this.room(13 * n);
    const by = ref < 0 ? -2 : 2;
    let i = ref < 0 ? n - 2 : 0;
    let px = pts[i]!,
      py = pts[i + 1]!;
    const start = this.length;
    let p = start;
    for (i += by; i >= 0 && i < n; i += by) {
      const x = pts[i]!,
        y = pts[i + 1]!;
      const dx = x - px,
        dy = y - py;
      if (dx === 0 && dy === 0) continue;
      if (dx >= 0) b[p++] = SPACE;
      p = num(b, p, dx);
      if (dy >= 0) b[p++] = COMMA;
      p = num(b, p, dy);
      px = x;
      py = y;
    }
    this.length = p;
    return p > start;
  }

  /** One closed ring: `M x,y l … Z`. False, with nothing written, when an arc could not be projected. */
  ring(refs: readonly number[]): boolean {
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i]!;
      if (!this.arcs[r < 0 ? ~r : r]) return false;
    }
    const r0 = refs[0]!;
    const a0 = this.arcs[r0 < 0 ? ~r0 : r0]!;
    const j = r0 < 0 ? a0.length - 2 : 0;
    const b = this.room(32);
    let p = this.length;
    b[p++] = 77; // M
    p = num(b, p, a0[j]!);
    b[p++] = COMMA;
    p = num(b, p, a0[j + 1]!);
    const l = p;
    b[p++] = 108; // l
    this.length = p;
    let any = false;
    for (let i = 0; i < refs.length; i++) if (this.steps(refs[i]!)) any = true;
    if (!any) this.length = l;
    this.room(1)[this.length++] = 90; // Z
    return true;
  }

  /**
   * Path text of a shape: polygons of rings of arc references. False, with nothing written, when
   * one of its arcs could not be projected.
   */
  shape(polygons: readonly (readonly number[])[][]): boolean {
    const start = this.length;
    for (let i = 0; i < polygons.length; i++) {
      const rings = polygons[i]!;
      for (let k = 0; k < rings.length; k++)
        if (!this.ring(rings[k]!)) {
          this.length = start;
          return false;
        }
    }
    return true;
  }

  /** Everything written, as one string. */
  text(): string {
    return new TextDecoder().decode(this.buf.subarray(0, this.length));
  }
}

/**
 * Relative `l` steps along an arc, after its first point (forward) or last point (reversed).
 * Zero-length steps are left out. Every step begins with its own separator (a space, or the minus sign).
 */
export function arcSteps(pts: Int32Array, reversed: boolean): string {
  const w = new PathWriter([pts]);
  w.steps(reversed ? ~0 : 0);
  return w.text();
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
