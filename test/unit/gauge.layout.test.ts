import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { indicatorFromAttributes } from '../../src/components/gauge/gauge.indicator.js';
import { gaugeDomain, layoutGauge, textEm } from '../../src/components/gauge/gauge.layout.js';
import type { GaugeScene, GaugeVariant } from '../../src/components/gauge/gauge.layout.js';
import { nice } from '../../src/components/gauge/gauge.nice.js';
import { assessIndicator } from '../../src/model/assess.js';
import { samplePlanDocument } from '../../src/model/sample-plan.js';
import type { Comparator, Direction, Indicator } from '../../src/model/types.js';
import { validatePlan } from '../../src/model/validate.js';

const { plan } = validatePlan(samplePlanDocument);
const period = plan.plan.period;

function fromPlan(id: string, locale = 'zh-CN', variant: GaugeVariant = 'arc', width = 240): GaugeScene {
  const indicator = plan.indicators.find((i) => i.id === id)!;
  const assessment = assessIndicator(indicator, { period });
  return layoutGauge({ indicator, assessment, locale, variant, width });
}

function fromAttrs(
  attrs: Record<string, unknown>,
  variant: GaugeVariant = 'arc',
  locale = 'zh-CN',
  width = 240,
) {
  const input = indicatorFromAttributes(attrs, locale);
  const assessment = input.indicator ? assessIndicator(input.indicator, {}) : null;
  return layoutGauge({
    indicator: input.indicator,
    assessment,
    locale,
    variant,
    width,
    min: input.min,
    max: input.max,
    problems: input.problems,
  });
}

/** The positions a reader sees: where each mark sits along the track. */
function marks(scene: GaugeScene) {
  return {
    domain: scene.domain,
    value: scene.value && [scene.value.s, scene.value.at],
    target: scene.target && [scene.target.s, scene.target.at, scene.target.arrow?.dir ?? 0],
    band: scene.target?.band ? [scene.target.band.from, scene.target.band.to] : null,
    baseline: scene.baseline && [scene.baseline.s, scene.baseline.at],
    expected: scene.expected && [scene.expected.s, scene.expected.at],
    status: scene.status,
  };
}

/** Every string a reader could see or hear. */
function texts(scene: GaugeScene): string[] {
  return [
    ...Object.values(scene.labels),
    ...scene.chips,
    scene.badge,
    scene.aria.text,
    scene.valueText?.text ?? '',
    ...(scene.notice ? [scene.notice.title, ...scene.notice.items] : []),
  ];
}

describe('nice', () => {
  it('nice(a, b, 5) matches scaleLinear().domain([a, b]).nice(5)', () => {
    const cases: Array<[number, number]> = [
      [0, 2.5],
      [1.27, 2.5],
      [52.19, 60.71],
      [0, 3000],
      [0.88, 1.25],
      [-6.5, 11.5],
      [0.0013, 0.0021],
      [38915, 41000],
    ];
    for (const [a, b] of cases) {
      expect(nice(a, b, 5)).toEqual(scaleLinear().domain([a, b]).nice(5).domain());
    }
  });
});

describe('gaugeDomain', () => {
  it('gaugeDomain([1.57, 2.5]) is 0–2.5, not 0–100: 1.57 % is no sliver', () => {
    expect(gaugeDomain([1.57, 2.5])).toEqual([0, 2.5]);
  });
  it('gaugeDomain([52.9, 60]) leaves zero out when it is far and pads the data', () => {
    expect(gaugeDomain([52.9, 60])).toEqual([52, 62]);
  });
  it('gaugeDomain() keeps explicit min and max exactly', () => {
    expect(gaugeDomain([1.57, 2.5], 0, 100)).toEqual([0, 100]);
    expect(gaugeDomain([1.57, 2.5], 1, null)).toEqual([1, 3]);
  });
  it('gaugeDomain() of one value, no value, and negative values', () => {
    expect(gaugeDomain([3000])).toEqual([0, 3000]);
    expect(gaugeDomain([])).toEqual([0, 1]);
    expect(gaugeDomain([0])).toEqual([0, 1]);
    expect(gaugeDomain([-5, 10])).toEqual([-10, 15]);
    expect(gaugeDomain([-3, -2])).toEqual([-3, 0]);
    expect(gaugeDomain([-9, -2])).toEqual([-10, 0]);
    expect(gaugeDomain([NaN, Infinity, 4])).toEqual([0, 4]);
  });
});

describe('layoutGauge', () => {
  it('layoutGauge() of rd-intensity (Chongqing 专栏2) draws 1.57 % on 0–2.5 with the target at the end', () => {
    const scene = fromPlan('rd-intensity');
    expect(marks(scene)).toMatchInlineSnapshot(`
      {
        "band": null,
        "baseline": null,
        "domain": [
          0,
          2.5,
        ],
        "expected": null,
        "status": "no-current-data",
        "target": [
          1,
          90,
          0,
        ],
        "value": [
          0.628,
          23.04,
        ],
      }
    `);
    expect(scene.aria).toMatchInlineSnapshot(`
      {
        "max": 2.5,
        "min": 0,
        "now": 1.57,
        "text": "研究与试验发展经费投入强度 1.57%（2015年），2020年目标 2.5%，暂无最新数据",
      }
    `);
  });

  it('layoutGauge() reads the whole story in aria-valuetext, in zh-CN and en', () => {
    expect(fromPlan('rd-intensity').aria.text).toBe(
      '研究与试验发展经费投入强度 1.57%（2015年），2020年目标 2.5%，暂无最新数据',
    );
    expect(fromPlan('rd-intensity', 'en').aria.text).toBe(
      'R&D expenditure intensity (R&D spending as share of GDP) 1.57% (2015), 2020 target 2.5%, no current data',
    );
  });

  it('layoutGauge() formats the target label "目标 ≥2.5%（2020年）" and its English twin', () => {
    const attrs = {
      value: '1.8',
      year: '2018',
      baseline: '1.57',
      baselineYear: '2015',
      target: '2.5%以上',
      targetYear: '2020',
    };
    const zh = fromAttrs(attrs);
    expect(zh.labels).toMatchInlineSnapshot(`
      {
        "baseline": "基期 1.57%（2015年）",
        "expected": "此时应达 2.13%",
        "overflow": "",
        "pace": "需年均 +0.35个百分点，此前年均 +0.08个百分点",
        "regress": "",
        "status": "滞后",
        "target": "目标 ≥2.5%（2020年）",
        "title": "",
        "value": "1.8%",
        "valueYear": "（2018年）",
      }
    `);
    const en = fromAttrs(attrs, 'arc', 'en');
    expect(en.labels).toMatchInlineSnapshot(`
      {
        "baseline": "Baseline 1.57% (2015)",
        "expected": "Expected by now 2.13%",
        "overflow": "",
        "pace": "needs +0.35 pp a year; was +0.08 pp a year",
        "regress": "",
        "status": "behind",
        "target": "Target ≥2.5% (2020)",
        "title": "",
        "value": "1.8%",
        "valueYear": "(2018)",
      }
    `);
    expect(en.aria.text).toBe('1.8% (2018), baseline 1.57% (2015), 2020 target at least 2.5%, behind');
  });

  const comparators: Comparator[] = ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'between'];
  const directions: Direction[] = ['increase', 'decrease'];
  const variants: GaugeVariant[] = ['arc', 'ring', 'linear'];
  it('layoutGauge() places value, target, baseline and expected tick for each comparator, direction and variant', () => {
    const table: Record<string, unknown> = {};
    for (const variant of variants) {
      for (const direction of directions) {
        for (const comparator of comparators) {
          const up = direction === 'increase';
          const scene = fromAttrs(
            {
              baseline: up ? '40' : '80',
              baselineYear: '2015',
              value: up ? '55' : '65',
              year: '2018',
              target: '70',
              targetMax: comparator === 'between' ? '75' : undefined,
              targetYear: '2020',
              comparator,
              direction,
            },
            variant,
          );
          table[`${variant} ${direction} ${comparator}`] = marks(scene);
        }
      }
    }
    expect(table).toMatchSnapshot();
  });

  it('layoutGauge() draws gte as an open-ended arrow pointing up the scale, and mirrored for decrease', () => {
    const inc = fromAttrs({ value: '55', target: '70', comparator: 'gte' });
    expect(inc.target?.arrow?.dir).toBe(1);
    expect(inc.target?.arrow?.filled).toBe(true);
    const gt = fromAttrs({ value: '55', target: '70', comparator: 'gt' });
    expect(gt.target?.arrow?.filled).toBe(false);
    const lte = fromAttrs({ value: '55', target: '70', comparator: 'lte' });
    expect(lte.target?.arrow?.dir).toBe(-1);
    const dec = fromAttrs({ value: '2.4', target: '2', comparator: 'lte', direction: 'decrease' });
    expect(dec.reversed).toBe(true);
    expect(dec.target?.arrow?.dir).toBe(1);
    expect(fromAttrs({ value: '55', target: '70' }).target?.arrow).toBeNull();
  });

  it('layoutGauge() draws approx as a ±5 % band and between as a min–max band', () => {
    const approx = fromAttrs({ value: '50', target: '100', comparator: 'approx' }, 'linear');
    expect(approx.domain).toEqual([0, 120]);
    expect(approx.target?.band).toMatchObject({ from: 0.7917, to: 0.875 });
    const between = fromAttrs({ value: '2', target: '3~4个' }, 'linear');
    expect(between.target?.band).toMatchObject({ from: 0.75, to: 1 });
  });

  it('layoutGauge() starts the value at the domain start (increase) and at the high end (decrease)', () => {
    const up = fromAttrs({ value: '1', target: '4', min: '0', max: '4' }, 'linear', 'zh-CN', 200);
    expect(up.value?.d).toBe('M10,16h45v10h-45Z');
    const down = fromAttrs(
      { value: '3', target: '1', min: '0', max: '4', direction: 'decrease' },
      'linear',
      'zh-CN',
      200,
    );
    expect(down.value?.s).toBe(0.25);
    expect(down.target?.s).toBe(0.75);
  });

  it('layoutGauge() clamps a value beyond max with an overflow mark and says so', () => {
    const zh = fromAttrs({ value: '2.4', target: '2', min: '0', max: '2' });
    expect(zh.value?.s).toBe(1);
    expect(zh.overflow).toHaveLength(1);
    expect(zh.overflow[0]).toMatchObject({ which: 'value', side: 'end' });
    expect(zh.overflow[0]?.d).toMatch(/^M[\d.,LZ ]+$/);
    expect(zh.aria.now).toBe(2);
    expect(zh.labels.overflow).toBe('超出刻度上限，已截断显示');
    expect(zh.aria.text).toContain('超出刻度上限');
    const en = fromAttrs({ value: '-1', target: '2', min: '0', max: '2' }, 'arc', 'en');
    expect(en.overflow[0]).toMatchObject({ side: 'start' });
    expect(en.labels.overflow).toBe('below the bottom of the scale, clipped');
  });

  it('layoutGauge() shows movement away from the target as a regress stretch', () => {
    const scene = fromAttrs({
      baseline: '1.57',
      baselineYear: '2015',
      value: '1.4',
      year: '2018',
      target: '2.5',
      targetYear: '2020',
    });
    expect(scene.status).toBe('off-track');
    expect(scene.regress).toMatchObject({ from: scene.value!.s, to: scene.baseline!.s });
    expect(scene.labels.regress).toBe('较基期倒退');
    expect(scene.aria.text).toContain('偏离');
  });

  it('layoutGauge() puts the expected tick at baseline + expected × (target − baseline)', () => {
    const scene = fromAttrs(
      { baseline: '40', baselineYear: '2015', value: '55', year: '2018', target: '70', targetYear: '2020' },
      'linear',
    );
    expect(scene.expected?.value).toBe(58);
    expect(scene.status).toBe('on-track');
    expect(scene.labels.expected).toBe('此时应达 58');
  });

  it('layoutGauge() of a target-only indicator has no value arc and valuenow at the minimum', () => {
    const scene = fromAttrs({ target: '3000', targetYear: '2020', unit: '家', label: '高新技术企业' });
    expect(scene.status).toBe('target-only');
    expect(scene.value).toBeNull();
    expect(scene.aria).toEqual({
      min: 0,
      max: 3000,
      now: 0,
      text: '高新技术企业 暂无数据，2020年目标 3000家，仅有目标',
    });
  });

  it('layoutGauge() shows an unresolved relative target as a chip, never as a bar', () => {
    const scene = fromAttrs({ target: '翻番', label: '企业研发投入' });
    expect(scene.status).toBe('not-assessable');
    expect(scene.target).toBeNull();
    expect(scene.chips).toEqual(['翻番（×2）']);
    expect(scene.labels.target).toBe('目标 翻番（×2）');
  });

  it('layoutGauge() shows the binding badge and the notice of problems', () => {
    const scene = fromAttrs(
      { value: 'abc', target: '2', attribute: 'binding', min: '3', max: '1' },
      'arc',
      'en',
    );
    expect(scene.badge).toBe('binding');
    expect(scene.notice?.title).toBe('Data problems');
    expect(scene.notice?.items).toEqual([
      'value "abc" is not a number; ignored',
      'min 3 is not below max 1; the data range is used instead',
    ]);
  });

  it('layoutGauge() hides secondary labels below 180 px and fits the value in the arc', () => {
    const narrow = fromPlan('tech-contract-turnover', 'zh-CN', 'arc', 120);
    expect(narrow.compact).toBe(true);
    expect(narrow.width).toBe(120);
    const inner = narrow.width / 2 - 12 - Math.max(8, Math.min(24, (narrow.width / 2 - 12) * 0.2));
    expect(textEm(narrow.valueText!.text) * narrow.valueText!.size).toBeLessThanOrEqual(1.7 * inner + 0.01);
    const wide = fromPlan('tech-contract-turnover', 'zh-CN', 'arc', 600);
    expect(wide.wide).toBe(true);
    expect(wide.compact).toBe(false);
  });

  it('layoutGauge() gives each variant its geometry (arc −90°…90°, ring 0…360°, linear x)', () => {
    const attrs = { value: '1', target: '4', min: '0', max: '4' };
    expect(fromAttrs(attrs, 'arc').value?.at).toBe(-45);
    expect(fromAttrs(attrs, 'ring').value?.at).toBe(90);
    expect(fromAttrs(attrs, 'linear').value?.at).toBe(65);
    expect(fromAttrs(attrs, 'arc').track).toMatchInlineSnapshot(
      `"M12,120A108,108 0 0 1 228,120L206.4,120A86.4,86.4 0 0 0 33.6,120Z"`,
    );
    expect(fromAttrs(attrs, 'ring').track).toMatchInlineSnapshot(
      `"M120,12A108,108 0 1 1 120,228A108,108 0 1 1 120,12ZM120,33.6A86.4,86.4 0 1 1 120,206.4A86.4,86.4 0 1 1 120,33.6Z"`,
    );
  });

  it('layoutGauge() rounds every path number to 2 decimals', () => {
    const scene = fromPlan('rd-intensity', 'zh-CN', 'ring', 173);
    const paths = [scene.track, scene.value?.d, scene.target?.d].join(' ');
    for (const n of paths.match(/-?\d+(\.\d+)?/g) ?? [])
      expect(n.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
  });

  it('layoutGauge() of the ten Chongqing 专栏2 indicators never shows NaN, undefined, null or Infinity', () => {
    const ids = plan.indicators.slice(0, 10).map((i) => i.id);
    expect(ids).toHaveLength(10);
    for (const id of ids) {
      for (const locale of ['zh-CN', 'en']) {
        for (const variant of variants) {
          const scene = fromPlan(id, locale, variant);
          for (const t of texts(scene)) expect(t).not.toMatch(/NaN|undefined|null|Infinity/);
          expect(scene.domain[0]).toBeLessThan(scene.domain[1]);
        }
      }
    }
  });

  it('layoutGauge() never throws and stays readable on garbage', () => {
    const bad = [
      null,
      {},
      { indicator: null, assessment: null, locale: 'xx', variant: 'pie', width: NaN },
      {
        indicator: { observations: 'x', target: 5 } as unknown as Indicator,
        assessment: null,
        locale: 'en',
        variant: 'arc',
        width: -4,
      },
    ];
    for (const input of bad) {
      const scene = layoutGauge(input as never);
      for (const t of texts(scene)) expect(t).not.toMatch(/NaN|undefined|null|Infinity/);
      expect(Number.isFinite(scene.aria.now)).toBe(true);
    }
  });
});
