import { describe, expect, it } from 'vitest';
import { layoutRegionMap, regionIndicators } from '../../src/components/region-map/region-map.layout.js';
import type { MapShape } from '../../src/components/region-map/region-map.layout.js';
import { CHINA_PROVINCE_GRID } from '../../src/geo/tile-grid.js';
import { loadPlanTable } from '../../src/model/loaders.js';
import { samplePlanDocument } from '../../src/model/sample-plan.js';
import type { PlanDocumentInput } from '../../src/model/types.js';
import { validatePlan } from '../../src/model/validate.js';

const grid: MapShape[] = CHINA_PROVINCE_GRID.map((t) => ({
  id: t.id,
  name: null,
  label: t.name!,
  aliases: t.aliases ?? [],
}));

function plan(values: Record<string, number | string | null>, extra: Partial<PlanDocumentInput> = {}) {
  const doc: PlanDocumentInput = {
    version: 1,
    plan: { id: 't', title: '测试' },
    indicators: [{ id: 'rd', name: { 'zh-CN': '研发投入强度', en: 'R&D intensity' }, unit: '%' }],
    regions: Object.entries(values).map(([name, value], k) => ({
      id: `r${k}`,
      name,
      values: { rd: [{ year: 2020, value: value as number }] },
    })),
    ...extra,
  };
  return validatePlan(doc).plan;
}

describe('layoutRegionMap', () => {
  it('layoutRegionMap joins by name (suffixes, short names) and ranks best first with shared ranks for ties', () => {
    const scene = layoutRegionMap({
      plan: plan({ 北京市: 6.4, 上海: 4.2, 广东省: 4.2, 重庆: 2.1 }),
      shapes: grid,
      locale: 'zh-CN',
    });
    expect(scene.mode).toBe('numeric');
    expect(scene.ranking.map((i) => [i.id, i.rank])).toEqual([
      ['110000', 1],
      ['310000', 2],
      ['440000', 2],
      ['500000', 4],
    ]);
    expect(scene.items.find((i) => i.id === '310000')!.text).toBe('上海：4.2%，2020年，第2位（共4个）');
    expect(scene.items.find((i) => i.id === '120000')!.text).toBe('天津市：无数据');
    expect(scene.shapesWithoutData).toHaveLength(30);
    expect(scene.unplaced).toEqual([]);
    expect(scene.summary).toBe('研发投入强度 2020年：4个地区有数据，最高为北京市 6.4%，最低为重庆 2.1%。');
  });

  it('layoutRegionMap ranks lower-is-better indicators ascending', () => {
    const p = plan({ 北京: 1, 上海: 3, 天津: 2 });
    p.indicators[0]!.direction = 'decrease';
    const scene = layoutRegionMap({ plan: p, shapes: grid, locale: 'en' });
    expect(scene.ranking.map((i) => i.name)).toEqual(['Beijing', 'Tianjin', 'Shanghai']);
    expect(scene.ranking[0]!.rankText).toBe('rank 1 of 3');
  });

  it('layoutRegionMap lists data without a shape as unplaced and reports it; never NaN', () => {
    const scene = layoutRegionMap({
      plan: plan({ 北京: 1, 火星: 2, 月球: 'abc' }),
      shapes: grid,
      locale: 'zh-CN',
    });
    expect(scene.unplaced.map((u) => [u.name, u.valueText, u.why])).toEqual([['火星', '2%', 'no-shape']]);
    expect(scene.problems.map((p) => p.message)).toEqual(['数据中的区域在图上找不到：火星']);
    expect(JSON.stringify(scene)).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('layoutRegionMap labels numeric classes with formatted bounds and keeps a no-data entry', () => {
    const scene = layoutRegionMap({
      plan: plan({ 北京: 1, 上海: 2, 天津: 3, 重庆: 4 }),
      shapes: grid,
      locale: 'zh-CN',
      method: 'threshold',
      breaks: [2, 3],
    });
    expect(scene.legend.map((l) => [l.label, l.count])).toEqual([
      ['< 2%', 1],
      ['2%–3%', 1],
      ['≥ 3%', 2],
    ]);
    expect(scene.noData).toMatchObject({ label: '无数据', count: 30 });
  });

  it('layoutRegionMap labels a class of one value as that value ("1.57%", not "1.57%–1.57%")', () => {
    const scene = layoutRegionMap({ plan: plan({ 重庆: 1.57 }), shapes: grid, locale: 'zh-CN' });
    expect(scene.legend.map((l) => [l.label, l.count])).toEqual([['1.57%', 1]]);
  });

  it('layoutRegionMap picks the year asked for, else the latest year any region gives', () => {
    const doc: PlanDocumentInput = {
      version: 1,
      plan: { id: 't', title: 't' },
      indicators: [{ id: 'rd', name: 'rd', unit: '%' }],
      regions: [
        {
          id: '110000',
          name: '北京',
          values: {
            rd: [
              { year: 2015, value: 5 },
              { year: 2020, value: 6 },
            ],
          },
        },
        { id: '310000', name: '上海', values: { rd: [{ year: 2015, value: 3 }] } },
      ],
    };
    const p = validatePlan(doc).plan;
    const latest = layoutRegionMap({ plan: p, shapes: grid, locale: 'zh-CN' });
    expect(latest.subtitle).toBe('%，2020年');
    expect(latest.ranking.map((i) => i.valueText)).toEqual(['6%']);
    const y2015 = layoutRegionMap({ plan: p, shapes: grid, locale: 'zh-CN', year: 2015 });
    expect(y2015.ranking.map((i) => i.valueText)).toEqual(['5%', '3%']);
  });

  it('layoutRegionMap colours the Chongqing zones by role when no drawn region has values, the parent as context', () => {
    const p = validatePlan(samplePlanDocument).plan;
    const zones: MapShape[] = ['cq-core', 'cq-expansion', 'cq-new-urban', 'cq-northeast', 'cq-southeast'].map(
      (id) => ({ id, name: null }),
    );
    const scene = layoutRegionMap({ plan: p, shapes: zones, locale: 'zh-CN' });
    expect(scene.mode).toBe('categorical');
    expect(scene.legend).toHaveLength(3);
    expect(scene.title).toBe('重庆市科技创新“十三五”规划');
    expect(scene.unplaced.map((u) => [u.id, u.why])).toEqual([['500000', 'parent']]);
    expect(scene.problems).toEqual([]);
    // On the China grid, 重庆市 itself has a value: the map is numeric.
    expect(layoutRegionMap({ plan: p, shapes: grid, locale: 'zh-CN' }).mode).toBe('numeric');
  });

  it('layoutRegionMap reports an indicator the regions do not give', () => {
    const scene = layoutRegionMap({ plan: plan({ 北京: 1 }), shapes: grid, locale: 'en', indicator: 'nope' });
    expect(scene.problems[0]!.message).toBe('no region has values for indicator "nope"; the regions give rd');
    expect(regionIndicators(plan({ 北京: 1 }))).toEqual(['rd']);
  });

  it('layoutRegionMap with no plan draws nothing; with no shapes ranks the data alone; never throws', () => {
    expect(layoutRegionMap({ plan: null, shapes: grid, locale: 'zh-CN' }).mode).toBe('none');
    // No shapes (geometry failed): the regions stand for themselves, so ranking and table still show the data.
    const alone = layoutRegionMap({ plan: plan({ 北京: 1 }), shapes: [], locale: 'zh-CN' });
    expect(alone.ranking.map((i) => i.text)).toEqual(['北京：1%，2020年，第1位（共1个）']);
  });
});

describe('loadPlanTable (regions)', () => {
  it('loadPlanTable reads a region table whose value column is named by the indicator and its unit', () => {
    const { plan: doc, problems } = loadPlanTable({
      caption: '',
      head: ['地区', '研发投入强度(%)'],
      rows: [
        ['北京', '6.44'],
        ['上海', '4.21'],
      ],
    });
    expect(problems).toEqual([]);
    expect(doc.indicators).toEqual([
      expect.objectContaining({ id: 'value', name: '研发投入强度', unit: '%' }),
    ]);
    expect(doc.regions.map((r) => [r.name, r.values.value![0]!.value])).toEqual([
      ['北京', 6.44],
      ['上海', 4.21],
    ]);
  });
});
