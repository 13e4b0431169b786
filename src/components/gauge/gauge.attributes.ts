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
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const PLAIN_YEAR = /^[1-9]\d{3}$/;

/** The attributes read as numbers and as years. */
const NUMBER_KEYS = ['value', 'target', 'targetMax', 'baseline', 'min', 'max'] as const;
const YEAR_KEYS = ['year', 'baselineYear', 'targetYear'] as const;

/**
 * True when `PLAIN` reads these attributes exactly as the full readers would: numbers, or text that
 * is a plain decimal number or a four-digit year.
 */
export function plainAttributes(attrs: GaugeAttributes): boolean {
  const plain = (v: unknown, re: RegExp) => {
    const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
    return text === '' || re.test(text);
  };
  // A number is read as written only as a year ("2015.5" is not a calendar year).
  return (
    NUMBER_KEYS.every((k) => typeof attrs[k] === 'number' || plain(attrs[k], PLAIN_NUMBER)) &&
    YEAR_KEYS.every((k) => plain(attrs[k], PLAIN_YEAR))
  );
}

/** Readers of plain numbers and years only (see `plainAttributes`). */
export const PLAIN: Readers = {
  quantity: (text) =>
    PLAIN_NUMBER.test(text)
      ? { value: Number(text), max: null, comparator: 'eq', unit: '', magnitude: 1, text }
      : null,
  year: (text) => {
    const y = Number(text);
    return Number.isInteger(y) && y >= 1000 && y <= 9999 ? { year: y, label: text, masked: false } : null;
  },
  relative: () => null,
  unit: () => '',
  magnitude: () => 1,
};

const MESSAGES = {
  notNumber: {
    zh: (name: string, text: string) => `${name}“${text}”不是数值，已忽略`,
    en: (name: string, text: string) => `${name} "${text}" is not a number; ignored`,
  },
  noTargetNumber: {
    zh: (text: string) => `目标“${text}”没有可读的数值`,
    en: (text: string) => `target "${text}" has no readable number`,
  },
  minMax: {
    zh: (min: string, max: string) => `最小值 ${min} 不小于最大值 ${max}，已改用数据范围`,
    en: (min: string, max: string) => `min ${min} is not below max ${max}; the data range is used instead`,
  },
  targetOutside: {
    zh: (t: string) => `目标 ${t} 超出 min–max 刻度范围，已在端点标出`,
    en: (t: string) => `target ${t} lies outside the min–max scale; drawn at its end`,
  },
  masked: {
    zh: (name: string, text: string) => `${name}“${text}”是未公布的年份，无法评估进度`,
    en: (name: string, text: string) => `${name} "${text}" is a masked year; progress cannot be assessed`,
  },
  noCalendarYear: {
    zh: (name: string, text: string) => `${name}“${text}”不是具体年份，无法评估进度`,
    en: (name: string, text: string) =>
      `${name} "${text}" is not a calendar year; progress cannot be assessed`,
  },
  badYear: {
    zh: (name: string, text: string) => `${name}“${text}”不是年份，已忽略`,
    en: (name: string, text: string) => `${name} "${text}" is not a year; ignored`,
  },
  badChoice: {
    zh: (name: string, text: string, allowed: string) => `${name}“${text}”无效，可用：${allowed}`,
    en: (name: string, text: string, allowed: string) =>
      `${name} "${text}" is not valid; allowed: ${allowed}`,
  },
  relativeNoBase: {
    zh: (text: string) => `相对目标“${text}”缺少基期数值，只能以文字显示`,
    en: (text: string) => `relative target "${text}" has no base value; shown as text only`,
  },
  between: {
    zh: (text: string) => `区间目标“${text}”缺少上限（target-max）`,
    en: (text: string) => `range target "${text}" has no upper end (target-max)`,
  },
} as const;

/** Chinese names of the attributes in messages; English uses the attribute name (`targetMax` → "target-max"). */
const ZH_NAMES: Record<string, string> = {
  value: '数值',
  baseline: '基期值',
  min: '最小值',
  max: '最大值',
  targetMax: '目标上限',
  year: '年份',
  baselineYear: '基期年份',
  targetYear: '目标年份',
  comparator: '比较方式',
  direction: '方向',
  attribute: '属性',
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
export function readAttributes(input: GaugeAttributes, locale: string, readers: Readers): GaugeInput {
  const attrs: GaugeAttributes = input && typeof input === 'object' ? input : {};
  const lang: Lang = /^zh/i.test(locale) ? 'zh' : 'en';
  const problems: Problem[] = [];
  const report = (key: string, message: string) => {
    const path = `/${kebab(key)}`;
    if (!problems.some((p) => p.path === path && p.message === message)) problems.push({ path, message });
  };
  const nameOf = (key: string) => (lang === 'zh' ? ZH_NAMES[key] : undefined) ?? kebab(key);

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
      if (key !== 'target') report(key, MESSAGES.notNumber[lang](nameOf(key), quoted(text)));
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
      report(key, MESSAGES.badYear[lang](nameOf(key), quoted(text)));
      return null;
    }
    if (y.masked) report(key, MESSAGES.masked[lang](nameOf(key), quoted(y.label || text)));
    else if (typeof y.year !== 'number')
      report(key, MESSAGES.noCalendarYear[lang](nameOf(key), quoted(y.label || text)));
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
    if (!hit) report(key, MESSAGES.badChoice[lang](nameOf(key), quoted(text), allowed));
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
    const relative = typeof attrs.target === 'string' ? readers.relative(target.text, baselineYear) : null;
    if (relative) {
      if (baselineValue === null) report('target', MESSAGES.relativeNoBase[lang](quoted(target.text)));
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
      report('target', MESSAGES.noTargetNumber[lang](quoted(target.text)));
    } else {
      const comparator: Comparator = comparatorAttr ?? target.q?.comparator ?? 'eq';
      let upper =
        inUnit(targetMax) ??
        (target.q && typeof target.q.max === 'number' ? inUnit(target, target.q.max) : null);
      if (comparator === 'between' && upper === null)
        report('target', MESSAGES.between[lang](quoted(target.text)));
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
    report('min', MESSAGES.minMax[lang](String(lo), String(hi)));
    lo = null;
    hi = null;
  }
  if (resolvedTarget?.value != null) {
    const tv = resolvedTarget.value;
    const top = resolvedTarget.max ?? tv;
    if ((lo !== null && tv < lo) || (hi !== null && top > hi)) {
      report('target', MESSAGES.targetOutside[lang](quoted(target.text ?? String(tv))));
    }
  }

  const label = textOf(attrs.label);
  const id = textOf(attrs.id) ?? 'gauge';
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
