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
