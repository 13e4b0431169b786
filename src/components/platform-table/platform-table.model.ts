/**
 * The table model of `<innovation-platform-table>`: a plan's platforms (spec §6) as rows (platform
 * types, in plan order) × columns (levels present). Pure: no DOM, never throws, never returns
 * NaN/undefined/null text.
 *
 * - Entries of the same type and level share a cell: the cell shows the latest count (as of
 *   `asOf`), the change since the previous count, the target and the `added` increment.
 * - A row with `partOf` (其中 …) is a subset, drawn under its parent and never added to it.
 * - A stated total (`total: true`) is its own row, never summed with its parts; when the parts do
 *   not add up to it, both are shown as written with a note.
 * - A total column appears only for rows whose cells are disjoint (the four standard levels, no
 *   combined "国家级和省级" label, no 未注明) and complete (every cell has an exact count of one year).
 */
import {
  UNITS,
  formatChange,
  formatNumber,
  formatRelativeTarget,
  formatTarget,
  formatValue,
  numberText,
} from '../../format/number.js';
import { localize, MISSING, type SupportedLocale } from '../../format/locale.js';
import { formatYear } from '../../format/words.js';
import { meetsTarget } from '../../model/assess.js';
import { parseQuantity } from '../../model/quantity.js';
import type {
  Comparator,
  Plan,
  PlanYear,
  Platform,
  PlatformLevel,
  Problem,
  Target,
} from '../../model/types.js';
import { own } from '../../utils/own.js';

export type PlatformRowKind = 'type' | 'subset' | 'total';
export type SortDirection = 'ascending' | 'descending';

export interface PlatformTableOptions {
  locale: SupportedLocale;
  /** Levels to show as columns: a comma list of level names (national, 国家级 …) or written labels. */
  levels?: string | null;
  /** Ignore counts dated after this year. */
  asOf?: number | null;
  /** Show targets (default true). */
  targets?: boolean;
  /** Show the change since the previous count (default true). */
  change?: boolean;
  /** Caption (default: the plan title and "平台数量"). */
  caption?: string | null;
}

/** A column: `type` (the row headers), a level key (`national`, …, or `label:<written label>`), or `total`. */
export interface PlatformColumn {
  key: string;
  label: string;
}

export interface PlatformCell {
  /** The latest count as written ("24家（2015年）"), or ''. */
  count: string;
  /** Change since the previous count ("较2013年 +5家（+26.3%）"), or ''. */
  change: string;
  /** The target ("目标：力争50家（2020年）"), or ''. */
  target: string;
  /** The increment ("+23个（新增）"), or ''. */
  added: string;
  members: string[];
  /**
   * The number the column sorts by: the count, else the target, else the increment (so a cell with
   * only a target or an increment still has a place in the order). Not what the bar draws.
   */
  value: number | null;
  /**
   * Bar fill, 0…1 of the column's largest figure: the count only (null: no count, so no fill; a
   * target-only or increment-only cell is not drawn as if that many platforms existed).
   */
  bar: number | null;
  /** Target mark, 0…1 (null: none). */
  mark: number | null;
  /** The cell as one line of text (CSV, copy). */
  text: string;
  /** Largest figure of the cell (for the column scale). */
  peak: number;
  markValue: number | null;
}

export interface PlatformRow {
  key: string;
  label: string;
  kind: PlatformRowKind;
  depth: number;
  /** Key of the parent row (subsets), else null. */
  parent: string | null;
  /** Also a stated total (a subset row may be one). */
  statedTotal: boolean;
  /** A subset of the same type as its parent (其中 by level): the label may be shortened to 其中. */
  sameType: boolean;
  /** One per column after the first (levels, then total). */
  cells: Array<PlatformCell | null>;
  /** Parts-vs-total disagreement, or ''. */
  note: string;
  /** Plan order. */
  index: number;
  /** The row header as one line of text (CSV, copy): prefix, label, tag, note. */
  text: string;
}

export interface PlatformTableModel {
  locale: SupportedLocale;
  caption: string;
  /** `type` first, then levels, then `total` when some row has one. */
  columns: PlatformColumn[];
  /** In plan order, each parent followed by its subsets. */
  rows: PlatformRow[];
  /** Problems of the widget's own options (unknown `levels`). */
  problems: Problem[];
  /** Download file name: `<plan id>-platforms.csv`. */
  fileName: string;
}

/** Words of the platform table (zh-CN, en). */
export type Words = {
  type: string;
  total: string;
  levels: Record<PlatformLevel, string>;
  caption: string;
  of: string;
  stated: string;
  since: (y: string) => string;
  target: string;
  stretch: string;
  added: string;
  list: (n: number) => string;
  year: (y: string) => string;
  note: (sum: string, total: string) => string;
  badLevel: (s: string, ok: string) => string;
  sep: string;
};

export const WORDS: Record<SupportedLocale, Readonly<Words>> = {
  'zh-CN': {
    type: '平台类型',
    total: '合计',
    levels: {
      national: '国家级',
      provincial: '省级',
      municipal: '市级',
      district: '区县级',
      unknown: '未注明',
    },
    caption: '平台数量',
    of: '其中：',
    stated: '（总数）',
    since: (y) => `较${y}`,
    target: '目标：',
    stretch: '力争',
    added: '（新增）',
    list: (n) => `名单（${n}）`,
    year: (y) => `（${y}）`,
    note: (s, t) => `分项之和为${s}，与总数${t}不符（均按原文列出）`,
    badLevel: (s, ok) => `levels 中的“${s}”不是级别；可用：${ok}`,
    sep: '；',
  },
  en: {
    type: 'Platform type',
    total: 'Total',
    levels: {
      national: 'National',
      provincial: 'Provincial',
      municipal: 'Municipal',
      district: 'District',
      unknown: 'Level not stated',
    },
    caption: 'platforms by type and level',
    of: 'of which: ',
    stated: ' (stated total)',
    since: (y) => `since ${y}`,
    target: 'target: ',
    stretch: 'stretch',
    added: ' (new)',
    list: (n) => `List (${n})`,
    year: (y) => ` (${y})`,
    note: (s, t) => `the parts add up to ${s}, not ${t} (both as written)`,
    badLevel: (s, ok) => `levels: "${s}" is not a level; use ${ok}`,
    sep: '; ',
  },
};

const LEVELS = Object.keys(WORDS.en.levels) as PlatformLevel[];
/** The four levels that never overlap (all but unknown). */
const DISJOINT = new Set<string>(LEVELS.slice(0, 4));
/** 国家级 → national …: the Chinese level words `levels` accepts. */
const LEVEL_WORDS = Object.fromEntries(LEVELS.map((l) => [WORDS['zh-CN'].levels[l], l])) as Record<
  string,
  PlatformLevel
>;

const isNum = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** The column key of a platform: its level, or `label:<written label>` for combined labels. */
export function levelKey(p: Pick<Platform, 'level' | 'levelLabel'>): string {
  const label = typeof p.levelLabel === 'string' ? p.levelLabel.trim() : '';
  return label ? `label:${label}` : LEVELS.includes(p.level) ? p.level : 'unknown';
}

/** Parses the `levels` option into column keys; unknown names are returned in `bad`. */
export function parseLevels(
  text: string | null | undefined,
  labels: readonly string[],
): { keys: string[]; bad: string[] } {
  const keys: string[] = [];
  const bad: string[] = [];
  if (typeof text !== 'string') return { keys, bad };
  for (const raw of text.split(/[,，、]/)) {
    const t = raw.trim();
    if (!t) continue;
    const lower = t.toLowerCase();
    const key = (LEVELS as readonly string[]).includes(lower)
      ? lower
      : (own(LEVEL_WORDS, t) ?? (labels.includes(t) ? `label:${t}` : null));
    if (key === null) bad.push(t);
    else if (!keys.includes(key)) keys.push(key);
  }
  return { keys, bad };
}

/** The unit written with a platform's figures ("家", "个"), or ''. */
function unitOf(entries: readonly Platform[]): string {
  for (const p of entries) {
    for (const t of [p.countText, p.target?.text, p.added?.text]) {
      if (typeof t === 'string' && t) {
        const u = parseQuantity(t).unit;
        if (u) return u;
      }
    }
  }
  return '';
}

const comparatorOf = (p: Platform): Comparator =>
  typeof p.countText === 'string' ? parseQuantity(p.countText).comparator : 'eq';

/** The upper end of a count written as a range ("3~4个" → 4), magnitude folded in as for the count. */
function countMaxOf(p: Platform): number | null {
  if (typeof p.countText !== 'string') return null;
  const q = parseQuantity(p.countText);
  return q.max === null ? null : q.max * q.magnitude;
}

/** The target as a plan writes it, with 力争 and its year; '' when none. */
function targetText(t: Target, base: Platform | null, unit: string, w: Words, locale: SupportedLocale) {
  let text = '';
  let value: number | null = null;
  if (isNum(t.value)) {
    text = fmt(t.value, unit, locale, t.comparator, t.max);
    value = t.comparator === 'between' && isNum(t.max) ? Math.max(t.value, t.max) : t.value;
  } else if (t.relative) {
    text = formatRelativeTarget(t.relative, unit, locale);
    // ×2 of a dated count is a number (翻番 of 896 in 2015 → 1792); other relative targets stay text.
    if (t.relative.type === 'multiple' && base && isNum(base.count) && base.year?.year != null) {
      value = t.relative.factor * base.count;
      if (isNum(value)) text += (locale === 'en' ? ' = ' : '，即') + fmt(value, unit, locale);
      else value = null;
    }
  }
  if (!text || text === MISSING) return { text: '', value: null };
  const year = yearText(t.year, locale);
  if (locale === 'en') {
    const notes = [year, t.stretch ? w.stretch : ''].filter(Boolean).join(', ');
    return { text: w.target + text + (notes ? ` (${notes})` : ''), value };
  }
  return { text: w.target + (t.stretch ? w.stretch : '') + text + (year ? w.year(year) : ''), value };
}

const memo = new Map<string, string>();

/** A year for readers, '' when none; 现有 reads "current" in English. */
function yearText(y: PlanYear | null | undefined, locale: SupportedLocale): string {
  if (!y) return '';
  // A plain year ("2015"), as formatYear writes it.
  if (!y.masked && Number.isInteger(y.year) && y.year! >= 0 && y.label === numberText(y.year!))
    return locale === 'en' ? y.label : y.label + '年';
  const t = formatYear(y, locale);
  return t === MISSING ? '' : locale === 'en' && t === '现有' ? 'current' : t;
}

/**
 * A whole count of a plain counting unit (家, 个 …, or none), as `formatTarget` writes it: the
 * digits, then the unit in zh-CN (grouped only from five digits, so below 10,000 never) or the bare
 * number in English (below 1,000, so ungrouped); null for anything else. Most cells of a platform
 * table are such counts, and this path runs none of the general formatter (nor compiles it).
 */
export function plainCount(
  value: number,
  unit: string,
  locale: SupportedLocale,
  comparator: Comparator = 'eq',
  max: number | null = null,
): string | null {
  const spec = own(UNITS, unit);
  return comparator === 'eq' &&
    max === null &&
    spec?.scale === 1 &&
    spec.en.kind === 'bare' &&
    !spec.zh &&
    Number.isInteger(value) &&
    value >= 0 &&
    value < (locale === 'en' ? 1e3 : 1e4)
    ? numberText(value) + (locale === 'en' ? '' : unit)
    : null;
}

/** `formatTarget`, memoized (large tables repeat their figures); plain counts directly. */
function fmt(
  value: number,
  unit: string,
  locale: SupportedLocale,
  comparator: Comparator = 'eq',
  max: number | null = null,
) {
  const plain = plainCount(value, unit, locale, comparator, max);
  if (plain !== null) return plain;
  const key = `${locale}|${unit}|${comparator}|${value}|${max}`;
  let s = memo.get(key);
  if (s === undefined) {
    if (memo.size > 4000) memo.clear();
    memo.set(key, (s = formatTarget({ value, max, comparator }, unit, locale)));
  }
  return s;
}

/** The year of a count or a target, for ordering (undated first). */
const yearOrder = (p: { year: PlanYear | null }): number =>
  p.year && isNum(p.year.year) ? p.year.year : -Infinity;

function buildCell(
  entries: Platform[],
  o: Required<Pick<PlatformTableOptions, 'targets' | 'change'>> & PlatformTableOptions,
  w: Words,
): PlatformCell {
  const locale = o.locale;
  const unit = unitOf(entries);
  const counted = countsOf(entries, o.asOf);
  const latest = counted[counted.length - 1] ?? null;
  const prev = counted[counted.length - 2] ?? null;
  let count = '';
  let change = '';
  if (latest && isNum(latest.count)) {
    count = fmt(latest.count, unit, locale, comparatorOf(latest), countMaxOf(latest));
    const y = yearText(latest.year, locale);
    if (y) count += w.year(y);
    if (
      o.change &&
      prev &&
      isNum(prev.count) &&
      prev.year &&
      latest.year &&
      isNum(prev.year.year) &&
      isNum(latest.year.year) &&
      prev.year.year < latest.year.year
    ) {
      const d = latest.count - prev.count;
      const pct = prev.count !== 0 ? (d / prev.count) * 100 : null;
      const pctText = isNum(pct)
        ? formatNumber(pct, locale, { signed: true, maximumFractionDigits: 1 }) + '%'
        : '';
      const dText =
        formatChange(d, unit, locale) +
        (pctText ? (locale === 'en' ? ` (${pctText})` : `（${pctText}）`) : '');
      const since = w.since(yearText(prev.year, locale));
      change = locale === 'en' ? `${dText} ${since}` : `${since} ${dText}`;
    }
  }
  let target = '';
  let markValue: number | null = null;
  if (o.targets) {
    // The latest-dated target of the cell's entries.
    let best: Platform | null = null;
    for (const p of entries)
      if (p.target && (!best || yearOrder(p.target) > yearOrder(best.target!))) best = p;
    if (best?.target) {
      const t = targetText(best.target, latest, unit, w, locale);
      target = t.text;
      markValue = t.value;
    }
  }
  let added = '';
  let addedValue: number | null = null;
  const withAdded = entries.find((p) => p.added && isNum(p.added.value));
  if (withAdded?.added) {
    addedValue = withAdded.added.value;
    added = formatValue(addedValue, unit, locale, { signed: true }) + w.added;
  }
  const members: string[] = [];
  for (const p of entries) for (const m of p.members) if (!members.includes(m)) members.push(m);
  const countValue = latest && isNum(latest.count) ? latest.count : null;
  const value = countValue ?? markValue ?? addedValue;
  const parts = [count, change, target, added].filter(Boolean);
  if (members.length)
    parts.push(
      w.list(members.length) + (locale === 'en' ? ': ' : '：') + members.join(locale === 'en' ? ', ' : '、'),
    );
  // The scale holds what is drawn: a count (fill) and its target (mark). A cell without a count
  // draws no bar (a lone target mark on no track reads as nothing, or as a count of 0).
  const peak = isNum(countValue) ? Math.max(0, countValue, isNum(markValue) ? markValue : 0) : 0;
  return {
    count,
    change,
    target,
    added,
    members,
    value: isNum(value) ? value : null,
    bar: null,
    mark: null,
    text: parts.join(w.sep),
    peak,
    markValue,
  };
}

/**
 * Builds the table model from a plan's platforms. Never throws; an empty or missing plan gives a
 * model without rows.
 */
export function buildPlatformTable(
  plan: Plan | null | undefined,
  options: PlatformTableOptions,
): PlatformTableModel {
  const locale: SupportedLocale = options.locale === 'en' ? 'en' : 'zh-CN';
  const w = WORDS[locale];
  const o = { ...options, locale, targets: options.targets !== false, change: options.change !== false };
  const platforms: Platform[] = Array.isArray(plan?.platforms) ? plan.platforms : [];
  const title = plan ? localize(plan.plan?.title, locale) : '';
  const caption =
    typeof options.caption === 'string' && options.caption.trim()
      ? options.caption.trim()
      : title
        ? locale === 'en'
          ? `${title}: ${w.caption}`
          : `${title}：${w.caption}`
        : locale === 'en'
          ? 'Platforms by type and level'
          : w.caption;
  const id = typeof plan?.plan?.id === 'string' ? plan.plan.id : '';
  const safeId = id.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  const fileName = `${safeId ? safeId + '-' : ''}platforms.csv`;

  // Level columns present (and requested).
  const present: string[] = [];
  for (const p of platforms) {
    const k = levelKey(p);
    if (!present.includes(k)) present.push(k);
  }
  const labels = present.filter((k) => k.startsWith('label:')).map((k) => k.slice(6));
  const problems: Problem[] = [];
  const requested = parseLevels(options.levels, labels);
  if (requested.bad.length) {
    const ok = [...LEVELS, ...labels].join(', ');
    for (const b of requested.bad) problems.push({ path: '/levels', message: w.badLevel(b, ok) });
  }
  const order = (k: string) =>
    k === 'unknown'
      ? 99
      : k.startsWith('label:')
        ? 50 + labels.indexOf(k.slice(6)) / 100
        : LEVELS.indexOf(k as PlatformLevel);
  const levelKeys =
    typeof options.levels === 'string' && options.levels.trim()
      ? requested.keys.filter((k) => present.includes(k))
      : present.slice().sort((a, b) => order(a) - order(b));
  const visible = new Set(levelKeys);

  // Rows: one per (parent row, type, kind); entries grouped into cells by level.
  const byId = new Map(platforms.map((p) => [p.id, p]));
  const rowOf = new Map<string, string>();
  const rows = new Map<string, { row: PlatformRow; cells: Map<string, Platform[]>; entries: Platform[] }>();
  const children = new Map<string | null, string[]>();
  const rowKeyOf = (p: Platform, depth = 0): string => {
    const known = rowOf.get(p.id);
    if (known !== undefined) return known;
    const typeKey = localize(p.type, 'zh-CN') || p.id;
    const parentEntry = p.partOf !== null && depth < 32 ? byId.get(p.partOf) : undefined;
    const parent = parentEntry && parentEntry !== p ? rowKeyOf(parentEntry, depth + 1) : null;
    const kind: PlatformRowKind = parent !== null ? 'subset' : p.total ? 'total' : 'type';
    const key = `${parent ?? ''}\u0001${kind}\u0001${typeKey}`;
    rowOf.set(p.id, key);
    let r = rows.get(key);
    if (!r) {
      const parentRow = parent !== null ? rows.get(parent)?.row : undefined;
      r = {
        row: {
          key,
          // A subset's type as plans write it ("其中：高校…") loses its 其中: the row adds its own.
          label:
            (kind === 'subset'
              ? localize(p.type, locale).replace(/^\s*(?:其中|of which)\s*[：:，,]?\s*/i, '')
              : localize(p.type, locale)) || p.id,
          kind,
          depth: parentRow ? parentRow.depth + 1 : 0,
          parent,
          statedTotal: false,
          sameType: !!parentEntry && localize(parentEntry.type, 'zh-CN') === typeKey,
          cells: [],
          note: '',
          index: rows.size,
          text: '',
        },
        cells: new Map(),
        entries: [],
      };
      rows.set(key, r);
      const list = children.get(parent) ?? [];
      list.push(key);
      children.set(parent, list);
    }
    if (p.total) r.row.statedTotal = true;
    r.entries.push(p);
    const lk = levelKey(p);
    const cell = r.cells.get(lk) ?? [];
    cell.push(p);
    r.cells.set(lk, cell);
    return key;
  };
  for (const p of platforms) rowKeyOf(p);

  // Parts vs stated totals (and 其中 parts larger than their whole).
  const partsOf = new Map<string, Platform[]>();
  for (const c of platforms)
    if (c.partOf !== null) partsOf.set(c.partOf, [...(partsOf.get(c.partOf) ?? []), c]);
  for (const p of platforms) {
    const parts = partsOf.get(p.id) ?? [];
    if (!isNum(p.count)) continue;
    if (parts.length === 0 || !parts.every((c) => isNum(c.count))) continue;
    const sum = parts.reduce((s, c) => s + (c.count as number), 0);
    const cmp = comparatorOf(p);
    const ok = p.total
      ? cmp === 'eq'
        ? Math.abs(sum - p.count) <= 1e-9 * Math.max(1, Math.abs(p.count))
        : meetsTarget(sum, { value: p.count, max: null, comparator: cmp })
      : cmp === 'gt' || cmp === 'gte' || sum <= p.count + 1e-9;
    if (!ok) {
      const row = rows.get(rowOf.get(p.id) ?? '')?.row;
      const unit = unitOf([p, ...parts]);
      if (row) {
        const total = fmt(p.count, unit, locale, cmp);
        row.note = w.note(fmt(sum, unit, locale), total);
      }
    }
  }

  // Cells, totals, bars.
  const columns: PlatformColumn[] = [{ key: 'type', label: w.type }];
  for (const k of levelKeys) {
    columns.push({ key: k, label: k.startsWith('label:') ? k.slice(6) : w.levels[k as PlatformLevel] });
  }
  let anyTotal = false;
  for (const { row, cells, entries } of rows.values()) {
    row.cells = levelKeys.map((k) => {
      const entries = cells.get(k);
      return entries ? buildCell(entries, o, w) : null;
    });
    // Total: at least two cells, all shown, of disjoint levels, each an exact count of one year;
    // for a subset row the parts must also add up to their parent's count (else they are incomplete).
    if (row.kind !== 'total' && !row.statedTotal) {
      const used = [...cells.keys()];
      const latest = used.map((k) => countsOf(cells.get(k)!, o.asOf).pop() ?? null);
      const sum = latest.reduce((s, p) => s + (p?.count ?? 0), 0);
      const parents = new Set(entries.map((p) => p.partOf));
      const parent =
        row.kind === 'subset' && parents.size === 1 ? byId.get([...parents][0] ?? '') : undefined;
      if (
        used.length >= 2 &&
        used.every((k) => visible.has(k) && DISJOINT.has(k)) &&
        latest.every((p) => p !== null && comparatorOf(p) === 'eq') &&
        new Set(latest.map((p) => p!.year?.label ?? '')).size === 1 &&
        (row.kind !== 'subset' || (parent && parent.count === sum && comparatorOf(parent) === 'eq'))
      ) {
        const unit = unitOf(latest as Platform[]);
        const y = yearText(latest[0]!.year, locale);
        const count = fmt(sum, unit, locale) + (y ? w.year(y) : '');
        row.cells.push({
          count,
          change: '',
          target: '',
          added: '',
          members: [],
          value: sum,
          bar: null,
          mark: null,
          text: count,
          peak: Math.max(0, sum),
          markValue: null,
        });
        anyTotal = true;
      }
    }
  }
  if (anyTotal) {
    columns.push({ key: 'total', label: w.total });
    for (const { row } of rows.values()) while (row.cells.length < columns.length - 1) row.cells.push(null);
  }
  for (let c = 0; c < columns.length - 1; c++) {
    let max = 0;
    for (const { row } of rows.values()) max = Math.max(max, row.cells[c]?.peak ?? 0);
    if (max <= 0) continue;
    for (const { row } of rows.values()) {
      const cell = row.cells[c];
      if (!cell) continue;
      // Bars only for counts: `value` falls back to the target or increment for sorting alone.
      if (!cell.count) continue;
      if (isNum(cell.value) && cell.value > 0) cell.bar = Math.min(1, cell.value / max);
      if (isNum(cell.markValue) && cell.markValue > 0) cell.mark = Math.min(1, cell.markValue / max);
    }
  }

  // Flatten: plan order, each row followed by its subsets; rows with nothing visible are dropped
  // (unless a subset below them shows).
  const out: PlatformRow[] = [];
  const walk = (parent: string | null): boolean => {
    let shown = false;
    for (const key of children.get(parent) ?? []) {
      const r = rows.get(key)!.row;
      const at = out.length;
      out.push(r);
      const below = walk(key);
      if (!below && r.cells.every((c) => c === null)) out.splice(at, 1);
      else shown = true;
    }
    return shown;
  };
  walk(null);
  for (const r of out) {
    const prefix = r.kind === 'subset' ? w.of : '';
    r.text = prefix + r.label + (r.statedTotal ? w.stated : '') + (r.note ? `\n${r.note}` : '');
  }
  return { locale, caption, columns, rows: out, problems, fileName };
}

/** The entries with a count (dated no later than `asOf`), oldest first; ties keep plan order. */
function countsOf(entries: Platform[], asOf: number | null | undefined): Platform[] {
  return entries
    .filter((p) => isNum(p.count) && !(isNum(asOf) && p.year && isNum(p.year.year) && p.year.year > asOf))
    .sort((a, b) => yearOrder(a) - yearOrder(b));
}

const collators = new Map<string, Intl.Collator>();

/**
 * The rows in the order of a column: `column` 0 sorts by type name (locale collation), others by
 * the cell's figure (count, else target, else increment); empty cells last in both directions.
 * Subsets stay under their parent (sorted among their siblings). Ties keep plan order. Pure.
 */
export function sortPlatformRows(
  rows: readonly PlatformRow[],
  column: number,
  direction: SortDirection,
  locale: SupportedLocale = 'zh-CN',
): PlatformRow[] {
  if (!Array.isArray(rows)) return [];
  const n = rows.length;
  const sign = direction === 'descending' ? -1 : 1;
  // Rows by position: children of each row (-1 = top level), figures and plan order read once
  // into typed arrays, so the comparator does no lookups (5,000 rows in a few ms).
  const pos = new Map<string, number>();
  if (rows.some((r) => r.parent !== null)) for (let i = 0; i < n; i++) pos.set(rows[i]!.key, i);
  const kids = new Map<number, number[]>();
  const v = new Float64Array(n);
  const tie = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    const at = r.parent !== null ? (pos.get(r.parent) ?? -1) : -1;
    const list = kids.get(at);
    if (list) list.push(i);
    else kids.set(at, [i]);
    const x = r.cells[column - 1]?.value;
    v[i] = typeof x === 'number' ? sign * x : Infinity; // empty cells last in both directions
    tie[i] = r.index;
  }
  let compare = (a: number, b: number) => v[a]! - v[b]! || tie[a]! - tie[b]!;
  if (column <= 0) {
    let coll = collators.get(locale);
    if (!coll) collators.set(locale, (coll = new Intl.Collator(locale, { numeric: true })));
    const c = coll;
    compare = (a, b) => sign * c.compare(rows[a]!.label, rows[b]!.label) || tie[a]! - tie[b]!;
  }
  // Each position is in one list, so each row is output once (rows in a parent cycle never are).
  const out: PlatformRow[] = [];
  const walk = (at: number) => {
    const list = kids.get(at);
    if (!list) return;
    list.sort(compare);
    for (const i of list) {
      out.push(rows[i]!);
      walk(i);
    }
  };
  walk(-1);
  return out;
}
