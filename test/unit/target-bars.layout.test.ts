import { describe, expect, it } from 'vitest';
import {
  arrangeBars,
  filterIndicators,
  layoutBars,
  progressDomain,
} from '../../src/components/target-bars/target-bars.layout.js';
import type { BarRow, BarsScale, BarsScene } from '../../src/components/target-bars/target-bars.layout.js';
import { samplePlanDocument } from '../../src/model/sample-plan.js';
import type { IndicatorInput, PlanDocumentInput } from '../../src/model/types.js';
import { validatePlan } from '../../src/model/validate.js';
import cases from '../fixtures/plans/target-bars-cases.json' with { type: 'json' };

const BAD = /\bNaN\b|\bundefined\b|\bnull\b|\bInfinity\b|\[object/;

function planOf(doc: unknown) {
  const { plan, problems } = validatePlan(doc);
  return { plan, problems };
}

const sample = planOf(samplePlanDocument).plan;
const demo = planOf(cases).plan;

function scene(
  indicators: IndicatorInput[] | null,
  scale: BarsScale = 'row',
  locale = 'zh-CN',
  asOf: number | null = null,
): BarsScene {
  const plan = indicators
    ? planOf({
        version: 1,
        plan: { id: 'p', title: 't', period: '2016-2020' },
        indicators,
      } as PlanDocumentInput).plan
    : demo;
  return layoutBars({ indicators: plan.indicators, locale, scale, period: plan.plan.period, asOf });
}

function one(ind: Partial<IndicatorInput>, scale: BarsScale = 'row', locale = 'zh-CN'): BarRow {
  return scene([{ id: 'x', name: '指标', unit: '%', ...ind } as IndicatorInput], scale, locale).rows[0]!;
}

/** Where each mark sits: the part of a row a snapshot should pin. */
function marks(r: BarRow) {
  return {
    id: r.id,
    status: r.status,
    bar: r.bar && [r.bar.from, r.bar.to],
    regress: r.regress && [r.regress.from, r.regress.to],
    baseline: r.baseline,
    expected: r.expected,
    target: r.target && {
      at: r.target.at,
      c: r.target.comparator,
      band: r.target.band,
      arrow: r.target.arrow,
      filled: r.target.filled,
      hollow: r.target.hollow,
    },
    overflow: r.overflow,
  };
}

function texts(s: BarsScene): string[] {
  return [
    s.caption,
    ...Object.values(s.headers),
    ...s.axis.map((a) => a.label),
    ...(s.notice ? [s.notice.title, ...s.notice.items] : []),
    ...s.rows.flatMap((r) => [
      r.name,
      r.category,
      r.badge,
      r.text,
      ...r.cells.flatMap((c) => [c.value, c.year]),
      ...Object.values(r.labels),
      ...r.chips,
    ]),
  ];
}

const YEARS = {
  observations: [
    { year: 2015, value: 10 },
    { year: 2018, value: 14 },
  ],
};

describe('layoutBars', () => {
  it("layoutBars(sample plan) gives the ten 专栏2 rows in plan order, each 'no-current-data' at its 2015 value", () => {
    const s = layoutBars({
      indicators: sample.indicators,
      locale: 'zh-CN',
      period: sample.plan.period,
      title: sample.plan.title,
    });
    expect(s.rows).toHaveLength(10);
    expect(s.caption).toBe('重庆市科技创新“十三五”规划');
    expect(s.rows.map((r) => r.status)).toEqual(Array(10).fill('no-current-data'));
    const rd = s.rows.find((r) => r.id === 'rd-intensity')!;
    expect(rd.cells).toEqual([
      { value: '1.57%', year: '2015年' },
      { value: '—', year: '' },
      { value: '2.5%', year: '2020年' },
    ]);
    // 1.57 on 0–2.5: the bar ends at 62.8 %, the target at the end; no baseline tick (latest is the baseline).
    expect(rd.bar).toEqual({ from: 0, to: 0.628 });
    expect(rd.target?.at).toBe(1);
    expect(rd.baseline).toBeNull();
    expect(rd.text).toBe('研究与试验发展经费投入强度：基期 1.57%（2015年），2020年目标 2.5%，暂无最新数据');
  });

  it('layoutBars(sample plan) snapshots of both scale modes are deterministic', () => {
    for (const scale of ['row', 'progress'] as const) {
      const a = layoutBars({
        indicators: sample.indicators,
        locale: 'zh-CN',
        scale,
        period: sample.plan.period,
      });
      const b = layoutBars({
        indicators: sample.indicators,
        locale: 'zh-CN',
        scale,
        period: sample.plan.period,
      });
      expect(a).toEqual(b);
      expect(a.rows.map(marks)).toMatchSnapshot(`sample ${scale}`);
    }
  });

  it('layoutBars(demo cases) marks per comparator, direction and scale match the snapshot', () => {
    for (const scale of ['row', 'progress'] as const) {
      const s = scene(null, scale);
      expect({ axis: s.axis, rows: s.rows.map(marks) }).toMatchSnapshot(`cases ${scale}`);
    }
  });

  it("layoutBars: 'eq' is a plain line; 'gte' a filled arrow to the right; 'gt' an open one", () => {
    const eq = one({ ...YEARS, target: { year: 2020, value: 20 } });
    expect(eq.target).toMatchObject({ comparator: 'eq', arrow: 0, band: null });
    const gte = one({ ...YEARS, target: { year: 2020, value: '20%以上' } });
    expect(gte.target).toMatchObject({ comparator: 'gte', arrow: 1, filled: true });
    expect(gte.target!.at).toBeLessThan(1); // headroom on the open side
    const gt = one({ ...YEARS, target: { year: 2020, value: '超过20%' } });
    expect(gt.target).toMatchObject({ comparator: 'gt', arrow: 1, filled: false });
  });

  it("layoutBars: 'lte' points left on an increase indicator and right (better) on a decrease one", () => {
    const up = one({ ...YEARS, target: { year: 2020, value: '20%以下' } });
    expect(up.target?.arrow).toBe(-1);
    const down = one({
      direction: 'decrease',
      observations: [
        { year: 2015, value: 60 },
        { year: 2018, value: 45 },
      ],
      target: { year: 2020, value: '40%以下' },
    });
    expect(down.target?.arrow).toBe(1);
    // Decrease runs from the high end: 60 → 45 moves right, towards the target.
    expect(down.baseline!).toBeLessThan(down.bar!.to);
    expect(down.bar!.to).toBeLessThan(down.target!.at);
  });

  it("layoutBars: 'approx' draws a ±5 % band around the target, 'between' a value–max band", () => {
    const approx = one({ ...YEARS, target: { year: 2020, value: '20%左右' } });
    const [a, b] = approx.target!.band!;
    expect(a).toBeLessThan(approx.target!.at);
    expect(b).toBeGreaterThan(approx.target!.at);
    const between = one({ ...YEARS, target: { year: 2020, value: '18~22%' } });
    expect(between.target!.band![0]).toBe(between.target!.at);
    expect(between.target!.band![1]).toBeGreaterThan(between.target!.at);
  });

  it("layoutBars(scale 'progress') puts every baseline at one x and every target at another", () => {
    const s = scene(null, 'progress');
    const placed = s.rows.filter((r) => r.bar || r.regress);
    expect(placed.length).toBeGreaterThan(5);
    const base = s.axis.find((t) => t.label === '基期')!.at;
    const target = s.axis.find((t) => t.label === '目标')!.at;
    for (const r of placed) {
      expect(r.target!.at).toBe(target);
      if (r.bar) expect(r.bar.from).toBe(base);
    }
    // 163 % (技术合同成交额) is drawn past the target, not hidden.
    const beyond = s.rows.find((r) => r.id === 'tech-contract-turnover')!;
    expect(beyond.bar!.to).toBeGreaterThan(target);
  });

  it('progressDomain([-0.25, 0.5, 1.63]) widens 0…1 to quarter steps and caps at −50 %…200 %', () => {
    expect(progressDomain([])).toEqual([0, 1]);
    expect(progressDomain([0.1 + 0.2 - 0.55, 0.5, 1.63])).toEqual([-0.25, 1.75]);
    expect(progressDomain([-9, 40, NaN])).toEqual([-0.5, 2]);
  });

  it('layoutBars: values beyond the progress cap get an overflow mark and say so', () => {
    const r = one(
      {
        observations: [
          { year: 2015, value: 10 },
          { year: 2018, value: 100 },
        ],
        target: { year: 2020, value: 20 },
      },
      'progress',
    );
    expect(r.overflow).toEqual(['end']);
    expect(r.bar!.to).toBe(1);
    expect(r.text).toContain('超出刻度');
  });

  it("layoutBars: a decrease indicator moving away from its target is 'off-track' with a regress stretch", () => {
    for (const scale of ['row', 'progress'] as const) {
      const r = scene(null, scale).rows.find((x) => x.id === 'energy-intensity')!;
      expect(r.status).toBe('off-track');
      expect(r.regress).not.toBeNull();
      expect(r.regress!.to).toBe(r.baseline);
      expect(r.text).toContain('较基期倒退');
    }
  });

  it("layoutBars: a target-only row has a hollow target, no bar, '—' cells and says 仅有目标", () => {
    for (const scale of ['row', 'progress'] as const) {
      const r = scene(null, scale).rows.find((x) => x.id === 'incubators')!;
      expect(r.status).toBe('target-only');
      expect(r.bar).toBeNull();
      expect(r.target).toMatchObject({ hollow: true, arrow: 1 });
      expect(r.cells.slice(0, 2).map((c) => c.value)).toEqual(['—', '—']);
      expect(r.labels.status).toBe('仅有目标');
    }
  });

  it('layoutBars: a masked target year is shown as written and the row is not placed on the progress axis', () => {
    const row = scene(null, 'row').rows.find((x) => x.id === 'masked')!;
    expect(row.status).toBe('not-assessable');
    expect(row.cells[2]).toEqual({ value: '500亿元', year: '20XX' });
    expect(row.expected).toBeNull();
    const prog = scene(null, 'progress').rows.find((x) => x.id === 'masked')!;
    expect(prog.bar).toBeNull();
    expect(prog.target).toBeNull();
  });

  it('layoutBars: with no baseline before the plan the only observation is both baseline and latest', () => {
    const r = one({ observations: [{ year: 2018, value: 14 }], target: { year: 2020, value: 20 } });
    expect(r.status).toBe('no-current-data');
    expect(r.baseline).toBeNull();
    expect(r.cells[1]!.value).toBe('—');
  });

  it('layoutBars: as-of ignores later observations', () => {
    const s = scene(null, 'row', 'zh-CN', 2016);
    expect(s.rows.find((r) => r.id === 'rd-intensity')!.status).toBe('no-current-data');
  });

  it('layoutBars: relative targets resolve when the base is known and stay chips otherwise', () => {
    const r = scene(null).rows.find((x) => x.id === 'patent-output')!;
    expect(r.chips).toEqual(['翻番（×2）']);
    const unresolved = one({ unit: '件', target: { year: 2020, relative: { type: 'multiple', factor: 2 } } });
    expect(unresolved.status).toBe('not-assessable');
    expect(unresolved.target).toBeNull();
    expect(unresolved.cells[2]!.value).toBe('翻番（×2）');
  });

  it("layoutBars(locale 'en') reads the rows in English with a binding badge", () => {
    const s = scene(null, 'row', 'en');
    expect(s.headers).toEqual({
      name: 'Indicator',
      baseline: 'Baseline',
      latest: 'Latest',
      target: 'Target',
      progress: 'Progress',
      status: 'Status',
    });
    const e = s.rows.find((r) => r.id === 'energy-intensity')!;
    expect(e.badge).toBe('binding');
    expect(e.text).toBe(
      'Energy use per unit of GDP: baseline 2.4 t sce/CNY 10k (2015), latest 2.5 t sce/CNY 10k (2018), 2020 target 2.0 t sce/CNY 10k, off track, progress -25%, expected by now 2.16 t sce/CNY 10k, moved away from the target, binding',
    );
  });

  it('layoutBars never shows NaN/undefined/null and never throws on bad input', () => {
    for (const locale of ['zh-CN', 'en'])
      for (const scale of ['row', 'progress'] as const) {
        for (const s of [
          scene(null, scale, locale),
          layoutBars({ indicators: sample.indicators, locale, scale }),
        ]) {
          for (const t of texts(s)) expect(t).not.toMatch(BAD);
        }
      }
    expect(() => layoutBars(null as never)).not.toThrow();
    const junk = layoutBars({
      indicators: [null, 3, { id: 'x' }] as never,
      locale: 'xx',
      scale: 'nope' as never,
    });
    expect(junk.rows).toHaveLength(1);
    for (const t of texts(junk)) expect(t).not.toMatch(BAD);
  });

  it('layoutBars lists problems in a notice (at most five and a count)', () => {
    const problems = Array.from({ length: 7 }, (_, i) => ({ path: `/indicators/${i}`, message: `问题${i}` }));
    const s = layoutBars({ indicators: [], locale: 'zh-CN', problems });
    expect(s.notice).toEqual({
      title: '数据有问题',
      items: ['问题0', '问题1', '问题2', '问题3', '问题4', '另有2项'],
    });
  });
});

describe('arrangeBars', () => {
  const rows = scene(null).rows;
  const ids = (groups: ReturnType<typeof arrangeBars>) => groups.flatMap((g) => g.rows.map((r) => r.id));

  it("arrangeBars(rows, 'plan') keeps plan order; 'descending' reverses it", () => {
    expect(ids(arrangeBars(rows))).toEqual(rows.map((r) => r.id));
    expect(ids(arrangeBars(rows, 'plan', 'descending'))).toEqual(rows.map((r) => r.id).reverse());
  });

  it("arrangeBars(rows, 'progress') sorts by progress, rows without one last in both directions", () => {
    const asc = ids(arrangeBars(rows, 'progress'));
    expect(asc.slice(0, 3)).toEqual(['energy-intensity', 'high-tech-enterprises', 'national-hi-tech-zones']);
    expect(asc.slice(-3)).toEqual(['incubators', 'patent-output', 'masked']);
    const desc = ids(arrangeBars(rows, 'progress', 'descending'));
    expect(desc[0]).toBe('tech-contract-turnover');
    expect(desc.slice(-3)).toEqual(['incubators', 'patent-output', 'masked']);
  });

  it("arrangeBars(rows, 'status') puts off-track first and unassessed rows last", () => {
    const order = arrangeBars(rows, 'status')[0]!.rows.map((r) => r.status);
    expect(order).toEqual([
      'off-track',
      'behind',
      'on-track',
      'on-track',
      'on-track',
      'achieved',
      'achieved',
      'no-current-data',
      'target-only',
      'not-assessable',
    ]);
    const desc = arrangeBars(rows, 'status', 'descending')[0]!.rows.map((r) => r.status);
    expect(desc.slice(0, 2)).toEqual(['achieved', 'achieved']);
    expect(desc.at(-1)).toBe('not-assessable');
  });

  it("arrangeBars(rows, 'progress', 'ascending', 'category') groups in plan order and sorts inside each group", () => {
    const groups = arrangeBars(rows, 'progress', 'ascending', 'category');
    expect(groups.map((g) => g.label)).toEqual(['创新投入', '创新产出', '绿色发展']);
    expect(groups[2]!.rows.map((r) => r.id)).toEqual(['energy-intensity', 'pm25']);
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(rows.length);
  });

  it("arrangeBars(rows, 'name') sorts by indicator name with the locale's numeric collation", () => {
    const named = ['指标10', '指标2', 'b', 'A', '指标1'].map((name, index) => ({
      ...rows[0]!,
      id: `r${index}`,
      name,
      index,
    }));
    // zh-CN collation puts Han before Latin; en the other way round. Numbers by value in both.
    expect(arrangeBars(named, 'name')[0]!.rows.map((r) => r.name)).toEqual([
      '指标1',
      '指标2',
      '指标10',
      'A',
      'b',
    ]);
    expect(arrangeBars(named, 'name', 'descending', null, 'en')[0]!.rows.map((r) => r.name)).toEqual([
      '指标10',
      '指标2',
      '指标1',
      'b',
      'A',
    ]);
    // Same names keep plan order; a bogus locale does not throw.
    const twins = named.map((r) => ({ ...r, name: 'x' }));
    expect(ids(arrangeBars(twins, 'name', 'descending', null, 'not a locale!'))).toEqual(
      twins.map((r) => r.id),
    );
  });

  it('arrangeBars never throws on bad input', () => {
    expect(arrangeBars(null as never)).toEqual([{ label: '', rows: [] }]);
    expect(ids(arrangeBars(rows, 'bogus' as never))).toEqual(rows.map((r) => r.id));
  });
});

describe('filterIndicators', () => {
  it("filterIndicators(ids 'b,a,zz') keeps the listed order and reports the unknown id", () => {
    const r = filterIndicators(demo.indicators, { ids: 'pm25, rd-intensity,zz' });
    expect(r.indicators.map((i) => i.id)).toEqual(['pm25', 'rd-intensity']);
    expect(r.problems).toEqual([{ path: '/indicators', message: '计划中没有指标“zz”' }]);
  });

  it("filterIndicators(category, attribute '约束性') matches any locale's category and the attribute", () => {
    expect(filterIndicators(demo.indicators, { category: 'Green development' }).indicators).toHaveLength(2);
    expect(
      filterIndicators(demo.indicators, { category: '绿色发展', attribute: '约束性' }).indicators,
    ).toHaveLength(2);
    expect(filterIndicators(demo.indicators, { attribute: 'binding' }).indicators.map((i) => i.id)).toEqual([
      'energy-intensity',
      'pm25',
    ]);
    expect(filterIndicators(null as never, {}).indicators).toEqual([]);
  });

  it('filterIndicators says why no row is left: an empty plan, or a filter nothing matches', () => {
    expect(filterIndicators([], {}).problems).toEqual([{ path: '/indicators', message: '没有可显示的指标' }]);
    expect(filterIndicators([], {}, 'en').problems[0]!.message).toBe('no indicators to show');
    expect(filterIndicators(demo.indicators, { category: '月球' }).problems[0]!.message).toBe(
      '没有可显示的指标',
    );
    expect(filterIndicators(demo.indicators, {}).problems).toEqual([]);
  });
});
