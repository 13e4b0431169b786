/**
 * Pure: turns `<innovation-gauge>` attributes into a normalized `Indicator` (plus an optional explicit
 * scale and a list of problems), so attributes, plans, inline tables and `<innovation-data>` all take
 * the same assessment path. No DOM. Never throws.
 *
 * The readers of values as written ("2.5%以上", "“十三五”末") come in as `Readers`: the element passes
 * `PLAIN` when every attribute is a plain number or year, so the quantity and year parsers load only
 * for a gauge that uses them (gauge.input.ts binds the full ones).
 */
import type {
  Comparator,
  Direction,
  Indicator,
  IndicatorAttribute,
  Observation,
  PlanYear,
  Problem,
  Quantity,
  RelativeTarget,
  Target,
} from '../../model/types.js';
import type { Messages } from './gauge.messages.js';

/** The gauge's attribute values as the element holds them (strings from HTML, numbers from script). */
export interface GaugeAttributes {
  value?: unknown;
  target?: unknown;
  targetMax?: unknown;
  baseline?: unknown;
  min?: unknown;
  max?: unknown;
  unit?: unknown;
  label?: unknown;
  year?: unknown;
  baselineYear?: unknown;
  targetYear?: unknown;
  comparator?: unknown;
  direction?: unknown;
  attribute?: unknown;
  /** Indicator id, when given (`indicator` attribute). */
  id?: unknown;
}

export interface GaugeInput {
  /** `null` when the attributes carry nothing to show (no value, baseline nor target). */
  indicator: Indicator | null;
  /** Explicit scale ends (`min`/`max`), in the indicator's unit; `null` when not given or unusable. */
  min: number | null;
  max: number | null;
  problems: Problem[];
}

type Lang = 'zh' | 'en';

/** How attribute text is read; every reader returns null for what it cannot read. */
export interface Readers {
  quantity(text: string): Quantity | null;
  year(text: string): PlanYear | null;
  relative(text: string, baseYear: PlanYear | null): RelativeTarget | null;
  /** The unit as written from a quantity with a unit or magnitude ("241.5亿元" → "亿元"). */
  unit(q: Quantity): string;
  /** The magnitude folded in a unit ("亿元" → 1e8). */
  magnitude(unit: string): number;
  /** The problem messages and the Chinese attribute names; without them a problem makes the read fail. */
  messages?: { text: Messages; names: Record<string, string> };
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Readers of plain numbers ("2.5") and four-digit years only: anything else is a problem they cannot
 * tell (they have no messages), so `readAttributes` returns null and the full readers take over.
 */
export const PLAIN: Readers = {
  quantity: (text) =>
    PLAIN_NUMBER.test(text)
      ? { value: Number(text), max: null, comparator: 'eq', unit: '', magnitude: 1, text }
      : null,
  year: (text) => (/^[1-9]\d{3}$/.test(text) ? { year: Number(text), label: text, masked: false } : null),
  relative: () => null,
  unit: () => '',
  magnitude: () => 1,
};

/** The attribute name of a property (`baselineYear` → "baseline-year"). */
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const COMPARATORS: Record<string, Comparator> = {
  eq: 'eq',
  gte: 'gte',
  gt: 'gt',
  lte: 'lte',
  lt: 'lt',
  approx: 'approx',
  between: 'between',
  '=': 'eq',
  '≥': 'gte',
  '>=': 'gte',
  '≧': 'gte',
  '>': 'gt',
  '≤': 'lte',
  '<=': 'lte',
  '≦': 'lte',
  '<': 'lt',
  '~': 'approx',
  '≈': 'approx',
  range: 'between',
};

const ATTRIBUTES: Record<string, IndicatorAttribute> = {
  expected: 'expected',
  binding: 'binding',
  预期性: 'expected',
  约束性: 'binding',
};

/** Input quoted back in a message, with words readers must never see (NaN, null…) masked. */
function quoted(text: string): string {
  const t = text.replace(/NaN|undefined|null|-?Infinity/gi, '…');
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

/** The text of an attribute value, trimmed; `null` when absent or empty. */
function textOf(input: unknown): string | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isFinite(input) ? String(input) : null;
  if (typeof input !== 'string') return null;
  const t = input.trim();
  return t === '' ? null : t;
}

/**
 * Attributes → `Indicator` + explicit scale + problems. `locale` only picks the language of the problem
 * messages (they are shown to editors in the notice).
 */
export function readAttributes(input: GaugeAttributes, locale: string, readers: Readers): GaugeInput | null {
  const attrs: GaugeAttributes = input && typeof input === 'object' ? input : {};
  const lang: Lang = /^zh/i.test(locale) ? 'zh' : 'en';
  const problems: Problem[] = [];
  const said = readers.messages;
  let untold = false;
  const report = (key: string, say: (m: Messages) => string) => {
    if (!said) {
      untold = true;
      return;
    }
    const path = `/${kebab(key)}`;
    const message = say(said.text);
    if (message && !problems.some((p) => p.path === path && p.message === message))
      problems.push({ path, message });
  };
  const nameOf = (key: string) => (lang === 'zh' ? said?.names[key] : undefined) ?? kebab(key);

  const explicitUnit = textOf(attrs.unit);
  let unit = explicitUnit ?? '';

  // Numbers: read as written, remember the quantity so the unit can be taken from it.
  const read = (
    key: keyof GaugeAttributes,
  ): { value: number | null; q: Quantity | null; text: string | null } => {
    const text = textOf(attrs[key]);
    if (text === null) return { value: null, q: null, text: null };
    if (typeof attrs[key] === 'number') return { value: attrs[key] as number, q: null, text };
    const q = readers.quantity(text);
    if (!q || typeof q.value !== 'number' || !Number.isFinite(q.value)) {
      if (key !== 'target')
        report(key, (m) => (m.noValue(text) ? '' : m.notNumber[lang](nameOf(key), quoted(text))));
      return { value: null, q, text };
    }
    return { value: q.value, q, text };
  };

  const value = read('value');
  const baseline = read('baseline');
  const target = read('target');
  const targetMax = read('targetMax');
  const min = read('min');
  const max = read('max');

  if (!explicitUnit) {
    const first = [value, target, baseline].find(
      (r) => r.q && typeof r.q.value === 'number' && (r.q.unit || r.q.magnitude !== 1),
    );
    if (first?.q) unit = readers.unit(first.q);
  }
  /** A read value in the indicator's unit (magnitude folded back in). */
  const inUnit = (r: { value: number | null; q: Quantity | null }, raw?: number | null): number | null => {
    const v = raw === undefined ? r.value : raw;
    if (v === null || !Number.isFinite(v)) return null;
    // A bare number ("400") is already in the indicator's unit; only a written magnitude or unit
    // ("241.5亿元", "24150000000元") is converted.
    const q = r.q;
    const bare = !q || (q.magnitude === 1 && !q.unit);
    if (bare) return v;
    const mag = Number.isFinite(q.magnitude) && q.magnitude > 0 ? q.magnitude : 1;
    const out = (v * mag) / readers.magnitude(unit);
    // Undo float noise from the folding (241.5 × 1e8 / 1e8).
    return Number.isFinite(out) ? Number(out.toPrecision(12)) : null;
  };

  // Years.
  const readYear = (key: 'year' | 'baselineYear' | 'targetYear'): PlanYear | null => {
    const text = textOf(attrs[key]);
    if (text === null) return null;
    const y = readers.year(text);
    if (!y) {
      report(key, (m) => m.badYear[lang](nameOf(key), quoted(text)));
      return null;
    }
    if (y.masked) report(key, (m) => m.masked[lang](nameOf(key), quoted(y.label || text)));
    else if (typeof y.year !== 'number')
      report(key, (m) => m.noCalendarYear[lang](nameOf(key), quoted(y.label || text)));
    return y;
  };
  const valueYear = readYear('year');
  const baselineYear = readYear('baselineYear');
  const targetYear = readYear('targetYear');

  // Choices.
  const choice = <T extends string>(
    key: keyof GaugeAttributes,
    table: Record<string, T>,
    allowed: string,
  ): T | null => {
    const text = textOf(attrs[key]);
    if (text === null) return null;
    const hit = table[text] ?? table[text.toLowerCase()];
    if (!hit) report(key, (m) => m.badChoice[lang](nameOf(key), quoted(text), allowed));
    return hit ?? null;
  };
  const comparatorAttr = choice('comparator', COMPARATORS, 'eq, gte, gt, lte, lt, approx, between');
  const direction: Direction =
    choice<Direction>('direction', { increase: 'increase', decrease: 'decrease' }, 'increase, decrease') ??
    'increase';
  const attribute = choice('attribute', ATTRIBUTES, 'expected, binding') ?? undefined;

  // Observations: baseline first, then the value.
  const observations: Observation[] = [];
  const noYear: PlanYear = { year: null, label: '', masked: false };
  const baselineValue = inUnit(baseline);
  if (baselineValue !== null) {
    observations.push({ year: baselineYear ?? noYear, value: baselineValue, kind: 'actual' });
  }
  const latestValue = inUnit(value);
  if (latestValue !== null) {
    const sameAsBaseline =
      observations.length > 0 &&
      observations[0]!.value === latestValue &&
      (valueYear === null || valueYear.label === observations[0]!.year.label);
    if (!sameAsBaseline) observations.push({ year: valueYear ?? noYear, value: latestValue, kind: 'actual' });
  }

  // Target.
  let resolvedTarget: Target | null = null;
  if (target.text !== null) {
    const text = target.text;
    // Quoted only for a message (it runs a replace).
    const written = () => quoted(text);
    const relative = typeof attrs.target === 'string' ? readers.relative(target.text, baselineYear) : null;
    if (relative) {
      if (baselineValue === null) report('target', (m) => m.relativeNoBase[lang](written()));
      resolvedTarget = {
        year: targetYear,
        value: null,
        max: null,
        comparator: 'eq',
        stretch: false,
        relative,
        text: target.text,
      };
    } else if (target.value === null) {
      report('target', (m) => m.noTargetNumber[lang](written()));
    } else {
      const comparator: Comparator = comparatorAttr ?? target.q?.comparator ?? 'eq';
      let upper =
        inUnit(targetMax) ??
        (target.q && typeof target.q.max === 'number' ? inUnit(target, target.q.max) : null);
      if (comparator === 'between' && upper === null) report('target', (m) => m.between[lang](written()));
      if (comparator !== 'between') upper = null;
      resolvedTarget = {
        year: targetYear,
        value: inUnit(target),
        max: upper,
        comparator,
        stretch: false,
        relative: null,
        ...(typeof attrs.target === 'string' ? { text: target.text } : {}),
      };
    }
  }

  // Explicit scale.
  let lo = inUnit(min);
  let hi = inUnit(max);
  if (lo !== null && hi !== null && lo >= hi) {
    report('min', (m) => m.minMax[lang](String(lo), String(hi)));
    lo = null;
    hi = null;
  }
  if (resolvedTarget?.value != null) {
    const tv = resolvedTarget.value;
    const top = resolvedTarget.max ?? tv;
    if ((lo !== null && tv < lo) || (hi !== null && top > hi)) {
      report('target', (m) => m.targetOutside[lang](quoted(target.text ?? String(tv))));
    }
  }

  const label = textOf(attrs.label);
  const id = textOf(attrs.id) ?? 'gauge';
  if (untold) return null;
  if (observations.length === 0 && resolvedTarget === null && label === null) {
    return { indicator: null, min: lo, max: hi, problems };
  }
  const indicator: Indicator = {
    id,
    name: label ?? '',
    unit,
    direction,
    observations,
    target: resolvedTarget,
    milestones: [],
    alternatives: [],
    ...(attribute ? { attribute } : {}),
  };
  return { indicator, min: lo, max: hi, problems };
}
