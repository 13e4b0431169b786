import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPlatformTable,
  levelKey,
  parseLevels,
  plainCount,
  sortPlatformRows,
} from '../../src/components/platform-table/platform-table.model.js';
import { UNITS, formatTarget } from '../../src/format/number.js';
import { formatYear } from '../../src/format/words.js';
import type { PlatformRow } from '../../src/components/platform-table/platform-table.model.js';
import { samplePlanDocument } from '../../src/model/sample-plan.js';
import type { PlanDocumentInput, PlatformInput } from '../../src/model/types.js';
import { validatePlan } from '../../src/model/validate.js';
import {
  baodingPlatforms,
  manyPlatforms,
  seed003Platforms,
  tangshanPlatforms,
} from '../fixtures/platform-plans.js';

const doc = (platforms: PlatformInput[], id = 'test-plan'): PlanDocumentInput => ({
  version: 1,
  plan: { id, title: '测试规划' },
  platforms,
});
const build = (d: PlanDocumentInput, options: Partial<Parameters<typeof buildPlatformTable>[1]> = {}) =>
  buildPlatformTable(validatePlan(d).plan, { locale: 'zh-CN', ...options });
const keys = (m: { columns: Array<{ key: string }> }) => m.columns.map((c) => c.key);
const row = (rows: readonly PlatformRow[], label: string, n = 0) => rows.filter((r) => r.label === label)[n]!;
const cellText = (m: ReturnType<typeof build>, r: PlatformRow, key: string) => {
  const i = m.columns.findIndex((c) => c.key === key);
  return i > 0 ? (r.cells[i - 1]?.text ?? '') : '';
};

describe('buildPlatformTable', () => {
  it('buildPlatformTable(sample plan) has a column per level present, 部市级 kept as written, and every platform as a row', () => {
    const m = build(samplePlanDocument);
    expect(keys(m)).toEqual(['type', 'national', 'municipal', 'district', 'label:部市级', 'unknown']);
    expect(m.columns.map((c) => c.label)).toEqual([
      '平台类型',
      '国家级',
      '市级',
      '区县级',
      '部市级',
      '未注明',
    ]);
    expect(m.rows).toHaveLength(29);
    expect(m.fileName).toBe('cq-sti-13fyp-platforms.csv');
    expect(m.caption).toBe('重庆市科技创新“十三五”规划：平台数量');
  });

  it('buildPlatformTable(sample plan) writes targets with comparator, 力争, year; added as "+23个（新增）"; members listed', () => {
    const m = build(samplePlanDocument);
    expect(cellText(m, row(m.rows, '国家级企业技术中心'), 'national')).toBe('目标：力争50家（2020年）');
    expect(cellText(m, row(m.rows, '国家级农业科技园区'), 'national')).toBe('目标：约10个（2020年）');
    expect(cellText(m, row(m.rows, '科技企业孵化器'), 'unknown')).toBe('目标：100家以上（2020年）');
    expect(row(m.rows, '国家级高新区').cells[0]!.added).toBe('+23个（新增）');
    const listed = row(m.rows, '科技公共服务平台(专栏20所列)').cells[1]!;
    expect(listed.members).toEqual(['科技资源共享服务平台', '专利导航信息服务平台', '科技金融服务平台']);
    expect(listed.text).toBe('名单（3）：科技资源共享服务平台、专利导航信息服务平台、科技金融服务平台');
  });

  it('buildPlatformTable resolves 翻番 of a dated count (896 in 2015 → 1792) and marks it on the bar', () => {
    const m = build(samplePlanDocument);
    const c = row(m.rows, '研发机构(规模以上工业企业建有)').cells[4]!;
    expect(c.count).toBe('896（2015年）');
    expect(c.target).toBe('目标：翻番（×2），即1792（2020年）');
    expect(c.value).toBe(896);
    expect(c.mark).toBe(1);
    expect(c.bar).toBeCloseTo(0.5, 6);
  });

  it('buildPlatformTable draws bars for counts only: a target-only or added-only cell has no bar', () => {
    const m = build(
      doc([
        { id: 'a', type: '重点实验室', level: 'national', count: 25, year: 2015 },
        { id: 'b', type: '企业技术中心', level: 'national', target: { value: 50, year: 2020 } },
        { id: 'c', type: '高新区', level: 'national', added: { value: 100 } },
      ]),
    );
    const counted = row(m.rows, '重点实验室').cells[0]!;
    const target = row(m.rows, '企业技术中心').cells[0]!;
    const added = row(m.rows, '高新区').cells[0]!;
    // The scale is the column's drawn figures (the count 25), not the others' target or increment.
    expect(counted.bar).toBe(1);
    expect(target.value).toBe(50);
    expect(target.bar).toBeNull();
    expect(target.mark).toBeNull();
    expect(added.value).toBe(100);
    expect(added.bar).toBeNull();
    expect(added.mark).toBeNull();
    // value stays the sort key: count, else target, else increment.
    expect(sortPlatformRows(m.rows, 1, 'descending').map((r) => r.label)).toEqual([
      '高新区',
      '企业技术中心',
      '重点实验室',
    ]);
  });

  it('buildPlatformTable in en uses English headers and words', () => {
    const m = buildPlatformTable(validatePlan(samplePlanDocument).plan, { locale: 'en' });
    expect(m.columns.map((c) => c.label)).toEqual([
      'Platform type',
      'National',
      'Municipal',
      'District',
      '部市级',
      'Level not stated',
    ]);
    const r = m.rows.find((x) => x.label === 'National enterprise technology centres')!;
    expect(r.cells[0]!.target).toBe('target: 50 (2020, stretch)');
  });

  it('buildPlatformTable adds a total column only where the parts are disjoint and complete', () => {
    const m = build(
      doc([
        { id: 'a1', type: '重点实验室', level: 'national', count: 10, year: 2015 },
        { id: 'a2', type: '重点实验室', level: 'provincial', count: 24, year: 2015 },
        // mixed label: not disjoint
        { id: 'b1', type: '企业技术中心', level: '国家级和省级', count: 42, year: 2015 },
        { id: 'b2', type: '企业技术中心', level: 'national', count: 3, year: 2015 },
        // a target-only cell: not complete
        { id: 'c1', type: '工程实验室', level: 'national', count: 5, year: 2015 },
        { id: 'c2', type: '工程实验室', level: 'provincial', target: { value: 9 } },
        // different years
        { id: 'd1', type: '孵化器', level: 'national', count: 5, year: 2014 },
        { id: 'd2', type: '孵化器', level: 'provincial', count: 9, year: 2015 },
        // level not stated: not disjoint
        { id: 'e1', type: '众创空间', level: 'national', count: 5, year: 2015 },
        { id: 'e2', type: '众创空间', count: 9, year: 2015 },
        // "超过" is not an exact count
        { id: 'f1', type: '研究院', level: 'national', count: '超过5个', year: 2015 },
        { id: 'f2', type: '研究院', level: 'provincial', count: 9, year: 2015 },
      ]),
    );
    expect(keys(m).at(-1)).toBe('total');
    const totals = m.rows.map((r) => r.cells.at(-1)?.text ?? null);
    expect(totals).toEqual(['34（2015年）', null, null, null, null, null]);
    expect(row(m.rows, '重点实验室').cells.at(-1)!.value).toBe(34);
  });

  it('buildPlatformTable has no total column when no row qualifies', () => {
    expect(keys(build(seed003Platforms))).toEqual(['type', 'unknown']);
  });

  it('buildPlatformTable draws subsets under their parent, never adds them, and totals them only when they add up to it', () => {
    const m = build(baodingPlatforms);
    expect(m.rows.map((r) => [r.kind, r.depth, r.label])).toEqual([
      ['total', 0, '科技创新平台（国家、省、市三级）'],
      ['subset', 1, '产业研究院'],
      ['subset', 1, '工程技术中心'],
      ['subset', 2, '工程技术中心'],
      ['subset', 1, '重点实验室'],
      ['subset', 2, '重点实验室'],
    ]);
    expect(m.rows[3]!.sameType).toBe(true);
    expect(m.rows[3]!.parent).toBe(m.rows[2]!.key);
    // The stated total stays as written (120), never 2 + 94 + 24 computed.
    expect(cellText(m, m.rows[0]!, 'unknown')).toBe('120家（现有）');
    expect(m.rows[0]!.cells.at(-1)).toBeNull();
    // 1 + 24 ≠ 94: incomplete parts get no total; 2 + 13 + 9 = 24: complete.
    expect(m.rows[3]!.cells.at(-1)).toBeNull();
    expect(m.rows[5]!.cells.at(-1)!.text).toBe('24家');
    expect(m.rows.every((r) => r.note === '')).toBe(true);
    expect(m.rows[1]!.text).toBe('其中：产业研究院');
    expect(m.rows[0]!.text).toBe('科技创新平台（国家、省、市三级）（总数）');
  });

  it('buildPlatformTable notes where parts and a stated total disagree, showing both as written', () => {
    const m = build(
      doc([
        { id: 'all', type: '各类平台', count: '340个', total: true },
        { id: 'a', type: '重点实验室', count: '24个', partOf: 'all' },
        { id: 'b', type: '工程实验室', count: '26个', partOf: 'all' },
      ]),
    );
    expect(m.rows[0]!.note).toBe('分项之和为50个，与总数340个不符（均按原文列出）');
    expect(cellText(m, m.rows[0]!, 'unknown')).toBe('340个');
    expect(m.rows[0]!.text).toBe('各类平台（总数）\n分项之和为50个，与总数340个不符（均按原文列出）');
    const ok = build(
      doc([
        { id: 'all', type: '各类平台', count: '超过40个', total: true },
        { id: 'a', type: '重点实验室', count: '24个', partOf: 'all' },
        { id: 'b', type: '工程实验室', count: '26个', partOf: 'all' },
      ]),
    );
    expect(ok.rows[0]!.note).toBe('');
    const over = build(
      doc([
        { id: 'all', type: '企业技术中心', count: 10 },
        { id: 'n', type: '企业技术中心', level: 'national', count: 12, partOf: 'all' },
      ]),
    );
    expect(over.rows[0]!.note).toBe('分项之和为12，与总数10不符（均按原文列出）');
  });

  it('buildPlatformTable shows the change since the previous count (Δ and %) and honours asOf', () => {
    const d = doc([
      { id: 'k13', type: '重点实验室', level: 'national', count: '19家', year: 2013 },
      { id: 'k15', type: '重点实验室', level: 'national', count: '24家', year: 2015 },
    ]);
    const m = build(d);
    expect(m.rows).toHaveLength(1);
    const c = m.rows[0]!.cells[0]!;
    expect(c.count).toBe('24家（2015年）');
    expect(c.change).toBe('较2013年 +5家（+26.3%）');
    expect(buildPlatformTable(validatePlan(d).plan, { locale: 'en' }).rows[0]!.cells[0]!.change).toBe(
      '+5 (+26.3%) since 2013',
    );
    const before = build(d, { asOf: 2014 }).rows[0]!.cells[0]!;
    expect([before.count, before.change]).toEqual(['19家（2013年）', '']);
    expect(build(d, { change: false }).rows[0]!.cells[0]!.change).toBe('');
    expect(build(d, { targets: false }).rows[0]!.cells[0]!.target).toBe('');
  });

  it('buildPlatformTable gives no change without two dated counts, and no % from a zero base', () => {
    const m = build(
      doc([
        { id: 'a', type: 'A', count: 3, asOf: '现有' },
        { id: 'b', type: 'A', count: 5, year: 2015 },
        { id: 'c', type: 'B', count: 0, year: 2013 },
        { id: 'd', type: 'B', count: 4, year: 2015 },
      ]),
    );
    expect(m.rows[0]!.cells[0]!.change).toBe('');
    expect(m.rows[1]!.cells[0]!.change).toBe('较2013年 +4');
  });

  it('buildPlatformTable puts unknown levels in 未注明 and reports them (validatePlan), rows still shown', () => {
    const r = validatePlan(
      doc([
        { id: 'x', type: '孵化器', level: 'galactic', count: 3 },
        { id: 'y', type: '孵化器', level: 'national', count: 2 },
      ]),
    );
    expect(r.problems.map((p) => p.path)).toEqual(['/platforms/0/level']);
    const m = buildPlatformTable(r.plan, { locale: 'zh-CN' });
    expect(keys(m)).toEqual(['type', 'national', 'unknown']);
    expect(m.rows[0]!.cells.map((c) => c?.count ?? null)).toEqual(['2', '3']);
  });

  it('buildPlatformTable shows every row of a partOf cycle or dangling id (validatePlan reports and cuts them)', () => {
    const r = validatePlan(
      doc([
        { id: 'a', type: 'A', count: 1, partOf: 'b' },
        { id: 'b', type: 'B', count: 2, partOf: 'a' },
        { id: 'c', type: 'C', count: 3, partOf: 'nowhere' },
      ]),
    );
    expect(r.problems).toHaveLength(2);
    const m = buildPlatformTable(r.plan, { locale: 'zh-CN' });
    expect(m.rows.map((x) => x.label).sort()).toEqual(['A', 'B', 'C']);
    // Even an unvalidated cycle (a plan built by hand) terminates and shows every row.
    const plan = validatePlan(
      doc([
        { id: 'a', type: 'A', count: 1 },
        { id: 'b', type: 'B', count: 2 },
      ]),
    ).plan;
    plan.platforms[0]!.partOf = 'b';
    plan.platforms[1]!.partOf = 'a';
    const loop = buildPlatformTable(plan, { locale: 'zh-CN' });
    expect(loop.rows.length).toBeGreaterThanOrEqual(1);
  });

  it('buildPlatformTable keeps a combined level label and a masked year as written', () => {
    const m = build(tangshanPlatforms);
    expect(keys(m)).toEqual(['type', 'national', 'municipal', 'label:国家级和省级']);
    expect(cellText(m, m.rows[0]!, 'label:国家级和省级')).toBe('42家（20XX）');
    expect(m.rows[1]!.kind).toBe('subset');
    expect(cellText(m, m.rows[1]!, 'national')).toBe('3家（20XX）');
  });

  it('buildPlatformTable writes a count given as a range or with a qualifier as the plan does ("3~4个", "超过1100个")', () => {
    const m = build(
      doc([
        { id: 'a', type: '重点实验室', level: 'national', count: '3~4个', year: 2015 },
        { id: 'b', type: '研发平台', level: 'national', count: '超过1100个', year: 2015 },
      ]),
    );
    expect(cellText(m, row(m.rows, '重点实验室'), 'national')).toMatch(/^3[~～–-]4个（2015年）$/);
    expect(cellText(m, row(m.rows, '研发平台'), 'national')).toMatch(/1100个/);
    expect(cellText(m, row(m.rows, '研发平台'), 'national')).toMatch(/超过|>/);
  });

  it("buildPlatformTable does not double a 其中 the plan already wrote into a subset's type", () => {
    const m = build(
      doc([
        { id: 'p', type: '高校重点实验室', level: 'municipal', count: 120, year: 2015 },
        { id: 's', type: '其中：国家级培育', level: 'municipal', count: 5, year: 2015, partOf: 'p' },
      ]),
    );
    const sub = m.rows.find((r) => r.kind === 'subset')!;
    expect(sub.label).toBe('国家级培育');
    expect(sub.text).toBe('其中：国家级培育');
  });

  it('buildPlatformTable(levels) shows the requested levels in order and reports unknown names', () => {
    const m = build(samplePlanDocument, { levels: 'municipal, 国家级, moon' });
    expect(keys(m)).toEqual(['type', 'municipal', 'national']);
    expect(m.problems).toHaveLength(1);
    expect(m.problems[0]!.message).toContain('moon');
    // Rows with nothing in the shown levels are left out.
    expect(m.rows.every((r) => r.cells.some((c) => c !== null))).toBe(true);
  });

  it('buildPlatformTable(null) and a plan without platforms give no rows and never throw', () => {
    expect(buildPlatformTable(null, { locale: 'zh-CN' }).rows).toEqual([]);
    expect(build(doc([])).rows).toEqual([]);
    expect(buildPlatformTable(null, { locale: 'zh-CN' }).fileName).toBe('platforms.csv');
  });

  it('buildPlatformTable never produces NaN/undefined/null/Infinity text for arbitrary platforms', () => {
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.constantFrom('超过1100个', '3~4个', '——', '20XX', '1e400', '-5'),
    );
    const platform = fc.record(
      {
        id: fc.constantFrom('a', 'b', 'c', 'd'),
        type: fc.oneof(fc.string(), fc.constantFrom('重点实验室', 'constructor', '__proto__')),
        level: fc.oneof(fc.string(), fc.constantFrom('national', '省级', '国家级和省级', 'toString')),
        count: value,
        year: fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.constantFrom('20XX', '现有', '十三五末')),
        target: fc.record(
          { value, comparator: fc.constantFrom('eq', 'gte', 'between', 'approx') },
          { requiredKeys: [] },
        ),
        added: fc.record({ value }),
        partOf: fc.constantFrom('a', 'b', 'c', 'd', 'x'),
        total: fc.boolean(),
        members: fc.array(fc.string(), { maxLength: 3 }),
      },
      { requiredKeys: ['id'] },
    );
    fc.assert(
      fc.property(fc.array(platform, { maxLength: 8 }), fc.constantFrom('zh-CN', 'en'), (ps, locale) => {
        const plan = validatePlan({ version: 1, plan: { id: 'p', title: 't' }, platforms: ps }).plan;
        const m = buildPlatformTable(plan, { locale: locale as 'zh-CN' | 'en' });
        const texts = [
          m.caption,
          ...m.columns.map((c) => c.label),
          ...m.rows.flatMap((r) => [r.text, ...r.cells.map((c) => c?.text ?? '')]),
        ];
        for (const t of texts) expect(t).not.toMatch(/NaN|undefined|null|Infinity/);
        for (const r of m.rows)
          for (const c of r.cells) {
            if (c?.bar != null) expect(c.bar).toBeGreaterThanOrEqual(0);
            if (c?.bar != null) expect(c.bar).toBeLessThanOrEqual(1);
          }
      }),
      { numRuns: 300 },
    );
  });
});

describe('plainCount', () => {
  it('plainCount writes what formatTarget writes, or defers to it (null), for every unit, comparator and locale', () => {
    const units = [...Object.keys(UNITS), ' 家', '家 ', 'units', '万家'];
    const comparators = ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'between'] as const;
    const values = [0, 1, 7, 42, 999, 1000, 1035, 9999, 10000, 38915, 2.5, -3, 1e21, Number.NaN];
    let fast = 0;
    for (const locale of ['zh-CN', 'en'] as const)
      for (const unit of units)
        for (const comparator of comparators)
          for (const max of [null, 12])
            for (const value of values) {
              const plain = plainCount(value, unit, locale, comparator, max);
              if (plain === null) continue;
              fast++;
              expect(plain, `${locale} ${value} ${unit} ${comparator} ${max}`).toBe(
                formatTarget({ value, max, comparator }, unit, locale),
              );
            }
    // The fast path is taken for the plain counts (家, 个, none …) it is for.
    expect(fast).toBeGreaterThan(100);
    expect(plainCount(24, '家', 'zh-CN')).toBe('24家');
    expect(plainCount(1035, '家', 'en')).toBe(null);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.constantFrom('', '家', '个', '项', '%', '亿元'),
        (n, u) => {
          for (const locale of ['zh-CN', 'en'] as const) {
            const plain = plainCount(n, u, locale);
            if (plain !== null)
              expect(plain).toBe(formatTarget({ value: n, max: null, comparator: 'eq' }, u, locale));
          }
        },
      ),
    );
  });

  it('buildPlatformTable writes plain years (2015 → 2015年) as formatYear does', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const m = build(
        doc([
          {
            id: 'a',
            type: '实验室',
            level: 'national',
            count: 3,
            asOf: 2015,
            target: { value: 5, year: 2020 },
          },
        ]),
        { locale },
      );
      const cell = m.rows[0]!.cells[0]!;
      const y = (year: number) => formatYear({ year, label: String(year), masked: false }, locale);
      expect(cell.count).toBe(locale === 'en' ? `3 (${y(2015)})` : `3（${y(2015)}）`);
      expect(cell.target).toContain(y(2020));
    }
  });
});

describe('levelKey / parseLevels', () => {
  it('levelKey keeps a written label as its own column', () => {
    expect(levelKey({ level: 'unknown', levelLabel: '国家级和省级' })).toBe('label:国家级和省级');
    expect(levelKey({ level: 'district' })).toBe('district');
  });
  it("parseLevels('national,省级,x') reads names and Chinese words and returns the rest as bad", () => {
    expect(parseLevels('national,省级，x, 部市级', ['部市级'])).toEqual({
      keys: ['national', 'provincial', 'label:部市级'],
      bad: ['x'],
    });
    expect(parseLevels('constructor', [])).toEqual({ keys: [], bad: ['constructor'] });
  });
});

describe('sortPlatformRows', () => {
  const m = build(
    doc([
      { id: 'a', type: '乙', level: 'national', count: 5 },
      { id: 'b', type: '甲', level: 'national', count: 12 },
      { id: 'b1', type: '甲子', level: 'national', count: 2, partOf: 'b' },
      { id: 'b2', type: '甲丑', level: 'national', count: 7, partOf: 'b' },
      { id: 'c', type: '丙', level: 'provincial', count: 1 },
      { id: 'd', type: '丁', level: 'national', count: 5 },
    ]),
  );
  const labels = (rows: PlatformRow[]) => rows.map((r) => r.label);

  it('sortPlatformRows(rows, 1, "descending") orders by the column figure, empty cells last, subsets under their parent', () => {
    expect(labels(sortPlatformRows(m.rows, 1, 'descending'))).toEqual([
      '甲',
      '甲丑',
      '甲子',
      '乙',
      '丁',
      '丙',
    ]);
    expect(labels(sortPlatformRows(m.rows, 1, 'ascending'))).toEqual([
      '乙',
      '丁',
      '甲',
      '甲子',
      '甲丑',
      '丙',
    ]);
  });

  it('sortPlatformRows(rows, 0, …) sorts type names with the locale collation; ties keep plan order', () => {
    const en = build(
      doc([
        { id: 'a', type: 'b labs', count: 1 },
        { id: 'b', type: 'A centres', count: 1 },
        { id: 'c', type: 'c parks', count: 1 },
      ]),
    );
    expect(labels(sortPlatformRows(en.rows, 0, 'ascending', 'en'))).toEqual([
      'A centres',
      'b labs',
      'c parks',
    ]);
    expect(labels(sortPlatformRows(en.rows, 0, 'descending', 'en'))).toEqual([
      'c parks',
      'b labs',
      'A centres',
    ]);
  });

  it('sortPlatformRows(rows without their parent, …) sorts the orphans at the top level, each row once', () => {
    const orphans = m.rows.filter((r) => r.label !== '甲');
    const out = sortPlatformRows(orphans, 1, 'ascending');
    expect(labels(out)).toEqual(['甲子', '乙', '丁', '甲丑', '丙']);
    expect(new Set(out).size).toBe(orphans.length);
  });

  it('sortPlatformRows does not change the input and never throws on bad input', () => {
    const before = labels(m.rows);
    sortPlatformRows(m.rows, 1, 'descending');
    expect(labels(m.rows)).toEqual(before);
    expect(sortPlatformRows(null as never, 1, 'ascending')).toEqual([]);
    expect(sortPlatformRows(m.rows, 99, 'ascending')).toHaveLength(m.rows.length);
  });

  it('sortPlatformRows sorts 5,000 rows fast (pure part of the 16 ms budget)', () => {
    const big = build(manyPlatforms(5000));
    expect(big.rows).toHaveLength(5000);
    sortPlatformRows(big.rows, 1, 'ascending');
    const t0 = performance.now();
    const out = sortPlatformRows(big.rows, 2, 'descending');
    const ms = performance.now() - t0;
    expect(out).toHaveLength(5000);
    expect(ms).toBeLessThan(50); // Node under load; the browser test measures the frame budget
  });
});
