/**
 * Target-mark semantics shared by the widgets that draw a target on a linear or circular scale
 * (`<innovation-target-bars>`; the same rules are written inline in gauge.layout.ts, which can switch
 * to these): the band of an `approx` / `between` target, the headroom an open-ended target needs on
 * its open side, the side an open-ended arrow points to, and the value expected by now. Pure, no DOM.
 */
import type { Comparator, ResolvedTarget, Status } from '../model/types.js';
import { finite } from './scene.js';

/**
 * The band a target covers, in the indicator's unit: `approx` → value ± `tolerance` × |value|,
 * `between` → value…max (ordered). Any other comparator, or a `between` without a max → `null`.
 */
export function targetBand(
  target: Pick<ResolvedTarget, 'value' | 'max' | 'comparator'> | null,
  tolerance = 0.05,
): [number, number] | null {
  if (!target || !finite(target.value)) return null;
  if (target.comparator === 'approx') {
    const half = Math.abs(target.value) * (finite(tolerance) && tolerance >= 0 ? tolerance : 0.05);
    return [target.value - half, target.value + half];
  }
  if (target.comparator === 'between' && finite(target.max)) {
    return [Math.min(target.value, target.max), Math.max(target.value, target.max)];
  }
  return null;
}

/** +1 when the comparator is satisfied above the target (≥, >), −1 below (≤, <), 0 otherwise. */
export function openSide(comparator: Comparator): 1 | -1 | 0 {
  return comparator === 'gte' || comparator === 'gt'
    ? 1
    : comparator === 'lte' || comparator === 'lt'
      ? -1
      : 0;
}

/**
 * The values a scale must show for a target: the target, its band, and for an open-ended target a
 * 10 % headroom on its open side (so "or more" has somewhere to point; never below 0 for a
 * non-negative "or less").
 */
export function targetPoints(target: ResolvedTarget | null, tolerance = 0.05): number[] {
  if (!target || !finite(target.value)) return [];
  const v = target.value;
  const out = [v, ...(targetBand(target, tolerance) ?? [])];
  const side = openSide(target.comparator);
  if (side > 0) out.push(v + Math.abs(v) * 0.1);
  else if (side < 0) {
    const below = v - Math.abs(v) * 0.1;
    out.push(v >= 0 ? Math.max(0, below) : below);
  }
  return out;
}

/** Statuses that have a meaningful "expected by now" position (measured against a dated target). */
export function showsExpected(status: Status | null | undefined): boolean {
  return status === 'achieved' || status === 'on-track' || status === 'behind' || status === 'off-track';
}

/** The value expected by now: baseline + min(1, share) × (target − baseline); `null` when not computable. */
export function expectedValue(
  baseline: number | null,
  target: number | null,
  share: number | null,
): number | null {
  if (!finite(baseline) || !finite(target) || !finite(share) || share < 0) return null;
  return baseline + Math.min(1, share) * (target - baseline);
}

/**
 * The value progress aims at: the near end of a `between` range in the indicator's direction, else
 * the target value. Mirrors the private `aimValue` of model/assess.ts (export it there and use it here).
 */
export function aimValue(
  target: Pick<ResolvedTarget, 'value' | 'max' | 'comparator'>,
  decrease: boolean,
): number {
  return target.comparator === 'between' && decrease && finite(target.max) ? target.max : target.value;
}
