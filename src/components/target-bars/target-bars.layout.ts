/**
 * Pure layout of `<innovation-target-bars>`: indicators + options → a plain scene of rows (positions
 * along each bar as fractions 0…1, every label formatted, the sentence each row reads as), then a
 * cheap `arrangeBars` step that sorts and groups those rows without recomputing them. No DOM.
 * Semantics come from `assessIndicator`, words and numbers from `src/format`, target marks from
 * `src/layout/target-marks.ts`, the per-row scale from the gauge's `gaugeDomain`.
 */
import { gaugeDomain } from '../gauge/gauge.layout.js';
import {
  formatNumber,
  formatRelativeTarget,
  formatStatus,
  formatTarget,
  formatValue,
  localize,
  messages,
  resolveLocale,
  formatAttribute,
} from '../../format/index.js';
import type { SupportedLocale } from '../../format/index.js';
import { assessIndicator } from '../../model/assess.js';
import type {
  Comparator,
  Indicator,
  LocalizedText,
  Observation,
  Period,
  Problem,
  ResolvedTarget,
  Status,
} from '../../model/types.js';
import {
  aimValue,
  expectedValue,
  openSide,
  showsExpected,
  targetBand,
  targetPoints,
} from '../../layout/target-marks.js';
import { SCENE_WORDS, clamp01, finite, sourceOf, yearText } from '../../layout/scene.js';

export type BarsScale = 'row' | 'progress';
export type BarsSort = 'plan' | 'name' | 'progress' | 'status';
export type SortDirection = 'ascending' | 'descending';

export interface BarsLayoutInput {
  indicators: readonly Indicator[];
  locale: string;
  /** `row` (default): each row on its own scale; `progress`: 0 = baseline, 1 = target, shared. */
  scale?: BarsScale;
  period?: Period | null;
  asOf?: number | null;
  /** Caption (the plan title); a generic caption when empty. */
  title?: LocalizedText | null;
  problems?: readonly Problem[];
  approxTolerance?: number;
}

/** A target marker: position `at`, the band, and an arrow towards the side that satisfies an open-ended target. */
export interface BarTarget {
  at: number;
  comparator: Comparator;
  band: [number, number] | null;
  /** +1 → the arrow points right, −1 left, 0 none (eq / approx / between). */
  arrow: 1 | -1 | 0;
  /** ≥ / ≤ draw a filled arrow, > / < an open one. */
  filled: boolean;
  /** Target-only rows: a hollow marker. */
  hollow: boolean;
  clamped: boolean;
}

export interface BarRow {
  id: string;
  /** Position in the input (plan order). */
  index: number;
  name: string;
  category: string;
  /** 约束性 / binding, else ''. */
  badge: string;
  status: Status;
  progress: number | null;
  /** The value bar from…to (fractions of the track); `null` when there is no value to draw. */
  bar: { from: number; to: number } | null;
  /** Movement away from the target: the stretch between latest and baseline. */
  regress: { from: number; to: number } | null;
  baseline: number | null;
  expected: number | null;
  target: BarTarget | null;
  /** Ends where a value or target lies beyond the drawn scale. */
  overflow: Array<'start' | 'end'>;
  /** Baseline, latest and target cells: the value and its year (each '' or formatted; no value → '—'). */
  cells: Array<{ value: string; year: string }>;
  labels: { status: string; progress: string };
  chips: string[];
  /** The whole row as one sentence (the bar's text alternative). */
  text: string;
  source: { quote: string; locator: string; title: string } | null;
}

export interface BarsScene {
  locale: SupportedLocale;
  scale: BarsScale;
  caption: string;
  headers: {
    name: string;
    baseline: string;
    latest: string;
    target: string;
    progress: string;
    status: string;
  };
  rows: BarRow[];
  /** Shared axis ticks (progress scale only). */
  axis: Array<{ at: number; label: string }>;
  notice: { title: string; items: string[] } | null;
}

export interface BarsGroup<R = BarRow> {
  /** '' when not grouped. */
  label: string;
  rows: R[];
}

/** What sorting, grouping and a row's header need, known before the row is laid out. */
export type BarKey = Pick<BarRow, 'id' | 'index' | 'name' | 'category' | 'status' | 'progress'>;

/**
 * A scene whose rows are laid out on demand: `keys` (cheap, every row) sort and group, `row(i)`
 * lays out row `i` once. Formatting every label is most of a row's cost, so a widget that draws
 * only the rows near the viewport first lays out only those.
 */
export interface LazyBarsScene extends Omit<BarsScene, 'rows'> {
  keys: BarKey[];
  row(index: number): BarRow;
}

const WORDS = {
  'zh-CN': {
    ...SCENE_WORDS['zh-CN'],
    indicator: '指标',
    caption: '规划指标',
    colon: '：',
    yearOf: (v: string, y: string) => (y ? `${v}（${y}）` : v),
    targetOf: (t: string, y: string) => (y ? `${y}目标 ${t}` : `目标 ${t}`),
    progress: (p: string) => `进度 ${p}`,
    expected: (v: string) => `此时应达 ${v}`,
    beyond: '超出刻度',
    uncategorized: '其他',
  },
  en: {
    ...SCENE_WORDS.en,
    indicator: 'Indicator',
    caption: 'Plan indicators',
    colon: ': ',
    yearOf: (v: string, y: string) => (y ? `${v} (${y})` : v),
    targetOf: (t: string, y: string) => (y ? `${y} target ${t}` : `target ${t}`),
    progress: (p: string) => `progress ${p}`,
    expected: (v: string) => `expected by now ${v}`,
    beyond: 'beyond the scale',
    uncategorized: 'Other',
  },
} as const;

const r4 = (n: number) => Math.round(clamp01(n) * 10000) / 10000;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A row's key: id, name and category at once, status and progress assessed when first read. */
class Key implements BarKey {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  constructor(
    ind: Indicator,
    readonly index: number,
    locale: SupportedLocale,
    private readonly pre: (index: number) => Pre,
  ) {
    this.id = ind.id;
    this.name = localize(ind.name, locale) || ind.id;
    this.category = localize(ind.category, locale);
  }
  get status(): Status {
    return this.pre(this.index).status;
  }
  get progress(): number | null {
    return this.pre(this.index).progress;
  }
}

/** Per-row data before positions: what the scale needs. */
interface Pre {
  ind: Indicator;
  decrease: boolean;
  baseline: Observation | null;
  latest: Observation | null;
  target: ResolvedTarget | null;
  status: Status;
  progress: number | null;
  expected: number | null;
  /** value → progress units (0 = baseline, 1 = target); `null` without a baseline and a distinct target. */
  toProgress: ((v: number) => number) | null;
}

const numeric = (o: Observation | null | undefined): o is Observation & { value: number } =>
  !!o && finite(o.value);

function prepare(ind: Indicator, input: BarsLayoutInput): Pre {
  const a = assessIndicator(ind, {
    period: input.period ?? null,
    asOf: input.asOf ?? null,
    approxTolerance: input.approxTolerance ?? null,
  });
  const decrease = ind.direction === 'decrease' || ind.target?.relative?.type === 'rank';
  const baseline = numeric(a.baseline) ? a.baseline : null;
  const latest = numeric(a.latest) ? a.latest : null;
  const target = a.target && finite(a.target.value) ? a.target : null;
  let toProgress: Pre['toProgress'] = null;
  if (baseline && target) {
    const b = baseline.value as number;
    const span = aimValue(target, decrease) - b;
    if (span !== 0) toProgress = (v) => (v - b) / span;
  }
  return {
    ind,
    decrease,
    baseline,
    latest,
    target,
    status: a.status,
    progress: finite(a.progress) ? a.progress : null,
    expected: finite(a.expected) ? a.expected : null,
    toProgress,
  };
}

/** The shared progress domain: at least 0…1, widened to the data, capped at −50 %…200 %, in quarter steps. */
export function progressDomain(values: readonly number[]): [number, number] {
  let lo = 0;
  let hi = 1;
  for (const v of values) {
    if (!finite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [Math.max(-0.5, Math.floor(lo * 4 + 1e-9) / 4), Math.min(2, Math.ceil(hi * 4 - 1e-9) / 4)];
}

/** Indicators + options → scene. Never throws on bad input (bad rows are skipped). */
export function layoutBars(input: BarsLayoutInput): BarsScene {
  const { keys, row, ...head } = planBars(input);
  const { locale, scale, caption, headers, axis, notice } = head;
  return { locale, scale, caption, headers, rows: keys.map((k) => row(k.index)), axis, notice };
}

/** `layoutBars` with each row laid out on first `row(i)` (the same rows, memoized). */
export function planBars(input: BarsLayoutInput): LazyBarsScene {
  const locale = resolveLocale(input?.locale);
  const scale: BarsScale = input?.scale === 'progress' ? 'progress' : 'row';
  const words = WORDS[locale];
  const msg = messages(locale);
  const tol = finite(input?.approxTolerance) && input.approxTolerance >= 0 ? input.approxTolerance : 0.05;
  const list = Array.isArray(input?.indicators) ? input.indicators : [];
  const inds: Indicator[] = [];
  for (const ind of list) {
    if (ind && typeof ind === 'object' && typeof ind.id === 'string') inds.push(ind);
  }
  // Assessed on first use: plan order and a light row need only the name, so a long table assesses
  // the rows it draws first and the rest in idle time (the shared progress scale needs them all).
  const pres: Array<Pre | undefined> = [];
  const pre = (i: number): Pre => (pres[i] ??= prepare(inds[i]!, input));

  // The shared progress scale.
  let shared: [number, number] = [0, 1];
  if (scale === 'progress') {
    const vals: number[] = [];
    for (let i = 0; i < inds.length; i++) {
      const p = pre(i);
      if (!p.toProgress || p.status === 'not-assessable') continue;
      if (p.latest) vals.push(p.toProgress(p.latest.value as number));
      if (p.target) for (const v of targetPoints(p.target, tol)) vals.push(p.toProgress(v));
    }
    shared = progressDomain(vals);
  }

  const done: Array<BarRow | undefined> = [];
  const keys: BarKey[] = inds.map((ind, index) => new Key(ind, index, locale, pre));

  function row(p: Pre, index: number): BarRow {
    const ind = p.ind;
    const unit = typeof ind.unit === 'string' ? ind.unit : '';
    const bV = p.baseline ? (p.baseline.value as number) : null;
    const lV = p.latest ? (p.latest.value as number) : null;
    const t = p.target;

    // raw(v): position along the track, unclamped; null when this row cannot be placed on the scale.
    let raw: ((v: number) => number) | null = null;
    let rightIsUp = !p.decrease;
    let zero = 0;
    if (scale === 'progress') {
      const f = p.toProgress;
      const [lo, hi] = shared;
      // Rows without an assessment are not placed on a progress axis (it would imply a progress).
      if (f && p.status !== 'not-assessable') {
        raw = (v) => (f(v) - lo) / (hi - lo);
        zero = raw(bV as number);
        rightIsUp = f(1) > f(0);
      } else if (t && p.status === 'target-only') {
        // No baseline: the target alone sits at 100 % (its band and headroom scaled to the target).
        const k = (p.decrease ? -1 : 1) / (Math.abs(t.value) || 1);
        raw = (v) => ((v - t.value) * k + 1 - lo) / (hi - lo);
      }
    } else {
      const points: number[] = [];
      if (lV !== null) points.push(lV);
      if (bV !== null) points.push(bV);
      points.push(...targetPoints(t, tol));
      const [d0, d1] = gaugeDomain(points);
      raw = p.decrease ? (v) => (d1 - v) / (d1 - d0) : (v) => (v - d0) / (d1 - d0);
    }
    const overflow: BarRow['overflow'] = [];
    const place = (v: number): number => {
      const x = raw!(v);
      const side = x < -1e-9 ? 'start' : x > 1 + 1e-9 ? 'end' : null;
      if (side && !overflow.includes(side)) overflow.push(side);
      return r4(x);
    };

    let bar: BarRow['bar'] = null;
    let regress: BarRow['regress'] = null;
    let baseline: number | null = null;
    let expected: number | null = null;
    let target: BarTarget | null = null;
    if (raw) {
      if (lV !== null) {
        const to = place(lV);
        bar = { from: r4(zero), to };
        if (bV !== null && p.latest !== p.baseline) baseline = place(bV);
        if (finite(p.progress) && p.progress < 0 && baseline !== null) {
          regress = { from: Math.min(to, baseline), to: Math.max(to, baseline) };
          if (scale === 'progress') bar = null;
        }
      }
      const ev = showsExpected(p.status) && t ? expectedValue(bV, aimValue(t, p.decrease), p.expected) : null;
      if (ev !== null) expected = place(ev);
      if (t) {
        const before = overflow.length;
        const at = place(t.value);
        const band = targetBand(t, tol);
        const side = openSide(t.comparator);
        target = {
          at,
          comparator: t.comparator,
          band: band ? ([place(band[0]), place(band[1])].sort((x, y) => x - y) as [number, number]) : null,
          arrow: side === 0 ? 0 : side > 0 === rightIsUp ? 1 : -1,
          filled: t.comparator === 'gte' || t.comparator === 'lte',
          hollow: p.status === 'target-only',
          clamped: overflow.length > before,
        };
      }
    }

    // Labels.
    const name = keys[index]!.name;
    const targetYear = yearText(t ? t.year : ind.target?.year, locale);
    const relative = ind.target?.relative ?? null;
    const written =
      locale === 'zh-CN' && t && !t.derived && typeof ind.target?.text === 'string'
        ? ind.target.text.trim()
        : '';
    const targetValue = t
      ? written || formatTarget(t, unit, locale)
      : relative
        ? formatRelativeTarget(relative, unit, locale)
        : '';
    // The latest cell repeats nothing: when the latest value is the baseline it reads "—".
    const cell = (o: Observation | null) =>
      o
        ? { value: formatValue(o.value as number, unit, locale), year: yearText(o.year, locale) }
        : { value: '—', year: '' };
    const baseCell = cell(p.baseline);
    const latestCell = cell(p.latest === p.baseline ? null : p.latest);
    const cells = [baseCell, latestCell, { value: targetValue || '—', year: targetValue ? targetYear : '' }];
    const statusText = formatStatus(p.status, locale);
    const progressText =
      p.progress !== null ? formatNumber(p.progress * 100, locale, { maximumFractionDigits: 0 }) + '%' : '';
    const chips: string[] = [];
    if (relative && t) chips.push(formatRelativeTarget(relative, unit, locale));
    if (ind.target?.stretch) chips.push(msg.stretch);
    const alts = Array.isArray(ind.alternatives) ? ind.alternatives.length : 0;
    if (alts > 0) chips.push(words.alternatives(alts));
    const badge = ind.attribute === 'binding' ? formatAttribute('binding', locale) : '';

    // The row as a sentence.
    const parts = [name];
    // The sentence reuses the cells' formatted values (formatting is most of a row's layout cost).
    if (p.baseline) parts.push(`${msg.baseline} ${words.yearOf(baseCell.value, baseCell.year)}`);
    if (p.latest !== p.baseline)
      parts.push(`${msg.latest} ${p.latest ? words.yearOf(latestCell.value, latestCell.year) : '—'}`);
    if (targetValue) parts.push(words.targetOf(targetValue, targetYear));
    parts.push(statusText);
    if (progressText) parts.push(words.progress(progressText));
    if (expected !== null && t) {
      const ev = expectedValue(bV, aimValue(t, p.decrease), p.expected);
      if (ev !== null) parts.push(words.expected(formatValue(ev, unit, locale)));
    }
    if (regress) parts.push(words.regress);
    if (overflow.length) parts.push(words.beyond);
    if (badge) parts.push(badge);
    parts.push(...chips);

    const source = sourceOf(ind, p.latest);

    return {
      id: ind.id,
      index,
      name,
      category: keys[index]!.category,
      badge,
      status: p.status,
      progress: p.progress,
      bar,
      regress,
      baseline,
      expected,
      target,
      overflow,
      cells,
      labels: {
        status: statusText,
        progress: progressText,
      },
      chips,
      text: parts[0] + words.colon + parts.slice(1).join(words.join),
      source,
    };
  }

  // Axis of the shared scale: baseline (0 %), target (100 %), and the ends when they go beyond.
  const axis: BarsScene['axis'] = [];
  if (scale === 'progress') {
    const [lo, hi] = shared;
    const at = (v: number) => r4((v - lo) / (hi - lo));
    // 0 = the baseline, 100 % = the target (values beyond carry an overflow mark and say so).
    axis.push({ at: at(0), label: msg.baseline }, { at: at(1), label: msg.target });
  }

  const problems = Array.isArray(input?.problems)
    ? input.problems.filter((p) => p && typeof p.message === 'string')
    : [];
  const items = [...new Set(problems.map((p) => p.message))];
  const notice =
    items.length > 0
      ? {
          title: words.notice,
          items: items.length > 5 ? [...items.slice(0, 5), words.more(items.length - 5)] : items,
        }
      : null;

  const caption = localize(input?.title ?? null, locale) || words.caption;
  const h = (s: string) => (locale === 'en' ? cap(s) : s);
  return {
    locale,
    scale,
    caption,
    headers: {
      name: words.indicator,
      baseline: h(msg.baseline),
      latest: h(msg.latest),
      target: h(msg.target),
      progress: h(msg.progress),
      status: h(msg.status),
    },
    keys,
    row: (i) => (done[i] ??= row(pre(i), i)),
    axis,
    notice,
  };
}

/** Sort order of statuses: the ones that need attention first, rows without an assessment last. */
const STATUS_RANK: Record<Status, number> = {
  'off-track': 0,
  behind: 1,
  'on-track': 2,
  achieved: 3,
  'no-current-data': 4,
  'target-only': 5,
  'not-assessable': 6,
};
const ASSESSED = 4;

type ArrangeKey = Pick<BarRow, 'index' | 'name' | 'category' | 'status' | 'progress'>;

/**
 * Sorts (and optionally groups) rows without recomputing them. `plan`: input order; `name`: by
 * indicator name (the locale's collation, numbers by value; ties in plan order); `progress`:
 * by progress (rows without one last, in plan order); `status`: off track → behind → on track →
 * achieved, then the rows without an assessment (always last). `descending` reverses the
 * assessed rows only. Grouping keeps the groups in order of first appearance in the plan.
 */
export function arrangeBars<R extends ArrangeKey>(
  rows: readonly R[],
  sort?: BarsSort,
  direction?: SortDirection,
  groupBy?: 'category' | null,
  locale?: string,
): Array<BarsGroup<R>>;
export function arrangeBars(
  rows: readonly BarRow[],
  sort?: BarsSort,
  direction?: SortDirection,
  groupBy?: 'category' | null,
  locale?: string,
): BarsGroup[];
export function arrangeBars<R extends ArrangeKey>(
  rows: readonly R[],
  sort: BarsSort = 'plan',
  direction: SortDirection = 'ascending',
  groupBy: 'category' | null = null,
  locale: string = 'zh-CN',
): Array<BarsGroup<R>> {
  const list: R[] = Array.isArray(rows) ? rows.slice() : [];
  const sign = direction === 'descending' ? -1 : 1;
  const key = (r: R): number | null =>
    sort === 'progress'
      ? r.progress
      : sort === 'status'
        ? STATUS_RANK[r.status] < ASSESSED
          ? STATUS_RANK[r.status]
          : null
        : r.index;
  // One collator per call: a sort is a click, and a cache of them would cost bundle bytes.
  const coll = sort === 'name' ? new Intl.Collator(resolveLocale(locale), { numeric: true }) : null;
  list.sort((a, b) => {
    if (coll) return sign * coll.compare(a.name, b.name) || a.index - b.index;
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
      return sort === 'status'
        ? STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.index - b.index
        : a.index - b.index;
    }
    return (ka - kb) * sign || a.index - b.index;
  });
  if (groupBy !== 'category') return [{ label: '', rows: list }];
  const other = WORDS[resolveLocale(locale)].uncategorized;
  const order = new Map<string, number>();
  for (const r of [...list].sort((a, b) => a.index - b.index)) {
    const c = r.category || other;
    if (!order.has(c)) order.set(c, order.size);
  }
  const groups: Array<BarsGroup<R>> = [...order.keys()].map((label) => ({ label, rows: [] }));
  for (const r of list) groups[order.get(r.category || other)!]!.rows.push(r);
  return groups;
}

/** Filters indicators by id list (in the listed order), category and attribute; unknown ids become problems. */
export function filterIndicators(
  indicators: readonly Indicator[],
  options: { ids?: string | null; category?: string | null; attribute?: string | null },
  locale: string = 'zh-CN',
): { indicators: Indicator[]; problems: Problem[] } {
  const all = Array.isArray(indicators) ? indicators.filter((i) => i && typeof i.id === 'string') : [];
  const problems: Problem[] = [];
  let out = all;
  const ids = typeof options?.ids === 'string' ? options.ids.split(/[\s,，]+/).filter(Boolean) : [];
  if (ids.length) {
    const byId = new Map(all.map((i) => [i.id, i]));
    out = [];
    for (const id of ids) {
      const hit = byId.get(id);
      if (hit) out.push(hit);
      else
        problems.push({
          path: '/indicators',
          message:
            resolveLocale(locale) === 'en'
              ? `the plan has no indicator "${id.slice(0, 40)}"`
              : `计划中没有指标“${id.slice(0, 40)}”`,
        });
    }
  }
  const category = typeof options?.category === 'string' ? options.category.trim() : '';
  if (category) {
    out = out.filter((i) => {
      const c = i.category;
      if (typeof c === 'string') return c.trim() === category;
      return (
        !!c &&
        typeof c === 'object' &&
        Object.values(c).some((v) => typeof v === 'string' && v.trim() === category)
      );
    });
  }
  const attr = typeof options?.attribute === 'string' ? options.attribute.trim() : '';
  const wanted = attr === '约束性' ? 'binding' : attr === '预期性' ? 'expected' : attr;
  if (wanted) out = out.filter((i) => i.attribute === wanted);
  // A table of headers alone tells an editor nothing (an empty plan, or a filter nothing matches).
  if (!out.length && !problems.length)
    problems.push({
      path: '/indicators',
      message: resolveLocale(locale) === 'en' ? 'no indicators to show' : '没有可显示的指标',
    });
  return { indicators: out, problems };
}
