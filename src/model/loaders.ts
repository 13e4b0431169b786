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
import type { Problem, ValidationResult } from './types.js';
import { own } from '../utils/own.js';
import { halfWidth } from '../utils/text.js';
import { RELATIVE, emptyPlan, validatePlan } from './validate.js';
import { parseQuantity } from './quantity.js';
import { parseYear } from './years.js';

/** The CSV columns, in a suggested order. `record` and `id` are required. */
export const CSV_COLUMNS: readonly string[] = (
  'record id name name_en unit category attribute direction level part_of total members indicator region ' +
  'period year value max comparator stretch relative_type relative_amount relative_base_year kind aliases ' +
  'parent group role role_en source_title source_locator source_quote source_url'
).split(' ');

type Obj = Record<string, unknown>;

/** A trimmed text, `undefined` when empty. */
function text(v: string | undefined): string | undefined {
  return v?.trim() || undefined;
}

/** Plain numbers in text cells ("1.57", "2015") become numbers so that every loader gives the same plan. */
function cell(v: string | undefined): string | number | undefined {
  const t = text(v);
  const n = t !== undefined && /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : NaN;
  return Number.isFinite(n) ? n : t;
}

/** Sets the defined values of `fields` on `target`. */
function assign(target: Obj, fields: Obj): Obj {
  for (const key of Object.keys(fields)) if (fields[key] !== undefined) target[key] = fields[key];
  return target;
}

/** The result of an input that could not be read at all. */
function unreadable(message: string): ValidationResult {
  return { plan: emptyPlan(), problems: [{ path: '', message }] };
}

/** Problems of the CSV or table itself come before those of the document built from it. */
function withProblems(problems: Problem[], doc: Obj): ValidationResult {
  const result = validatePlan(doc);
  return { plan: result.plan, problems: [...problems, ...result.problems] };
}

/** Parses a JSON plan document (a UTF-8 BOM is accepted). JSON errors become a problem at path "". Never throws. */
export function loadPlanJson(text: string): ValidationResult {
  return validatePlan(text);
}

/** The JSON text of a `<script type="application/json">` child: same as `loadPlanJson`. */
export function loadPlanScript(text: string): ValidationResult {
  return validatePlan(text);
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

type Row = Record<string, string | undefined>;

/**
 * Splits CSV text into rows of fields (RFC 4180): fields separated by commas, rows by LF, CRLF or CR;
 * a field that starts with `"` is quoted (commas and line breaks inside are kept, `""` is one quote).
 * One trailing line break ends the last row. Runs in linear time and never throws. (d3-dsv's csvParse
 * compiles its row objects with the Function constructor, which a strict Content-Security-Policy forbids.)
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let start = true; // at the start of a field
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (c === '"' && start) quoted = true;
    else if (c === ',' || c === '\n' || c === '\r') {
      row.push(field);
      field = '';
      if (c !== ',') {
        rows.push(row);
        row = [];
        if (c === '\r' && text[i + 1] === '\n') i++;
      }
      start = true;
      continue;
    } else field += c;
    start = false;
  }
  if (!start || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** "zh-CN" and "en" texts of a column pair (`name`/`name_en`, `role`/`role_en`). */
function localized(row: Row, column: string): string | Obj | undefined {
  const zh = text(row[column]);
  const en = text(row[`${column}_en`]);
  return zh !== undefined && en !== undefined ? { 'zh-CN': zh, en } : (zh ?? en);
}

function bool(v: string | undefined): boolean | string | undefined {
  const t = text(v);
  if (t && /^(true|yes|1|是)$/i.test(t)) return true;
  if (t && /^(false|no|0|否)$/i.test(t)) return false;
  return t; // validatePlan reports it
}

/** Names separated by `|`. */
function names(v: string | undefined): string[] | undefined {
  return text(v)
    ?.split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function source(row: Row): Obj | undefined {
  const s = assign(
    {},
    {
      title: text(row.source_title),
      locator: text(row.source_locator),
      quote: text(row.source_quote),
      url: text(row.source_url),
    },
  );
  return Object.keys(s).length > 0 ? s : undefined;
}

/** A value row (observation, alternative, region value): year, value ("" when empty) and source. */
function valueRow(row: Row, extra: Obj = {}): Obj {
  return assign({ value: cell(row.value) ?? '' }, { year: cell(row.year), ...extra, source: source(row) });
}

function target(row: Row): Obj {
  const type = text(row.relative_type);
  const relative =
    type === undefined
      ? undefined
      : assign(
          { type },
          {
            // The number's key depends on the type: factor (multiple), percent (annual-growth), …
            [own(RELATIVE, type)?.[0] ?? 'amount']: cell(row.relative_amount),
            baseYear: cell(row.relative_base_year),
          },
        );
  return assign(
    {},
    {
      year: cell(row.year),
      value: cell(row.value),
      max: cell(row.max),
      comparator: text(row.comparator),
      stretch: bool(row.stretch),
      relative,
      source: source(row),
    },
  );
}

/**
 * What each `record` type adds to the document: the collection its id names, and either fields merged
 * into that record or an item for one of its lists (`into`).
 */
interface RecordType {
  of: 'plan' | 'indicators' | 'platforms' | 'regions';
  into?: 'observations' | 'target' | 'alternatives' | 'added' | 'values';
  read: (row: Row) => Obj;
}
const RECORDS: Record<string, RecordType> = {
  plan: {
    of: 'plan',
    read: (row) => ({
      title: localized(row, 'name'),
      region: text(row.region),
      period: text(row.period) ?? text(row.year),
      source: source(row),
    }),
  },
  indicator: {
    of: 'indicators',
    read: (row) => ({
      name: localized(row, 'name'),
      unit: text(row.unit),
      category: text(row.category),
      attribute: text(row.attribute),
      direction: text(row.direction),
      source: source(row),
    }),
  },
  observation: {
    of: 'indicators',
    into: 'observations',
    read: (row) => valueRow(row, { kind: text(row.kind) }),
  },
  target: { of: 'indicators', into: 'target', read: target },
  alternative: { of: 'indicators', into: 'alternatives', read: (row) => valueRow(row) },
  platform: {
    of: 'platforms',
    read: (row) => ({
      type: localized(row, 'name'),
      level: text(row.level),
      count: cell(row.value),
      year: cell(row.year),
      partOf: text(row.part_of),
      total: bool(row.total),
      members: names(row.members),
      source: source(row),
    }),
  },
  'platform-target': { of: 'platforms', into: 'target', read: target },
  'platform-added': {
    of: 'platforms',
    into: 'added',
    read: (row) =>
      assign({ value: cell(row.value) ?? '' }, { period: text(row.period), source: source(row) }),
  },
  region: {
    of: 'regions',
    read: (row) => ({
      name: localized(row, 'name'),
      aliases: names(row.aliases),
      parent: text(row.parent),
      group: text(row.group),
      role: localized(row, 'role'),
      source: source(row),
    }),
  },
  'region-value': { of: 'regions', into: 'values', read: (row) => valueRow(row) },
};

/**
 * Reads a plan from the long CSV format documented at the top of this file. Never throws: a header
 * without the required columns, unknown record types and bad values are reported as problems.
 */
export function loadPlanCsv(csv: string): ValidationResult {
  if (typeof csv !== 'string') return unreadable('the CSV is not text; pass the file contents as a string');
  const [head = [], ...body] = csvRows(csv.replace(/^\uFEFF/, ''));
  const columns = head.map((h) => h.trim());
  const missing = ['record', 'id'].filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return unreadable(
      `the CSV header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; the header needs record and id, and may use ${CSV_COLUMNS.join(', ')}`,
    );
  }
  const rows = body.map((cells): Row => Object.fromEntries(columns.map((c, i) => [c, cells[i]])));

  const problems: Problem[] = [];
  const report = (n: number, column: string, message: string): void => {
    problems.push({ path: `/rows/${n}/${column}`, message: `row ${n + 2} ${message}` });
  };
  const plan: Obj = {};
  const collections = {
    indicators: new Map<string, Obj>(),
    platforms: new Map<string, Obj>(),
    regions: new Map<string, Obj>(),
  };
  rows.forEach((row, n) => {
    const record = text(row.record)?.toLowerCase();
    const id = text(row.id);
    if (record === undefined && id === undefined) return; // blank line
    if (id === undefined)
      return report(n, 'id', 'has no id; every row needs the id of its plan, indicator, platform or region');
    const type = record === undefined ? undefined : own(RECORDS, record);
    if (!type)
      return report(
        n,
        'record',
        `has record ${JSON.stringify(row.record ?? '')}; it must be one of ${Object.keys(RECORDS).join(', ')}`,
      );
    let rec = plan;
    if (type.of === 'plan') plan.id = id;
    else {
      const map = collections[type.of];
      rec = map.get(id) ?? { id };
      map.set(id, rec);
    }
    const fields = type.read(row);
    if (!type.into) assign(rec, fields);
    else if (type.into === 'values') {
      const key = text(row.indicator);
      if (key === undefined)
        return report(
          n,
          'indicator',
          '(region-value) has no indicator; write the indicator id the value belongs to',
        );
      const values = (rec.values ??= {}) as Record<string, Obj[]>;
      (values[key] = own(values, key) ?? []).push(fields);
    }
    // Indicators collect their targets in row order (milestones, then the plan target); platforms keep the last.
    else if (type.into === 'added' || type.of === 'platforms') rec[type.into] = fields;
    else ((rec[type.into] ??= []) as Obj[]).push(fields);
  });

  const doc: Obj = { version: 1, plan };
  for (const [key, map] of Object.entries(collections)) {
    // A single target is written as an object, so that problems point at /indicators/0/target/value.
    for (const rec of map.values())
      if (Array.isArray(rec.target) && rec.target.length === 1) rec.target = rec.target[0];
    if (map.size > 0) doc[key] = [...map.values()];
  }
  return withProblems(problems, doc);
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

/**
 * What a column holds. Roles that name a record field (`unit`, `type`, `level`, `partOf`, …) are copied
 * into it; `observation`, `target` and `value` columns carry the year of their header.
 */
type Role = 'skip' | 'id' | 'name' | 'observation' | 'target' | 'value' | 'count' | 'year' | string;

/**
 * A year at the start of a header, as CSV years are written (spec §4): "2015", "2015年", "2015 指标值",
 * "20XX年目标" (masked: stays a label), "“十二五”末" / "十三五初" (a five-year plan's last / first year),
 * or the whole header "现有" (a label with no calendar year).
 */
const YEAR_IN_HEAD =
  /^(?:(\d{4}|20[Xx×*_]{2}|\d{3}[*_Xx])\s*年?|["“”「」]?(?:十[一二三四五]五|十五|九五)["“”「」]?期?[末初]期?|现有$)/;

/** Header patterns per table kind, first match wins. */
const COLUMNS: Record<NonNullable<TableOptions['kind']>, Array<[RegExp, Role]>> = {
  indicators: [
    [/^(序号|编号|no\.?|#|number)$/i, 'skip'],
    [/^id$/i, 'id'],
    [/^(单位|计量单位|unit)$/i, 'unit'],
    [/^(属性|指标属性|attribute)$/i, 'attribute'],
    [/^(类别|分类|category)$/i, 'category'],
    [/^(方向|direction)$/i, 'direction'],
    [/(目标|target)/i, 'target'],
    [/(变化|增减|change)/i, 'skip'],
    [YEAR_IN_HEAD, 'observation'],
    [/^(指标|指标名称|名称|name|indicator|)$/i, 'name'],
  ],
  platforms: [
    [/^(序号|编号|no\.?|#)$/i, 'skip'],
    [/^id$/i, 'id'],
    [/^(类型|平台类型|平台|名称|type|platform)$/i, 'type'],
    [/^(级别|层级|level)$/i, 'level'],
    [/(目标|target)/i, 'target'],
    [/^(数量|现有|个数|count|number)$/i, 'count'],
    [/^(年份|年度|截至|year|as of)$/i, 'year'],
    [/^(其中|所属|part of|partof|part_of)$/i, 'partOf'],
  ],
  regions: [
    [/^(序号|no\.?|#)$/i, 'skip'],
    [/^(id|代码|区划代码|code)$/i, 'id'],
    [/^(地区|区域|区县|名称|region|name)$/i, 'name'],
    [/^(值|数值|value)$/i, 'value'],
    [YEAR_IN_HEAD, 'value'],
    // Any other column is the value, named by its header ("研发投入强度(%)").
    [/\S/, 'value'],
  ],
};

/** Full-width → half-width, whitespace runs → one space, trimmed. */
function clean(s: unknown): string {
  return typeof s === 'string'
    ? halfWidth(s)
        .replace(/[\s\u00a0\u3000]+/g, ' ')
        .trim()
    : '';
}

/** The year of a header: a number, or the label as written ("20XX", "“十二五”末", "现有"); validatePlan reads it. */
function headYear(h: string): number | string | undefined {
  const m = YEAR_IN_HEAD.exec(h);
  const y = m?.[1];
  return y ? (/^\d{4}$/.test(y) ? Number(y) : y) : m?.[0];
}

/**
 * A value worded as a target: a range ("3~4个") or 以上, 以下, 以内, 不低于, 不超过, ≥, ≤, 左右. Not 约, 近,
 * 多, 余 or 超过: plans write measured values that way too ("近5000家", "200多家").
 */
function targetWording(v: string): boolean {
  const c = parseQuantity(v).comparator;
  return c === 'between' || c === 'gte' || c === 'lte' || /左右|上下/.test(v);
}

/** Dashes only ("——", "—", "-", "/"): a printed table's "none". */
const NONE = /^[-—–―/]+$/;

function detectKind(head: string[]): NonNullable<TableOptions['kind']> {
  const has = (re: RegExp): boolean => head.some((c) => re.test(c));
  if (has(/^(地区|区域|区县|region)$/i)) return 'regions';
  return has(/^(类型|平台类型|type|platform)$/i) && has(/^(级别|层级|level|数量|count)$/i)
    ? 'platforms'
    : 'indicators';
}

/** "科技进步贡献率(%)" / "科技进步贡献率(%" → ["科技进步贡献率", "%"]. */
function splitNameUnit(name: string): [string, string | undefined] {
  const m = /^(.*?)\s*[(（]([^()（）]{1,12})[)）]?$/.exec(name);
  return m && m[1] && m[2] ? [m[1].trim(), m[2].trim()] : [name, undefined];
}

/**
 * Reads a plan from a table as the plan prints it: indicator rows with year/target columns, platform
 * rows (type, level, count, year, target) or region rows (region, value). Never throws.
 *
 * Indicator tables. A header that starts with a year ("2015", "2015年", "2015 指标值", "“十二五”末",
 * "20XX年", or "现有") is a year column; one that says 目标 or target ("2020年目标", "2020 目标值") is a
 * target column, its year the target year. The other columns: 指标 (name; "科技进步贡献率(%)" gives the
 * unit too), 单位, 属性, 类别, 方向, 序号 (skipped), and a 变化 column (skipped). A cell of dashes ("——")
 * is "no value" in a value column and empty in 单位, 属性 and the other text columns.
 *
 * Which year column is the target, when no header says 目标 (plans print "指标 | 单位 | 2015年 | 2020年 |
 * 属性"): the LAST year column is the target column, and the year columns before it observations, when
 *   1. no header says 目标 and the table has two or more year columns,
 *   2. the last one is dated (a year or a masked year, not 现有) and no year column before it is as late, and
 *   3. the table has a 属性 column (预期性/约束性 qualify targets: it is a plan's target table), or a cell
 *      of that last column is worded as a target: a range ("3~4个") or 以上, 以下, 以内, 不低于, 不超过,
 *      ≥, ≤, 左右 ("2.5以上", "10个左右"). 约, 近, 多, 余 and 超过 do not count: plans write measured
 *      values that way too ("近5000家", "200多家").
 * Otherwise every year column holds observations (a table of 2013年 | 2014年 | 2015年 stays one). A
 * value with a comparator or range in an observation column is kept as written (the observation's
 * `text`) and reported at `/rows/<n>/<column index>`, never silently read as a plain value.
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
  const roles = head.map((h) => COLUMNS[kind].find(([re]) => re.test(h))?.[1]);
  // The first unclassified column is the name (platform type) column when none is named.
  const nameRole = kind === 'platforms' ? 'type' : 'name';
  if (!roles.includes(nameRole)) {
    const i = roles.indexOf(undefined);
    if (i >= 0) roles[i] = nameRole;
  }
  roles.forEach((r, i) => {
    if (r === undefined)
      problems.push({
        path: `/head/${i}`,
        message: `column ${JSON.stringify(head[i])} is not understood; it is ignored`,
      });
  });
  // A plan's table without a 目标 column: its last year column may hold the targets (the rule is in
  // loadPlanTable's comment).
  const dated = roles.flatMap((r, i) => (r === 'observation' ? [i] : []));
  const last = dated.length > 1 && !roles.includes('target') ? dated[dated.length - 1]! : -1;
  const end = last < 0 ? null : parseYear(headYear(head[last]!));
  const notBefore = (i: number): boolean => {
    const y = parseYear(headYear(head[i]!))?.year;
    return y != null && end?.year != null && y >= end.year;
  };
  if (
    end &&
    (end.year !== null || end.masked) &&
    !dated.some((i) => i !== last && notBefore(i)) &&
    (roles.includes('attribute') || rows.some((row) => targetWording(clean(row[last]))))
  )
    roles[last] = 'target';

  const records = rows.flatMap((row, n) => {
    const cells = row.map(clean);
    if (cells.every((c) => c === '')) return [];
    const rec: Obj = { id: `row-${n + 1}` };
    const observations: Obj[] = [];
    const targets: Obj[] = [];
    const values: Obj[] = [];
    roles.forEach((role, i) => {
      const raw = cells[i] ?? '';
      if (!role || role === 'skip' || raw === '') return;
      const value = cell(raw);
      const year = headYear(head[i]!);
      if (role === 'observation') {
        // Never a silent plain value: a comparator or range in an observation column is reported.
        if (typeof value === 'string' && parseQuantity(value).comparator !== 'eq')
          problems.push({
            path: `/rows/${n}/${i}`,
            message: `row ${n + 1}: ${JSON.stringify(raw)} has a comparator or range in observation column ${JSON.stringify(head[i])}; it is kept as written but shown as a plain value. Name the column ${JSON.stringify(`${head[i]}目标`)} if it holds targets`,
          });
        observations.push({ year, value });
      } else if (role === 'target') targets.push(assign({ value }, { year }));
      else if (role === 'value') values.push({ year: year ?? rec.year ?? '现有', value });
      else if (role === 'count' || role === 'year') rec[role] = value;
      else if (role === 'name' && kind === 'indicators') {
        const [name, unit] = splitNameUnit(raw);
        rec.name = name;
        rec.unit ??= unit;
      } else if (!NONE.test(raw)) rec[role] = raw; // "——" in 单位 or 属性: none, as an empty CSV cell
    });
    if (kind === 'indicators') {
      if (observations.length > 0) rec.observations = observations;
      if (targets.length > 0) rec.target = targets.length === 1 ? targets[0] : targets;
    } else if (kind === 'platforms') {
      if (targets.length > 0) rec.target = targets[targets.length - 1];
    } else if (values.length > 0) {
      rec.values = { [options.indicator ?? 'value']: values };
    }
    return [rec];
  });
  const doc: Obj = {
    version: 1,
    plan: { id: options.planId ?? 'table', title: options.title ?? (caption || 'table') },
    [kind]: records,
  };
  // A region table's value column named by its header is the indicator: "研发投入强度(%)".
  const named =
    kind === 'regions'
      ? head.find((h, i) => roles[i] === 'value' && !headYear(h) && !/^(值|数值|value)$/i.test(h))
      : undefined;
  if (named) {
    const [name, unit] = splitNameUnit(named);
    doc.indicators = [assign({ id: options.indicator ?? 'value', name }, { unit })];
  }
  return withProblems(problems, doc);
}
