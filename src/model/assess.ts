/**
 * Assessment of one indicator against its target (spec §5). Pure, no DOM, never throws.
 *
 * Works on the normalized `Indicator` (see types.ts). Every number it returns is finite or `null`.
 */
import type {
  Assessment,
  AssessOptions,
  Comparator,
  Direction,
  Indicator,
  Observation,
  Pace,
  Period,
  PlanYear,
  ResolvedTarget,
  Status,
  Target,
} from './types.js';

/** Default half-width of the `approx` (左右/约) band: ±5 % of the target. */
export const APPROX_TOLERANCE = 0.05;

/** `progress` may trail `expected` by this much and still count as `on-track`. */
export const ON_TRACK_SLACK = 0.1;

/** Relative slack for ≥/≤ comparisons, so 1.57 × 1.3 computed in floating point still meets "2.041". */
const EPSILON = 1e-9;

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** An observation that carries a finite number. */
interface NumericObservation extends Observation {
  value: number;
}

/** A calendar year that can go on an axis: a finite number and not a masked label. */
function calendarYear(year: PlanYear | null | undefined): number | null {
  if (!year || typeof year !== 'object' || year.masked) return null;
  return isNum(year.year) ? year.year : null;
}

function describeYear(year: PlanYear | null | undefined): string {
  if (!year || typeof year !== 'object') return 'no year';
  const label = typeof year.label === 'string' && year.label !== '' ? year.label : String(year.year);
  return year.masked ? `masked year "${label}"` : `year "${label}" with no calendar year`;
}

/** Pace kind from `indicator.growth`, else linear for %, percentage points and ratio units. */
export function paceKind(indicator: Pick<Indicator, 'unit' | 'growth'>): Pace['kind'] {
  if (indicator.growth === 'linear' || indicator.growth === 'compound') return indicator.growth;
  const unit = typeof indicator.unit === 'string' ? indicator.unit.trim() : '';
  if (unit === '%' || unit === '％' || unit === 'pp' || unit === '个百分点' || unit.includes('/'))
    return 'linear';
  return 'compound';
}

/** Sorted copy of the numeric observations not after `asOf`: dated by year, then undated in input order. */
function usableObservations(indicator: Indicator, asOf: number | null): NumericObservation[] {
  const list = Array.isArray(indicator.observations) ? indicator.observations : [];
  const numeric = list.filter((o): o is NumericObservation => {
    if (!o || typeof o !== 'object' || !isNum(o.value)) return false;
    const year = calendarYear(o.year);
    return asOf === null || year === null || year <= asOf;
  });
  const dated = numeric.filter((o) => calendarYear(o.year) !== null);
  const undated = numeric.filter((o) => calendarYear(o.year) === null);
  dated.sort((a, b) => calendarYear(a.year)! - calendarYear(b.year)!);
  return [...dated, ...undated];
}

function validPeriod(period: Period | null | undefined): Period | null {
  if (!period || typeof period !== 'object') return null;
  return isNum(period.start) && isNum(period.end) ? period : null;
}

type Resolution = { ok: true; target: ResolvedTarget; rank: boolean } | { ok: false; reason: string };

/** Resolves the plan target to absolute numbers; relative targets need a base value and year. */
function resolveTarget(
  target: Target,
  observations: NumericObservation[],
  baseline: NumericObservation | null,
): Resolution {
  const comparator: Comparator = target.comparator ?? 'eq';
  const year = target.year ?? null;
  if (isNum(target.value)) {
    const max = isNum(target.max) ? target.max : null;
    return { ok: true, rank: false, target: { year, value: target.value, max, comparator, derived: false } };
  }
  const rel = target.relative;
  if (!rel || typeof rel !== 'object') return { ok: false, reason: 'the target has no number' };
  if (rel.type === 'rank') {
    if (!isNum(rel.value)) return { ok: false, reason: 'the rank target has no number' };
    // 进入前50: a rank of 50 or better (smaller).
    const c: Comparator = comparator === 'eq' ? 'lte' : comparator;
    return {
      ok: true,
      rank: true,
      target: { year, value: rel.value, max: null, comparator: c, derived: true },
    };
  }
  // The base: the observation in baseYear, or the baseline when the target names no base year.
  let base: NumericObservation | null;
  let baseYear: number | null;
  if (rel.baseYear) {
    baseYear = calendarYear(rel.baseYear);
    if (baseYear === null) {
      return { ok: false, reason: `the relative target's base is a ${describeYear(rel.baseYear)}` };
    }
    base = observations.find((o) => calendarYear(o.year) === baseYear) ?? null;
    if (!base)
      return { ok: false, reason: `no observation in the base year ${baseYear} of the relative target` };
  } else {
    base = baseline;
    baseYear = base ? calendarYear(base.year) : null;
    if (!base || baseYear === null) {
      return { ok: false, reason: 'the relative target has no base year and no dated baseline' };
    }
  }
  let value: number;
  switch (rel.type) {
    case 'percent':
      value = base.value * (1 + rel.amount / 100);
      break;
    case 'points':
      value = base.value + rel.amount;
      break;
    case 'multiple':
      value = base.value * rel.factor;
      break;
    case 'annual-growth': {
      const ty = calendarYear(year);
      if (ty === null || ty <= baseYear) {
        return { ok: false, reason: 'an annual-growth target needs a target year after its base year' };
      }
      value = base.value * Math.pow(1 + rel.percent / 100, ty - baseYear);
      break;
    }
    default:
      return { ok: false, reason: 'unknown relative target type' };
  }
  if (!isNum(value)) return { ok: false, reason: 'the relative target does not resolve to a finite number' };
  return { ok: true, rank: false, target: { year, value, max: null, comparator, derived: true } };
}

/** The target value progress and pace aim at: the near end of a range in the indicator's direction. */
function aimValue(target: ResolvedTarget, direction: Direction): number {
  if (target.comparator === 'between' && direction === 'decrease' && isNum(target.max)) return target.max;
  return target.value;
}

const geq = (a: number, b: number) => a >= b - EPSILON * Math.max(1, Math.abs(b));
const leq = (a: number, b: number) => a <= b + EPSILON * Math.max(1, Math.abs(b));

/**
 * Whether `value` satisfies the target. `eq` and `approx` count as reached once the value gets to
 * the target (or the near edge of the ±tolerance band) in the indicator's direction; `between` is
 * reached inside [value, max]; `gt`/`lt` are strict.
 */
export function meetsTarget(
  value: number,
  target: Pick<ResolvedTarget, 'value' | 'max' | 'comparator'>,
  direction: Direction = 'increase',
  approxTolerance: number = APPROX_TOLERANCE,
): boolean {
  if (!isNum(value) || !target || !isNum(target.value)) return false;
  const t = target.value;
  const tol = isNum(approxTolerance) && approxTolerance >= 0 ? approxTolerance : APPROX_TOLERANCE;
  switch (target.comparator) {
    case 'gte':
      return geq(value, t);
    case 'gt':
      return value > t;
    case 'lte':
      return leq(value, t);
    case 'lt':
      return value < t;
    case 'approx': {
      const half = Math.abs(t) * tol;
      return direction === 'decrease' ? leq(value, t + half) : geq(value, t - half);
    }
    case 'between': {
      const max = isNum(target.max) ? target.max : t;
      return geq(value, Math.min(t, max)) && leq(value, Math.max(t, max));
    }
    case 'eq':
    default:
      return direction === 'decrease' ? leq(value, t) : geq(value, t);
  }
}

function yearlyChange(kind: Pace['kind'], from: number, to: number, years: number): number | null {
  if (!isNum(from) || !isNum(to) || !isNum(years) || years <= 0) return null;
  if (kind === 'linear') return finiteOrNull((to - from) / years);
  if (from <= 0 || to <= 0) return null;
  return finiteOrNull(Math.pow(to / from, 1 / years) - 1);
}

function emptyAssessment(status: Status, reason: string, kind: Pace['kind']): Assessment {
  return {
    status,
    baseline: null,
    latest: null,
    target: null,
    progress: null,
    expected: null,
    pace: { kind, required: null, historical: null },
    reason,
  };
}

/**
 * Baseline, latest, resolved target, progress, expected progress, status and pace of one indicator
 * (spec §5). `options.period` is the plan's period; `options.asOf` ignores observations after that
 * year; `options.approxTolerance` sets the `approx` band (default {@link APPROX_TOLERANCE}).
 * Never throws; every number is finite or `null`.
 */
export function assessIndicator(indicator: Indicator, options: AssessOptions = {}): Assessment {
  try {
    return assess(indicator, options ?? {});
  } catch (error) {
    return emptyAssessment('not-assessable', `assessment failed: ${String(error)}`, 'compound');
  }
}

function assess(indicator: Indicator, options: AssessOptions): Assessment {
  if (!indicator || typeof indicator !== 'object') {
    return emptyAssessment('not-assessable', 'not an indicator', 'compound');
  }
  const kind = paceKind(indicator);
  const period = validPeriod(options.period);
  const asOf = isNum(options.asOf) ? options.asOf : null;
  const tolerance = options.approxTolerance;

  const observations = usableObservations(indicator, asOf);
  const dated = observations.filter((o) => calendarYear(o.year) !== null);

  // Baseline: latest dated observation before the period; else the earliest observation.
  let baseline: NumericObservation | null = null;
  if (period) {
    const before = dated.filter((o) => calendarYear(o.year)! < period.start);
    baseline = before[before.length - 1] ?? null;
  }
  baseline ??= observations[0] ?? null;
  const latest: NumericObservation | null = observations[observations.length - 1] ?? null;

  // Historical pace: the two latest dated observations (masked years never enter a pace).
  let historical: number | null = null;
  if (dated.length >= 2) {
    const a = dated[dated.length - 2]!;
    const b = dated[dated.length - 1]!;
    historical = yearlyChange(kind, a.value, b.value, calendarYear(b.year)! - calendarYear(a.year)!);
  }

  const result: Assessment = {
    status: 'not-assessable',
    baseline,
    latest,
    target: null,
    progress: null,
    expected: null,
    pace: { kind, required: null, historical },
  };
  const done = (status: Status, reason?: string): Assessment => {
    result.status = status;
    if (reason !== undefined) result.reason = reason;
    return result;
  };

  const rawTarget = indicator.target;
  if (!rawTarget || typeof rawTarget !== 'object')
    return done('not-assessable', 'the indicator has no target');
  const resolution = resolveTarget(rawTarget, observations, baseline);
  if (!resolution.ok) return done('not-assessable', resolution.reason);
  const target = resolution.target;
  result.target = target;
  const direction: Direction = resolution.rank
    ? 'decrease'
    : indicator.direction === 'decrease'
      ? 'decrease'
      : 'increase';

  const targetYearRaw = target.year;
  const targetYear = calendarYear(targetYearRaw) ?? (targetYearRaw ? null : (period?.end ?? null));
  const aim = aimValue(target, direction);

  // Required pace: from the latest dated value to the target.
  if (latest && calendarYear(latest.year) !== null && targetYear !== null) {
    result.pace.required = yearlyChange(kind, latest.value, aim, targetYear - calendarYear(latest.year)!);
  }

  if (!latest || !baseline) return done('target-only', 'the indicator has a target and no observation');

  if (targetYearRaw && calendarYear(targetYearRaw) === null) {
    return done('not-assessable', `the target has a ${describeYear(targetYearRaw)}`);
  }
  if (calendarYear(baseline.year) === null) {
    return done('not-assessable', `the baseline has a ${describeYear(baseline.year)}`);
  }
  if (calendarYear(latest.year) === null) {
    return done('not-assessable', `the latest observation has a ${describeYear(latest.year)}`);
  }
  const baseYear = calendarYear(baseline.year)!;
  const latestYear = calendarYear(latest.year)!;
  if (latest === baseline || latestYear <= baseYear) {
    return done(
      'no-current-data',
      `no observation after the baseline year ${baseYear}${asOf !== null ? ` up to ${asOf}` : ''}`,
    );
  }

  const achieved = meetsTarget(
    latest.value,
    target,
    direction,
    isNum(tolerance) ? tolerance : APPROX_TOLERANCE,
  );
  const span = aim - baseline.value;
  if (span !== 0) result.progress = finiteOrNull((latest.value - baseline.value) / span);
  else if (achieved) result.progress = 1;
  if (targetYear !== null && targetYear - baseYear > 0) {
    result.expected = finiteOrNull((latestYear - baseYear) / (targetYear - baseYear));
  }

  if (achieved) return done('achieved');
  const progress = result.progress;
  if (progress === null) {
    // Target equals the baseline and the latest value moved off it without meeting it.
    return done('off-track');
  }
  if (result.expected !== null && progress >= result.expected - ON_TRACK_SLACK) return done('on-track');
  if (progress > 0) {
    if (result.expected === null) {
      return done('not-assessable', 'the target has no year, so on-track cannot be told from behind');
    }
    return done('behind');
  }
  return done('off-track');
}
