import { describe, expect, it } from 'vitest';
import { joinRegions, normalizeRegionName, regionKeys, type RegionKeys } from '../../src/model/regions.js';
import * as model from '../../src/model/index.js';
import { samplePlanDocument } from '../../src/model/sample-plan.js';

describe('normalizeRegionName', () => {
  const cases: Array<[string, string]> = [
    ['重庆市', '重庆'],
    ['北京市', '北京'],
    ['四川省', '四川'],
    ['新疆维吾尔自治区', '新疆'],
    ['广西壮族自治区', '广西'],
    ['宁夏回族自治区', '宁夏'],
    ['内蒙古自治区', '内蒙古'],
    ['西藏自治区', '西藏'],
    ['香港特别行政区', '香港'],
    ['延边朝鲜族自治州', '延边朝鲜族'],
    ['石柱土家族自治县', '石柱土家族'],
    ['和平区', '和平'],
    ['巫山县', '巫山'],
  ];
  for (const [input, expected] of cases) {
    it(`normalizeRegionName('${input}') strips one suffix → '${expected}'`, () => {
      expect(normalizeRegionName(input)).toBe(expected);
    });
  }
  it("normalizeRegionName('市') and one-character stems are kept whole", () => {
    expect(normalizeRegionName('市')).toBe('市');
    expect(normalizeRegionName('区')).toBe('区');
    expect(normalizeRegionName('沙市')).toBe('沙市');
    expect(normalizeRegionName('A自治区')).toBe('a自治区');
    expect(normalizeRegionName('')).toBe('');
  });
  it('normalizeRegionName strips only ONE suffix', () => {
    expect(normalizeRegionName('某某市区')).toBe('某某市');
    expect(normalizeRegionName('Shanghai City Municipality')).toBe('shanghaicity');
  });
  it('normalizeRegionName reads full-width letters and spaces (NFKC), trims, drops inner spaces', () => {
    expect(normalizeRegionName('ＢＥＩＪＩＮＧ')).toBe('beijing');
    expect(normalizeRegionName('北京　市')).toBe('北京');
    expect(normalizeRegionName('  北 京 市 ')).toBe('北京');
    expect(normalizeRegionName('Ｈｏｎｇ　Ｋｏｎｇ')).toBe('hongkong');
  });
  it('normalizeRegionName strips English suffixes case-insensitively', () => {
    expect(normalizeRegionName('Sichuan Province')).toBe('sichuan');
    expect(normalizeRegionName('Chongqing MUNICIPALITY')).toBe('chongqing');
    expect(normalizeRegionName('Shenzhen City')).toBe('shenzhen');
    expect(normalizeRegionName('Hong Kong SAR')).toBe('hongkong');
    expect(normalizeRegionName('Inner Mongolia')).toBe('innermongolia');
    expect(normalizeRegionName('Velocity')).toBe('velocity');
    expect(normalizeRegionName('X City')).toBe('xcity');
  });
  it('normalizeRegionName never throws on non-strings', () => {
    expect(normalizeRegionName(null as unknown as string)).toBe('');
    expect(normalizeRegionName(42 as unknown as string)).toBe('');
  });
});

interface D {
  id?: string | null;
  name: string;
  aliases?: string[];
}
const dk = (d: D): RegionKeys => ({ id: d.id ?? null, names: [d.name, ...(d.aliases ?? [])] });
const sk = dk;

describe('joinRegions', () => {
  it('joinRegions matches by code first', () => {
    const data = [{ id: '500000', name: 'Somewhere else' }];
    const shapes = [
      { id: '510000', name: 'Somewhere else' },
      { id: ' 500000 ', name: '重庆市' },
    ];
    const join = joinRegions(data, shapes, dk, sk);
    expect(join.pairs).toEqual([{ datum: data[0], shape: shapes[1], by: 'id' }]);
    expect(join.unmatchedShapes).toEqual([shapes[0]]);
  });
  it("joinRegions matches all-digit ids by numeric value ('036' = '36'), other ids exactly", () => {
    const data = [
      { id: '036', name: 'a' },
      { id: 'CN', name: 'b' },
      { id: '0', name: 'c' },
    ];
    const shapes = [
      { id: '36', name: 'x' },
      { id: 'cn', name: 'y' },
      { id: '000', name: 'z' },
    ];
    const join = joinRegions(data, shapes, dk, sk);
    expect(join.pairs.map((p) => [p.datum.id, p.shape.id, p.by])).toEqual([
      ['036', '36', 'id'],
      ['0', '000', 'id'],
    ]);
    expect(join.unmatchedData).toEqual([data[1]]);
    expect(join.unmatchedShapes).toEqual([shapes[1]]);
  });
  it('joinRegions matches by normalized name when ids differ or are missing', () => {
    const data = [{ id: 'cq', name: '重庆市' }, { name: '四川' }];
    const shapes = [
      { id: '510000', name: '四川省' },
      { id: '500000', name: '重庆' },
    ];
    const join = joinRegions(data, shapes, dk, sk);
    expect(join.pairs.map((p) => [p.datum.name, p.shape.id, p.by])).toEqual([
      ['重庆市', '500000', 'name'],
      ['四川', '510000', 'name'],
    ]);
    expect(join.unmatchedData).toEqual([]);
    expect(join.unmatchedShapes).toEqual([]);
  });
  it('joinRegions matches any alias of a datum against any alias of a shape', () => {
    const data = [{ name: 'Nei Mongol', aliases: ['内蒙古'] }];
    const shapes = [{ name: 'Inner Mongolia', aliases: ['内蒙古自治区'] }];
    expect(joinRegions(data, shapes, dk, sk).pairs).toHaveLength(1);
  });
  it('joinRegions matches suffixed and full-width names', () => {
    const data = [{ name: 'ＢＥＩＪＩＮＧ' }, { name: '香港' }, { name: '北京　市' }];
    const shapes = [{ name: 'Beijing Municipality' }, { name: '香港特别行政区' }, { name: '北京' }];
    const join = joinRegions(data, shapes, dk, sk);
    expect(join.pairs.map((p) => shapes.indexOf(p.shape))).toEqual([0, 1, 2]);
  });
  it('joinRegions is one-to-one: a shape matched once is not matched again', () => {
    const data = [{ name: '北京' }, { name: '北京市' }, { name: '北京' }];
    const shapes = [{ name: '北京市' }, { name: '北京' }];
    const join = joinRegions(data, shapes, dk, sk);
    expect(join.pairs.map((p) => [data.indexOf(p.datum), shapes.indexOf(p.shape)])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(join.unmatchedData).toEqual([data[2]]);
    expect(join.unmatchedShapes).toEqual([]);
  });
  it('joinRegions does not reuse a shape taken by id in the name pass', () => {
    const data = [{ name: '重庆市' }, { id: '500000', name: 'x' }];
    const shapes = [{ id: '500000', name: '重庆' }];
    const join = joinRegions(data, shapes, dk, sk);
    expect(join.pairs).toEqual([{ datum: data[1], shape: shapes[0], by: 'id' }]);
    expect(join.unmatchedData).toEqual([data[0]]);
  });
  it('joinRegions reports unmatched in both directions, in input order', () => {
    const data = [{ name: 'c' }, { name: '重庆' }, { name: 'a' }];
    const shapes = [{ name: 'z' }, { name: '重庆市' }, { name: 'y' }];
    const join = joinRegions(data, shapes, dk, sk);
    expect(join.unmatchedData.map((d) => d.name)).toEqual(['c', 'a']);
    expect(join.unmatchedShapes.map((s) => s.name)).toEqual(['z', 'y']);
  });
  it('joinRegions keeps pairs in data order even when ids and names interleave', () => {
    const data = [{ name: '四川' }, { id: '2', name: 'q' }, { name: '贵州' }];
    const shapes = [{ name: '贵州省' }, { id: '02', name: 'p' }, { name: '四川省' }];
    const join = joinRegions(data, shapes, dk, sk);
    expect(join.pairs.map((p) => p.datum)).toEqual(data);
  });
  it('joinRegions never throws on bad input or throwing key functions', () => {
    const bad = joinRegions(null as unknown as D[], undefined as unknown as D[], dk, sk);
    expect(bad).toEqual({ pairs: [], unmatchedData: [], unmatchedShapes: [] });
    const data = [{ name: 'a' }];
    const join = joinRegions(
      data,
      [{ name: 'a' }],
      () => {
        throw new Error('boom');
      },
      () => ({ id: 7 as unknown as string, names: [null, 'a'] as unknown as string[] }),
    );
    expect(join.pairs).toEqual([]);
    expect(join.unmatchedData).toEqual(data);
  });
  it('joinRegions: empty names and empty ids never match each other', () => {
    const join = joinRegions([{ id: '', name: '' }], [{ id: ' ', name: ' ' }], dk, sk);
    expect(join.pairs).toEqual([]);
  });
  it('joinRegions with regionKeys joins the sample plan regions to their names', () => {
    const regions = samplePlanDocument.regions ?? [];
    expect(regions.length).toBe(6);
    const shapes = regions.map((r) => ({
      name: typeof r.name === 'string' ? r.name : (r.name['zh-CN'] ?? ''),
    }));
    const join = joinRegions(regions, shapes, regionKeys, (s) => ({ id: null, names: [s.name] }));
    expect(join.pairs).toHaveLength(6);
    expect(join.pairs.every((p, i) => p.shape === shapes[i])).toBe(true);
  });
  it('regionKeys reads every locale of the name and the aliases', () => {
    expect(
      regionKeys({ id: '500000', name: { 'zh-CN': '重庆市', en: 'Chongqing' }, aliases: ['渝'] }),
    ).toEqual({ id: '500000', names: ['重庆市', 'Chongqing', '渝'] });
  });
  it('model index exports normalizeRegionName, joinRegions and regionKeys', () => {
    expect(model.normalizeRegionName).toBe(normalizeRegionName);
    expect(model.joinRegions).toBe(joinRegions);
    expect(model.regionKeys).toBe(regionKeys);
  });
});
