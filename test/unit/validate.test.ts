import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/model/validate.js';
import { samplePlanDocument } from '../../src/model/sample-plan.js';
import type { Problem } from '../../src/model/types.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url), 'utf8'));

function doc(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, plan: { id: 'p', title: 'T' }, ...extra };
}
function ind(fields: Record<string, unknown>): Record<string, unknown> {
  return doc({ indicators: [{ id: 'x', name: 'X', ...fields }] });
}
const paths = (problems: Problem[]): string[] => problems.map((p) => p.path);

describe('validatePlan', () => {
  it('validatePlan(samplePlanDocument) reads the sample plan without problems', () => {
    const { plan, problems } = validatePlan(samplePlanDocument);
    expect(problems).toEqual([]);
    expect(plan.plan.id).toBe('cq-sti-13fyp');
    expect(plan.plan.period).toEqual({ start: 2016, end: 2020 });
    expect(plan.indicators).toHaveLength(10);
    const rd = plan.indicators.find((i) => i.id === 'rd-intensity');
    expect(rd?.observations.map((o) => [o.year.year, o.value])).toEqual([
      [2010, 1.27],
      [2015, 1.57],
    ]);
    expect(rd?.target).toMatchObject({ value: 2.5, comparator: 'eq', year: { year: 2020 } });
  });

  it('validatePlan(fixtures) reads the valid fixtures without problems', () => {
    for (const name of ['small-plan.json', 'masked-years.json', 'relative-targets.json']) {
      expect(validatePlan(fixture(name)).problems, name).toEqual([]);
    }
  });

  it('validatePlan(not an object) reports at path "" and returns an empty plan', () => {
    for (const input of [null, 42, [], 'not json', undefined]) {
      const { plan, problems } = validatePlan(input);
      expect(paths(problems)).toEqual(['']);
      expect(plan.indicators).toEqual([]);
    }
  });
  it('validatePlan(JSON text) parses the text first', () => {
    expect(validatePlan(JSON.stringify(doc())).problems).toEqual([]);
  });

  it('validatePlan reports a missing or unknown version and still reads the document', () => {
    const missing = validatePlan({ plan: { id: 'p', title: 'T' }, indicators: [{ id: 'a', name: 'A' }] });
    expect(paths(missing.problems)).toEqual(['/version']);
    expect(missing.plan.indicators).toHaveLength(1);
    const two = validatePlan({ ...doc(), version: 2 });
    expect(two.problems[0]?.message).toMatch(/version 2 is not supported.*1/);
  });

  it('validatePlan reports a missing plan id and title', () => {
    expect(paths(validatePlan({ version: 1, plan: {} }).problems)).toEqual(['/plan/id', '/plan/title']);
    expect(paths(validatePlan({ version: 1 }).problems)).toEqual(['/plan']);
  });

  it('validatePlan keeps the first of duplicate indicator, platform and region ids', () => {
    const { plan, problems } = validatePlan(
      doc({
        indicators: [
          { id: 'a', name: 'first' },
          { id: 'a', name: 'second' },
        ],
        platforms: [
          { id: 'p', type: 'first' },
          { id: 'p', type: 'second' },
        ],
        regions: [
          { id: '500000', name: '重庆市' },
          { id: '500000', name: '重庆' },
        ],
      }),
    );
    expect(plan.indicators.map((i) => i.name)).toEqual(['first']);
    expect(plan.platforms.map((p) => p.type)).toEqual(['first']);
    expect(plan.regions.map((r) => r.name)).toEqual(['重庆市']);
    expect(paths(problems)).toEqual(['/indicators/1/id', '/platforms/1/id', '/regions/1/id']);
    expect(problems[0]?.message).toMatch(/used twice.*first is kept/);
  });

  it('validatePlan requires [a-z0-9-]+ for indicator ids only', () => {
    const { problems } = validatePlan(
      doc({
        indicators: [{ id: 'RD_Intensity', name: 'x' }],
        platforms: [{ id: 'Key Labs 国家级', type: 'x' }],
        regions: [{ id: '500000', name: 'x' }],
      }),
    );
    expect(paths(problems)).toEqual(['/indicators/0/id']);
    expect(problems[0]?.message).toMatch(/a-z, 0-9 and "-"/);
  });

  it('validatePlan reports an unknown comparator and says which are allowed', () => {
    const { plan, problems } = validatePlan(ind({ target: { year: 2020, value: 3, comparator: 'ge' } }));
    expect(problems).toEqual([
      {
        path: '/indicators/0/target/comparator',
        message: 'comparator "ge" is not one of eq, gte, gt, lte, lt, approx, between',
      },
    ]);
    expect(plan.indicators[0]?.target?.comparator).toBe('eq');
  });

  it('validatePlan reports unknown direction, attribute and kind and uses the defaults', () => {
    const { plan, problems } = validatePlan(
      ind({ direction: 'up', attribute: 'wish', observations: [{ year: 2015, value: 1, kind: 'guess' }] }),
    );
    expect(paths(problems)).toEqual([
      '/indicators/0/direction',
      '/indicators/0/observations/0/kind',
      '/indicators/0/attribute',
    ]);
    expect(problems[0]?.message).toBe('direction "up" is not one of increase, decrease');
    const i = plan.indicators[0];
    expect(i?.direction).toBe('increase');
    expect(i?.attribute).toBeUndefined();
    expect(i?.observations[0]?.kind).toBe('actual');
  });

  it('validatePlan reads 预期性/约束性 as expected/binding', () => {
    const { plan, problems } = validatePlan(
      doc({
        indicators: [
          { id: 'a', name: 'A', attribute: '约束性' },
          { id: 'b', name: 'B', attribute: '预期性' },
        ],
      }),
    );
    expect(problems).toEqual([]);
    expect(plan.indicators.map((i) => i.attribute)).toEqual(['binding', 'expected']);
  });

  it('validatePlan keeps a written level label ("国家级和省级") as levelLabel with level unknown', () => {
    const { plan, problems } = validatePlan(
      doc({
        platforms: [
          { id: 'a', type: '企业技术中心', level: '国家级和省级', count: '42家' },
          { id: 'b', type: 'x', level: '国家级' },
          { id: 'c', type: 'x', level: 'federal' },
        ],
      }),
    );
    expect(plan.platforms.map((p) => [p.level, p.levelLabel])).toEqual([
      ['unknown', '国家级和省级'],
      ['national', undefined],
      ['unknown', undefined],
    ]);
    expect(plan.platforms[0]?.count).toBe(42);
    expect(plan.platforms[0]?.countText).toBe('42家');
    expect(paths(problems)).toEqual(['/platforms/2/level']);
  });

  it('validatePlan reports partOf pointing nowhere and removes the link', () => {
    const { plan, problems } = validatePlan(doc({ platforms: [{ id: 'a', type: 'x', partOf: 'zzz' }] }));
    expect(paths(problems)).toEqual(['/platforms/0/partOf']);
    expect(plan.platforms[0]?.partOf).toBeNull();
  });

  it('validatePlan reports partOf cycles and breaks them', () => {
    const { plan, problems } = validatePlan(
      doc({
        platforms: [
          { id: 'a', type: 'x', partOf: 'b' },
          { id: 'b', type: 'y', partOf: 'c' },
          { id: 'c', type: 'z', partOf: 'a' },
          { id: 'd', type: 'w', partOf: 'd' },
        ],
      }),
    );
    expect(problems.filter((p) => /cycle/.test(p.message))).toHaveLength(2);
    // No chain of partOf links loops any more.
    const byId = new Map(plan.platforms.map((p) => [p.id, p]));
    for (const p of plan.platforms) {
      const seen = new Set<string>();
      let cur: string | null = p.id;
      while (cur !== null) {
        expect(seen.has(cur)).toBe(false);
        seen.add(cur);
        cur = byId.get(cur)?.partOf ?? null;
      }
    }
  });

  it('validatePlan keeps a valid partOf', () => {
    const { plan, problems } = validatePlan(
      doc({
        platforms: [
          { id: 'all', type: 'x', count: 50 },
          { id: 'sub', type: 'y', partOf: 'all', count: '20个左右' },
        ],
      }),
    );
    expect(problems).toEqual([]);
    expect(plan.platforms[1]?.partOf).toBe('all');
  });

  it('validatePlan reports a year that is neither a number nor a label and drops the observation', () => {
    const { plan, problems } = validatePlan(
      ind({
        observations: [
          { year: { y: 2015 }, value: 1 },
          { year: 2015.5, value: 2 },
          { year: 2016, value: 3 },
        ],
      }),
    );
    expect(paths(problems)).toEqual([
      '/indicators/0/observations/0/year',
      '/indicators/0/observations/1/year',
    ]);
    expect(problems[0]?.message).toMatch(/neither a year nor a label/);
    expect(plan.indicators[0]?.observations.map((o) => o.value)).toEqual([3]);
  });

  it('validatePlan folds the written magnitude into the indicator unit ("400亿元以上" in 亿元 → 400 gte)', () => {
    const { plan, problems } = validatePlan(
      ind({ unit: '亿元', target: { year: 2020, value: '400亿元以上' } }),
    );
    expect(problems).toEqual([]);
    expect(plan.indicators[0]?.target).toMatchObject({ value: 400, comparator: 'gte', text: '400亿元以上' });
  });
  it('validatePlan converts "2.415万亿元" in an 亿元 indicator to 24150', () => {
    const { plan } = validatePlan(
      ind({ unit: '亿元', observations: [{ year: 2015, value: '2.415万亿元' }] }),
    );
    expect(plan.indicators[0]?.observations[0]?.value).toBe(24150);
  });
  it('validatePlan converts "3.33万人" in a 人 indicator to 33300', () => {
    const { plan } = validatePlan(ind({ unit: '人', observations: [{ year: 2015, value: '3.33万人' }] }));
    expect(plan.indicators[0]?.observations[0]?.value).toBe(33300);
  });
  it('validatePlan keeps a compound unit ("2.0吨标煤/万元") as written', () => {
    const { plan, problems } = validatePlan(
      ind({ unit: '吨标煤/万元', direction: 'decrease', target: { year: 2020, value: '2.0吨标煤/万元' } }),
    );
    expect(problems).toEqual([]);
    // A bare target of a decrease indicator stays eq: the assessment handles direction.
    expect(plan.indicators[0]?.target).toMatchObject({ value: 2, comparator: 'eq' });
  });
  it('validatePlan reports a written unit that conflicts with the indicator unit', () => {
    const { problems } = validatePlan(ind({ unit: '亿元', observations: [{ year: 2015, value: '3万人' }] }));
    expect(paths(problems)).toEqual(['/indicators/0/observations/0/value']);
    expect(problems[0]?.message).toMatch(/"万人".*"亿元"/);
  });
  it('validatePlan takes the unit from the values when the indicator has none', () => {
    const { plan } = validatePlan(
      ind({
        observations: [{ year: 2015, value: '241.5亿元' }],
        target: { year: 2020, value: '400亿元以上' },
      }),
    );
    expect(plan.indicators[0]?.unit).toBe('亿元');
    expect(plan.indicators[0]?.observations[0]?.value).toBe(241.5);
  });
  it('validatePlan keeps "——" as an observation with value null and its text', () => {
    const { plan, problems } = validatePlan(ind({ observations: [{ year: 2010, value: '——' }] }));
    expect(problems).toEqual([]);
    expect(plan.indicators[0]?.observations[0]).toMatchObject({ value: null, text: '——' });
  });
  it('validatePlan reports a value with no number that is not a dash', () => {
    const { problems } = validatePlan(ind({ observations: [{ year: 2010, value: 'lots' }] }));
    expect(paths(problems)).toEqual(['/indicators/0/observations/0/value']);
  });
  it('validatePlan reads a range target ("3~4个") with max', () => {
    const { plan } = validatePlan(ind({ unit: '个', target: { year: 2020, value: '3~4个' } }));
    expect(plan.indicators[0]?.target).toMatchObject({ value: 3, max: 4, comparator: 'between' });
  });
  it('validatePlan reports a between comparator without max and reads it as eq', () => {
    const { plan, problems } = validatePlan(ind({ target: { year: 2020, value: 3, comparator: 'between' } }));
    expect(paths(problems)).toEqual(['/indicators/0/target']);
    expect(plan.indicators[0]?.target?.comparator).toBe('eq');
  });

  it('validatePlan splits a target list into milestones and the plan target (the last)', () => {
    const { plan } = validatePlan(
      ind({
        target: [
          { year: 2018, value: 2 },
          { year: 2019, value: 2.2 },
          { year: 2020, value: 2.5, stretch: true },
        ],
      }),
    );
    const i = plan.indicators[0];
    expect(i?.milestones.map((t) => t.value)).toEqual([2, 2.2]);
    expect(i?.target).toMatchObject({ value: 2.5, stretch: true, year: { year: 2020 } });
  });

  it('validatePlan reads relative targets and checks their fields by type', () => {
    const { plan, problems } = validatePlan(fixture('relative-targets.json'));
    expect(problems).toEqual([]);
    const rel = plan.indicators.map((i) => i.target?.relative);
    expect(rel[0]).toEqual({
      type: 'multiple',
      factor: 2,
      baseYear: { year: 2010, label: '2010', masked: false },
    });
    expect(rel[1]).toMatchObject({ type: 'points', amount: 12 });
    expect(rel[2]).toEqual({ type: 'annual-growth', percent: 20, baseYear: null });
    expect(plan.indicators[2]?.milestones[0]?.relative).toMatchObject({
      type: 'percent',
      amount: 30,
      baseYear: { year: 2010 },
    });
    expect(rel[3]).toEqual({ type: 'rank', value: 8 });
    expect(plan.indicators[0]?.target?.value).toBeNull();
    const bad = validatePlan(
      ind({ target: [{ relative: { type: 'percent', amount: '30' } }, { relative: { type: 'double' } }] }),
    );
    expect(paths(bad.problems)).toEqual([
      '/indicators/0/target/0/relative/amount',
      '/indicators/0/target/1/relative/type',
    ]);
  });

  it('validatePlan sorts observations by year with masked years last in input order', () => {
    const { plan } = validatePlan(fixture('masked-years.json'));
    expect(plan.indicators[0]?.observations.map((o) => o.year.label)).toEqual([
      '2018',
      '“十三五”末',
      '20XX',
      '201*',
    ]);
    expect(plan.indicators[0]?.target?.year).toEqual({ year: null, label: '20XX', masked: true });
  });

  it('validatePlan parses alternatives into quantities', () => {
    const { plan } = validatePlan(samplePlanDocument);
    const alts = plan.indicators.find((i) => i.id === 'tech-contract-turnover')?.alternatives ?? [];
    expect(alts.map((a) => [a.quantity.value, a.quantity.comparator, a.quantity.text])).toEqual([
      [400, 'gte', '400亿元以上'],
      [null, 'eq', '力争实现翻番'],
    ]);
  });

  it('validatePlan checks LocalizedText', () => {
    const { plan, problems } = validatePlan(
      doc({
        indicators: [
          { id: 'a', name: { 'zh-CN': '研发', en: 5 } },
          { id: 'b', name: {} },
          { id: 'c', name: 7 },
        ],
      }),
    );
    expect(paths(problems)).toEqual(['/indicators/0/name/en', '/indicators/1/name', '/indicators/2/name']);
    expect(plan.indicators.map((i) => i.name)).toEqual([{ 'zh-CN': '研发' }, 'b', 'c']);
  });

  it('validatePlan never puts NaN or Infinity in the output', () => {
    const { plan, problems } = validatePlan(
      ind({
        observations: [
          { year: 2015, value: Infinity },
          { year: 2016, value: NaN },
        ],
      }),
    );
    expect(plan.indicators[0]?.observations).toEqual([]);
    expect(problems).toHaveLength(2);
  });

  it('validatePlan reads region values in the unit of their indicator', () => {
    const { plan, problems } = validatePlan(
      doc({
        indicators: [{ id: 'turnover', name: 'x', unit: '亿元' }],
        regions: [
          { id: '500000', name: '重庆市', values: { turnover: [{ year: 2015, value: '2.415万亿元' }] } },
        ],
      }),
    );
    expect(problems).toEqual([]);
    expect(plan.regions[0]?.values['turnover']?.[0]?.value).toBe(24150);
  });

  it('validatePlan reports every problem of the invalid-bits fixture and keeps the usable records', () => {
    const { plan, problems } = validatePlan(fixture('invalid-bits.json'));
    expect(paths(problems)).toEqual([
      '/indicators/1/id',
      '/indicators/2/observations/0/value',
      '/platforms/2/partOf',
      '/platforms/1/partOf',
      '/regions/1/id',
    ]);
    expect(plan.indicators.map((i) => i.id)).toEqual(['energy-intensity', 'gdp']);
    expect(plan.indicators[1]?.target?.value).toBe(24150);
    expect(plan.platforms).toHaveLength(3);
    expect(plan.regions).toHaveLength(1);
  });
});

/** The bench shapes, a few rows each: a plan of indicators, a plan of regions with one value each. */
function benchShapes(): Record<string, unknown> {
  const sample = samplePlanDocument as unknown as { indicators: Array<Record<string, unknown>> };
  return doc({
    indicators: Array.from({ length: 12 }, (_, i) => {
      const indicator = sample.indicators[i % sample.indicators.length]!;
      return { ...indicator, id: `${String(indicator.id)}-${i}` };
    }),
    regions: Array.from({ length: 5 }, (_, i) => ({
      id: `0600${i}`,
      name: `County ${i}`,
      values: { 'rd-intensity-1': [{ year: 2020, value: i * 10.5 }] },
    })),
  });
}

// Byte-identical output, pinned: same data, same key order, same problems in the same order.
describe('validatePlan output (JSON snapshots)', () => {
  const inputs: Record<string, () => unknown> = {
    'many-problems.json': () => fixture('many-problems.json'),
    'many-problems.json as text with a BOM': () =>
      `\uFEFF${readFileSync(new URL('../fixtures/plans/many-problems.json', import.meta.url), 'utf8')}`,
    'invalid-bits.json': () => fixture('invalid-bits.json'),
    'masked-years.json': () => fixture('masked-years.json'),
    'relative-targets.json': () => fixture('relative-targets.json'),
    'target-bars-cases.json': () => fixture('target-bars-cases.json'),
    samplePlanDocument: () => samplePlanDocument,
    'bench shapes': benchShapes,
  };
  for (const [name, input] of Object.entries(inputs)) {
    it(`validatePlan(${name}) gives the pinned plan and problems`, () => {
      expect(JSON.stringify(validatePlan(input()), null, 1)).toMatchSnapshot();
    });
  }

  it('validatePlan(many-problems.json) reports problems of every kind', () => {
    expect(validatePlan(fixture('many-problems.json')).problems.length).toBeGreaterThan(80);
  });
});
