import type {
  Alternative,
  Comparator,
  Direction,
  Indicator,
  IndicatorAttribute,
  LocalizedText,
  Observation,
  ObservationKind,
  Plan,
  PlanMeta,
  PlanYear,
  Platform,
  PlatformLevel,
  Problem,
  Region,
  RelativeTarget,
  Source,
  Target,
  ValidationResult,
} from './types.js';
import { parseQuantity, tidy } from './quantity.js';
import { markNormalized } from '../utils/normalized-plan.js';
import { parsePeriod, parseYear } from './years.js';

/** The comparators of spec §2, in the order messages list them. */
export const COMPARATORS: readonly Comparator[] = ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'between'];
const DIRECTIONS: readonly Direction[] = ['increase', 'decrease'];
const KINDS: readonly ObservationKind[] = ['actual', 'estimate', 'provisional'];
const LEVELS: readonly PlatformLevel[] = ['national', 'provincial', 'municipal', 'district', 'unknown'];
const RELATIVE_TYPES = ['percent', 'points', 'multiple', 'annual-growth', 'rank'] as const;
const INDICATOR_ID = /^[a-z0-9-]+$/;

/** Chinese labels accepted for the enums (a CMS editor pastes what the plan prints). */
const ATTRIBUTE_LABELS: Record<string, IndicatorAttribute> = {
  expected: 'expected',
  binding: 'binding',
  预期性: 'expected',
  约束性: 'binding',
};
const KIND_LABELS: Record<string, ObservationKind> = {
  actual: 'actual',
  estimate: 'estimate',
  provisional: 'provisional',
  预计: 'estimate',
  初步: 'provisional',
};
const LEVEL_LABELS: Record<string, PlatformLevel> = {
  national: 'national',
  provincial: 'provincial',
  municipal: 'municipal',
  district: 'district',
  unknown: 'unknown',
  国家级: 'national',
  国家: 'national',
  省级: 'provincial',
  省部级: 'provincial',
  市级: 'municipal',
  区县级: 'district',
  区级: 'district',
  县级: 'district',
};

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON-pointer escaping of one key (RFC 6901). */
function esc(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : `the number ${String(v)}`;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

function list(values: readonly string[]): string {
  return values.join(', ');
}

class Context {
  readonly problems: Problem[] = [];
  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }
}

// ---------------------------------------------------------------------------------------------
// Small readers
// ---------------------------------------------------------------------------------------------

function readText(v: unknown, path: string, ctx: Context, what: string): LocalizedText | undefined {
  if (typeof v === 'string') return v;
  if (isObject(v)) {
    const out: Record<string, string> = {};
    let count = 0;
    for (const key of Object.keys(v)) {
      const text = v[key];
      if (text === undefined) continue;
      if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(key)) {
        ctx.report(
          `${path}/${esc(key)}`,
          `${what} has a key ${show(key)} that is not a language tag; use tags like "zh-CN" or "en"`,
        );
        continue;
      }
      if (typeof text !== 'string') {
        ctx.report(`${path}/${esc(key)}`, `${what} in "${key}" is ${show(text)}; it must be a string`);
        continue;
      }
      out[key] = text;
      count++;
    }
    if (count > 0) return out;
    ctx.report(path, `${what} has no text; write a string or {"zh-CN": "…", "en": "…"}`);
    return undefined;
  }
  ctx.report(path, `${what} is ${show(v)}; write a string or {"zh-CN": "…", "en": "…"}`);
  return undefined;
}

function readString(v: unknown, path: string, ctx: Context, what: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  ctx.report(path, `${what} is ${show(v)}; it must be a string`);
  return undefined;
}

const SOURCE_KEYS = ['title', 'locator', 'quote', 'url'] as const;

function readSource(
  v: unknown,
  path: string,
  ctx: Context,
  extra: readonly string[] = [],
): Source | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) {
    ctx.report(path, `source is ${show(v)}; write an object {title?, locator?, quote?, url?}`);
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const key of [...SOURCE_KEYS, ...extra]) {
    const s = readString(v[key], `${path}/${key}`, ctx, `source ${key}`);
    if (s !== undefined) out[key] = s;
  }
  return out as Source;
}

function readYear(v: unknown, path: string, ctx: Context): PlanYear | null {
  const y = parseYear(v);
  if (y === null) {
    ctx.report(
      path,
      `year ${show(v)} is neither a year nor a label; write a number (2015), "2015年", "“十二五”末", "20XX" or "现有"`,
    );
  }
  return y;
}

function readEnum<T extends string>(
  v: unknown,
  labels: Record<string, T>,
  allowed: readonly string[],
  path: string,
  ctx: Context,
  what: string,
): T | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' && Object.prototype.hasOwnProperty.call(labels, v.trim()))
    return labels[v.trim()];
  ctx.report(path, `${what} ${show(v)} is not one of ${list(allowed)}`);
  return undefined;
}

interface UnitInfo {
  base: string;
  magnitude: number;
}

/** Splits an indicator unit into its magnitude and base: "亿元" → 元 × 1e8; "吨标煤/万元" stays whole. */
function unitInfo(unit: string): UnitInfo {
  if (unit === '') return { base: '', magnitude: 1 };
  const q = parseQuantity(`1${unit}`);
  if (q.value !== 1 || q.comparator !== 'eq') return { base: unit, magnitude: 1 };
  return { base: q.unit, magnitude: q.magnitude };
}

const MAGNITUDE_NAMES: Record<number, string> = { 1e12: '万亿', 1e8: '亿', 1e4: '万', 1e3: '千', 1e2: '百' };

interface ReadValue {
  value: number | null;
  max: number | null;
  comparator: Comparator;
  text?: string;
}

const NO_VALUE = /^(?:[-—–－―_\s]*|n\/?a|na|无|暂无|不详|—+|\/)$/i;

/**
 * Reads a value (number or value as written) into the unit `unit` (magnitude folded in).
 * With `unit` null the magnitude is folded into the number and the written unit is ignored (platform counts).
 */
function readValue(
  v: unknown,
  unit: string | null,
  path: string,
  ctx: Context,
  what = 'value',
): ReadValue | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      ctx.report(
        path,
        `${what} is ${show(v)}; write a finite number or the value as written ("400亿元以上")`,
      );
      return null;
    }
    return { value: v, max: null, comparator: 'eq' };
  }
  if (typeof v !== 'string') {
    ctx.report(
      path,
      `${what} is ${show(v)}; write a number, the value as written ("400亿元以上") or "——" for none`,
    );
    return null;
  }
  const q = parseQuantity(v);
  if (q.value === null) {
    if (!NO_VALUE.test(q.text) && !/[Xx×*_]/.test(q.text)) {
      ctx.report(
        path,
        `${what} ${show(v)} has no number; write a number, the value as written ("400亿元以上") or "——" for none`,
      );
    }
    return { value: null, max: null, comparator: 'eq', text: q.text };
  }
  let factor = q.magnitude;
  if (unit !== null) {
    const target = unitInfo(unit);
    factor = q.magnitude / target.magnitude;
    if (q.unit !== '' && q.unit !== target.base && unit !== '') {
      ctx.report(
        path,
        `${what} ${show(v)} is written in "${MAGNITUDE_NAMES[q.magnitude] ?? ''}${q.unit}" but the indicator's unit is "${unit}"; the number is read in "${unit}"`,
      );
    }
  }
  const value = tidy(q.value * factor);
  const max = q.max === null ? null : tidy(q.max * factor);
  if (!Number.isFinite(value) || (max !== null && !Number.isFinite(max))) {
    ctx.report(path, `${what} ${show(v)} is too large; write a finite number`);
    return null;
  }
  return { value, max, comparator: q.comparator, text: q.text };
}

/** The unit a value is written in, magnitude included ("241.5亿元" → "亿元"), or '' when none. */
function writtenUnit(v: unknown): string {
  if (typeof v !== 'string') return '';
  const q = parseQuantity(v);
  if (q.value === null || q.unit === '') return '';
  return (MAGNITUDE_NAMES[q.magnitude] ?? '') + q.unit;
}

function finiteNumber(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function readRelative(v: unknown, path: string, ctx: Context): RelativeTarget | null {
  if (!isObject(v)) {
    ctx.report(path, `relative is ${show(v)}; write {"type": one of ${list(RELATIVE_TYPES)}, …}`);
    return null;
  }
  const type = v['type'];
  const baseYear = v['baseYear'] === undefined ? null : readYear(v['baseYear'], `${path}/baseYear`, ctx);
  const need = (key: string, hint: string): number | null => {
    const n = finiteNumber(v[key]);
    if (n === null)
      ctx.report(
        `${path}/${key}`,
        `a "${String(type)}" relative target needs "${key}" as a finite number (${hint}); got ${show(v[key])}`,
      );
    return n;
  };
  switch (type) {
    case 'percent': {
      const amount = need('amount', '30 for +30 %');
      return amount === null ? null : { type, amount, baseYear };
    }
    case 'points': {
      const amount = need('amount', '12 for +12 percentage points');
      return amount === null ? null : { type, amount, baseYear };
    }
    case 'multiple': {
      const factor = need('factor', '2 for 翻番');
      if (factor !== null && factor <= 0) {
        ctx.report(`${path}/factor`, `factor ${factor} must be greater than 0 (2 for 翻番)`);
        return null;
      }
      return factor === null ? null : { type, factor, baseYear };
    }
    case 'annual-growth': {
      const percent = need('percent', '20 for 年均增长20%');
      return percent === null ? null : { type, percent, baseYear };
    }
    case 'rank': {
      const value = need('value', '50 for 进入前50');
      return value === null ? null : { type, value };
    }
    default:
      ctx.report(`${path}/type`, `relative type ${show(type)} is not one of ${list(RELATIVE_TYPES)}`);
      return null;
  }
}

function readTarget(v: unknown, unit: string | null, path: string, ctx: Context): Target | null {
  if (!isObject(v)) {
    ctx.report(path, `target is ${show(v)}; write {"year": 2020, "value": 2.5} or a list of them`);
    return null;
  }
  const year = v['year'] === undefined ? null : readYear(v['year'], `${path}/year`, ctx);
  const relative = v['relative'] === undefined ? null : readRelative(v['relative'], `${path}/relative`, ctx);
  let read: ReadValue | null = null;
  if (v['value'] !== undefined) read = readValue(v['value'], unit, `${path}/value`, ctx);
  if (read === null && relative === null) {
    if (v['value'] === undefined && v['relative'] === undefined) {
      ctx.report(path, 'target has neither "value" nor "relative"; write one of them');
    }
    return null;
  }
  let comparator: Comparator = read?.comparator ?? 'eq';
  if (v['comparator'] !== undefined) {
    const c = v['comparator'];
    if (typeof c === 'string' && (COMPARATORS as readonly string[]).includes(c)) comparator = c as Comparator;
    else ctx.report(`${path}/comparator`, `comparator ${show(c)} is not one of ${list(COMPARATORS)}`);
  }
  let max = read?.max ?? null;
  if (v['max'] !== undefined && v['max'] !== null) {
    const m = readValue(v['max'], unit, `${path}/max`, ctx, 'max');
    if (m && m.value !== null) max = m.value;
  }
  let value = read?.value ?? null;
  if (comparator === 'between') {
    if (max === null || value === null) {
      ctx.report(path, 'comparator "between" needs both "value" and "max" (e.g. "3~4个"); read as "eq"');
      comparator = 'eq';
      max = null;
    } else if (max < value) {
      ctx.report(
        `${path}/max`,
        `max ${max} is below value ${value}; a range is written low to high (read as ${max}–${value})`,
      );
      [value, max] = [max, value];
    }
  } else {
    max = null;
  }
  let stretch = false;
  if (v['stretch'] !== undefined) {
    if (typeof v['stretch'] === 'boolean') stretch = v['stretch'];
    else ctx.report(`${path}/stretch`, `stretch is ${show(v['stretch'])}; it must be true or false`);
  }
  const target: Target = { year, value, max, comparator, stretch, relative };
  if (read?.text !== undefined) target.text = read.text;
  const source = readSource(v['source'], `${path}/source`, ctx);
  if (source) target.source = source;
  return target;
}

function compareObservations(a: Observation, b: Observation): number {
  const ay = a.year.year;
  const by = b.year.year;
  if (ay === null && by === null) return 0;
  if (ay === null) return 1;
  if (by === null) return -1;
  return ay - by;
}

function readObservations(v: unknown, unit: string | null, path: string, ctx: Context): Observation[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    ctx.report(path, `observations is ${show(v)}; write a list of {"year": 2015, "value": 1.57}`);
    return [];
  }
  const out: Observation[] = [];
  v.forEach((item: unknown, i) => {
    const p = `${path}/${i}`;
    if (!isObject(item)) {
      ctx.report(p, `observation is ${show(item)}; write {"year": 2015, "value": 1.57}`);
      return;
    }
    if (item['year'] === undefined) {
      ctx.report(p, 'observation has no "year"; write a number (2015) or a label ("20XX")');
      return;
    }
    const year = readYear(item['year'], `${p}/year`, ctx);
    if (year === null) return;
    if (item['value'] === undefined) {
      ctx.report(p, 'observation has no "value"; write a number, the value as written or "——"');
      return;
    }
    const read = readValue(item['value'], unit, `${p}/value`, ctx);
    if (read === null) return;
    const kind = readEnum(item['kind'], KIND_LABELS, KINDS, `${p}/kind`, ctx, 'kind') ?? 'actual';
    const obs: Observation = { year, value: read.value, kind };
    if (read.text !== undefined) obs.text = read.text;
    const source = readSource(item['source'], `${p}/source`, ctx);
    if (source) obs.source = source;
    out.push(obs);
  });
  // Array.prototype.sort is stable: masked and label years keep input order at the end.
  return out.sort(compareObservations);
}

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

function readId(v: unknown, path: string, ctx: Context, what: string): string | null {
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) {
    ctx.report(path, `${what} id ${show(v)} is a number; write it as a string ("${v}")`);
    return String(v);
  }
  ctx.report(path, `${what} has no usable "id" (${show(v)}); write a non-empty string`);
  return null;
}

function readIndicator(v: unknown, path: string, ctx: Context, seen: Set<string>): Indicator | null {
  if (!isObject(v)) {
    ctx.report(path, `indicator is ${show(v)}; write an object {"id", "name", …}`);
    return null;
  }
  const id = readId(v['id'], `${path}/id`, ctx, 'indicator');
  if (id === null) return null;
  if (!INDICATOR_ID.test(id)) {
    ctx.report(`${path}/id`, `indicator id ${show(id)} may use only a-z, 0-9 and "-" (e.g. "rd-intensity")`);
  }
  if (seen.has(id)) {
    ctx.report(
      `${path}/id`,
      `indicator id ${show(id)} is used twice; ids must be unique (the first is kept)`,
    );
    return null;
  }
  seen.add(id);
  const name = v['name'] === undefined ? undefined : readText(v['name'], `${path}/name`, ctx, 'name');
  if (v['name'] === undefined)
    ctx.report(`${path}/name`, 'indicator has no "name"; write a string or {"zh-CN": "…", "en": "…"}');
  let unit = readString(v['unit'], `${path}/unit`, ctx, 'unit')?.trim();
  if (unit === undefined) unit = inferUnit(v);
  const direction =
    readEnum(
      v['direction'],
      { increase: 'increase', decrease: 'decrease' },
      DIRECTIONS,
      `${path}/direction`,
      ctx,
      'direction',
    ) ?? 'increase';
  const indicator: Indicator = {
    id,
    name: name ?? id,
    unit,
    direction,
    observations: readObservations(v['observations'], unit, `${path}/observations`, ctx),
    target: null,
    milestones: [],
    alternatives: [],
  };
  if (v['category'] !== undefined) {
    const category = readText(v['category'], `${path}/category`, ctx, 'category');
    if (category !== undefined) indicator.category = category;
  }
  const attribute = readEnum(
    v['attribute'],
    ATTRIBUTE_LABELS,
    ['expected', 'binding'],
    `${path}/attribute`,
    ctx,
    'attribute',
  );
  if (attribute) indicator.attribute = attribute;
  const growth = readEnum(
    v['growth'],
    { linear: 'linear', compound: 'compound' } as const,
    ['linear', 'compound'],
    `${path}/growth`,
    ctx,
    'growth',
  );
  if (growth) indicator.growth = growth;

  const rawTarget = v['target'];
  if (Array.isArray(rawTarget)) {
    const targets: Target[] = [];
    rawTarget.forEach((t: unknown, i) => {
      const read = readTarget(t, unit, `${path}/target/${i}`, ctx);
      if (read) targets.push(read);
    });
    indicator.target = targets.pop() ?? null;
    indicator.milestones = targets;
  } else if (rawTarget !== undefined && rawTarget !== null) {
    indicator.target = readTarget(rawTarget, unit, `${path}/target`, ctx);
  }

  const alts = v['alternatives'];
  if (alts !== undefined && alts !== null) {
    if (!Array.isArray(alts)) {
      ctx.report(
        `${path}/alternatives`,
        `alternatives is ${show(alts)}; write a list of {"value": "…", "source": {…}}`,
      );
    } else {
      alts.forEach((a: unknown, i) => {
        const p = `${path}/alternatives/${i}`;
        if (!isObject(a) || (typeof a['value'] !== 'string' && typeof a['value'] !== 'number')) {
          ctx.report(p, `alternative is ${show(a)}; write {"value": "60%以上", "source": {…}}`);
          return;
        }
        const quantity = parseQuantity(a['value']);
        const alt: Alternative = {
          quantity,
          year: a['year'] === undefined ? null : readYear(a['year'], `${p}/year`, ctx),
        };
        const source = readSource(a['source'], `${p}/source`, ctx);
        if (source) alt.source = source;
        indicator.alternatives.push(alt);
      });
    }
  }
  const source = readSource(v['source'], `${path}/source`, ctx);
  if (source) indicator.source = source;
  return indicator;
}

/** The unit of an indicator that states none: the unit of its first value written with one. */
function inferUnit(v: Obj): string {
  const candidates: unknown[] = [];
  if (Array.isArray(v['observations'])) {
    for (const o of v['observations'] as unknown[]) if (isObject(o)) candidates.push(o['value']);
  }
  const t = v['target'];
  for (const item of Array.isArray(t) ? t : [t]) if (isObject(item)) candidates.push(item['value']);
  for (const c of candidates) {
    const u = writtenUnit(c);
    if (u !== '') return u;
  }
  return '';
}

function readPlatform(v: unknown, path: string, ctx: Context, seen: Set<string>): Platform | null {
  if (!isObject(v)) {
    ctx.report(path, `platform is ${show(v)}; write an object {"id", "type", "level", "count", …}`);
    return null;
  }
  const id = readId(v['id'], `${path}/id`, ctx, 'platform');
  if (id === null) return null;
  if (seen.has(id)) {
    ctx.report(`${path}/id`, `platform id ${show(id)} is used twice; ids must be unique (the first is kept)`);
    return null;
  }
  seen.add(id);
  const type = v['type'] === undefined ? undefined : readText(v['type'], `${path}/type`, ctx, 'type');
  if (v['type'] === undefined)
    ctx.report(`${path}/type`, 'platform has no "type"; write the platform type ("重点实验室")');

  let level: PlatformLevel = 'unknown';
  let levelLabel: string | undefined;
  const rawLevel = v['level'];
  if (rawLevel !== undefined && rawLevel !== null) {
    const key = typeof rawLevel === 'string' ? rawLevel.trim() : '';
    if (Object.prototype.hasOwnProperty.call(LEVEL_LABELS, key)) level = LEVEL_LABELS[key] as PlatformLevel;
    else if (typeof rawLevel === 'string' && key !== '' && /[^A-Za-z_\s-]/.test(key)) levelLabel = key;
    else
      ctx.report(
        `${path}/level`,
        `level ${show(rawLevel)} is not one of ${list(LEVELS)} (or a written label like "国家级和省级")`,
      );
  }

  let count: number | null = null;
  let countText: string | undefined;
  if (v['count'] !== undefined && v['count'] !== null) {
    const read = readValue(v['count'], null, `${path}/count`, ctx, 'count');
    if (read) {
      count = read.value;
      countText = read.text;
    }
  }
  let year: PlanYear | null = null;
  if (v['year'] !== undefined && v['year'] !== null) year = readYear(v['year'], `${path}/year`, ctx);
  else if (v['asOf'] !== undefined && v['asOf'] !== null) year = readYear(v['asOf'], `${path}/asOf`, ctx);

  let target: Target | null = null;
  const rawTarget = v['target'];
  if (Array.isArray(rawTarget)) {
    rawTarget.forEach((t: unknown, i) => {
      const read = readTarget(t, null, `${path}/target/${i}`, ctx);
      if (read) target = read;
    });
  } else if (rawTarget !== undefined && rawTarget !== null) {
    target = readTarget(rawTarget, null, `${path}/target`, ctx);
  }

  let added: Platform['added'] = null;
  const rawAdded = v['added'];
  if (rawAdded !== undefined && rawAdded !== null) {
    if (!isObject(rawAdded)) {
      ctx.report(`${path}/added`, `added is ${show(rawAdded)}; write {"value": 5, "period": "十三五"}`);
    } else {
      const read = readValue(rawAdded['value'], null, `${path}/added/value`, ctx, 'added value');
      if (read && read.value !== null) {
        const period = readString(rawAdded['period'], `${path}/added/period`, ctx, 'added period') ?? null;
        added = { value: read.value, period };
        if (read.text !== undefined) added.text = read.text;
        const source = readSource(rawAdded['source'], `${path}/added/source`, ctx);
        if (source) added.source = source;
      } else if (read) {
        ctx.report(
          `${path}/added/value`,
          `added value ${show(rawAdded['value'])} has no number; write the increment (5 or "新增5个")`,
        );
      }
    }
  }

  let partOf: string | null = null;
  if (v['partOf'] !== undefined && v['partOf'] !== null) {
    if (typeof v['partOf'] === 'string' || typeof v['partOf'] === 'number') partOf = String(v['partOf']);
    else
      ctx.report(
        `${path}/partOf`,
        `partOf is ${show(v['partOf'])}; write the id of the platform row this is a subset of`,
      );
  }
  let total = false;
  if (v['total'] !== undefined) {
    if (typeof v['total'] === 'boolean') total = v['total'];
    else ctx.report(`${path}/total`, `total is ${show(v['total'])}; it must be true or false`);
  }
  const members: string[] = [];
  if (v['members'] !== undefined && v['members'] !== null) {
    if (!Array.isArray(v['members']))
      ctx.report(`${path}/members`, `members is ${show(v['members'])}; write a list of names`);
    else
      (v['members'] as unknown[]).forEach((m, i) => {
        if (typeof m === 'string') members.push(m);
        else ctx.report(`${path}/members/${i}`, `member is ${show(m)}; it must be a string`);
      });
  }
  const platform: Platform = {
    id,
    type: type ?? id,
    level,
    count,
    year,
    target,
    added,
    partOf,
    total,
    members,
  };
  if (levelLabel !== undefined) platform.levelLabel = levelLabel;
  if (countText !== undefined) platform.countText = countText;
  const source = readSource(v['source'], `${path}/source`, ctx);
  if (source) platform.source = source;
  return platform;
}

function readRegion(
  v: unknown,
  path: string,
  ctx: Context,
  seen: Set<string>,
  units: Map<string, string>,
): Region | null {
  if (!isObject(v)) {
    ctx.report(path, `region is ${show(v)}; write an object {"id", "name", …}`);
    return null;
  }
  const id = readId(v['id'], `${path}/id`, ctx, 'region');
  if (id === null) return null;
  if (seen.has(id)) {
    ctx.report(`${path}/id`, `region id ${show(id)} is used twice; ids must be unique (the first is kept)`);
    return null;
  }
  seen.add(id);
  const name = v['name'] === undefined ? undefined : readText(v['name'], `${path}/name`, ctx, 'name');
  if (v['name'] === undefined)
    ctx.report(`${path}/name`, 'region has no "name"; write a string or {"zh-CN": "…", "en": "…"}');
  const aliases: string[] = [];
  if (v['aliases'] !== undefined && v['aliases'] !== null) {
    if (!Array.isArray(v['aliases']))
      ctx.report(`${path}/aliases`, `aliases is ${show(v['aliases'])}; write a list of names`);
    else
      (v['aliases'] as unknown[]).forEach((a, i) => {
        if (typeof a === 'string') aliases.push(a);
        else ctx.report(`${path}/aliases/${i}`, `alias is ${show(a)}; it must be a string`);
      });
  }
  let parent: string | null = null;
  if (v['parent'] !== undefined && v['parent'] !== null) {
    if (typeof v['parent'] === 'string' || typeof v['parent'] === 'number') parent = String(v['parent']);
    else ctx.report(`${path}/parent`, `parent is ${show(v['parent'])}; write the id of the parent region`);
  }
  const region: Region = { id, name: name ?? id, aliases, parent, values: {} };
  const group = readString(v['group'], `${path}/group`, ctx, 'group');
  if (group !== undefined) region.group = group;
  if (v['role'] !== undefined) {
    const role = readText(v['role'], `${path}/role`, ctx, 'role');
    if (role !== undefined) region.role = role;
  }
  const values = v['values'];
  if (values !== undefined && values !== null) {
    if (!isObject(values)) {
      ctx.report(
        `${path}/values`,
        `values is ${show(values)}; write {"<indicator id>": [{"year": 2015, "value": 1.57}]}`,
      );
    } else {
      for (const key of Object.keys(values)) {
        region.values[key] = readObservations(
          values[key],
          units.get(key) ?? '',
          `${path}/values/${esc(key)}`,
          ctx,
        );
      }
    }
  }
  const source = readSource(v['source'], `${path}/source`, ctx);
  if (source) region.source = source;
  return region;
}

function readArray<T>(
  v: unknown,
  path: string,
  ctx: Context,
  what: string,
  read: (item: unknown, path: string) => T | null,
): T[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    ctx.report(path, `${what} is ${show(v)}; write a list`);
    return [];
  }
  const out: T[] = [];
  v.forEach((item: unknown, i) => {
    const r = read(item, `${path}/${i}`);
    if (r !== null) out.push(r);
  });
  return out;
}

function checkPartOf(platforms: Platform[], ctx: Context, indexOf: Map<string, number>): void {
  const byId = new Map(platforms.map((p) => [p.id, p]));
  for (const p of platforms) {
    if (p.partOf !== null && !byId.has(p.partOf)) {
      ctx.report(
        `/platforms/${indexOf.get(p.id) ?? 0}/partOf`,
        `partOf ${show(p.partOf)} points to no platform; write the id of another platform row (or leave it out)`,
      );
      p.partOf = null;
    }
  }
  for (const p of platforms) {
    const visited = new Set<string>([p.id]);
    let cur = p;
    while (cur.partOf !== null) {
      const next = byId.get(cur.partOf);
      if (!next) break;
      if (visited.has(next.id)) {
        ctx.report(
          `/platforms/${indexOf.get(cur.id) ?? 0}/partOf`,
          `partOf of "${cur.id}" closes a cycle (${[...visited].join(' → ')} → ${next.id}); a subset cannot contain its parent (link removed)`,
        );
        cur.partOf = null;
        break;
      }
      visited.add(next.id);
      cur = next;
    }
  }
}

function emptyPlan(): Plan {
  return {
    version: 1,
    plan: { id: '', title: '', period: null },
    indicators: [],
    platforms: [],
    regions: [],
  };
}

function readMeta(v: unknown, ctx: Context): PlanMeta {
  const meta: PlanMeta = { id: '', title: '', period: null };
  if (!isObject(v)) {
    ctx.report(
      '/plan',
      `plan is ${show(v)}; write {"id": "…", "title": "…", "period": {"start": 2016, "end": 2020}}`,
    );
    return meta;
  }
  const id = v['id'];
  if (typeof id === 'string' && id.trim() !== '') meta.id = id;
  else
    ctx.report(
      '/plan/id',
      `plan id is ${v['id'] === undefined ? 'missing' : show(id)}; write a non-empty string ("cq-sti-13fyp")`,
    );
  if (v['title'] === undefined)
    ctx.report('/plan/title', 'plan title is missing; write a string or {"zh-CN": "…", "en": "…"}');
  else meta.title = readText(v['title'], '/plan/title', ctx, 'plan title') ?? '';
  const region = readString(v['region'], '/plan/region', ctx, 'plan region');
  if (region !== undefined) meta.region = region;
  if (v['period'] !== undefined && v['period'] !== null) {
    meta.period = parsePeriod(v['period']);
    if (meta.period === null) {
      ctx.report(
        '/plan/period',
        `period ${show(v['period'])} is not readable; write {"start": 2016, "end": 2020}, "2016-2020" or "十三五"`,
      );
    }
    if (typeof v['period'] === 'string') meta.periodLabel = v['period'];
  }
  const source = readSource(v['source'], '/plan/source', ctx, ['publisher', 'date']);
  if (source) meta.source = source;
  return meta;
}

function validate(input: unknown): ValidationResult {
  const ctx = new Context();
  let doc = input;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc) as unknown;
    } catch (e) {
      ctx.report(
        '',
        `the text is not JSON (${e instanceof Error ? e.message : 'parse error'}); write a plan document {"version": 1, "plan": {…}}`,
      );
      return { plan: emptyPlan(), problems: ctx.problems };
    }
  }
  if (!isObject(doc)) {
    ctx.report(
      '',
      `the document is ${show(doc)}; write a plan document object {"version": 1, "plan": {…}, "indicators": […]}`,
    );
    return { plan: emptyPlan(), problems: ctx.problems };
  }
  if (doc['version'] === undefined)
    ctx.report('/version', 'version is missing; write "version": 1 (read as version 1)');
  else if (doc['version'] !== 1)
    ctx.report(
      '/version',
      `version ${show(doc['version'])} is not supported; the only version is 1 (read as version 1)`,
    );

  const plan: Plan = emptyPlan();
  plan.plan = readMeta(doc['plan'], ctx);
  const indicatorIds = new Set<string>();
  plan.indicators = readArray(doc['indicators'], '/indicators', ctx, 'indicators', (item, p) =>
    readIndicator(item, p, ctx, indicatorIds),
  );
  const platformIds = new Set<string>();
  const platformIndex = new Map<string, number>();
  if (Array.isArray(doc['platforms'])) {
    (doc['platforms'] as unknown[]).forEach((item, i) => {
      if (isObject(item)) {
        const id = typeof item['id'] === 'number' ? String(item['id']) : item['id'];
        if (typeof id === 'string' && !platformIndex.has(id)) platformIndex.set(id, i);
      }
    });
  }
  plan.platforms = readArray(doc['platforms'], '/platforms', ctx, 'platforms', (item, p) =>
    readPlatform(item, p, ctx, platformIds),
  );
  checkPartOf(plan.platforms, ctx, platformIndex);
  const units = new Map(plan.indicators.map((i) => [i.id, i.unit]));
  const regionIds = new Set<string>();
  plan.regions = readArray(doc['regions'], '/regions', ctx, 'regions', (item, p) =>
    readRegion(item, p, ctx, regionIds, units),
  );
  return { plan, problems: ctx.problems };
}

/**
 * Returns the usable part of a plan document and every problem found. Never throws. Spec §9.
 * Accepts the document object, or its JSON text.
 */
export function validatePlan(input: unknown): ValidationResult {
  try {
    const result = validate(input);
    markNormalized(result.plan);
    return result;
  } catch (e) {
    // Defensive: getters or proxies in the input may throw; report instead of throwing.
    return {
      plan: emptyPlan(),
      problems: [
        {
          path: '',
          message: `the document could not be read (${e instanceof Error ? e.message : 'unknown error'}); write a plain JSON plan document`,
        },
      ],
    };
  }
}
