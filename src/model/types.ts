/**
 * The plan data model: the JSON contract of ../shared/spec/data-model.md (input side) and the
 * normalized shapes `validatePlan` produces (what widgets read). Field names of the contract are
 * public API: extend, never rename.
 */

/** A string, or one string per locale: `{"zh-CN": "…", "en": "…"}`. */
export type LocalizedText = string | { [locale: string]: string | undefined };

/** How a target qualifies its number (spec §2). */
export type Comparator = 'eq' | 'gte' | 'gt' | 'lte' | 'lt' | 'approx' | 'between';

/** `increase`: higher is better (default). `decrease`: lower is better (energy intensity, rank). */
export type Direction = 'increase' | 'decrease';

/** 预期性 (`expected`) or 约束性 (`binding`). */
export type IndicatorAttribute = 'expected' | 'binding';

/** `actual` (default), `estimate` (预计) or `provisional`. */
export type ObservationKind = 'actual' | 'estimate' | 'provisional';

/** Platform levels, columns of the platform table (spec §6). */
export type PlatformLevel = 'national' | 'provincial' | 'municipal' | 'district' | 'unknown';

/** The seven assessment statuses (spec §5), in the order they are decided. */
export type Status =
  'achieved' | 'on-track' | 'behind' | 'off-track' | 'target-only' | 'no-current-data' | 'not-assessable';

/** Where a value comes from (spec §8). */
export interface Source {
  title?: string;
  locator?: string;
  quote?: string;
  url?: string;
}

/** Result of `parseQuantity(text)` (spec §3). */
export interface Quantity {
  /** The number as written, or `null` when there is none ("——", "20XX"). */
  value: number | null;
  /** Upper end of a `between` range, else `null`. */
  max: number | null;
  comparator: Comparator;
  /** What remains of the unit after folding out the magnitude: "%", "pp", "元", "吨标煤/万元", "". */
  unit: string;
  /** 1, 1e2 (百), 1e3 (千), 1e4 (万), 1e8 (亿), 1e12 (万亿). */
  magnitude: number;
  /** The input, trimmed. */
  text: string;
}

/** A year as a number or as written: `"20XX"`, `"“十二五”末"`, `"现有"` (spec §4). */
export type YearInput = number | string;

/** A resolved year: a calendar year, or a label that has none. */
export interface PlanYear {
  /** Calendar year, or `null` for masked ("20XX") and unresolvable ("现有") labels. */
  year: number | null;
  /** As written; for a plain number its decimal string. */
  label: string;
  /** True for masked years ("20XX", "201*", "20__"): shown as written, never placed on an axis. */
  masked: boolean;
}

/** A plan's period: `{start, end}` years. Input may also be "2016-2020" or "十三五". */
export interface Period {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Input side: the JSON document as authors and CMS editors write it (schema version 1).
// ---------------------------------------------------------------------------------------------

/** A number, or a value as the plan writes it: "60%以上", "3~4个", "200多亿元", "——". */
export type ValueInput = number | string;

export interface RelativeTargetInput {
  type: 'percent' | 'points' | 'multiple' | 'annual-growth' | 'rank';
  /** `percent` and `points`: the increase (30 = +30 % or +30 pp). */
  amount?: number;
  /** `multiple`: 2 for 翻番. */
  factor?: number;
  /** `annual-growth`: percent per year. */
  percent?: number;
  /** `rank`: the rank to reach (进入前50). */
  value?: number;
  baseYear?: YearInput;
}

export interface TargetInput {
  year?: YearInput;
  value?: ValueInput;
  max?: ValueInput;
  comparator?: Comparator;
  /** 力争 targets. */
  stretch?: boolean;
  relative?: RelativeTargetInput;
  source?: Source;
}

export interface ObservationInput {
  year: YearInput;
  value: ValueInput;
  kind?: ObservationKind;
  source?: Source;
}

export interface AlternativeInput {
  value: ValueInput;
  year?: YearInput;
  source?: Source;
}

export interface IndicatorInput {
  id: string;
  name: LocalizedText;
  unit?: string;
  category?: LocalizedText;
  attribute?: IndicatorAttribute;
  direction?: Direction;
  growth?: 'linear' | 'compound';
  observations?: ObservationInput[];
  target?: TargetInput | TargetInput[];
  alternatives?: AlternativeInput[];
  source?: Source;
}

export interface PlatformInput {
  id: string;
  type: LocalizedText;
  level?: PlatformLevel | string;
  count?: ValueInput | null;
  year?: YearInput;
  asOf?: YearInput;
  target?: TargetInput | null;
  added?: { value: ValueInput; period?: string; source?: Source } | null;
  partOf?: string | null;
  /** A stated total (各类公共研发平台340个): its own row, never stacked with parts. */
  total?: boolean;
  /** Named members (lists of named platforms, shown behind a disclosure). */
  members?: string[];
  source?: Source;
}

export interface RegionInput {
  id: string;
  name: LocalizedText;
  aliases?: string[];
  parent?: string | null;
  group?: string;
  role?: LocalizedText;
  values?: Record<string, Array<{ year: YearInput; value: ValueInput; source?: Source }>>;
  source?: Source;
}

export interface PlanDocumentInput {
  version: 1;
  plan: {
    id: string;
    title: LocalizedText;
    region?: string;
    period?: Period | string;
    source?: Source & { publisher?: string; date?: string };
  };
  indicators?: IndicatorInput[];
  platforms?: PlatformInput[];
  regions?: RegionInput[];
}

// ---------------------------------------------------------------------------------------------
// Normalized side: what `validatePlan` returns and widgets read.
// Every number is finite; values as written are kept in `text`.
// ---------------------------------------------------------------------------------------------

export interface Observation {
  year: PlanYear;
  /** In the indicator's unit (magnitude folded back in); `null` when the plan writes none ("——"). */
  value: number | null;
  kind: ObservationKind;
  /** As written when the input was text; else undefined. */
  text?: string;
  source?: Source;
}

export type RelativeTarget =
  | { type: 'percent'; amount: number; baseYear: PlanYear | null }
  | { type: 'points'; amount: number; baseYear: PlanYear | null }
  | { type: 'multiple'; factor: number; baseYear: PlanYear | null }
  | { type: 'annual-growth'; percent: number; baseYear: PlanYear | null }
  | { type: 'rank'; value: number };

export interface Target {
  year: PlanYear | null;
  /** Absolute target (in the indicator's unit), or `null` for relative-only targets. */
  value: number | null;
  /** Upper end for `between`. */
  max: number | null;
  comparator: Comparator;
  stretch: boolean;
  relative: RelativeTarget | null;
  text?: string;
  source?: Source;
}

export interface Alternative {
  quantity: Quantity;
  year: PlanYear | null;
  source?: Source;
}

export interface Indicator {
  id: string;
  name: LocalizedText;
  unit: string;
  category?: LocalizedText;
  attribute?: IndicatorAttribute;
  direction: Direction;
  growth?: 'linear' | 'compound';
  /** Sorted by year; masked years last, in input order. */
  observations: Observation[];
  /** The plan target (the last of a list), or `null`. */
  target: Target | null;
  /** Earlier targets of a list, in order. */
  milestones: Target[];
  alternatives: Alternative[];
  source?: Source;
}

export interface Platform {
  id: string;
  type: LocalizedText;
  level: PlatformLevel;
  /** The level as written when it is not one of the five (国家级和省级): shown as is. */
  levelLabel?: string;
  count: number | null;
  countText?: string;
  year: PlanYear | null;
  target: Target | null;
  added: { value: number; period: string | null; text?: string; source?: Source } | null;
  partOf: string | null;
  total: boolean;
  members: string[];
  source?: Source;
}

export interface Region {
  id: string;
  name: LocalizedText;
  aliases: string[];
  parent: string | null;
  group?: string;
  role?: LocalizedText;
  values: Record<string, Observation[]>;
  source?: Source;
}

export interface PlanMeta {
  id: string;
  title: LocalizedText;
  region?: string;
  period: Period | null;
  /** The period as written ("十三五"), when it was text. */
  periodLabel?: string;
  source?: Source & { publisher?: string; date?: string };
}

export interface Plan {
  version: 1;
  plan: PlanMeta;
  indicators: Indicator[];
  platforms: Platform[];
  regions: Region[];
}

/** One reported problem: a JSON pointer into the input and a message that says what is wrong and what is allowed. */
export interface Problem {
  path: string;
  message: string;
}

export interface ValidationResult {
  plan: Plan;
  problems: Problem[];
}

/** Target resolved to absolute numbers (relative targets resolved from their base). */
export interface ResolvedTarget {
  year: PlanYear | null;
  value: number;
  max: number | null;
  comparator: Comparator;
  /** True when computed from a relative target. */
  derived: boolean;
}

export interface Pace {
  kind: 'linear' | 'compound';
  /** Yearly change needed from the latest value to the target. */
  required: number | null;
  /** Yearly change between the two latest observations. */
  historical: number | null;
}

export interface Assessment {
  status: Status;
  baseline: Observation | null;
  latest: Observation | null;
  target: ResolvedTarget | null;
  /** (latest − baseline) / (target − baseline); not clamped. */
  progress: number | null;
  /** Share of the plan period passed at the latest observation. */
  expected: number | null;
  pace: Pace;
  /** Why the status is `not-assessable` / `target-only` / `no-current-data`, in English, for logs. */
  reason?: string;
}

export interface AssessOptions {
  period?: Period | null;
  asOf?: number | null;
  /** Half-width of the `approx` band as a fraction of the target (default 0.05 = ±5 %). */
  approxTolerance?: number | null;
}
