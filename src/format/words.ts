/**
 * Words of the widgets in zh-CN and en: comparators, statuses, attributes, years and a small
 * catalogue of shared UI words. Pure, no DOM, never throws.
 */
import type { Comparator, IndicatorAttribute, PlanYear, Status } from '../model/types.js';
import { MISSING, ownEntry, resolveLocale, type SupportedLocale } from './locale.js';

const COMPARATOR_WORDS: Record<SupportedLocale, Record<Comparator, string>> = {
  'zh-CN': { eq: '', gte: '以上', gt: '超过', lte: '以下', lt: '低于', approx: '左右', between: '至' },
  en: {
    eq: '',
    gte: 'at least',
    gt: 'more than',
    lte: 'at most',
    lt: 'less than',
    approx: 'about',
    between: 'to',
  },
};

/**
 * The word a plan uses for a comparator: 以上/超过/以下/低于/左右/至 ↔ at least/more than/at
 * most/less than/about/to. `eq` (a bare number, 达到) has no word: `''`.
 */
export function comparatorWord(comparator: Comparator, locale: SupportedLocale | string): string {
  const words = COMPARATOR_WORDS[resolveLocale(locale)];
  return ownEntry(words, comparator) ?? '';
}

/**
 * A year for readers: "2015年" / "2015"; labels as written ("20XX", "“十二五”末", "现有"). In en a
 * label that resolves to a year (“十二五”末 → 2015) shows the year; masked labels stay as written.
 * No year → "—".
 */
export function formatYear(year: PlanYear | null | undefined, locale: SupportedLocale | string): string {
  if (!year || typeof year !== 'object') return MISSING;
  const loc = resolveLocale(locale);
  const label = typeof year.label === 'string' ? year.label.trim() : '';
  const num = typeof year.year === 'number' && Number.isFinite(year.year) ? year.year : null;
  if (year.masked) return label || MISSING;
  if (num !== null && (label === '' || /^\d+(年)?$/.test(label))) {
    return loc === 'zh-CN' ? `${num}年` : String(num);
  }
  if (loc === 'en' && num !== null) return String(num);
  return label || MISSING;
}

const STATUS_WORDS: Record<SupportedLocale, Record<Status, string>> = {
  'zh-CN': {
    achieved: '达标',
    'on-track': '正常推进',
    behind: '滞后',
    'off-track': '偏离',
    'target-only': '仅有目标',
    'no-current-data': '暂无最新数据',
    'not-assessable': '无法评估',
  },
  en: {
    achieved: 'achieved',
    'on-track': 'on track',
    behind: 'behind',
    'off-track': 'off track',
    'target-only': 'target only',
    'no-current-data': 'no current data',
    'not-assessable': 'not assessable',
  },
};

/** 达标 / 正常推进 / 滞后 / 偏离 / 仅有目标 / 暂无最新数据 / 无法评估 ↔ achieved / on track / … */
export function formatStatus(status: Status, locale: SupportedLocale | string): string {
  const words = STATUS_WORDS[resolveLocale(locale)];
  return ownEntry(words, status) ?? words['not-assessable'];
}

/** 预期性 / 约束性 ↔ expected / binding; anything else → ''. */
export function formatAttribute(
  attribute: IndicatorAttribute | null | undefined,
  locale: SupportedLocale | string,
): string {
  const en = resolveLocale(locale) === 'en';
  if (attribute === 'expected') return en ? 'expected' : '预期性';
  if (attribute === 'binding') return en ? 'binding' : '约束性';
  return '';
}

/** Shared UI words of the widgets. */
export interface Messages {
  target: string;
  baseline: string;
  latest: string;
  expectedByNow: string;
  source: string;
  dataProblem: string;
  beyondScale: string;
  noData: string;
  table: string;
  binding: string;
  expected: string;
  progress: string;
  status: string;
  year: string;
  value: string;
  unit: string;
  pace: string;
  alternatives: string;
  estimate: string;
  stretch: string;
}

const MESSAGES: Record<SupportedLocale, Readonly<Messages>> = {
  'zh-CN': Object.freeze({
    target: '目标',
    baseline: '基期',
    latest: '最新',
    expectedByNow: '预期进度',
    source: '来源',
    dataProblem: '数据有问题',
    beyondScale: '超出刻度',
    noData: '无数据',
    table: '表格',
    binding: '约束性',
    expected: '预期性',
    progress: '进度',
    status: '状态',
    year: '年份',
    value: '数值',
    unit: '单位',
    pace: '年均变化',
    alternatives: '其他表述',
    estimate: '预计',
    stretch: '力争',
  }),
  en: Object.freeze({
    target: 'target',
    baseline: 'baseline',
    latest: 'latest',
    expectedByNow: 'expected by now',
    source: 'source',
    dataProblem: 'Data problems',
    beyondScale: 'beyond scale',
    noData: 'no data',
    table: 'Table',
    binding: 'binding',
    expected: 'expected',
    progress: 'progress',
    status: 'status',
    year: 'year',
    value: 'value',
    unit: 'unit',
    pace: 'yearly change',
    alternatives: 'other statements',
    estimate: 'estimate',
    stretch: 'stretch target',
  }),
};

/** The message catalogue of a locale (frozen; unknown locales get zh-CN). */
export function messages(locale: SupportedLocale | string): Readonly<Messages> {
  return MESSAGES[resolveLocale(locale)];
}
