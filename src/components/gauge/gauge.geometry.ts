/**
 * Pure SVG path geometry for the gauge: a "frame" maps a position along the track (`s`, 0…1) and a
 * distance across it (`u`, px, 0 = inner edge, `thickness` = outer edge) to screen points, for the
 * three variants. Paths are hand-written (an annular sector is ~15 lines; d3-shape's `arc()` adds
 * ≈2.5 KB min+gzip to the standalone entry for the same result). Numbers are rounded to 2 decimals.
 */
import { numberText } from '../../format/number.js';

/** Rounds to 2 decimals; never returns -0. */
export function r2(n: number): number {
  const v = Math.round(n * 100) / 100;
  return v === 0 ? 0 : v;
}

/** `n` rounded to 2 decimals, as text. */
export const s2 = (n: number): string => numberText(r2(n));

type Point = [number, number];

const fmt = (p: Point) => `${s2(p[0])},${s2(p[1])}`;

export interface Frame {
  kind: 'polar' | 'linear';
  thickness: number;
  /** Screen point at position `s` along the track, `u` px across it. */
  point(s: number, u: number): Point;
  /** Unit vector along the track (direction of growing `s`) at `s`. */
  tangent(s: number): Point;
  /** Angle in degrees (polar, clockwise from 12 o'clock) or x in px (linear) at `s`. */
  at(s: number): number;
  /** Filled segment between positions s0…s1, across u0…u1. */
  segment(s0: number, s1: number, u0: number, u1: number): string;
}

/** Polar frame: angles in degrees clockwise from 12 o'clock, `a0` at s = 0, `a1` at s = 1. */
export function polarFrame(
  cx: number,
  cy: number,
  r0: number,
  thickness: number,
  a0: number,
  a1: number,
): Frame {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const angle = (s: number) => a0 + (a1 - a0) * s;
  const pointAt = (r: number, deg: number): Point => [
    cx + r * Math.sin(rad(deg)),
    cy - r * Math.cos(rad(deg)),
  ];
  return {
    kind: 'polar',
    thickness,
    point: (s, u) => pointAt(r0 + u, angle(s)),
    tangent: (s) => {
      const a = rad(angle(s));
      const sign = a1 >= a0 ? 1 : -1;
      return [Math.cos(a) * sign, Math.sin(a) * sign];
    },
    at: (s) => r2(angle(s)),
    segment: (s0, s1, u0, u1) => annulus(cx, cy, Math.max(0, r0 + u0), r0 + u1, angle(s0), angle(s1)),
  };
}

/** Linear frame: a horizontal track from x0 to x1 whose inner (u = 0) edge is at `yInner`; outer is up. */
export function linearFrame(x0: number, x1: number, yInner: number, thickness: number): Frame {
  const x = (s: number) => x0 + (x1 - x0) * s;
  return {
    kind: 'linear',
    thickness,
    point: (s, u) => [x(s), yInner - u],
    tangent: () => [1, 0],
    at: (s) => r2(x(s)),
    segment: (s0, s1, u0, u1) => {
      const left = Math.min(x(s0), x(s1));
      const w = Math.abs(x(s1) - x(s0));
      const top = yInner - Math.max(u0, u1);
      const h = Math.abs(u1 - u0);
      return `M${fmt([left, top])}h${s2(w)}v${s2(h)}h${s2(-w)}Z`;
    },
  };
}

/**
 * Annular sector between radii r0 < r1 and angles a0, a1 (degrees clockwise from 12 o'clock). A full
 * turn is drawn as two rings (use `fill-rule="evenodd"`). Empty string for an empty sector.
 */
export function annulus(cx: number, cy: number, r0: number, r1: number, a0: number, a1: number): string {
  const span = a1 - a0;
  if (Math.abs(span) < 1e-9 || r1 <= r0) return '';
  const p = (r: number, deg: number): Point => {
    const a = (deg * Math.PI) / 180;
    return [cx + r * Math.sin(a), cy - r * Math.cos(a)];
  };
  if (Math.abs(span) >= 360 - 1e-9) {
    const circle = (r: number) =>
      `M${fmt(p(r, 0))}A${s2(r)},${s2(r)} 0 1 1 ${fmt(p(r, 180))}A${s2(r)},${s2(r)} 0 1 1 ${fmt(p(r, 0))}Z`;
    return r0 > 0 ? circle(r1) + circle(r0) : circle(r1);
  }
  const large = Math.abs(span) > 180 ? '1' : '0';
  const sweep = span > 0;
  const outer = `M${fmt(p(r1, a0))}A${s2(r1)},${s2(r1)} 0 ${large} ${sweep ? '1' : '0'} ${fmt(p(r1, a1))}`;
  if (r0 <= 0) return `${outer}L${fmt([cx, cy])}Z`;
  return `${outer}L${fmt(p(r0, a1))}A${s2(r0)},${s2(r0)} 0 ${large} ${sweep ? '0' : '1'} ${fmt(p(r0, a0))}Z`;
}

/** A straight line across the track at `s`, from u0 to u1. */
export function crossLine(frame: Frame, s: number, u0: number, u1: number): string {
  return `M${fmt(frame.point(s, u0))}L${fmt(frame.point(s, u1))}`;
}

/** A triangle across the track at `s`: tip at `uTip`, base at `uBase`, base half-width `half` px. */
export function crossTriangle(frame: Frame, s: number, uTip: number, uBase: number, half: number): string {
  const [tx, ty] = frame.tangent(s);
  const b = frame.point(s, uBase);
  return `M${fmt(frame.point(s, uTip))}L${fmt([b[0] + tx * half, b[1] + ty * half])}L${fmt([b[0] - tx * half, b[1] - ty * half])}Z`;
}

/**
 * A triangle pointing along the track at `s` (dir +1 = towards s = 1), centred across at `u`,
 * starting `gap` px from `s`, `len` px long and `half` px half-high.
 */
export function alongArrow(
  frame: Frame,
  s: number,
  u: number,
  dir: 1 | -1,
  gap: number,
  len: number,
  half: number,
): string {
  const [tx, ty] = frame.tangent(s);
  const c = frame.point(s, u);
  const base: Point = [c[0] + tx * dir * gap, c[1] + ty * dir * gap];
  const tip: Point = [base[0] + tx * dir * len, base[1] + ty * dir * len];
  // Across the track: perpendicular to the tangent.
  const nx = -ty;
  const ny = tx;
  return `M${fmt(tip)}L${fmt([base[0] + nx * half, base[1] + ny * half])}L${fmt([base[0] - nx * half, base[1] - ny * half])}Z`;
}
