/**
 * `validatePlan`: the JSON contract (spec §1) in, a normalized `Plan` and `{path, message}` problems out
 * (spec §9). Records are read field by field from small tables of readers (`readFields`); every
 * reader reports with one of a few message shapes ("<what> is <value>; <what is allowed>", "<what>
 * <value> is not one of …", "<what> has no "<key>"; …") so messages stay uniform and short.
 */
import type {
  Alternative,
  Comparator,
  Indicator,
  LocalizedText,
  Observation,
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
import { MAGNITUDES, parseQuantity, tidy } from './quantity.js';
import { parsePeriod, parseYear } from './years.js';
import { markNormalized } from '../utils/normalized-plan.js';
import { own } from '../utils/own.js';
import { errorText } from '../utils/text.js';

/** The comparators of spec §2, in the order messages list them. */
export const COMPARATORS: readonly Comparator[] = ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'between'];

/** An enum: its values (named in messages), each accepted as itself, plus written labels. */
interface Enum<T extends string> {
  values: readonly T[];
  labels: Readonly<Record<string, T>>;
}
function enumOf<T extends string>(values: readonly T[], labels: Record<string, T> = {}): Enum<T> {
  for (const v of values) labels[v] = v;
  return { values, labels };
}
const DIRECTION = enumOf(['increase', 'decrease']);
const ATTRIBUTE = enumOf(['expected', 'binding'], { 预期性: 'expected', 约束性: 'binding' });
const GROWTH = enumOf(['linear', 'compound']);
const KIND = enumOf(['actual', 'estimate', 'provisional'], { 预计: 'estimate', 初步: 'provisional' });
const COMPARATOR = enumOf(COMPARATORS);
const LEVEL = enumOf<PlatformLevel>(['national', 'provincial', 'municipal', 'district', 'unknown'], {
  国家级: 'national',
  国家: 'national',
  省级: 'provincial',
  省部级: 'provincial',
  市级: 'municipal',
  区县级: 'district',
  区级: 'district',
  县级: 'district',
});

/** Relative target types (spec §2): the number each needs, with an example for messages. */
export const RELATIVE: Readonly<Record<RelativeTarget['type'], readonly [key: string, example: string]>> = {
  percent: ['amount', '30 for +30 %'],
  points: ['amount', '12 for +12 pp'],
  multiple: ['factor', '2 for 翻番'],
  'annual-growth': ['percent', '20 for 年均增长20%'],
  rank: ['value', '50 for 进入前50'],
};

const INDICATOR_ID = /^[a-z0-9-]+$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** Written "no value": dashes, n/a, 无, 暂无, 不详, "/". */
const NO_VALUE = /^(?:[-—–－―_\s]*|n\/?a|na|无|暂无|不详|—+|\/)$/i;

// Hints: what is allowed, shared by the messages.
const TEXT = 'write a string or {"zh-CN": "…", "en": "…"}';
const VALUE = 'write a number, "400亿元以上" or "——"';
const OBSERVATION = '{"year": 2015, "value": 1.57}';
const STRING = 'it must be a string';
const NON_EMPTY = 'write a non-empty string';
/** How the problem of a text that is not JSON starts (the data element quotes it). */
export const NOT_JSON = 'the text is not JSON';
const DOCUMENT = 'a plan document {"version": 1, "plan": {…}}';

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON-pointer escaping of one key (RFC 6901). */
function esc(key: string): string {
  // indexOf, not a regex: this runs once per list of every record, mostly on a first (cold) call.
  return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A value as messages quote it: strings in quotes (cut at 60 characters), else its kind. */
function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  // Messages reach readers in notices: never quote NaN, Infinity or null back to them.
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'a number out of range';
  if (v === null || v === undefined) return 'empty';
  return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** The problems of the validation under way (`validatePlan` saves and restores it). */
let problems: Problem[] = [];

/** Records a problem. Returns undefined so that readers can `return report(…)`. */
function report(path: string, message: string): undefined {
  problems.push({ path, message });
  return undefined;
}

/** "<what> is <value>; <hint>". */
function bad(path: string, what: string, v: unknown, hint: string): undefined {
  return report(path, `${what} is ${show(v)}; ${hint}`);
}

/**
 * Reads field `key` of the record at `base`: `undefined` when absent (or unusable, after reporting).
 * Most fields of most records are fine, so a field's path (`${base}/${key}`) is only built to report
 * a problem or to read inside the field.
 */
type Reader = (v: unknown, base: string, key: string) => unknown;

/** Reads `spec`'s fields of `v`, in order, into `out`; a field that reads as undefined is left out. */
function readFields(v: Obj, base: string, spec: Record<string, Reader>, out: Obj): void {
  for (const key in spec) {
    const read = spec[key]!(v[key], base, key);
    if (read !== undefined) out[key] = read;
  }
}

/** Sets `out[key]` to `value` unless it is undefined (a field that reads as nothing is left out). */
function put(out: object, key: string, value: unknown): void {
  if (value !== undefined) (out as Obj)[key] = value;
}

// ---------------------------------------------------------------------------------------------
// Field readers
// ---------------------------------------------------------------------------------------------

function readText(v: unknown, base: string, what: string): LocalizedText | undefined {
  if (v === undefined || typeof v === 'string') return v;
  const path = `${base}/${what}`;
  if (!isObject(v)) return bad(path, what, v, TEXT);
  const out: Record<string, string> = {};
  for (const key of Object.keys(v)) {
    const text = v[key];
    const p = `${path}/${esc(key)}`;
    if (text === undefined) continue;
    if (!LANGUAGE_TAG.test(key)) report(p, `${what} key ${show(key)} is not a language tag ("zh-CN", "en")`);
    else if (typeof text !== 'string') bad(p, `${what} in "${key}"`, text, STRING);
    else out[key] = text;
  }
  return Object.keys(out).length > 0 ? out : report(path, `${what} has no text; ${TEXT}`);
}

/** A required `LocalizedText` field ("name", "type"). */
function requiredText(v: unknown, base: string, what: string): LocalizedText | undefined {
  return v === undefined
    ? report(`${base}/${what}`, `"${what}" is missing; ${TEXT}`)
    : readText(v, base, what);
}

function readString(v: unknown, base: string, key: string, what = key): string | undefined {
  return v === undefined || typeof v === 'string' ? v : bad(`${base}/${key}`, what, v, STRING);
}

function readBool(v: unknown, base: string, key: string): boolean | undefined {
  return v === undefined || typeof v === 'boolean'
    ? v
    : bad(`${base}/${key}`, key, v, 'it must be true or false');
}

/** The id of another record (`partOf`, `parent`); numbers are read as strings. */
function readRef(v: unknown, base: string, key: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return bad(`${base}/${key}`, key, v, "write its parent's id");
}

/**
 * A list at `${base}/${key}`; items that read as undefined are dropped. Holes of sparse arrays are
 * skipped (as `forEach` does).
 */
function readList<T>(
  v: unknown,
  base: string,
  key: string,
  hint: string,
  read: (item: unknown, path: string) => T | undefined,
  what = key,
): T[] {
  const out: T[] = [];
  if (Array.isArray(v)) {
    const path = `${base}/${esc(key)}`;
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      if (item === undefined && !(i in v)) continue;
      const r = read(item, `${path}/${i}`);
      if (r !== undefined) out.push(r);
    }
  } else if (v !== undefined && v !== null) bad(`${base}/${esc(key)}`, what, v, `write a list${hint}`);
  return out;
}

function readName(m: unknown, p: string): string | undefined {
  return typeof m === 'string' ? m : bad(p, 'name', m, STRING);
}

/** A list of names (`aliases`, `members`). */
function readNames(v: unknown, base: string, key: string): string[] {
  return readList(v, base, key, ' of names', readName);
}

const SOURCE_KEYS = ['title', 'locator', 'quote', 'url'];

function readSource(
  v: unknown,
  base: string,
  key = 'source',
  keys: readonly string[] = SOURCE_KEYS,
): Source | undefined {
  if (v === undefined || v === null) return undefined;
  const path = `${base}/${key}`;
  if (!isObject(v)) return bad(path, 'source', v, 'write {"title": "…"}');
  const out: Obj = {};
  for (const k of keys) {
    const s = readString(v[k], path, k, `source ${k}`);
    if (s !== undefined) out[k] = s;
  }
  return out as Source;
}

function readEnum<T extends string>(type: Enum<T>): Reader {
  return (v, base, what): T | undefined => {
    if (v === undefined || v === null) return undefined;
    const value = typeof v === 'string' ? own(type.labels, v.trim()) : undefined;
    return value ?? report(`${base}/${what}`, `${what} ${show(v)} is not one of ${type.values.join(', ')}`);
  };
}
const readDirection = readEnum(DIRECTION) as (
  v: unknown,
  base: string,
  key: string,
) => Indicator['direction'];
const readAttribute = readEnum(ATTRIBUTE);
const readGrowth = readEnum(GROWTH);
const readKind = readEnum(KIND);
const readComparator = readEnum(COMPARATOR);

/** A year at `${base}/${key}`. */
function readYear(v: unknown, base: string, key = 'year'): PlanYear | undefined {
  return (
    parseYear(v) ??
    report(
      `${base}/${key}`,
      `year ${show(v)} is neither a year nor a label; write 2015, "十二五末", "20XX" or "现有"`,
    )
  );
}

/** A year field that may be absent: `null` when absent or unreadable. */
function optionalYear(v: unknown, base: string, key = 'year'): PlanYear | null {
  return v === undefined ? null : (readYear(v, base, key) ?? null);
}

/** "亿元" (1e8) → "亿", for messages and units. */
function magnitudeName(magnitude: number): string {
  return MAGNITUDES.find(([, m]) => m === magnitude)?.[0] ?? '';
}

interface ReadValue {
  value: number | null;
  max: number | null;
  comparator: Comparator;
  text?: string;
}

/**
 * Reads a value (number or value as written) at `${base}/${key}` into the unit `unit` (magnitude
 * folded in). With `unit` null the magnitude is folded into the number and the written unit is
 * ignored (platform counts).
 */
function readValue(
  v: unknown,
  unit: string | null,
  base: string,
  key: string,
  what = key,
): ReadValue | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return { value: v, max: null, comparator: 'eq' };
  const path = `${base}/${key}`;
  if (typeof v !== 'string') return bad(path, what, v, VALUE);
  const q = parseQuantity(v);
  if (q.value === null) {
    if (!NO_VALUE.test(q.text) && !/[Xx×*_]/.test(q.text))
      report(path, `${what} ${show(v)} has no number; ${VALUE}`);
    return { value: null, max: null, comparator: 'eq', text: q.text };
  }
  let factor = q.magnitude;
  if (unit) {
    // The indicator unit's own magnitude: "亿元" → 元 × 1e8; "吨标煤/万元" stays whole.
    const u = parseQuantity(`1${unit}`);
    const [base, magnitude] = u.value === 1 && u.comparator === 'eq' ? [u.unit, u.magnitude] : [unit, 1];
    factor /= magnitude;
    if (q.unit !== '' && q.unit !== base) {
      report(
        path,
        `${what} ${show(v)} is in "${magnitudeName(q.magnitude)}${q.unit}", not "${unit}"; read in "${unit}"`,
      );
    }
  }
  // Finite: |value| < 1e21 (parseQuantity's digit limit) and the factor lies within 1e±12.
  const max = q.max === null ? null : tidy(q.max * factor);
  return { value: tidy(q.value * factor), max, comparator: q.comparator, text: q.text };
}

function readRelative(v: unknown, path: string): RelativeTarget | undefined {
  const types = Object.keys(RELATIVE).join(', ');
  if (!isObject(v)) return bad(path, 'relative', v, `write {"type": one of ${types}, …}`);
  const type = v.type;
  const baseYear = optionalYear(v.baseYear, path, 'baseYear');
  const spec = typeof type === 'string' ? own(RELATIVE, type) : undefined;
  if (!spec) return report(`${path}/type`, `relative type ${show(type)} is not one of ${types}`);
  const [key, example] = spec;
  const n = v[key];
  if (typeof n !== 'number' || !Number.isFinite(n))
    return report(`${path}/${key}`, `${key} is ${show(n)}; a "${type}" target needs a number (${example})`);
  if (type === 'multiple' && n <= 0)
    return report(`${path}/factor`, `factor ${n} must be over 0 (${example})`);
  return (type === 'rank' ? { type, value: n } : { type, [key]: n, baseYear }) as RelativeTarget;
}

function readTarget(v: unknown, unit: string | null, path: string): Target | undefined {
  if (!isObject(v)) return bad(path, 'target', v, 'write {"year": 2020, "value": 2.5} or a list');
  const year = optionalYear(v.year, path);
  const relative = v.relative === undefined ? undefined : readRelative(v.relative, `${path}/relative`);
  const read = v.value === undefined ? undefined : readValue(v.value, unit, path, 'value');
  if (!read && !relative) {
    if (v.value === undefined && v.relative === undefined)
      report(path, 'target has no "value" or "relative"; write one');
    return undefined;
  }
  let comparator = (readComparator(v.comparator, path, 'comparator') ??
    read?.comparator ??
    'eq') as Comparator;
  let max = read?.max ?? null;
  if (v.max !== undefined && v.max !== null) max = readValue(v.max, unit, path, 'max')?.value ?? max;
  let value = read?.value ?? null;
  if (comparator !== 'between') max = null;
  else if (max === null || value === null) {
    report(path, '"between" needs "value" and "max" ("3~4个"); read as "eq"');
    comparator = 'eq';
    max = null;
  } else if (max < value) {
    report(`${path}/max`, `max ${max} is below value ${value}; read as ${max}–${value}`);
    [value, max] = [max, value];
  }
  const target: Target = {
    year,
    value,
    max,
    comparator,
    stretch: v.stretch === undefined ? false : (readBool(v.stretch, path, 'stretch') ?? false),
    relative: relative ?? null,
  };
  if (read?.text !== undefined) target.text = read.text;
  if (v.source !== undefined) put(target, 'source', readSource(v.source, path));
  return target;
}

/** A target or a list of targets at `${base}/${key}` (milestones first, the plan target last). */
function readTargets(v: unknown, unit: string | null, base: string, key: string): Target[] {
  if (Array.isArray(v)) return readList(v, base, key, '', (t, p) => readTarget(t, unit, p));
  const t = v === undefined || v === null ? undefined : readTarget(v, unit, `${base}/${key}`);
  return t ? [t] : [];
}

/** The observation at `p`. */
function readObservation(item: unknown, unit: string | null, p: string): Observation | undefined {
  if (!isObject(item)) return bad(p, 'observation', item, `write ${OBSERVATION}`);
  if (item.year === undefined) return report(p, 'observation has no "year"; write 2015 or "20XX"');
  const year = readYear(item.year, p);
  if (!year) return undefined;
  const v = item.value;
  if (v === undefined) return report(p, `observation has no "value"; ${VALUE}`);
  let obs: Observation;
  // Most values are plain numbers: no intermediate record.
  if (typeof v === 'number' && Number.isFinite(v)) obs = { year, value: v, kind: 'actual' };
  else {
    const read = readValue(v, unit, p, 'value');
    if (!read) return undefined;
    obs = { year, value: read.value, kind: 'actual' };
    if (read.text !== undefined) obs.text = read.text;
  }
  // Most observations have neither: no reader call (validation runs cold, once per page).
  if (item.kind !== undefined) put(obs, 'kind', readKind(item.kind, p, 'kind'));
  if (item.source !== undefined) put(obs, 'source', readSource(item.source, p));
  return obs;
}

/** The sort key of an observation: masked and label years (year null) go last. */
const yearKey = (o: Observation): number => o.year.year ?? Infinity;

/** The observations at `${base}/${key}`, sorted by year (stable: equal years keep input order). */
function readObservations(
  v: unknown,
  unit: string | null,
  base: string,
  key: string,
  what = 'observations',
): Observation[] {
  return byYear(
    readList(v, base, key, ` of ${OBSERVATION}`, (item, p) => readObservation(item, unit, p), what),
  );
}

/** Observations sorted by year (stable). Plans list them in order: sorted only when they are not. */
function byYear(out: Observation[]): Observation[] {
  for (let i = 1; i < out.length; i++)
    if (yearKey(out[i]!) < yearKey(out[i - 1]!))
      return out.sort((a, b) => (yearKey(a) === yearKey(b) ? 0 : yearKey(a) - yearKey(b)));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

/** The id of an indicator, platform or region record; undefined (reported) when unusable or taken. */
function readId(v: unknown, path: string, what: string, seen: Set<string>): string | undefined {
  if (!isObject(v)) return bad(path, what, v, `write an object {"id", …}`);
  let id = v.id;
  if (typeof id === 'number' && Number.isFinite(id)) {
    report(`${path}/id`, `${what} id ${id} is a number; write a string`);
    id = String(id);
  }
  if (typeof id !== 'string' || id.trim() === '')
    return report(`${path}/id`, `${what} id is ${show(v.id)}; ${NON_EMPTY}`);
  if (what === 'indicator' && !INDICATOR_ID.test(id))
    report(`${path}/id`, `indicator id ${show(id)} may use only a-z, 0-9 and "-"`);
  if (seen.has(id)) return report(`${path}/id`, `${what} id ${show(id)} is used twice; the first is kept`);
  seen.add(id);
  return id;
}

function readAlternative(a: unknown, path: string): Alternative | undefined {
  if (!isObject(a) || (typeof a.value !== 'string' && typeof a.value !== 'number'))
    return bad(path, 'alternative', a, 'write {"value": "60%以上"}');
  const alt: Alternative = {
    quantity: parseQuantity(a.value),
    year: optionalYear(a.year, path),
  };
  put(alt, 'source', readSource(a.source, path));
  return alt;
}

function readIndicator(v: unknown, path: string, seen: Set<string>): Indicator | undefined {
  const id = readId(v, path, 'indicator', seen);
  if (id === undefined) return undefined;
  const o = v as Obj;
  // Fields in the order they are read and reported; the record's keys keep that order too (the
  // defaults that were not read come last).
  const out: Obj = {};
  const name = requiredText(o.name, path, 'name');
  put(out, 'name', name);
  const written = readString(o.unit, path, 'unit');
  put(out, 'unit', written);
  const unit = written?.trim() ?? inferUnit(o);
  const direction = readDirection(o.direction, path, 'direction');
  put(out, 'direction', direction);
  out.observations = readObservations(o.observations, unit, path, 'observations');
  put(out, 'category', readText(o.category, path, 'category'));
  put(out, 'attribute', readAttribute(o.attribute, path, 'attribute'));
  put(out, 'growth', readGrowth(o.growth, path, 'growth'));
  const milestones = readTargets(o.target, unit, path, 'target');
  out.target = milestones;
  out.alternatives = readList(o.alternatives, path, 'alternatives', ' of {"value": "…"}', readAlternative);
  put(out, 'source', readSource(o.source, path));
  out.id = id;
  out.name = name ?? id;
  out.unit = unit;
  out.direction = direction ?? 'increase';
  out.target = milestones.pop() ?? null;
  out.milestones = milestones;
  return out as unknown as Indicator;
}

// ---------------------------------------------------------------------------------------------
// The common shape, read in one go
// ---------------------------------------------------------------------------------------------
// Most indicators, platforms and regions of most plans are plain: numbers for values and years,
// known words for the enums, no relative target, no alternatives. `plainIndicator`, `plainPlatform`
// and `plainRegion` read such a record with a few checks and no per-field calls (a plan's records
// are read once, mostly before the engine has optimized anything, so calls and paths per field are
// most of the cost). Anything else, or anything a reader would report, returns undefined and the
// record is read field by field: the output is the same either way
// (test/unit/model-properties.test.ts checks it).
// validatePlan does not use them (every bundle with a widget would carry both): a widget passes the
// one its long plans need to validatePlanWith (target bars: indicators; the platform table:
// platforms; the region map: regions).

/** A plain year: an integer 1000–9999, as parseYear reads a number; null when not plain. */
function plainYear(v: unknown): PlanYear | null {
  return Number.isInteger(v) && (v as number) >= 1000 && (v as number) <= 9999
    ? { year: v as number, label: String(v), masked: false }
    : null;
}

/** A string id that readId takes as it is and nobody has claimed yet. */
function plainId(id: unknown, seen: Set<string>): id is string {
  return typeof id === 'string' && id.trim() !== '' && !seen.has(id);
}

/** A known enum word, or undefined when absent; null when not plain. */
function plainEnum<T extends string>(v: unknown, type: Enum<T>): T | undefined | null {
  return v === undefined ? v : (typeof v === 'string' && own(type.labels, v.trim())) || null;
}

/** Observations of numbers in number years (no kind, no source), sorted; undefined when not plain. */
function plainObservations(list: unknown): Observation[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: Observation[] = [];
  for (let i = 0; i < list.length; i++) {
    const o: unknown = list[i];
    if (!isObject(o) || o.kind !== undefined || o.source !== undefined) return undefined;
    const year = plainYear(o.year);
    const value = o.value;
    if (!year || typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    out.push({ year, value, kind: 'actual' });
  }
  return byYear(out);
}

/** One target of a number (no relative, max, stretch or source) as readTarget reads it; else null. */
function plainTarget(t: unknown): Target | null {
  if (
    !isObject(t) ||
    t.relative !== undefined ||
    t.max !== undefined ||
    t.stretch !== undefined ||
    t.source !== undefined
  )
    return null;
  const year = t.year === undefined ? null : plainYear(t.year);
  const value = t.value;
  const comparator = t.comparator === undefined ? 'eq' : plainEnum(t.comparator, COMPARATOR);
  return (year === null && t.year !== undefined) ||
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    !comparator ||
    comparator === 'between'
    ? null
    : { year, value, max: null, comparator, stretch: false, relative: null };
}

/**
 * A plain indicator in one go (see above), else undefined: string name, unit and category, known
 * enum words, observations of numbers in number years, one target of a number (no relative, max,
 * stretch or source). Claims its id only when it is plain.
 */
export function plainIndicator(v: unknown, seen: Set<string>): Indicator | undefined {
  if (!isObject(v)) return undefined;
  const { id, name, unit, category, observations: list, target: t } = v;
  const direction = plainEnum(v.direction, DIRECTION);
  const attribute = plainEnum(v.attribute, ATTRIBUTE);
  if (
    typeof id !== 'string' ||
    !INDICATOR_ID.test(id) ||
    seen.has(id) ||
    typeof name !== 'string' ||
    typeof unit !== 'string' ||
    (category !== undefined && typeof category !== 'string') ||
    direction === null ||
    attribute === null ||
    v.growth !== undefined ||
    v.alternatives !== undefined ||
    v.source !== undefined
  )
    return undefined;
  const observations = plainObservations(list);
  if (!observations) return undefined;
  const target = t === undefined ? null : plainTarget(t);
  if (!target && t !== undefined) return undefined;
  seen.add(id);
  // The record readIndicator makes, keys in its order (growth, alternatives and source are absent).
  const out: Obj = {};
  out.name = name;
  out.unit = unit;
  if (direction) out.direction = direction;
  out.observations = observations;
  if (category !== undefined) out.category = category;
  if (attribute) out.attribute = attribute;
  out.target = target;
  out.alternatives = [];
  out.id = id;
  out.unit = unit.trim();
  out.direction = direction ?? 'increase';
  out.milestones = [];
  return out as unknown as Indicator;
}

/**
 * A plain region in one go, else undefined: string id and name, values of plain observations, no
 * aliases, parent, group, role or source (a region table's rows). Claims its id only when plain.
 */
export function plainRegion(v: unknown, seen: Set<string>): Region | undefined {
  if (!isObject(v)) return undefined;
  const { id, name, values: x } = v;
  if (
    !plainId(id, seen) ||
    typeof name !== 'string' ||
    v.aliases !== undefined ||
    v.parent !== undefined ||
    v.group !== undefined ||
    v.role !== undefined ||
    v.source !== undefined ||
    (x !== undefined && !isObject(x))
  )
    return undefined;
  const values: Region['values'] = {};
  if (x) {
    const keys = Object.keys(x);
    for (let i = 0; i < keys.length; i++) {
      const list = plainObservations(x[keys[i]!]);
      if (!list) return undefined;
      values[keys[i]!] = list;
    }
  }
  seen.add(id);
  return { id, name, aliases: [], parent: null, values };
}

/**
 * A plain platform in one go, else undefined: string id and type, a known level word, a number
 * count in a number year, one target of a number (as `plainIndicator` reads it), a string `partOf`
 * and a boolean `total`; no added, members, asOf or source (a platform table's rows). Claims its id
 * only when it is plain.
 */
export function plainPlatform(v: unknown, seen: Set<string>): Platform | undefined {
  if (!isObject(v)) return undefined;
  const { id, type, count, year: y, target: t, partOf, total } = v;
  const level = v.level === undefined ? undefined : plainEnum(v.level, LEVEL);
  const year = y === undefined ? null : plainYear(y);
  if (
    !plainId(id, seen) ||
    typeof type !== 'string' ||
    level === null ||
    (year === null && y !== undefined) ||
    (count !== undefined && (typeof count !== 'number' || !Number.isFinite(count))) ||
    (partOf !== undefined && typeof partOf !== 'string') ||
    (total !== undefined && typeof total !== 'boolean') ||
    v.added !== undefined ||
    v.members !== undefined ||
    v.asOf !== undefined ||
    v.source !== undefined
  )
    return undefined;
  const target = t === undefined || t === null ? null : plainTarget(t);
  if (!target && t !== undefined && t !== null) return undefined;
  seen.add(id);
  // The record readPlatform makes, keys in its order.
  return {
    id,
    type,
    level: level ?? 'unknown',
    count: (count as number | undefined) ?? null,
    year,
    target,
    added: null,
    partOf: partOf ?? null,
    total: total ?? false,
    members: [],
  };
}

/** The unit of an indicator that states none: the unit of its first value written with one ("亿元"). */
function inferUnit(v: Obj): string {
  const t = v.target;
  const items = [...(Array.isArray(v.observations) ? v.observations : []), ...(Array.isArray(t) ? t : [t])];
  for (const item of items) {
    const q = isObject(item) && typeof item.value === 'string' ? parseQuantity(item.value) : null;
    if (q && q.value !== null && q.unit !== '') return magnitudeName(q.magnitude) + q.unit;
  }
  return '';
}

function readPlatform(v: unknown, path: string, seen: Set<string>): Platform | undefined {
  const id = readId(v, path, 'platform', seen);
  if (id === undefined) return undefined;
  const o = v as Obj;
  const platform: Platform = {
    id,
    type: id,
    level: 'unknown',
    count: null,
    year: null,
    target: null,
    added: null,
    partOf: null,
    total: false,
    members: [],
  };
  readFields(
    o,
    path,
    {
      type: requiredText,
      level: (x, base, k) => {
        const key = typeof x === 'string' ? x.trim() : '';
        if (x === undefined || x === null) return undefined;
        const level = own(LEVEL.labels, key);
        if (level) return level;
        // A written label that is none of the five ("国家级和省级") is kept as written.
        if (key !== '' && /[^A-Za-z_\s-]/.test(key)) platform.levelLabel = key;
        else
          report(
            `${base}/${k}`,
            `level ${show(x)} is not one of ${LEVEL.values.join(', ')} or a label ("国家级和省级")`,
          );
        return undefined;
      },
      count: (x, base, k) => {
        const read = x === undefined || x === null ? undefined : readValue(x, null, base, k);
        if (read?.text !== undefined) platform.countText = read.text;
        return read?.value;
      },
      // The year of the count, else its `asOf` label ("现有").
      year: (x, base, k) =>
        x === undefined || x === null
          ? optionalYear(o.asOf ?? undefined, base, 'asOf')
          : readYear(x, base, k),
      target: (x, base, k) => readTargets(x, null, base, k).pop(),
      added: (x, base, k) => {
        if (x === undefined || x === null) return undefined;
        const p = `${base}/${k}`;
        if (!isObject(x)) return bad(p, 'added', x, 'write {"value": 5}');
        const read = readValue(x.value, null, p, 'value', 'added value');
        if (read && read.value === null)
          report(`${p}/value`, `added value ${show(x.value)} has no number; write 5 or "新增5个"`);
        if (!read || read.value === null) return undefined;
        const added: NonNullable<Platform['added']> = {
          value: read.value,
          period: readString(x.period, p, 'period', 'added period') ?? null,
        };
        if (read.text !== undefined) added.text = read.text;
        put(added, 'source', readSource(x.source, p));
        return added;
      },
      partOf: readRef,
      total: readBool,
      members: readNames,
      source: readSource,
    },
    platform as unknown as Obj,
  );
  return platform;
}

function readRegion(
  v: unknown,
  path: string,
  seen: Set<string>,
  units: Map<string, string>,
): Region | undefined {
  const id = readId(v, path, 'region', seen);
  if (id === undefined) return undefined;
  const o = v as Obj;
  // Read (and reported) in field order; the record's keys are id, name, aliases, parent and values,
  // then group, role and source when given.
  const name = requiredText(o.name, path, 'name');
  const aliases = readNames(o.aliases, path, 'aliases');
  const parent = readRef(o.parent, path, 'parent');
  const group = readString(o.group, path, 'group');
  const role = readText(o.role, path, 'role');
  let values: Region['values'] | undefined;
  const x = o.values;
  if (x !== undefined && x !== null) {
    const p = `${path}/values`;
    if (!isObject(x)) bad(p, 'values', x, `write {"<indicator id>": [${OBSERVATION}]}`);
    else {
      values = {};
      // An index loop: a `for…of` allocates an iterator while the code is not yet optimized, and a
      // large plan's regions are read once (cold).
      const keys = Object.keys(x);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        values[key] = readObservations(x[key], units.get(key) ?? '', p, key);
      }
    }
  }
  const source = readSource(o.source, path);
  const region: Region = { id, name: name ?? id, aliases, parent: parent ?? null, values: values ?? {} };
  put(region, 'group', group);
  put(region, 'role', role);
  put(region, 'source', source);
  return region;
}

/** Drops `partOf` links that point nowhere or close a cycle, reporting each at its row's path. */
function checkPartOf(platforms: Platform[], paths: Map<string, string>): void {
  const byId = new Map(platforms.map((p) => [p.id, p]));
  for (const p of platforms) {
    if (p.partOf !== null && !byId.has(p.partOf)) {
      report(
        `${paths.get(p.id)}/partOf`,
        `partOf ${show(p.partOf)} is no platform's id; write one or leave it out`,
      );
      p.partOf = null;
    }
  }
  for (const p of platforms) {
    const visited = new Set([p.id]);
    for (let cur = p, next; cur.partOf !== null; cur = next) {
      next = byId.get(cur.partOf)!;
      if (visited.has(next.id)) {
        report(
          `${paths.get(cur.id)}/partOf`,
          `partOf closes a cycle (${[...visited, next.id].join(' → ')}); link removed`,
        );
        cur.partOf = null;
        break;
      }
      visited.add(next.id);
    }
  }
}

/** An empty normalized plan (nothing usable). */
export function emptyPlan(): Plan {
  return markNormalized({
    version: 1,
    plan: { id: '', title: '', period: null },
    indicators: [],
    platforms: [],
    regions: [],
  });
}

function readMeta(v: unknown): PlanMeta {
  const meta: PlanMeta = { id: '', title: '', period: null };
  if (!isObject(v)) return bad('/plan', 'plan', v, 'write {"id": "…", "title": "…"}') ?? meta;
  readFields(
    v,
    '/plan',
    {
      id: (x, base, k) =>
        typeof x === 'string' && x.trim() !== ''
          ? x
          : report(`${base}/${k}`, `plan id is ${show(x)}; ${NON_EMPTY}`),
      title: requiredText,
      region: readString,
      period: (x, base, k) => {
        if (x === undefined || x === null) return undefined;
        if (typeof x === 'string') meta.periodLabel = x;
        return (
          parsePeriod(x) ??
          report(
            `${base}/${k}`,
            `period ${show(x)} is not readable; write "2016-2020", "十三五" or {"start", "end"}`,
          )
        );
      },
      source: (x, base, k) => readSource(x, base, k, [...SOURCE_KEYS, 'publisher', 'date']),
    },
    meta as unknown as Obj,
  );
  return meta;
}

/**
 * Readers of one record in one go (`plainIndicator`, `plainPlatform`, `plainRegion`); a record
 * they return undefined for is read field by field.
 */
export interface PlainReaders {
  indicator?: (v: unknown, seen: Set<string>) => Indicator | undefined;
  platform?: (v: unknown, seen: Set<string>) => Platform | undefined;
  region?: (v: unknown, seen: Set<string>) => Region | undefined;
}

function validate(input: unknown, plain: PlainReaders): Plan {
  let doc = input;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc.replace(/^\uFEFF/, '')) as unknown;
    } catch (e) {
      report('', `${NOT_JSON} (${errorText(e, 'parse error')}); write ${DOCUMENT}`);
      return emptyPlan();
    }
  }
  if (!isObject(doc)) {
    bad('', 'the document', doc, `write ${DOCUMENT}`);
    return emptyPlan();
  }
  if (doc.version !== 1)
    report(
      '/version',
      `version ${doc.version === undefined ? 'is missing; write "version": 1' : `${show(doc.version)} is not supported; the only version is 1`} (read as version 1)`,
    );
  const plan = emptyPlan();
  plan.plan = readMeta(doc.plan);
  const seen = [new Set<string>(), new Set<string>(), new Set<string>()] as const;
  const read = <T>(key: string, item: (v: unknown, path: string) => T | undefined): T[] =>
    readList(doc[key], '', key, '', item);
  plan.indicators = read(
    'indicators',
    (v, p) => plain.indicator?.(v, seen[0]) ?? readIndicator(v, p, seen[0]),
  );
  const paths = new Map<string, string>();
  plan.platforms = read('platforms', (v, p) => {
    const platform = plain.platform?.(v, seen[1]) ?? readPlatform(v, p, seen[1]);
    if (platform) paths.set(platform.id, p);
    return platform;
  });
  checkPartOf(plan.platforms, paths);
  // Made on the first region: a plan without regions has no use for its indicators' units.
  let units: Map<string, string> | undefined;
  plan.regions = read(
    'regions',
    (v, p) =>
      plain.region?.(v, seen[2]) ??
      readRegion(v, p, seen[2], (units ??= new Map(plan.indicators.map((i) => [i.id, i.unit])))),
  );
  return plan;
}

/**
 * Returns the usable part of a plan document and every problem found. Never throws. Spec §9.
 * Accepts the document object, or its JSON text (a UTF-8 BOM is ignored).
 */
export function validatePlan(input: unknown): ValidationResult {
  return validatePlanWith(input, {});
}

/**
 * `validatePlan` that first tries the `plain` readers on each record of their kind (the same
 * output, read in one go; a widget that validates long plans passes them). Kept apart from
 * `validatePlan` so that bundles which do not use them leave their code out. @internal
 */
export function validatePlanWith(input: unknown, plain: PlainReaders): ValidationResult {
  const outer = problems; // a getter in the input may call validatePlan again
  const mine: Problem[] = (problems = []);
  try {
    return { plan: validate(input, plain), problems: mine };
  } catch (e) {
    // Defensive: getters or proxies in the input may throw; report instead of throwing.
    return {
      plan: emptyPlan(),
      problems: [
        {
          path: '',
          message: `the document could not be read (${errorText(e, 'error')}); write plain JSON`,
        },
      ],
    };
  } finally {
    problems = outer;
  }
}
