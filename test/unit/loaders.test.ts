import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  csvRows,
  loadPlanCsv,
  loadPlanJson,
  loadPlanScript,
  loadPlanTable,
  type TableData,
} from '../../src/model/loaders.js';
import type { Indicator } from '../../src/model/types.js';

const text = (name: string): string =>
  readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url), 'utf8');

const smallTable: TableData = {
  caption: '小型规划指标表',
  head: ['序号', 'id', '指标', '属性', '2010 指标值', '2015 指标值', '2020年目标'],
  rows: [
    ['1', 'rd-intensity', '研究与试验发展经费投入强度(%)', '预期性', '1.27', '1.57', '2.5'],
    ['2', 'high-tech-enterprises', '高新技术企业(家)', '预期性', '338', '1035', '3000家以上'],
    ['3', 'tech-contract-turnover', '技术合同成交额(亿元)', '约束性', '——', '241.5', '400亿元以上'],
  ],
};

describe('loaders', () => {
  it('loadPlanJson, loadPlanCsv, loadPlanTable and loadPlanScript give the same indicators for the same content', () => {
    const json = loadPlanJson(text('small-plan.json'));
    const csv = loadPlanCsv(text('small-plan.csv'));
    const table = loadPlanTable(smallTable, { planId: 'small-plan' });
    const script = loadPlanScript(`\n  ${text('small-plan.json')}\n`);
    for (const r of [json, csv, table, script]) expect(r.problems).toEqual([]);
    expect(csv.plan.indicators).toEqual(json.plan.indicators);
    expect(table.plan.indicators).toEqual(json.plan.indicators);
    expect(script.plan).toEqual(json.plan);
    expect(csv.plan.plan).toEqual(json.plan.plan);
    expect(json.plan.indicators[2]?.target).toMatchObject({ value: 400, comparator: 'gte' });
  });

  it('loadPlanJson(bad JSON) reports at path "" and does not throw', () => {
    const r = loadPlanJson('{"version": 1,');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.path).toBe('');
    expect(r.problems[0]?.message).toMatch(/not JSON/);
    expect(r.plan.indicators).toEqual([]);
  });
  it('loadPlanJson accepts a UTF-8 BOM', () => {
    expect(loadPlanJson(`\uFEFF${text('small-plan.json')}`).problems).toEqual([]);
  });

  it('loadPlanCsv accepts a UTF-8 BOM', () => {
    const r = loadPlanCsv(`\uFEFF${text('small-plan.csv')}`);
    expect(r.problems).toEqual([]);
    expect(r.plan.indicators).toHaveLength(3);
  });
  it('loadPlanCsv reports a header without the required columns', () => {
    const r = loadPlanCsv('name,value\n研发,1.5\n');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message).toMatch(/lacks the columns record, id/);
  });
  it('loadPlanCsv reports unknown record types and rows without id, and keeps the rest', () => {
    const r = loadPlanCsv(
      'record,id,name,year,value\nplan,p,T,,\nindicator,a,A,,\nmeasure,a,,2015,1\nobservation,,,2015,2\nobservation,a,,2015,3\n',
    );
    expect(r.problems.map((p) => p.path)).toEqual(['/rows/2/record', '/rows/3/id']);
    expect(r.plan.indicators[0]?.observations.map((o) => o.value)).toEqual([3]);
  });
  it('loadPlanCsv reads platforms, targets, relative targets, regions and region values', () => {
    const csv = [
      'record,id,name,name_en,unit,level,part_of,total,indicator,period,year,value,comparator,stretch,relative_type,relative_amount,relative_base_year,group,role,parent,source_quote',
      'plan,cq,重庆市科技创新规划,,,,,,,十三五,,,,,,,,,,,',
      'indicator,rd-intensity,研发投入强度,R&D intensity,%,,,,,,,,,,,,,,,,',
      'observation,rd-intensity,,,,,,,,,2015,1.57,,,,,,,,,2015年全社会研发投入强度仅为1.57%',
      'target,rd-intensity,,,,,,,,,2018,2.0,,,,,,,,,',
      'target,rd-intensity,,,,,,,,,2020,2.5,gte,true,,,,,,,',
      'indicator,patents,专利,,件,,,,,,,,,,,,,,,,',
      'target,patents,,,,,,,,,2020,,,,multiple,2,2015,,,,',
      'platform,all,各类研发基地,,,,,true,,,,超过1100个,,,,,,,,,',
      'platform,labs,重点实验室,,,national,all,,,,2015,24,,,,,,,,,',
      'platform-target,labs,,,,,,,,,2020,30个以上,,,,,,,,,',
      'platform-added,labs,,,,,,,,十三五,,5,,,,,,,,,',
      'region,500000,重庆市,Chongqing,,,,,,,,,,,,,,,,,',
      'region,cq-core,都市功能核心区,,,,,,,,,,,,,,,五大功能区域,创新极化,500000,',
      'region-value,500000,,,,,,,rd-intensity,,2015,1.57,,,,,,,,,',
    ].join('\n');
    const { plan, problems } = loadPlanCsv(csv);
    expect(problems).toEqual([]);
    expect(plan.plan.period).toEqual({ start: 2016, end: 2020 });
    const rd = plan.indicators[0];
    expect(rd?.name).toEqual({ 'zh-CN': '研发投入强度', en: 'R&D intensity' });
    expect(rd?.observations[0]?.source?.quote).toBe('2015年全社会研发投入强度仅为1.57%');
    expect(rd?.milestones.map((t) => t.value)).toEqual([2]);
    expect(rd?.target).toMatchObject({ value: 2.5, comparator: 'gte', stretch: true });
    expect(plan.indicators[1]?.target?.relative).toMatchObject({
      type: 'multiple',
      factor: 2,
      baseYear: { year: 2015 },
    });
    expect(plan.platforms.map((p) => [p.id, p.count, p.total, p.partOf])).toEqual([
      ['all', 1100, true, null],
      ['labs', 24, false, 'all'],
    ]);
    expect(plan.platforms[1]?.target).toMatchObject({ value: 30, comparator: 'gte' });
    expect(plan.platforms[1]?.added).toEqual({ value: 5, period: '十三五' });
    expect(plan.regions[1]).toMatchObject({ group: '五大功能区域', role: '创新极化', parent: '500000' });
    expect(plan.regions[0]?.values['rd-intensity']?.[0]?.value).toBe(1.57);
  });
  it('loadPlanCsv(non-text) reports and does not throw', () => {
    expect(loadPlanCsv(undefined as unknown as string).problems.length).toBeGreaterThan(0);
  });

  it('loadPlanTable reads 专栏1-style tables: blank name header, 序号 skipped, unit from the name, change column ignored', () => {
    const { plan, problems } = loadPlanTable({
      caption: '专栏1 “十二五”科技创新主要发展指标完成情况表',
      head: ['序号', '', '2010 指标值', '2015 指标值', '“十二五”变化'],
      rows: [
        ['1', '科技进步贡献率(%', '47.8', '52.9', '增长5.1个百分点'],
        ['5', '战略性新兴制造业增加值占规模以上工业增加值的比重(%', '——', '13.5', '——'],
      ],
    });
    expect(problems).toEqual([]);
    expect(plan.plan.title).toBe('专栏1 “十二五”科技创新主要发展指标完成情况表');
    expect(plan.indicators.map((i) => [i.id, i.name, i.unit])).toEqual([
      ['row-1', '科技进步贡献率', '%'],
      ['row-2', '战略性新兴制造业增加值占规模以上工业增加值的比重', '%'],
    ]);
    expect(plan.indicators[1]?.observations.map((o) => [o.year.year, o.value, o.text])).toEqual([
      [2010, null, '——'],
      [2015, 13.5, undefined],
    ]);
  });
  it('loadPlanTable reads a 单位 column, 属性, and a 目标 column with the year in its header', () => {
    const { plan } = loadPlanTable({
      caption: '',
      head: ['指标', '单位', '属性', '2015年', '2020年目标值'],
      rows: [['单位GDP能耗', '吨标煤/万元', '约束性', '2.4', '2.0']],
    });
    const i = plan.indicators[0];
    expect(i).toMatchObject({ unit: '吨标煤/万元', attribute: 'binding' });
    expect(i?.target).toMatchObject({ value: 2, year: { year: 2020 } });
  });
  describe('loadPlanTable: which year column holds the targets', () => {
    /** [year label, value, comparator, max, text] of a target; [year, value, text] of observations. */
    const targetOf = (i: Indicator | undefined) =>
      i?.target && [i.target.year?.label, i.target.value, i.target.comparator, i.target.max, i.target.text];
    const observed = (i: Indicator | undefined) =>
      i?.observations.map((o) => [o.year.label, o.value, o.text]);

    it('专栏2 as plans print it (指标 | 单位 | 2015年 | 2020年 | 属性): 2020年 is the target column', () => {
      const { plan, problems } = loadPlanTable({
        caption: '专栏2 “十三五”科技创新发展规划指标',
        head: ['指标', '单位', '2015年', '2020年', '属性'],
        rows: [
          ['研究与试验发展经费投入强度', '%', '1.57', '2.5以上', '预期性'],
          ['技术合同成交额', '亿元', '241.5', '400亿元以上', '预期性'],
          ['新建国家重点实验室', '个', '——', '3~4个', '预期性'],
          ['国家级农业科技园区', '个', '6', '10个左右', '预期性'],
          ['单位地区生产总值能耗', '吨标煤/万元', '0.66', '0.55', '约束性'],
        ],
      });
      expect(problems).toEqual([]);
      expect(plan.indicators.map(targetOf)).toEqual([
        ['2020', 2.5, 'gte', null, '2.5以上'],
        ['2020', 400, 'gte', null, '400亿元以上'],
        ['2020', 3, 'between', 4, '3~4个'],
        ['2020', 10, 'approx', null, '10个左右'],
        ['2020', 0.55, 'eq', null, undefined],
      ]);
      expect(plan.indicators.map(observed)).toEqual([
        [['2015', 1.57, undefined]],
        [['2015', 241.5, undefined]],
        [['2015', null, '——']],
        [['2015', 6, undefined]],
        [['2015', 0.66, undefined]],
      ]);
      expect(plan.indicators.map((i) => i.attribute)).toEqual([
        'expected',
        'expected',
        'expected',
        'expected',
        'binding',
      ]);
    });

    it('a 属性 column alone makes the last year column the target, even with plain numbers', () => {
      const { plan, problems } = loadPlanTable({
        caption: '',
        head: ['序号', '指标', '属性', '2010年', '2015 指标值', '2020 指标值'],
        rows: [['1', '高新技术企业(家)', '预期性', '338', '1035', '3000']],
      });
      expect(problems).toEqual([]);
      expect(targetOf(plan.indicators[0])).toEqual(['2020', 3000, 'eq', null, undefined]);
      expect(observed(plan.indicators[0])).toEqual([
        ['2010', 338, undefined],
        ['2015', 1035, undefined],
      ]);
    });

    it('without 属性, one cell worded as a target (以上, 左右, a range) makes the last column the targets', () => {
      const { plan, problems } = loadPlanTable({
        caption: '',
        head: ['指标', '2015年', '2020年'],
        rows: [
          ['研发投入强度(%)', '1.57', '2.5以上'],
          ['高新技术企业(家)', '1035', '3000'],
        ],
      });
      expect(problems).toEqual([]);
      expect(plan.indicators.map(targetOf)).toEqual([
        ['2020', 2.5, 'gte', null, '2.5以上'],
        ['2020', 3000, 'eq', null, undefined],
      ]);
      expect(plan.indicators.map((i) => i.observations.length)).toEqual([1, 1]);
    });

    it('a table of pure observations (2013年 | 2014年 | 2015年, no 属性, no comparator) stays observations', () => {
      const { plan, problems } = loadPlanTable({
        caption: '研发投入',
        head: ['指标', '单位', '2013年', '2014年', '2015年'],
        rows: [
          ['研究与试验发展经费投入强度', '%', '1.39', '1.42', '1.57'],
          ['技术合同成交额', '亿元', '——', '200.1', '241.5'],
        ],
      });
      expect(problems).toEqual([]);
      expect(plan.indicators.map((i) => i.target)).toEqual([null, null]);
      expect(plan.indicators.map(observed)).toEqual([
        [
          ['2013', 1.39, undefined],
          ['2014', 1.42, undefined],
          ['2015', 1.57, undefined],
        ],
        [
          ['2013', null, '——'],
          ['2014', 200.1, undefined],
          ['2015', 241.5, undefined],
        ],
      ]);
    });

    it('约, 近, 多 and 超过 do not make a target column (measured values are written so): reported instead', () => {
      const { plan, problems } = loadPlanTable({
        caption: '',
        head: ['指标', '2014年', '2015年'],
        rows: [['科技型企业', '近5000家', '6000多家']],
      });
      expect(plan.indicators[0]?.target).toBe(null);
      expect(observed(plan.indicators[0])).toEqual([
        ['2014', 5000, '近5000家'],
        ['2015', 6000, '6000多家'],
      ]);
      expect(problems.map((p) => p.path)).toEqual(['/rows/0/1', '/rows/0/2']);
    });

    it('a comparator or range in an observation column is kept as written and reported, not read as plain', () => {
      const { plan, problems } = loadPlanTable({
        caption: '',
        head: ['指标', '单位', '2015年', '2020年目标'],
        rows: [
          ['研发投入强度', '%', '1.57', '2.5'],
          ['新建国家重点实验室', '个', '3~4个', '6个'],
          ['技术合同成交额', '亿元', '240亿元以上', '400亿元以上'],
        ],
      });
      expect(problems).toEqual([
        {
          path: '/rows/1/2',
          message: expect.stringMatching(
            /^row 2: "3~4个" has a comparator or range in observation column "2015年"; .*Name the column "2015年目标" if it holds targets$/,
          ),
        },
        { path: '/rows/2/2', message: expect.stringContaining('"240亿元以上"') },
      ]);
      expect(observed(plan.indicators[1])).toEqual([['2015', 3, '3~4个']]);
      expect(observed(plan.indicators[2])).toEqual([['2015', 240, '240亿元以上']]);
      expect(plan.indicators.map((i) => i.target?.value)).toEqual([2.5, 6, 400]);
    });

    it('an explicit 目标 column wins: the other year columns stay observations', () => {
      const { plan, problems } = loadPlanTable({
        caption: '',
        head: ['指标', '2015年', '2018年', '2020年目标', '属性'],
        rows: [['研发投入强度(%)', '1.57', '1.9', '2.5以上', '预期性']],
      });
      expect(problems).toEqual([]);
      expect(observed(plan.indicators[0])?.map((o) => o[0])).toEqual(['2015', '2018']);
      expect(targetOf(plan.indicators[0])).toEqual(['2020', 2.5, 'gte', null, '2.5以上']);
    });

    it('no target is invented: one year column, a last column that is not the latest, or 现有 last', () => {
      const read = (head: string[], row: string[]) => loadPlanTable({ caption: '', head, rows: [row] });
      const one = read(['指标', '2020年', '属性'], ['研发投入强度(%)', '2.5', '预期性']);
      const backwards = read(
        ['指标', '2020年', '2015年', '属性'],
        ['研发投入强度(%)', '2.5', '1.57', '预期性'],
      );
      const now = read(['指标', '2015年', '现有', '属性'], ['高新技术企业(家)', '1035', '1500', '预期性']);
      for (const r of [one, backwards, now]) {
        expect(r.problems).toEqual([]);
        expect(r.plan.indicators[0]?.target).toBe(null);
      }
      expect(observed(now.plan.indicators[0])).toEqual([
        ['2015', 1035, undefined],
        ['现有', 1500, undefined],
      ]);
      // 现有 before a dated last column: that column is the target.
      const nowThen = read(
        ['指标', '现有', '2020年', '属性'],
        ['高新技术企业(家)', '1035', '3000', '预期性'],
      );
      expect(targetOf(nowThen.plan.indicators[0])).toEqual(['2020', 3000, 'eq', null, undefined]);
    });

    it('headers take the years CSV takes: “十二五”末, 十三五初, “十三五”末目标, masked 20XX年 (a label)', () => {
      const { plan, problems } = loadPlanTable({
        caption: '',
        head: ['指标', '单位', '“十二五”末', '十三五初', '“十三五”末目标'],
        rows: [['新建国家重点实验室', '个', '2', '2', '3~4个']],
      });
      expect(problems).toEqual([]);
      const i = plan.indicators[0];
      expect(i?.observations.map((o) => [o.year.year, o.year.label])).toEqual([
        [2015, '“十二五”末'],
        [2016, '十三五初'],
      ]);
      expect(i?.target).toMatchObject({ year: { year: 2020, label: '“十三五”末' }, value: 3, max: 4 });

      const masked = loadPlanTable({
        caption: '',
        head: ['指标', '“十二五”末', '20XX年'],
        rows: [['科技型企业(家)', '1035', '3000以上']],
      });
      expect(masked.problems).toEqual([]);
      expect(masked.plan.indicators[0]?.observations[0]?.year).toEqual({
        year: 2015,
        label: '“十二五”末',
        masked: false,
      });
      expect(masked.plan.indicators[0]?.target?.year).toEqual({ year: null, label: '20XX', masked: true });
      expect(masked.plan.indicators[0]?.target?.comparator).toBe('gte');
    });

    it('the same csv and table give the same indicator (“十二五”末 baseline, 3~4 target)', () => {
      const csv = loadPlanCsv(
        'record,id,name,unit,attribute,year,value\nplan,table,表,,,,\nindicator,row-1,新建国家重点实验室,个,预期性,,\n' +
          'observation,row-1,,,,“十二五”末,2\ntarget,row-1,,,,2020年,3~4个\n',
      );
      const table = loadPlanTable({
        caption: '表',
        head: ['指标', '单位', '“十二五”末', '2020年', '属性'],
        rows: [['新建国家重点实验室', '个', '2', '3~4个', '预期性']],
      });
      expect(table.problems).toEqual([]);
      const { target, ...rest } = table.plan.indicators[0]!;
      const { target: csvTarget, ...csvRest } = csv.plan.indicators[0]!;
      expect(rest).toEqual(csvRest);
      expect({ ...target, year: target?.year?.year }).toEqual({ ...csvTarget, year: csvTarget?.year?.year });
    });

    it('dashes in 单位, 属性 and other text columns mean none, as an empty CSV cell', () => {
      const { plan, problems } = loadPlanTable({
        caption: '',
        head: ['指标', '单位', '类别', '2015年', '2020年目标', '属性'],
        rows: [['新建国家重点实验室', '——', '—', '——', '3~4个', '——']],
      });
      const csv = loadPlanCsv(
        'record,id,name,unit,category,attribute,year,value\nplan,table,table,,,,,\n' +
          'indicator,row-1,新建国家重点实验室,,,,,\nobservation,row-1,,,,,2015,——\ntarget,row-1,,,,,2020,3~4个\n',
      );
      expect(problems).toEqual([]);
      // No unit of its own: the target's ("个"), as validatePlan does for the CSV.
      expect(plan.indicators[0]).toMatchObject({ unit: '个', observations: [{ value: null, text: '——' }] });
      expect(plan.indicators[0]?.attribute).toBeUndefined();
      expect(plan.indicators[0]?.category).toBeUndefined();
      expect(plan.indicators).toEqual(csv.plan.indicators);
    });
  });
  it('loadPlanTable detects and reads platform tables', () => {
    const { plan, problems } = loadPlanTable({
      caption: '科技创新平台',
      head: ['类型', '级别', '数量', '年份', '2020年目标'],
      rows: [
        ['重点实验室', '国家级', '24个', '2015', '30个以上'],
        ['企业技术中心', '国家级和省级', '42家', '现有', ''],
      ],
    });
    expect(problems).toEqual([]);
    expect(plan.platforms.map((p) => [p.type, p.level, p.levelLabel, p.count, p.year?.label])).toEqual([
      ['重点实验室', 'national', undefined, 24, '2015'],
      ['企业技术中心', 'unknown', '国家级和省级', 42, '现有'],
    ]);
    expect(plan.platforms[0]?.target).toMatchObject({ value: 30, comparator: 'gte', year: { year: 2020 } });
  });
  it('loadPlanTable detects and reads region tables', () => {
    const { plan, problems } = loadPlanTable(
      { caption: '', head: ['代码', '地区', '2015'], rows: [['500000', '重庆市', '1.57']] },
      { indicator: 'rd-intensity' },
    );
    expect(problems).toEqual([]);
    expect(plan.regions[0]).toMatchObject({ id: '500000', name: '重庆市' });
    expect(plan.regions[0]?.values['rd-intensity']?.[0]).toMatchObject({ value: 1.57, year: { year: 2015 } });
  });
  it('loadPlanTable(bad input) reports and does not throw', () => {
    const r = loadPlanTable(null as unknown as TableData);
    expect(r.problems.map((p) => p.path)).toContain('/head');
  });
  it(`csvRows('a,"b,c"\r\n"say ""hi""",2\n') reads quoted fields, doubled quotes and CRLF`, () => {
    expect(csvRows('a,"b,c"\r\n"say ""hi""",2\n')).toEqual([
      ['a', 'b,c'],
      ['say "hi"', '2'],
    ]);
  });
  it('csvRows keeps line breaks inside quotes and empty fields, one row per line (CR, LF or CRLF)', () => {
    expect(csvRows('"l1\nl2",,x\ry\n\nz')).toEqual([['l1\nl2', '', 'x'], ['y'], [''], ['z']]);
    expect(csvRows('')).toEqual([]);
    expect(csvRows('a,')).toEqual([['a', '']]);
  });
  it('loadPlanCsv works without new Function (strict CSP) and keeps a "__proto__" column harmless', () => {
    const original = globalThis.Function;
    globalThis.Function = function () {
      throw new EvalError('unsafe-eval is blocked');
    } as unknown as FunctionConstructor;
    try {
      const r = loadPlanCsv('record,id,__proto__,name\nplan,p,x,T\nindicator,a,y,A\n');
      expect(r.problems).toEqual([]);
      expect(r.plan.indicators.map((i) => i.name)).toEqual(['A']);
    } finally {
      globalThis.Function = original;
    }
  });
});
