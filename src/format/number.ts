/**
 * Numbers and values with units, zh-CN and en, on `Intl.NumberFormat`. Pure, no DOM, never throws,
 * never returns "NaN"/"undefined"/"Infinity": a non-finite number renders as {@link MISSING}.
 */
import type { Comparator, Pace, RelativeTarget } from '../model/types.js';
import { MISSING, ownEntry, resolveLocale, type SupportedLocale } from './locale.js';
import { comparatorWord, formatYear } from './words.js';

export interface NumberFormatOptions {
  /** Default 2. */
  maximumFractionDigits?: number;
  /** Default 0. */
  minimumFractionDigits?: number;
  /** Show "+" on positive numbers. */
  signed?: boolean;
  /** 万/亿 in zh-CN ("3.89万"), K/M/B in en ("38.9K"). */
  compact?: boolean;
}

export interface ValueFormatOptions {
  compact?: boolean;
  signed?: boolean;
  maximumFractionDigits?: number;
}

const clampDigits = (n: unknown, fallback: number): number =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(20, Math.max(0, Math.round(n))) : fallback;

const hasNonZeroDigit = (text: string) => /[1-9]/.test(text);

/** The texts of small whole numbers, made once (toFixed costs a few µs a call). */
const INTS: string[] = [];
/**
 * `String(n)` without V8's number-to-string cache: its first collision grows it by ≈ 63 KB of heap
 * that stays (one gauge's whole numbers — 120, 108, 0, 1… — already collide); toFixed never
 * touches it.
 */
export const numberText = (n: number): string =>
  !Number.isInteger(n) ? String(n) : n >= 0 && n < 1e3 ? (INTS[n] ??= n.toFixed(0)) : n.toFixed(0);

/**
 * Formats |n| with one `Intl.NumberFormat` per locale and option set, keyed by a short string (no
 * JSON.stringify per call); results are memoized too (a page of gauges formats the same values for
 * labels and aria text, and ICU formatting costs far more than a Map lookup).
 */
const formatters = new Map<string, Intl.NumberFormat>();
const formatted = new Map<string, string>();
function nf(locale: SupportedLocale, max: number, min: number, compact: boolean, n: number): string {
  const key = `${locale}${max}.${min}${compact ? 'c' : ''}`;
  const memo = key + ' ' + numberText(n);
  let out = formatted.get(memo);
  if (out === undefined && !compact && n * 10 ** max < 1e14) {
    // Plain numbers without Intl: creating the first Intl.NumberFormat loads ICU data (≈20 ms on a
    // page's first gauge). Rounds half away from zero on the decimal digits, like Intl's halfExpand.
    const [int, frac = ''] = numberText(
      Number(numberText(Math.round(Number(`${numberText(n)}e${max}`))) + `e-${max}`),
    ).split('.');
    if (/^\d+$/.test(int!) && !/e/.test(frac)) {
      const digits = frac.padEnd(min, '0');
      const grouped = locale === 'en' || int!.length > 4 ? int!.replace(/\B(?=(\d{3})+$)/g, ',') : int!;
      out = digits ? `${grouped}.${digits}` : grouped;
      formatted.set(memo, out);
    }
  }
  if (out === undefined) {
    let f = formatters.get(key);
    if (!f) {
      f = new Intl.NumberFormat(
        locale,
        compact
          ? { notation: 'compact', maximumFractionDigits: max, minimumFractionDigits: min }
          : { maximumFractionDigits: max, minimumFractionDigits: min, useGrouping: grouping(locale) },
      );
      formatters.set(key, f);
    }
    if (formatted.size > 2000) formatted.clear();
    out = f.format(n);
    formatted.set(memo, out);
  }
  return out;
}

/** Groups thousands in en always; in zh-CN only from five digits ("1035", "38,915"), as plans write them. */
const grouping = (locale: SupportedLocale) =>
  (locale === 'zh-CN' ? 'min2' : 'always') as unknown as Intl.NumberFormatOptions['useGrouping'];

const ZH_COMPACT: Array<[number, string]> = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];

/** The magnitude of the zh-CN compact form of `abs` ([1, ''] when it stays as is). */
function zhCompactStep(abs: number): [number, string] {
  for (const step of ZH_COMPACT) if (abs >= step[0]) return step;
  return [1, ''];
}

/** Unsigned digits of |value|, in the locale, optionally compact. */
function digits(value: number, locale: SupportedLocale, options: NumberFormatOptions): string {
  const max = clampDigits(options.maximumFractionDigits, 2);
  const min = Math.min(max, clampDigits(options.minimumFractionDigits, 0));
  const abs = Math.abs(value);
  if (options.compact && locale === 'zh-CN') {
    const [step, word] = zhCompactStep(abs);
    return nf(locale, max, min, false, abs / step) + word;
  }
  return nf(locale, max, min, !!options.compact, abs);
}

/**
 * Formats a number: `formatNumber(38915, 'zh-CN')` → "38,915", `formatNumber(1035, 'zh-CN')` →
 * "1035", `formatNumber(1035, 'en')` → "1,035", compact "3.89万" / "38.9K", signed "+0.93".
 * Non-finite → "—".
 */
export function formatNumber(
  value: number,
  locale: SupportedLocale | string,
  options: NumberFormatOptions = {},
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  const loc = resolveLocale(locale);
  const opts = options ?? {};
  const body = digits(value, loc, opts);
  // A number shown as 0 never gets a sign ("-0", "+0.00").
  const sign = hasNonZeroDigit(body) ? (value < 0 ? '-' : opts.signed && value > 0 ? '+' : '') : '';
  return sign + body;
}

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

/** How English renders a unit. */
export type EnglishUnit =
  | { kind: 'bare' } // counts of 家/个/项: the indicator's name says what is counted
  | { kind: 'suffix'; text: string; one?: string } // " people", "%"
  | { kind: 'money'; currency: string } // CNY 24.15 bn
  | { kind: 'rank' } // No. 8
  | { kind: 'text' }; // unknown unit: as written, after a space

export interface UnitSpec {
  /** Multiply a value in this unit by `scale` to get base units (万人 → 1e4 people). */
  scale: number;
  en: EnglishUnit;
  /** zh-CN compact form: the unit without its magnitude (亿元 → 元), or null when it has no compact form. */
  zhStem: string | null;
  /** zh-CN rendering when it differs from the unit as written ("pp" → "个百分点"). */
  zh?: string;
  /** Fraction digits always shown (2.0吨标煤/万元). */
  minimumFractionDigits?: number;
}

const spec = (
  scale: number,
  en: EnglishUnit,
  zhStem: string | null = null,
  more?: Pick<UnitSpec, 'zh' | 'minimumFractionDigits'>,
): UnitSpec => ({ scale, en, zhStem, ...more });
const suffix = (text: string, one?: string): EnglishUnit =>
  one ? { kind: 'suffix', text, one } : { kind: 'suffix', text };

/** The units that do not follow a pattern; the families (counts, people, money, areas) are added below. */
const UNITS_: Record<string, UnitSpec> = {
  '': spec(1, { kind: 'bare' }, ''),
  '%': spec(1, suffix('%')),
  '％': spec(1, suffix('%'), null, { zh: '%' }),
  pp: spec(1, suffix(' pp'), null, { zh: '个百分点' }),
  个百分点: spec(1, suffix(' pp')),
  万: spec(1e4, { kind: 'bare' }, ''),
  亿: spec(1e8, { kind: 'bare' }, ''),
  '吨标煤/万元': spec(1, suffix(' t sce/CNY 10k'), null, { minimumFractionDigits: 1 }),
  '吨标准煤/万元': spec(1, suffix(' t sce/CNY 10k'), null, { minimumFractionDigits: 1 }),
  位: spec(1, { kind: 'rank' }),
  年: spec(1, suffix(' years', ' year')),
  倍: spec(1, suffix('×')),
  平方公里: spec(1, suffix(' km²')),
  公里: spec(1, suffix(' km')),
};
// Counts: bare numbers in English; 万 of them where plans write it (万件 → 3.89万件).
for (const stem of '家个项件所门次条台套篇座户部支种批') UNITS_[stem] = spec(1, { kind: 'bare' }, stem);
for (const stem of '个件家') UNITS_['万' + stem] = spec(1e4, { kind: 'bare' }, stem);
// People and person-times/years, in ones and in 万.
for (const [stem, en] of [
  ['人', 'people|person'],
  ['名', 'people|person'],
  ['人次', 'person-times|person-time'],
  ['人年', 'person-years|person-year'],
]) {
  const [many, one] = en!.split('|');
  for (const scale of [1, 1e4])
    UNITS_[(scale > 1 ? '万' : '') + stem] = spec(scale, suffix(` ${many}`, ` ${one}`), stem);
}
// Money: CNY and USD with the magnitudes plans write.
for (const [prefix, scale] of [
  ['', 1],
  ['千', 1e3],
  ['万', 1e4],
  ['亿', 1e8],
  ['万亿', 1e12],
] as const) {
  UNITS_[prefix + '元'] = spec(scale, { kind: 'money', currency: 'CNY' }, '元');
  if (scale === 1 || scale === 1e4 || scale === 1e8)
    UNITS_[prefix + '美元'] = spec(scale, { kind: 'money', currency: 'USD' }, '美元');
}
// Areas.
for (const [stem, en] of [
  ['平方米', ' m²'],
  ['亩', ' mu'],
] as const) {
  UNITS_[stem] = spec(1, suffix(en), stem);
  UNITS_['万' + stem] = spec(1e4, suffix(en), stem);
}
/**
 * English renderings of the units the plans use. Counts (家, 个, 项, 件, 所 …) render as bare
 * numbers in English: the indicator's name already says what is counted ("high-tech enterprises").
 */
export const UNITS: Readonly<Record<string, UnitSpec>> = UNITS_;

/** The unit as written (trimmed; '' for a non-string) and its spec: looked up once per formatted value. */
function unitOf(unit: unknown): [string, UnitSpec] {
  const key = typeof unit === 'string' ? unit.trim() : '';
  return [key, ownEntry(UNITS, key) ?? { scale: 1, en: { kind: 'text' }, zhStem: null }];
}

/** Picks how to scale values of `magnitudeOf` (the largest in a range) for display. */
interface Scaling {
  /** Divide base-unit values by this. */
  divisor: number;
  prefix: string;
  suffix: string;
  /** Use Intl compact notation on the number (en compact counts). */
  intlCompact: boolean;
  minimumFractionDigits: number;
}

const scaled = (
  divisor: number,
  suffix: string,
  minimumFractionDigits = 0,
  prefix = '',
  intlCompact = false,
): Scaling => ({ divisor, prefix, suffix, intlCompact, minimumFractionDigits });

function scaling(
  [trimmed, spec]: [string, UnitSpec],
  magnitudeOf: number,
  locale: SupportedLocale,
  compact: boolean,
): Scaling {
  const base = Math.abs(magnitudeOf) * spec.scale;
  const min = spec.minimumFractionDigits ?? 0;
  if (locale === 'zh-CN') {
    if (compact && spec.zhStem !== null) {
      const [step, word] = zhCompactStep(base);
      return scaled(step, word + spec.zhStem);
    }
    return scaled(spec.scale, spec.zh ?? trimmed, min);
  }
  const en = spec.en;
  switch (en.kind) {
    case 'money': {
      const [divisor, word] =
        base >= 1e12 ? [1e12, ' tn'] : base >= 1e9 ? [1e9, ' bn'] : base >= 1e6 ? [1e6, ' m'] : [1, ''];
      return scaled(divisor, word, 0, en.currency + ' ');
    }
    case 'bare':
      return scaled(1, '', min, '', compact);
    case 'suffix':
      return scaled(1, en.text, min, '', compact && en.text.startsWith(' '));
    case 'rank':
      return scaled(1, '', 0, 'No. ');
    case 'text':
    default:
      return scaled(1, trimmed ? ' ' + trimmed : '', min);
  }
}

function numberPart(
  value: number,
  spec: UnitSpec,
  s: Scaling,
  locale: SupportedLocale,
  maxDigits: number,
): string {
  const inDisplayUnit =
    locale === 'en' || s.divisor !== spec.scale ? (value * spec.scale) / s.divisor : value;
  return digits(inDisplayUnit, locale, {
    maximumFractionDigits: Math.max(maxDigits, s.minimumFractionDigits),
    minimumFractionDigits: s.minimumFractionDigits,
    compact: s.intlCompact,
  });
}

/**
 * Formats a value in its plan unit. zh-CN keeps the unit as written ("1035家", "1.57%",
 * "241.5亿元", "2.0吨标煤/万元"; compact "3.89万件"); en uses an explicit table of units ("1,035",
 * "1.57%", "CNY 24.15 bn", "2.0 t sce/CNY 10k", "33,300 people", "No. 8"). Non-finite → "—".
 */
export function formatValue(
  value: number,
  unit: string,
  locale: SupportedLocale | string,
  options: ValueFormatOptions = {},
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  const loc = resolveLocale(locale);
  const opts = options ?? {};
  const u = unitOf(unit);
  const [trimmed, spec] = u;
  if (!Number.isFinite(value * spec.scale)) {
    // Too large to convert (1e305万人): the number as is, with the unit as written.
    return (
      formatNumber(value, loc, { signed: !!opts.signed }) + (loc === 'en' && trimmed ? ' ' : '') + trimmed
    );
  }
  const s = scaling(u, value, loc, !!opts.compact);
  const number = numberPart(value, spec, s, loc, clampDigits(opts.maximumFractionDigits, 2));
  const en = spec.en;
  const suffixText =
    loc === 'en' && en.kind === 'suffix' && en.one && Math.abs(value * spec.scale) === 1 ? en.one : s.suffix;
  let sign = '';
  if (hasNonZeroDigit(number)) sign = value < 0 ? '-' : opts.signed && value > 0 ? '+' : '';
  if (loc === 'zh-CN' && en.kind === 'rank') return `${sign}第${number}位`;
  return sign + s.prefix + number + suffixText;
}

const isPercentUnit = (unit: string) => {
  const u = typeof unit === 'string' ? unit.trim() : '';
  return u === '%' || u === '％';
};

/**
 * A change between two values: percentage points for "%" ("+0.93个百分点" / "+0.93 pp"),
 * otherwise the signed value with its unit ("+697家" / "+697").
 */
export function formatChange(delta: number, unit: string, locale: SupportedLocale | string): string {
  if (typeof delta !== 'number' || !Number.isFinite(delta)) return MISSING;
  return formatValue(delta, isPercentUnit(unit) ? 'pp' : unit, locale, { signed: true });
}

/** Target-like input of {@link formatTarget}. */
export interface TargetLike {
  value: number | null;
  max?: number | null;
  comparator: Comparator;
}

const SYMBOLS: Record<Comparator, string> = {
  eq: '',
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  approx: '≈',
  between: '',
};

/**
 * A target as a plan writes it: zh-CN "2.5%以上", "超过400亿元", "3~4个", "约10个"; en "at least
 * 2.5%", "more than CNY 40 bn", "3–4", "about 10". `symbol: true` → "≥2.5%", "≈10个". A `null`
 * value → "—".
 */
export function formatTarget(
  target: TargetLike,
  unit: string,
  locale: SupportedLocale | string,
  options: { symbol?: boolean; compact?: boolean } = {},
): string {
  if (!target || typeof target !== 'object') return MISSING;
  const { value } = target;
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  const loc = resolveLocale(locale);
  const comparator: Comparator = target.comparator in SYMBOLS ? target.comparator : 'eq';
  const compact = !!options?.compact;
  const max = target.max;
  if (comparator === 'between' && typeof max === 'number' && Number.isFinite(max)) {
    return formatRange(value, max, unit, loc, compact);
  }
  if (unitOf(unit)[1].en.kind === 'rank' && comparator === 'lte' && !options?.symbol) {
    // A rank of 10 or better: 前10位 / top 10.
    return loc === 'en' ? `top ${formatNumber(value, loc)}` : `前${formatNumber(value, loc)}位`;
  }
  const text = formatValue(value, unit, loc, { compact });
  if (options?.symbol) return SYMBOLS[comparator] + text;
  const word = comparatorWord(comparator, loc);
  if (!word || comparator === 'between') return text;
  if (loc === 'en') return `${word} ${text}`;
  // zh-CN: 以上/以下/左右 follow the number; 超过/低于/约 lead it.
  if (comparator === 'gte' || comparator === 'lte') return text + word;
  if (comparator === 'approx') return '约' + text;
  return word + text;
}

/** "3~4个" / "3–4", "CNY 3–4 bn": both ends in the larger end's scale. */
function formatRange(
  min: number,
  max: number,
  unit: string,
  locale: SupportedLocale,
  compact: boolean,
): string {
  const larger = Math.abs(max) >= Math.abs(min) ? max : min;
  const u = unitOf(unit);
  const spec = u[1];
  if (!Number.isFinite(larger * spec.scale)) {
    return `${formatValue(min, unit, locale)}${locale === 'zh-CN' ? '~' : '–'}${formatValue(max, unit, locale)}`;
  }
  const s = scaling(u, larger, locale, compact);
  const a = numberPart(min, spec, s, locale, 2);
  const b = numberPart(max, spec, s, locale, 2);
  const signA = min < 0 && hasNonZeroDigit(a) ? '-' : '';
  const signB = max < 0 && hasNonZeroDigit(b) ? '-' : '';
  if (locale === 'zh-CN' && spec.en.kind === 'rank') return `第${signA}${a}~${signB}${b}位`;
  const dash = locale === 'zh-CN' ? '~' : '–';
  return `${s.prefix}${signA}${a}${dash}${signB}${b}${s.suffix}`;
}

function percentText(percent: number, locale: SupportedLocale, signed: boolean): string {
  return formatNumber(percent, locale, { signed, maximumFractionDigits: 2 }) + '%';
}

function baseText(rel: RelativeTarget, locale: SupportedLocale): string {
  if (rel.type === 'rank' || !rel.baseYear) return '';
  const year = formatYear(rel.baseYear, locale);
  if (!year || year === MISSING) return '';
  return locale === 'zh-CN' ? `（较${year}）` : ` vs ${year}`;
}

/**
 * A relative target as a chip: "+30%（较“十一五”末）" / "+30% vs 2010", "+12个百分点" / "+12 pp",
 * "翻番（×2）" / "×2", "年均增长20%" / "+20% a year", "前50位" / "top 50".
 */
export function formatRelativeTarget(
  rel: RelativeTarget,
  unit: string,
  locale: SupportedLocale | string,
): string {
  void unit; // Relative targets are in percent, points, factors or ranks whatever the unit.
  if (!rel || typeof rel !== 'object') return MISSING;
  const loc = resolveLocale(locale);
  const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : NaN);
  switch (rel.type) {
    case 'percent': {
      const a = num(rel.amount);
      if (Number.isNaN(a)) return MISSING;
      return percentText(a, loc, true) + baseText(rel, loc);
    }
    case 'points': {
      const a = num(rel.amount);
      if (Number.isNaN(a)) return MISSING;
      return formatValue(a, 'pp', loc, { signed: true }) + baseText(rel, loc);
    }
    case 'multiple': {
      const f = num(rel.factor);
      if (Number.isNaN(f)) return MISSING;
      const times = '×' + formatNumber(f, loc);
      if (loc === 'en') return times + baseText(rel, loc);
      const word = f === 2 ? '翻番' : f === 4 ? '翻两番' : `增至${formatNumber(f, loc)}倍`;
      return `${word}（${times}）${baseText(rel, loc)}`;
    }
    case 'annual-growth': {
      const p = num(rel.percent);
      if (Number.isNaN(p)) return MISSING;
      if (loc === 'en') return `${percentText(p, loc, true)} a year${baseText(rel, loc)}`;
      return (p < 0 ? '年均下降' : '年均增长') + percentText(Math.abs(p), loc, false) + baseText(rel, loc);
    }
    case 'rank': {
      const v = num(rel.value);
      if (Number.isNaN(v)) return MISSING;
      return loc === 'en' ? `top ${formatNumber(v, loc)}` : `前${formatNumber(v, loc)}位`;
    }
    default:
      return MISSING;
  }
}

/**
 * A pace: linear "需年均 +0.19个百分点" / "needs +0.19 pp a year"; compound "需年均增长23.7%" /
 * "needs +23.7% a year"; then the historical pace ("此前年均 +0.06个百分点" / "was +0.06 pp a
 * year"). Null parts are omitted; nothing computable → "".
 */
export function formatPace(pace: Pace, unit: string, locale: SupportedLocale | string): string {
  if (!pace || typeof pace !== 'object') return '';
  const loc = resolveLocale(locale);
  const linear = pace.kind === 'linear';
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  const rate = (n: number): string => {
    if (linear) return formatChange(n, unit, loc);
    const pct = n * 100;
    if (loc === 'en') return formatNumber(pct, loc, { signed: true, maximumFractionDigits: 1 }) + '%';
    return (pct < 0 ? '下降' : '增长') + formatNumber(Math.abs(pct), loc, { maximumFractionDigits: 1 }) + '%';
  };
  const parts: string[] = [];
  if (ok(pace.required)) {
    const r = rate(pace.required);
    if (loc === 'en') parts.push(`needs ${r} a year`);
    else parts.push(linear ? `需年均 ${r}` : `需年均${r}`);
  }
  if (ok(pace.historical)) {
    const h = rate(pace.historical);
    if (loc === 'en') parts.push(`was ${h} a year`);
    else parts.push(linear ? `此前年均 ${h}` : `此前年均${h}`);
  }
  return parts.join(loc === 'en' ? '; ' : '，');
}
