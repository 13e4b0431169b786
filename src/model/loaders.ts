/**
 * Loaders: JSON, CSV, an HTML table already read into strings, and a `<script type="application/json">`.
 * All return a `ValidationResult` through `validatePlan`, so the same content gives the same plan.
 *
 * ## CSV (long format, one row per value)
 *
 * UTF-8, comma-separated, first line the header (a UTF-8 BOM is accepted). Columns may come in any order;
 * `record` and `id` are required, every other column is optional (an absent column reads as empty cells).
 * Values may be numbers or written as the plan writes them ("400亿元以上", "3~4个", "——").
 *
 * | column            | used by                         | meaning                                                        |
 * |-------------------|---------------------------------|----------------------------------------------------------------|
 * | `record`          | all                             | `plan`, `indicator`, `observation`, `target`, `alternative`,   |
 * |                   |                                 | `platform`, `platform-target`, `platform-added`, `region`,     |
 * |                   |                                 | `region-value`                                                 |
 * | `id`              | all                             | the plan/indicator/platform/region id; for `observation`,      |
 * |                   |                                 | `target`, `alternative` the indicator id; for `platform-…` the |
 * |                   |                                 | platform id; for `region-value` the region id                  |
 * | `name`, `name_en` | plan, indicator, platform,      | title / name / platform type, in Chinese and English (either   |
 * |                   | region                          | may be empty)                                                  |
 * | `unit`            | indicator                       | "%", "家", "亿元", "吨标煤/万元"                               |
 * | `category`        | indicator                       | grouping                                                       |
 * | `attribute`       | indicator                       | `expected` / `binding` (or 预期性 / 约束性)                    |
 * | `direction`       | indicator                       | `increase` (default) / `decrease`                              |
 * | `level`           | platform                        | `national`, `provincial`, `municipal`, `district`, or a label  |
 * | `part_of`         | platform                        | id of the platform row this is a subset of (其中)              |
 * | `total`           | platform                        | `true` for a stated total                                      |
 * | `members`         | platform                        | named members separated by `|`                                 |
 * | `indicator`       | region-value                    | the indicator id the value belongs to                          |
 * | `region`          | plan                            | the plan's region ("重庆市")                                   |
 * | `period`          | plan, platform-added            | "2016-2020" or "十三五"                                        |
 * | `year`            | observation, target,            | 2015, "2015年", "“十二五”末", "20XX"; for `platform` the year  |
 * |                   | alternative, platform, …        | of the count                                                   |
 * | `value`           | observation, target,            | the value; for `platform` the count                            |
 * |                   | alternative, platform, …        |                                                                |
 * | `max`             | target                          | upper end of a range                                           |
 * | `comparator`      | target                          | `eq`, `gte`, `gt`, `lte`, `lt`, `approx`, `between`            |
 * | `stretch`         | target                          | `true` for 力争 targets                                        |
 * | `relative_type`   | target                          | `percent`, `points`, `multiple`, `annual-growth`, `rank`       |
 * | `relative_amount` | target                          | the amount / factor / percent / rank of the relative target    |
 * | `relative_base_year` | target                       | base year of the relative target                               |
 * | `kind`            | observation                     | `actual` (default), `estimate`, `provisional`                  |
 * | `aliases`         | region                          | other names separated by `|`                                   |
 * | `parent`, `group` | region                          | parent region id; categorical group                            |
 * | `role`, `role_en` | region                          | categorical role                                               |
 * | `source_title`, `source_locator`, `source_quote`, `source_url` | all | where the value comes from            |
 *
 * Targets of one indicator are read in row order: milestones first, the plan target last. Problems in the
 * CSV itself are reported at `/rows/<n>` (n = 0 for the first data row); problems in the content at the
 * JSON-pointer of the document built from the rows (`/indicators/0/target/value`).
 *
 * Example:
 * ```csv
 * record,id,name,unit,year,value
 * plan,cq-sti-13fyp,重庆市科技创新“十三五”规划,,2016-2020,
 * indicator,rd-intensity,研究与试验发展经费投入强度,%,,
 * observation,rd-intensity,,,2015,1.57
 * target,rd-intensity,,,2020,2.5
 * platform,incubators,科技企业孵化器,,,
 * platform-target,incubators,,,2020,100家以上
 * ```
 */
import { csvParse } from 'd3-dsv';
import type {
  IndicatorInput,
  PlatformInput,
  Problem,
  RegionInput,
  Source,
  TargetInput,
  ValidationResult,
} from './types.js';
import { own } from '../utils/own.js';
import { validatePlan } from './validate.js';

/** The CSV columns, in a suggested order. `record` and `id` are required. */
export const CSV_COLUMNS = [
  'record',
  'id',
  'name',
  'name_en',
  'unit',
  'category',
  'attribute',
  'direction',
  'level',
  'part_of',
  'total',
  'members',
  'indicator',
  'region',
  'period',
  'year',
  'value',
  'max',
  'comparator',
  'stretch',
  'relative_type',
  'relative_amount',
  'relative_base_year',
  'kind',
  'aliases',
  'parent',
  'group',
  'role',
  'role_en',
  'source_title',
  'source_locator',
  'source_quote',
  'source_url',
] as const;

const REQUIRED_COLUMNS = ['record', 'id'] as const;

/** Plain numbers in text cells ("1.57", "2015") become numbers so that every loader gives the same plan. */
function cell(v: string | undefined): string | number | undefined {
  if (v === undefined) return undefined;
  const t = v.trim();
  if (t === '') return undefined;
  if (/^-?\d+(?:\.\d+)?$/.test(t)) {
    const n = Number(t);
    if (Number.isFinite(n)) return n;
  }
  return t;
}

function text(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t === undefined || t === '' ? undefined : t;
}

function localized(
  zh: string | undefined,
  en: string | undefined,
): string | Record<string, string> | undefined {
  if (zh !== undefined && en !== undefined) return { 'zh-CN': zh, en };
  return zh ?? en;
}

function bool(v: string | undefined): boolean | string | undefined {
  const t = text(v);
  if (t === undefined) return undefined;
  if (/^(true|yes|1|是)$/i.test(t)) return true;
  if (/^(false|no|0|否)$/i.test(t)) return false;
  return t; // validatePlan reports it
}

function list(v: string | undefined): string[] | undefined {
  const t = text(v);
  return t === undefined
    ? undefined
    : t
        .split('|')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

/** Parses a JSON plan document. JSON errors become a problem at path "". Never throws. */
export function loadPlanJson(text: string): ValidationResult {
  if (typeof text !== 'string') return validatePlan(text);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return withProblems(validatePlan(undefined), [
      {
        path: '',
        message: `the text is not JSON (${e instanceof Error ? e.message : 'parse error'}); write a plan document {"version": 1, "plan": {…}}`,
      },
    ]);
  }
  return validatePlan(doc);
}

/** The JSON text of a `<script type="application/json">` child: same as `loadPlanJson`. */
export function loadPlanScript(text: string): ValidationResult {
  return loadPlanJson(text);
}

function withProblems(result: ValidationResult, first: Problem[]): ValidationResult {
  if (first.length === 0) return result;
  // A JSON parse failure replaces the "document is undefined" problem; CSV/table problems come first.
  const rest = result.problems.filter((p) => !(p.path === '' && first.some((f) => f.path === '')));
  return { plan: result.plan, problems: [...first, ...rest] };
}

type Row = Record<string, string | undefined>;

function source(row: Row): Source | undefined {
  const s: Source = {};
  const title = text(row['source_title']);
  const locator = text(row['source_locator']);
  const quote = text(row['source_quote']);
  const url = text(row['source_url']);
  if (title !== undefined) s.title = title;
  if (locator !== undefined) s.locator = locator;
  if (quote !== undefined) s.quote = quote;
  if (url !== undefined) s.url = url;
  return Object.keys(s).length > 0 ? s : undefined;
}

function assign<T extends object>(target: T, key: string, value: unknown): void {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
}

function csvTarget(row: Row): TargetInput {
  const t: TargetInput = {};
  assign(t, 'year', cell(row['year']));
  assign(t, 'value', cell(row['value']));
  assign(t, 'max', cell(row['max']));
  assign(t, 'comparator', text(row['comparator']));
  assign(t, 'stretch', bool(row['stretch']));
  const type = text(row['relative_type']);
  if (type !== undefined) {
    const amount = cell(row['relative_amount']);
    const key =
      type === 'multiple'
        ? 'factor'
        : type === 'annual-growth'
          ? 'percent'
          : type === 'rank'
            ? 'value'
            : 'amount';
    const relative: Record<string, unknown> = { type };
    assign(relative, key, amount);
    assign(relative, 'baseYear', cell(row['relative_base_year']));
    (t as Record<string, unknown>)['relative'] = relative;
  }
  assign(t, 'source', source(row));
  return t;
}

/**
 * Reads a plan from the long CSV format documented at the top of this file. Never throws: a header
 * without the required columns, unknown record types and bad values are reported as problems.
 */
export function loadPlanCsv(csv: string): ValidationResult {
  const problems: Problem[] = [];
  if (typeof csv !== 'string') {
    return withProblems(validatePlan(undefined), [
      { path: '', message: 'the CSV is not text; pass the file contents as a string' },
    ]);
  }
  let rows: Row[];
  let columns: string[];
  try {
    const parsed = csvParse(csv.replace(/^\uFEFF/, ''));
    columns = parsed.columns.map((c) => c.trim());
    rows = parsed.map((r) => {
      const out: Row = {};
      for (const key of Object.keys(r)) out[key.trim()] = r[key];
      return out;
    });
  } catch (e) {
    return withProblems(validatePlan(undefined), [
      {
        path: '',
        message: `the CSV could not be read (${e instanceof Error ? e.message : 'error'}); write comma-separated text with a header line`,
      },
    ]);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return withProblems(validatePlan(undefined), [
      {
        path: '',
        message: `the CSV header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; the header needs record and id, and may use ${CSV_COLUMNS.join(', ')}`,
      },
    ]);
  }

  const doc: Record<string, unknown> = { version: 1 };
  const plan: Record<string, unknown> = {};
  const indicators = new Map<string, IndicatorInput & Record<string, unknown>>();
  const platforms = new Map<string, PlatformInput & Record<string, unknown>>();
  const regions = new Map<string, RegionInput & Record<string, unknown>>();
  const indicator = (id: string): IndicatorInput & Record<string, unknown> => {
    let i = indicators.get(id);
    if (!i) {
      i = { id } as IndicatorInput & Record<string, unknown>;
      indicators.set(id, i);
    }
    return i;
  };
  const platform = (id: string): PlatformInput & Record<string, unknown> => {
    let p = platforms.get(id);
    if (!p) {
      p = { id } as PlatformInput & Record<string, unknown>;
      platforms.set(id, p);
    }
    return p;
  };
  const region = (id: string): RegionInput & Record<string, unknown> => {
    let r = regions.get(id);
    if (!r) {
      r = { id } as RegionInput & Record<string, unknown>;
      regions.set(id, r);
    }
    return r;
  };

  rows.forEach((row, n) => {
    const record = text(row['record'])?.toLowerCase();
    const id = text(row['id']);
    if (record === undefined && id === undefined) return; // blank line
    if (id === undefined) {
      problems.push({
        path: `/rows/${n}/id`,
        message: `row ${n + 2} has no id; every row needs the id of its plan, indicator, platform or region`,
      });
      return;
    }
    const name = localized(text(row['name']), text(row['name_en']));
    switch (record) {
      case 'plan':
        plan['id'] = id;
        assign(plan, 'title', name);
        assign(plan, 'region', text(row['region']));
        assign(plan, 'period', text(row['period']) ?? text(row['year']));
        assign(plan, 'source', source(row));
        break;
      case 'indicator': {
        const i = indicator(id);
        assign(i, 'name', name);
        assign(i, 'unit', text(row['unit']));
        assign(i, 'category', text(row['category']));
        assign(i, 'attribute', text(row['attribute']));
        assign(i, 'direction', text(row['direction']));
        assign(i, 'source', source(row));
        break;
      }
      case 'observation': {
        const i = indicator(id);
        const o: Record<string, unknown> = {};
        assign(o, 'year', cell(row['year']));
        assign(o, 'value', cell(row['value']) ?? '');
        assign(o, 'kind', text(row['kind']));
        assign(o, 'source', source(row));
        ((i.observations ??= []) as unknown[]).push(o);
        break;
      }
      case 'target': {
        const i = indicator(id);
        const list = (i['_targets'] ??= []) as TargetInput[];
        list.push(csvTarget(row));
        break;
      }
      case 'alternative': {
        const i = indicator(id);
        const a: Record<string, unknown> = { value: cell(row['value']) ?? '' };
        assign(a, 'year', cell(row['year']));
        assign(a, 'source', source(row));
        ((i.alternatives ??= []) as unknown[]).push(a);
        break;
      }
      case 'platform': {
        const p = platform(id);
        assign(p, 'type', name);
        assign(p, 'level', text(row['level']));
        assign(p, 'count', cell(row['value']));
        assign(p, 'year', cell(row['year']));
        assign(p, 'partOf', text(row['part_of']));
        assign(p, 'total', bool(row['total']));
        assign(p, 'members', list(row['members']));
        assign(p, 'source', source(row));
        break;
      }
      case 'platform-target':
        platform(id).target = csvTarget(row);
        break;
      case 'platform-added': {
        const a: Record<string, unknown> = { value: cell(row['value']) ?? '' };
        assign(a, 'period', text(row['period']));
        assign(a, 'source', source(row));
        (platform(id) as Record<string, unknown>)['added'] = a;
        break;
      }
      case 'region': {
        const r = region(id);
        assign(r, 'name', name);
        assign(r, 'aliases', list(row['aliases']));
        assign(r, 'parent', text(row['parent']));
        assign(r, 'group', text(row['group']));
        assign(r, 'role', localized(text(row['role']), text(row['role_en'])));
        assign(r, 'source', source(row));
        break;
      }
      case 'region-value': {
        const r = region(id);
        const key = text(row['indicator']);
        if (key === undefined) {
          problems.push({
            path: `/rows/${n}/indicator`,
            message: `row ${n + 2} (region-value) has no indicator; write the indicator id the value belongs to`,
          });
          return;
        }
        const values = (r.values ??= {}) as Record<string, unknown[]>;
        const list = own(values, key) ?? [];
        values[key] = list;
        const o: Record<string, unknown> = {};
        assign(o, 'year', cell(row['year']));
        assign(o, 'value', cell(row['value']) ?? '');
        assign(o, 'source', source(row));
        list.push(o);
        break;
      }
      default:
        problems.push({
          path: `/rows/${n}/record`,
          message: `row ${n + 2} has record ${JSON.stringify(row['record'] ?? '')}; it must be one of plan, indicator, observation, target, alternative, platform, platform-target, platform-added, region, region-value`,
        });
    }
  });

  for (const i of indicators.values()) {
    const targets = i['_targets'] as TargetInput[] | undefined;
    delete i['_targets'];
    if (targets) i.target = targets.length === 1 ? targets[0] : targets;
  }
  doc['plan'] = plan;
  if (indicators.size > 0) doc['indicators'] = [...indicators.values()];
  if (platforms.size > 0) doc['platforms'] = [...platforms.values()];
  if (regions.size > 0) doc['regions'] = [...regions.values()];
  return withProblems(validatePlan(doc), problems);
}

// ---------------------------------------------------------------------------------------------
// HTML tables
// ---------------------------------------------------------------------------------------------

/** An HTML table as a plan prints it, read into strings by a DOM adapter. */
export interface TableData {
  caption: string;
  head: string[];
  rows: string[][];
}

export interface TableOptions {
  /** What the rows are; detected from the header when omitted. */
  kind?: 'indicators' | 'platforms' | 'regions';
  /** Plan id of the resulting document (default "table"). */
  planId?: string;
  /** Plan title (default: the caption). */
  title?: string;
  /** Regions: the indicator id the value column belongs to (default "value"). */
  indicator?: string;
}

type ColumnRole =
  | { role: 'skip' }
  | { role: 'id' }
  | { role: 'name' }
  | { role: 'unit' }
  | { role: 'attribute' }
  | { role: 'category' }
  | { role: 'direction' }
  | { role: 'observation'; year: number | string }
  | { role: 'target'; year: number | string | undefined }
  | { role: 'type' }
  | { role: 'level' }
  | { role: 'count' }
  | { role: 'year' }
  | { role: 'part-of' }
  | { role: 'region' }
  | { role: 'value'; year: number | string | undefined };

function clean(s: unknown): string {
  if (typeof s !== 'string') return '';
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : s[i];
  }
  return out.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

const YEAR_IN_HEAD = /^(\d{4}|20[Xx×*_]{2}|\d{3}[*_Xx])\s*年?/;

function headYear(h: string): number | string | undefined {
  const m = YEAR_IN_HEAD.exec(h);
  if (!m) return undefined;
  const y = m[1] ?? '';
  return /^\d{4}$/.test(y) ? Number(y) : y;
}

function classifyIndicatorColumn(h: string): ColumnRole | null {
  const lower = h.toLowerCase();
  if (/^(序号|编号|no\.?|#|number)$/i.test(h)) return { role: 'skip' };
  if (lower === 'id') return { role: 'id' };
  if (/^(单位|计量单位|unit)$/i.test(h)) return { role: 'unit' };
  if (/^(属性|指标属性|attribute)$/i.test(h)) return { role: 'attribute' };
  if (/^(类别|分类|category)$/i.test(h)) return { role: 'category' };
  if (/^(方向|direction)$/i.test(h)) return { role: 'direction' };
  if (/(目标|target)/i.test(h)) return { role: 'target', year: headYear(h) };
  if (/(变化|增减|change)/i.test(h)) return { role: 'skip' };
  const year = headYear(h);
  if (year !== undefined) return { role: 'observation', year };
  if (/^(指标|指标名称|名称|name|indicator)$/i.test(h) || h === '') return { role: 'name' };
  return null;
}

function classifyPlatformColumn(h: string): ColumnRole | null {
  const lower = h.toLowerCase();
  if (/^(序号|编号|no\.?|#)$/i.test(h)) return { role: 'skip' };
  if (lower === 'id') return { role: 'id' };
  if (/^(类型|平台类型|平台|名称|type|platform)$/i.test(h)) return { role: 'type' };
  if (/^(级别|层级|level)$/i.test(h)) return { role: 'level' };
  if (/(目标|target)/i.test(h)) return { role: 'target', year: headYear(h) };
  if (/^(数量|现有|个数|count|number)$/i.test(h)) return { role: 'count' };
  if (/^(年份|年度|截至|year|as of)$/i.test(h)) return { role: 'year' };
  if (/^(其中|所属|part of|partof|part_of)$/i.test(h)) return { role: 'part-of' };
  return null;
}

function classifyRegionColumn(h: string): ColumnRole | null {
  const lower = h.toLowerCase();
  if (/^(序号|no\.?|#)$/i.test(h)) return { role: 'skip' };
  if (/^(id|代码|区划代码|code)$/i.test(lower)) return { role: 'id' };
  if (/^(地区|区域|区县|名称|region|name)$/i.test(h)) return { role: 'region' };
  if (/^(值|数值|value)$/i.test(h)) return { role: 'value', year: undefined };
  const year = headYear(h);
  if (year !== undefined) return { role: 'value', year };
  return null;
}

function detectKind(head: string[]): 'indicators' | 'platforms' | 'regions' {
  const h = head.map(clean);
  if (h.some((c) => /^(地区|区域|区县|region)$/i.test(c))) return 'regions';
  if (
    h.some((c) => /^(类型|平台类型|type|platform)$/i.test(c)) &&
    h.some((c) => /^(级别|层级|level|数量|count)$/i.test(c))
  ) {
    return 'platforms';
  }
  return 'indicators';
}

/** "科技进步贡献率(%)" / "科技进步贡献率(%" → ["科技进步贡献率", "%"]. */
function splitNameUnit(name: string): [string, string | undefined] {
  const m = /^(.*?)\s*[(（]([^()（）]{1,12})[)）]?$/.exec(name);
  if (m && m[1] && m[2]) return [m[1].trim(), m[2].trim()];
  return [name, undefined];
}

const ATTRIBUTE_WORDS: Record<string, string> = { 预期性: 'expected', 约束性: 'binding' };

/**
 * Reads a plan from a table as the plan prints it: indicator rows with year/target columns, platform
 * rows (type, level, count, year, target) or region rows (region, value). Never throws.
 */
export function loadPlanTable(table: TableData, options: TableOptions = {}): ValidationResult {
  const problems: Problem[] = [];
  const t = table as Partial<TableData> | null | undefined;
  const head = Array.isArray(t?.head) ? t.head.map(clean) : [];
  const rows = Array.isArray(t?.rows) ? t.rows.filter((r): r is string[] => Array.isArray(r)) : [];
  const caption = clean(t?.caption);
  if (head.length === 0)
    problems.push({
      path: '/head',
      message: 'the table has no header row; a header names the columns (指标, 2015, 2020年目标 …)',
    });
  const kind = options.kind ?? detectKind(head);
  const classify =
    kind === 'platforms'
      ? classifyPlatformColumn
      : kind === 'regions'
        ? classifyRegionColumn
        : classifyIndicatorColumn;
  const roles: Array<ColumnRole | null> = head.map(classify);
  // The first unclassified column is the name (type, region) column when none is named.
  const nameRole = kind === 'platforms' ? 'type' : kind === 'regions' ? 'region' : 'name';
  if (!roles.some((r) => r?.role === nameRole)) {
    const i = roles.findIndex((r) => r === null);
    if (i >= 0) roles[i] = { role: nameRole } as ColumnRole;
  }
  roles.forEach((r, i) => {
    if (r === null) {
      problems.push({
        path: `/head/${i}`,
        message: `column ${JSON.stringify(head[i] ?? '')} is not understood; it is ignored`,
      });
    }
  });

  const doc: Record<string, unknown> = {
    version: 1,
    plan: { id: options.planId ?? 'table', title: options.title ?? (caption || 'table') },
  };
  const records: Array<Record<string, unknown>> = [];
  rows.forEach((row, n) => {
    const cells = row.map(clean);
    if (cells.every((c) => c === '')) return;
    const rec: Record<string, unknown> = {};
    let id: string | undefined;
    const observations: Array<Record<string, unknown>> = [];
    const targets: Array<Record<string, unknown>> = [];
    const values: Array<Record<string, unknown>> = [];
    roles.forEach((r, i) => {
      const raw = cells[i] ?? '';
      if (!r || raw === '') return;
      const v = cell(raw);
      switch (r.role) {
        case 'id':
          id = raw;
          break;
        case 'name': {
          const [name, unit] = splitNameUnit(raw);
          rec['name'] = name;
          if (unit !== undefined) rec['_nameUnit'] = unit;
          break;
        }
        case 'unit':
          rec['unit'] = raw;
          break;
        case 'attribute':
          rec['attribute'] = own(ATTRIBUTE_WORDS, raw) ?? raw;
          break;
        case 'category':
          rec['category'] = raw;
          break;
        case 'direction':
          rec['direction'] = raw;
          break;
        case 'observation':
          observations.push({ year: r.year, value: v });
          break;
        case 'target': {
          const target: Record<string, unknown> = { value: v };
          if (r.year !== undefined) target['year'] = r.year;
          targets.push(target);
          break;
        }
        case 'type':
          rec['type'] = raw;
          break;
        case 'level':
          rec['level'] = raw;
          break;
        case 'count':
          rec['count'] = v;
          break;
        case 'year':
          rec['year'] = v;
          break;
        case 'part-of':
          rec['partOf'] = raw;
          break;
        case 'region':
          rec['name'] = raw;
          break;
        case 'value':
          values.push({ year: r.year ?? rec['year'] ?? '现有', value: v });
          break;
        case 'skip':
          break;
      }
    });
    rec['id'] = id ?? `row-${n + 1}`;
    if (kind === 'indicators') {
      const nameUnit = rec['_nameUnit'];
      delete rec['_nameUnit'];
      if (rec['unit'] === undefined && typeof nameUnit === 'string') rec['unit'] = nameUnit;
      if (observations.length > 0) rec['observations'] = observations;
      if (targets.length > 0) rec['target'] = targets.length === 1 ? targets[0] : targets;
    } else if (kind === 'platforms') {
      if (targets.length > 0) rec['target'] = targets[targets.length - 1];
    } else if (values.length > 0) {
      rec['values'] = { [options.indicator ?? 'value']: values };
    }
    // Put `id` first for readable output.
    records.push({ id: rec['id'], ...rec });
  });
  doc[kind] = records;
  const result = validatePlan(doc);
  return { plan: result.plan, problems: [...problems, ...result.problems] };
}
