/**
 * The region map's scene, pure (no DOM): which regions the data gives, their values for one indicator
 * and year (or their category), joined to the page's shapes (geometry or grid tiles), classified,
 * ranked and put into words. The element only draws it.
 */
import { formatValue, localize, messages } from '../../format/index.js';
import type { SupportedLocale } from '../../format/index.js';
import { finite, yearText } from '../../layout/scene.js';
import { joinRegions, localizedTexts, regionKeys } from '../../model/regions.js';
import type { RegionKeys } from '../../model/regions.js';
import type { Indicator, Observation, Plan, Problem, Region } from '../../model/types.js';
import { classifyCategories, classifyValues } from '../../scales/classify.js';
import type { ClassifyMethod, Classification } from '../../scales/classify.js';
import type { LocalizedText } from '../../model/types.js';

/** A drawable region of the page: a geometry feature or a grid tile. */
export interface MapShape {
  id: string | null;
  name: string | null;
  aliases?: readonly string[];
  /** Localized name (grid tiles), preferred over `name` for display. */
  label?: LocalizedText;
}

export interface MapLayoutInput {
  plan: Plan | null;
  shapes: readonly MapShape[];
  locale: SupportedLocale;
  /** Indicator id; default: the first indicator the regions give values for. */
  indicator?: string | null;
  /** Year of the values; default the latest year any region gives. */
  year?: number | null;
  method?: ClassifyMethod | null;
  classes?: number | null;
  breaks?: readonly number[] | null;
  reference?: number | null;
  palette?: readonly string[] | null;
  /** `role` (default) or `group`: the category of a categorical map. */
  category?: 'role' | 'group' | null;
  /** Unit when the plan has none for the indicator (an inline table). */
  unit?: string | null;
  /** Title override. */
  label?: string | null;
}

/** One shape of the map with what the data says about it. */
export interface MapItem {
  /** Index into the input shapes. */
  index: number;
  id: string;
  name: string;
  value: number | null;
  /** The value for readers ("2.5%"), or the category, or "无数据". */
  valueText: string;
  year: string;
  /** Class index, -1 = no data. */
  cls: number;
  /** 1 = best; null without a value. */
  rank: number | null;
  /** "第3位 / 34" style text, '' without rank. */
  rankText: string;
  source: string;
  /** Full sentence a screen reader reads ("北京: 6.2%, 2020年, 第1位"). */
  text: string;
  region: Region | null;
}

export interface LegendEntry {
  label: string;
  color: string;
  ink: string;
  count: number;
  cls: number;
}

/** A data row that has no shape (or a parent region shown as context). */
export interface UnplacedRow {
  id: string;
  name: string;
  valueText: string;
  why: 'no-shape' | 'parent';
}

export interface MapScene {
  locale: SupportedLocale;
  title: string;
  subtitle: string;
  unit: string;
  mode: 'numeric' | 'categorical' | 'none';
  items: MapItem[];
  /** Items with a value, best first (numeric) or grouped by category (categorical). */
  ranking: MapItem[];
  legend: LegendEntry[];
  noData: LegendEntry | null;
  classification: Classification | null;
  unplaced: UnplacedRow[];
  /** Shapes without data (for the table and the console). */
  shapesWithoutData: string[];
  problems: Problem[];
  /** One-paragraph summary of the map for screen readers. */
  summary: string;
  /** Largest absolute value (ranking bar scale). */
  maxAbs: number;
}

const WORDS = {
  'zh-CN': {
    rank: (r: number, n: number) => `第${r}位（共${n}个）`,
    noShape: (names: string) => `数据中的区域在图上找不到：${names}`,
    summary: (title: string, n: number, top: string, bottom: string) =>
      `${title}：${n}个地区有数据${top ? `，最高为${top}` : ''}${bottom ? `，最低为${bottom}` : ''}。`,
    cats: (title: string, n: number, k: number) => `${title}：${n}个地区，分为${k}类。`,
    range: (a: string, b: string) => `${a}–${b}`,
    atLeast: (a: string) => `≥ ${a}`,
    below: (a: string) => `< ${a}`,
    sep: '，',
    colon: '：',
  },
  en: {
    rank: (r: number, n: number) => `rank ${r} of ${n}`,
    noShape: (names: string) => `Regions in the data but not on the map: ${names}`,
    summary: (title: string, n: number, top: string, bottom: string) =>
      `${title}: ${n} regions with data${top ? `; highest ${top}` : ''}${bottom ? `; lowest ${bottom}` : ''}.`,
    cats: (title: string, n: number, k: number) => `${title}: ${n} regions in ${k} categories.`,
    range: (a: string, b: string) => `${a} to ${b}`,
    atLeast: (a: string) => `≥ ${a}`,
    below: (a: string) => `< ${a}`,
    sep: ', ',
    colon: ': ',
  },
} as const;

interface ItemWords {
  locale: SupportedLocale;
  mode: MapScene['mode'];
  fmt: (n: number) => string;
  count: number;
}

/**
 * A map item whose reader texts are built when first read: a map of thousands of regions shows
 * a handful of them at first (ranking, tooltip); the rest follow (labels, table) after paint.
 */
class Item implements MapItem {
  private memo: { valueText: string; rankText: string; year: string; source: string; text: string } | null =
    null;

  constructor(
    readonly index: number,
    readonly id: string,
    readonly name: string,
    readonly value: number | null,
    readonly cls: number,
    readonly rank: number | null,
    readonly region: Region | null,
    private readonly obs: Observation | null,
    private readonly category: string | null,
    private readonly words: ItemWords,
  ) {}

  private texts() {
    if (this.memo) return this.memo;
    const { locale, mode, fmt, count } = this.words;
    const w = WORDS[locale];
    const noData = messages(locale).noData;
    const value = this.value;
    const valueText =
      mode === 'categorical' ? (this.category ?? noData) : value !== null ? fmt(value) : noData;
    const rankText = this.rank !== null ? w.rank(this.rank, count) : '';
    const year = value !== null && this.obs ? yearText(this.obs.year, locale) : '';
    const source = this.region ? sourceText(this.obs, this.region) : '';
    const text = [this.name + w.colon + valueText, year, rankText].filter(Boolean).join(w.sep);
    return (this.memo = { valueText, rankText, year, source, text });
  }

  get valueText(): string {
    return this.texts().valueText;
  }
  get rankText(): string {
    return this.texts().rankText;
  }
  get year(): string {
    return this.texts().year;
  }
  get source(): string {
    return this.texts().source;
  }
  get text(): string {
    return this.texts().text;
  }

  toJSON(): MapItem {
    const { index, id, name, value, cls, rank, region } = this;
    return { index, id, name, value, cls, rank, region, ...this.texts() };
  }
}

/** A text written for `locale` (a plain string counts as Chinese), else ''. */
function exactName(text: LocalizedText | undefined, locale: SupportedLocale): string {
  if (typeof text === 'string') return locale === 'zh-CN' ? text.trim() : '';
  const v = text?.[locale];
  return typeof v === 'string' ? v.trim() : '';
}

/** The indicator ids the regions give values for, in plan order first. */
export function regionIndicators(plan: Plan | null): string[] {
  if (!plan) return [];
  const ids = new Set<string>();
  for (const r of plan.regions) for (const k of Object.keys(r.values)) if (r.values[k]?.length) ids.add(k);
  const ordered = plan.indicators.map((i) => i.id).filter((id) => ids.has(id));
  for (const id of ids) if (!ordered.includes(id)) ordered.push(id);
  return ordered;
}

/** The observation of `year` (or the latest dated one when `year` is null) with a finite value. */
function pick(obs: readonly Observation[] | undefined, year: number | null): Observation | null {
  let best: Observation | null = null;
  for (const o of obs ?? []) {
    if (o.year.masked || !finite(o.value)) continue;
    const y = o.year.year;
    if (year !== null) {
      if (y === year) return o;
    } else if (!best || (finite(y) && (!finite(best.year.year) || y > best.year.year))) best = o;
  }
  return best;
}

/** The latest year any region gives a value for `indicator`. */
function latestYear(regions: readonly Region[], indicator: string): number | null {
  let latest: number | null = null;
  for (const r of regions)
    for (const o of r.values[indicator] ?? [])
      if (
        !o.year.masked &&
        finite(o.value) &&
        finite(o.year.year) &&
        (latest === null || o.year.year > latest)
      )
        latest = o.year.year;
  return latest;
}

function sourceText(o: Observation | null, r: Region | null): string {
  const s = o?.source ?? r?.source;
  if (!s) return '';
  return [s.title, s.locator].filter((x) => typeof x === 'string' && x.trim()).join(' ');
}

/** Legend label of a numeric class: "1.5%–2.0%", "≥ 2.0%", "< 1.5%". */
function classLabel(
  min: number | null,
  max: number | null,
  fmt: (n: number) => string,
  w: (typeof WORDS)[SupportedLocale],
): string {
  // One value (a single region, or all alike) is one number, not "1.57%–1.57%".
  if (min !== null && max !== null) return min === max ? fmt(min) : w.range(fmt(min), fmt(max));
  if (min !== null) return w.atLeast(fmt(min));
  if (max !== null) return w.below(fmt(max));
  return '';
}

// A region's datum and its join keys in one object, whose names are built only when read:
// joinRegions reads them only for what does not join by id, and a map of thousands of regions joins by id.
class Datum implements RegionKeys {
  readonly id: string | null;
  value: number | null = null;
  constructor(
    readonly region: Region,
    readonly category: string | null,
    readonly obs: Observation | null,
  ) {
    this.id = typeof region.id === 'string' ? region.id : null;
  }
  get names(): string[] {
    return regionKeys(this.region).names as string[];
  }
}

// A shape, its index and its join keys in one object: one allocation per shape, not three.
class ShapeKeys implements RegionKeys {
  readonly id: string | null;
  constructor(
    readonly shape: MapShape,
    readonly index: number,
  ) {
    this.id = shape.id;
  }
  get names(): string[] {
    const s = this.shape;
    return [...(s.name ? [s.name] : []), ...localizedTexts(s.label), ...(s.aliases ?? [])];
  }
}

/** Builds the scene. Never throws for any input (the element still guards it). */
export function layoutRegionMap(input: MapLayoutInput): MapScene {
  const locale = input.locale;
  const w = WORDS[locale];
  const m = messages(locale);
  const plan = input.plan;
  const regions = plan?.regions ?? [];
  const problems: Problem[] = [];

  const available = regionIndicators(plan);
  let indicatorId = input.indicator?.trim() || null;
  if (indicatorId && !available.includes(indicatorId) && regions.length) {
    problems.push({
      path: '/indicator',
      message: `no region has values for indicator "${indicatorId}"${available.length ? `; the regions give ${available.join(', ')}` : ''}`,
    });
  }
  if (!indicatorId) indicatorId = available[0] ?? null;
  const indicator: Indicator | null = plan?.indicators.find((i) => i.id === indicatorId) ?? null;
  const unit = indicator?.unit || input.unit?.trim() || '';
  const year = finite(input.year) ? input.year : indicatorId ? latestYear(regions, indicatorId) : null;
  const fmt = (n: number) => formatValue(n, unit, locale);

  // Join every region to the shapes first: whether the map is categorical depends on what is drawn.
  const catKey = input.category === 'group' ? 'group' : 'role';
  const all: Datum[] = regions.map(
    (region) =>
      new Datum(
        region,
        catKey === 'group'
          ? (region.group?.trim() ?? null) || null
          : localize(region.role, locale).trim() || null,
        indicatorId ? pick(region.values[indicatorId], year) : null,
      ),
  );
  for (const d of all) d.value = d.obs?.value ?? null;
  const parents = new Set(regions.map((r) => r.parent).filter((p): p is string => !!p));

  // No shapes (the geometry failed or is loading): the regions stand for themselves, so the
  // ranking and the table still show what the data says.
  const shapes: readonly MapShape[] = input.shapes.length
    ? input.shapes
    : regions.map((r) => ({ id: r.id, name: null, label: r.name }));
  const indexed = shapes.map((shape, index) => new ShapeKeys(shape, index));
  const join = joinRegions(
    all,
    indexed,
    (d) => d,
    (s) => s,
  );
  const wantCategories =
    input.method === 'categorical' ||
    (!input.method && !join.pairs.some((p) => p.datum.obs) && join.pairs.some((p) => p.datum.category));
  const hasData = (d: Datum) => (wantCategories ? !!d.category : !!d.obs);
  const byShape = new Map<number, Datum>();
  for (const p of join.pairs) if (hasData(p.datum)) byShape.set(p.shape.index, p.datum);
  const unmatchedData = join.unmatchedData.filter(hasData);

  // Classification over the values that are drawn (joined), so the legend describes the map.
  const joined = [...byShape.values()];
  let classification: Classification | null = null;
  let mode: MapScene['mode'] = 'none';
  const palette = input.palette && input.palette.length ? input.palette : undefined;
  if (joined.length) {
    if (wantCategories) {
      mode = 'categorical';
      classification = classifyCategories(
        joined.map((d) => d.category),
        palette ? { palette } : {},
      );
    } else {
      mode = 'numeric';
      const method = input.method && input.method !== 'categorical' ? input.method : 'quantize';
      const options: Parameters<typeof classifyValues>[1] = { method };
      if (finite(input.classes)) options.classes = input.classes;
      if (input.breaks?.length) options.breaks = input.breaks;
      if (finite(input.reference)) options.reference = input.reference;
      if (palette) options.palette = palette;
      classification = classifyValues(
        joined.map((d) => d.value),
        options,
      );
    }
    for (const p of classification.problems)
      problems.push({ path: `/classify${p.path}`, message: p.message });
  }

  // Ranks: best first by the indicator's direction (higher is better unless it says decrease).
  const lowerIsBetter = indicator?.direction === 'decrease';
  const valued = joined.filter((d) => finite(d.value));
  const sorted = [...valued].sort((a, b) => (lowerIsBetter ? a.value! - b.value! : b.value! - a.value!));
  const rankOf = new Map<Datum, number>();
  sorted.forEach((d, i) => {
    const prev = sorted[i - 1];
    rankOf.set(d, prev && prev.value === d.value ? rankOf.get(prev)! : i + 1);
  });

  const yText = year !== null ? yearText({ year, label: String(year), masked: false }, locale) : '';
  const words: ItemWords = { locale, mode, fmt, count: sorted.length };
  const items: MapItem[] = shapes.map((shape, index) => {
    const d = byShape.get(index) ?? null;
    // The data's name in this locale, else the shape's (its English label for a zh-only table), else any.
    const own = d ? exactName(d.region.name, locale) : '';
    const name =
      own ||
      (shape.label ? exactName(shape.label, locale) : '') ||
      (d ? localize(d.region.name, locale) : '') ||
      (shape.label ? localize(shape.label, locale) : '') ||
      shape.name ||
      shape.id ||
      '';
    const value = d && finite(d.value) ? d.value : null;
    const cls =
      d && classification ? classification.classOf(mode === 'categorical' ? d.category : value) : -1;
    const rank = d ? (rankOf.get(d) ?? null) : null;
    // The shape's id (what the page's geometry or layout calls it), else the region's.
    const id = shape.id ?? d?.region.id ?? String(index);
    return new Item(
      index,
      id,
      name,
      value,
      cls,
      rank,
      d?.region ?? null,
      d?.obs ?? null,
      d?.category ?? null,
      words,
    );
  });

  const ranking =
    mode === 'categorical'
      ? items.filter((i) => i.cls >= 0).sort((a, b) => a.cls - b.cls || a.name.localeCompare(b.name, locale))
      : items.filter((i) => i.rank !== null).sort((a, b) => a.rank! - b.rank! || a.index - b.index);

  const legend: LegendEntry[] = (classification?.classes ?? []).map((c, cls) => ({
    label: mode === 'categorical' ? (c.category ?? '') : classLabel(c.min, c.max, fmt, w),
    color: c.color,
    ink: c.ink,
    count: c.count,
    cls,
  }));
  const noDataCount = items.filter((i) => i.cls < 0).length;
  const noData: LegendEntry | null = noDataCount
    ? { label: m.noData, color: '', ink: '', count: noDataCount, cls: -1 }
    : null;

  const unplaced: UnplacedRow[] = unmatchedData.map((d) => ({
    id: d.region.id,
    name: localize(d.region.name, locale) || d.region.id,
    valueText: mode === 'categorical' || !finite(d.value) ? (d.category ?? m.noData) : fmt(d.value),
    why: parents.has(d.region.id) ? 'parent' : 'no-shape',
  }));
  const missing = unplaced.filter((u) => u.why === 'no-shape');
  if (missing.length && input.shapes.length)
    problems.push({ path: '/regions', message: w.noShape(missing.map((u) => u.name).join(w.sep)) });
  const shapesWithoutData = items.filter((i) => !i.region).map((i) => i.name);

  const title =
    input.label?.trim() ||
    (indicator && mode !== 'categorical' ? localize(indicator.name, locale) : '') ||
    (plan ? localize(plan.plan.title, locale) : '');
  const subtitle = [mode === 'numeric' && unit ? unit : '', mode === 'numeric' ? yText : '']
    .filter(Boolean)
    .join(w.sep);
  const top = ranking[0];
  const bottom = ranking.length > 1 ? ranking[ranking.length - 1] : undefined;
  const summary =
    mode === 'categorical'
      ? w.cats(title, ranking.length, legend.length)
      : w.summary(
          [title, yText].filter(Boolean).join(' '),
          ranking.length,
          top ? `${top.name} ${top.valueText}` : '',
          bottom ? `${bottom.name} ${bottom.valueText}` : '',
        );
  const maxAbs = valued.reduce((mx, d) => Math.max(mx, Math.abs(d.value!)), 0);

  return {
    locale,
    title,
    subtitle,
    unit,
    mode,
    items,
    ranking,
    legend,
    noData,
    classification,
    unplaced,
    shapesWithoutData,
    problems,
    summary,
    maxAbs,
  };
}
