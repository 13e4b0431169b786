import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPROX_TOLERANCE, assessIndicator, meetsTarget, paceKind } from '../../src/model/assess.js';
import type {
  Assessment,
  Comparator,
  Direction,
  Indicator,
  Observation,
  PlanYear,
  RelativeTarget,
  Target,
} from '../../src/model/types.js';

// ---- factories: normalized shapes built directly (no validatePlan) ----

const MASKS = ['20XX', '201*', '20__'];
function year(y: number | string): PlanYear {
  if (typeof y === 'number') return { year: y, label: String(y), masked: false };
  if (MASKS.includes(y)) return { year: null, label: y, masked: true };
  return { year: null, label: y, masked: false };
}
const obs = (y: number | string, value: number | null): Observation => ({
  year: year(y),
  value,
  kind: 'actual',
});

interface TargetSpec {
  year?: number | string | null;
  value?: number | null;
  max?: number | null;
  comparator?: Comparator;
  relative?: RelativeTarget | null;
}
function target(spec: TargetSpec): Target {
  return {
    year: spec.year === null ? null : year(spec.year ?? 2020),
    value: spec.value ?? null,
    max: spec.max ?? null,
    comparator: spec.comparator ?? 'eq',
    stretch: false,
    relative: spec.relative ?? null,
  };
}

interface IndicatorSpec {
  unit?: string;
  direction?: Direction;
  growth?: 'linear' | 'compound';
  observations?: Array<[number | string, number | null]>;
  target?: TargetSpec | null;
}
function indicator(spec: IndicatorSpec = {}): Indicator {
  const indicator: Indicator = {
    id: 'x',
    name: '指标',
    unit: spec.unit ?? '%',
    direction: spec.direction ?? 'increase',
    observations: (spec.observations ?? []).map(([y, v]) => obs(y, v)),
    target: spec.target === null ? null : target(spec.target ?? { value: 10 }),
    milestones: [],
    alternatives: [],
  };
  if (spec.growth) indicator.growth = spec.growth;
  return indicator;
}

const P = { period: { start: 2016, end: 2020 } };
const round3 = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);

describe('assessIndicator: worked example (spec §5)', () => {
  it("assessIndicator(rd-intensity 1.27→1.57, target 2.5 in 2020, period 2016–2020) is 'no-current-data' with linear pace", () => {
    const a = assessIndicator(
      indicator({
        unit: '%',
        observations: [
          [2010, 1.27],
          [2015, 1.57],
        ],
        target: { year: 2020, value: 2.5 },
      }),
      P,
    );
    expect(a.status).toBe('no-current-data');
    expect(a.baseline?.value).toBe(1.57);
    expect(a.latest?.value).toBe(1.57);
    expect(a.target).toMatchObject({ value: 2.5, comparator: 'eq', derived: false });
    expect(a.progress).toBeNull();
    expect(a.pace.kind).toBe('linear');
    expect(round3(a.pace.historical)).toBe(0.06);
    expect(round3(a.pace.required)).toBe(0.186);
    expect(a.reason).toMatch(/2015/);
  });

  it('assessIndicator(高新技术企业 338→1035→3000) has compound pace 0.251 historical, 0.237 required', () => {
    const a = assessIndicator(
      indicator({
        unit: '家',
        observations: [
          [2010, 338],
          [2015, 1035],
        ],
        target: { year: 2020, value: 3000 },
      }),
      P,
    );
    expect(a.pace.kind).toBe('compound');
    expect(round3(a.pace.historical)).toBe(0.251);
    expect(round3(a.pace.required)).toBe(0.237);
  });
});

describe('assessIndicator: statuses in order', () => {
  it("assessIndicator(no target) is 'not-assessable'", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 1],
          [2018, 2],
        ],
        target: null,
      }),
      P,
    );
    expect(a.status).toBe('not-assessable');
    expect(a.reason).toMatch(/no target/);
    expect(a.latest?.value).toBe(2);
  });

  it("assessIndicator(target with no number and no relative) is 'not-assessable'", () => {
    const a = assessIndicator(indicator({ observations: [[2015, 1]], target: { value: null } }), P);
    expect(a.status).toBe('not-assessable');
    expect(a.target).toBeNull();
  });

  it("assessIndicator(target, no observation) is 'target-only'", () => {
    const a = assessIndicator(indicator({ observations: [], target: { value: 5 } }), P);
    expect(a.status).toBe('target-only');
    expect(a.baseline).toBeNull();
    expect(a.latest).toBeNull();
    expect(a.target?.value).toBe(5);
    expect(a.reason).toBeTypeOf('string');
  });

  it("assessIndicator(only '——' observations) is 'target-only': null values are not data", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, null],
          [2018, null],
        ],
        target: { value: 5 },
      }),
      P,
    );
    expect(a.status).toBe('target-only');
  });

  it("assessIndicator(no observation, masked target year) is 'target-only' (decided before masks)", () => {
    const a = assessIndicator(indicator({ observations: [], target: { year: '20XX', value: 5 } }), P);
    expect(a.status).toBe('target-only');
  });

  it("assessIndicator(latest observation in '20XX') is 'not-assessable'", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 1],
          ['20XX', 3],
        ],
        target: { value: 5 },
      }),
      P,
    );
    expect(a.status).toBe('not-assessable');
    expect(a.latest?.year.label).toBe('20XX');
    expect(a.reason).toMatch(/20XX/);
    expect(a.progress).toBeNull();
  });

  it("assessIndicator(target year '20XX') is 'not-assessable' and has no required pace", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 1],
          [2018, 3],
        ],
        target: { year: '20XX', value: 5 },
      }),
      P,
    );
    expect(a.status).toBe('not-assessable');
    expect(a.pace.required).toBeNull();
    expect(a.pace.historical).toBeCloseTo(2 / 3, 10);
  });

  it("assessIndicator(only masked observations, no period) is 'not-assessable' (masked baseline)", () => {
    const a = assessIndicator(indicator({ observations: [['201*', 1]], target: { value: 5 } }));
    expect(a.status).toBe('not-assessable');
    expect(a.reason).toMatch(/baseline/);
    expect(a.pace.historical).toBeNull();
  });

  it("assessIndicator(latest observation in '现有' (no calendar year)) is 'not-assessable'", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 1],
          ['现有', 2],
        ],
        target: { value: 5 },
      }),
      P,
    );
    expect(a.status).toBe('not-assessable');
  });

  it("assessIndicator(masked observation not used: 2010, 2015 and '201*' before) ignores it in pace", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2010, 1],
          [2015, 2],
          ['201*', 100],
        ],
        target: { value: 5 },
      }),
    );
    expect(a.pace.historical).toBeCloseTo(0.2, 10);
  });

  it("assessIndicator(latest == baseline) is 'no-current-data' even when the baseline meets the target", () => {
    const a = assessIndicator(indicator({ observations: [[2015, 9]], target: { value: 5 } }), P);
    expect(a.status).toBe('no-current-data');
  });

  it("assessIndicator(latest meets target) is 'achieved' with progress ≥ 1", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 1],
          [2018, 6],
        ],
        target: { value: 5 },
      }),
      P,
    );
    expect(a.status).toBe('achieved');
    expect(a.progress).toBeCloseTo(1.25, 10);
    expect(a.expected).toBeCloseTo(0.6, 10);
  });

  it("assessIndicator(progress 0.55, expected 0.6) is 'on-track' (within 0.1 of expected)", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 0],
          [2018, 5.5],
        ],
        target: { value: 10 },
      }),
      P,
    );
    expect(a.progress).toBeCloseTo(0.55, 10);
    expect(a.expected).toBeCloseTo(0.6, 10);
    expect(a.status).toBe('on-track');
  });

  it("assessIndicator(progress 0.3, expected 0.6) is 'behind'", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 0],
          [2018, 3],
        ],
        target: { value: 10 },
      }),
      P,
    );
    expect(a.status).toBe('behind');
  });

  it("assessIndicator(no movement by 2018) is 'off-track'", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 4],
          [2018, 4],
        ],
        target: { value: 10 },
      }),
      P,
    );
    expect(a.progress).toBe(0);
    expect(a.status).toBe('off-track');
  });

  it("assessIndicator(movement away from target) is 'off-track' with negative progress", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 4],
          [2019, 2],
        ],
        target: { value: 10 },
      }),
      P,
    );
    expect(a.progress).toBeCloseTo(-1 / 3, 10);
    expect(a.status).toBe('off-track');
  });

  it("assessIndicator(no movement) is 'off-track' at expected 0.2 but 'on-track' at expected 1/15: on-track is decided first", () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 4],
          [2016, 4],
        ],
        target: { value: 10 },
      }),
      P,
    );
    expect(a.expected).toBeCloseTo(0.2, 10);
    expect(a.status).toBe('off-track'); // 0 < 0.2 − 0.1 → not on-track, not > 0 → off-track
    const b = assessIndicator(
      indicator({
        observations: [
          [2015, 4],
          [2016, 4],
        ],
        target: { year: 2030, value: 10 },
      }),
      P,
    );
    expect(b.expected).toBeCloseTo(1 / 15, 10);
    expect(b.status).toBe('on-track'); // 0 ≥ 1/15 − 0.1
  });

  it("assessIndicator(decrease: energy intensity 2.4→2.2, target 2.0) is 'behind'/'achieved' by direction", () => {
    const behind = assessIndicator(
      indicator({
        unit: '吨标煤/万元',
        direction: 'decrease',
        observations: [
          [2015, 2.4],
          [2018, 2.3],
        ],
        target: { value: 2.0 },
      }),
      P,
    );
    expect(behind.progress).toBeCloseTo(0.25, 10);
    expect(behind.status).toBe('behind');
    expect(behind.pace.kind).toBe('linear');
    expect(behind.pace.required).toBeCloseTo(-0.15, 10);
    const done = assessIndicator(
      indicator({
        unit: '吨标煤/万元',
        direction: 'decrease',
        observations: [
          [2015, 2.4],
          [2018, 1.9],
        ],
        target: { value: 2.0 },
      }),
      P,
    );
    expect(done.status).toBe('achieved');
  });

  it('assessIndicator(target == baseline, not reached) has progress null and is off-track', () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 5],
          [2018, 4],
        ],
        target: { value: 5 },
      }),
      P,
    );
    expect(a.progress).toBeNull();
    expect(a.status).toBe('off-track');
  });

  it('assessIndicator(target == baseline, reached) has progress 1 and is achieved', () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 5],
          [2018, 5],
        ],
        target: { value: 5 },
      }),
      P,
    );
    expect(a.progress).toBe(1);
    expect(a.status).toBe('achieved');
  });
});

describe('assessIndicator: baseline, period and asOf', () => {
  it('assessIndicator(period 2016–2020) takes the latest observation before 2016 as baseline', () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2010, 1],
          [2015, 2],
          [2017, 3],
          [2019, 4],
        ],
        target: { value: 6 },
      }),
      P,
    );
    expect(a.baseline?.year.year).toBe(2015);
    expect(a.latest?.year.year).toBe(2019);
    expect(a.progress).toBeCloseTo(0.5, 10);
    expect(a.expected).toBeCloseTo(0.8, 10);
    expect(a.status).toBe('behind'); // 0.5 < 0.8 − 0.1
  });

  it('assessIndicator(no period) takes the earliest observation as baseline', () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2010, 1],
          [2015, 2],
          [2019, 4],
        ],
        target: { value: 6 },
      }),
    );
    expect(a.baseline?.year.year).toBe(2010);
    expect(a.progress).toBeCloseTo(0.6, 10);
  });

  it('assessIndicator(period, nothing before its start) falls back to the earliest observation', () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2017, 2],
          [2019, 4],
        ],
        target: { value: 6 },
      }),
      P,
    );
    expect(a.baseline?.year.year).toBe(2017);
  });

  it('assessIndicator(asOf 2017) ignores observations after 2017', () => {
    const ind = indicator({
      observations: [
        [2015, 1],
        [2017, 2],
        [2019, 6],
      ],
      target: { value: 5 },
    });
    expect(assessIndicator(ind, P).status).toBe('achieved');
    const a = assessIndicator(ind, { ...P, asOf: 2017 });
    expect(a.latest?.year.year).toBe(2017);
    expect(a.progress).toBeCloseTo(0.25, 10);
    expect(a.status).toBe('behind');
    expect(assessIndicator(ind, { ...P, asOf: 2015 }).status).toBe('no-current-data');
  });

  it('assessIndicator(target with no year) uses the period end for expected', () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 0],
          [2018, 6],
        ],
        target: { year: null, value: 10 },
      }),
      P,
    );
    expect(a.expected).toBeCloseTo(0.6, 10);
    expect(a.status).toBe('on-track');
  });

  it('assessIndicator(unsorted observations) still finds baseline and latest by year', () => {
    const ind = indicator({
      observations: [
        [2019, 4],
        [2015, 2],
        [2010, 1],
      ],
      target: { value: 6 },
    });
    const a = assessIndicator(ind, P);
    expect(a.baseline?.year.year).toBe(2015);
    expect(a.latest?.year.year).toBe(2019);
  });
});

describe('assessIndicator: comparators × direction (achieved or not)', () => {
  const cases: Array<[Comparator, Direction, number, number | null, number, boolean]> = [
    // comparator, direction, target, max, latest, achieved
    ['eq', 'increase', 10, null, 10, true],
    ['eq', 'increase', 10, null, 11, true],
    ['eq', 'increase', 10, null, 9.9, false],
    ['eq', 'decrease', 2, null, 2, true],
    ['eq', 'decrease', 2, null, 1.9, true], // bare 达到 on a decrease indicator means at most
    ['eq', 'decrease', 2, null, 2.1, false],
    ['gte', 'increase', 10, null, 10, true],
    ['gte', 'increase', 10, null, 9.99, false],
    ['gte', 'decrease', 10, null, 10, true],
    ['gt', 'increase', 10, null, 10, false],
    ['gt', 'increase', 10, null, 10.01, true],
    ['lte', 'decrease', 2, null, 2, true],
    ['lte', 'decrease', 2, null, 2.01, false],
    ['lt', 'decrease', 2, null, 2, false],
    ['lt', 'decrease', 2, null, 1.99, true],
    ['approx', 'increase', 100, null, 95, true], // near edge of ±5 %
    ['approx', 'increase', 100, null, 94.9, false],
    ['approx', 'increase', 100, null, 130, true],
    ['approx', 'decrease', 100, null, 105, true],
    ['approx', 'decrease', 100, null, 105.1, false],
    ['approx', 'decrease', 100, null, 60, true],
    ['between', 'increase', 3, 4, 3, true],
    ['between', 'increase', 3, 4, 4, true],
    ['between', 'increase', 3, 4, 2.9, false],
    ['between', 'increase', 3, 4, 4.5, false],
    ['between', 'decrease', 3, 4, 3.5, true],
  ];
  for (const [comparator, direction, t, max, latest, achieved] of cases) {
    it(`meetsTarget(${latest}, ${comparator} ${t}${max !== null ? `~${max}` : ''}, ${direction}) is ${achieved}`, () => {
      expect(meetsTarget(latest, { value: t, max, comparator }, direction)).toBe(achieved);
      const base = direction === 'increase' ? -1000 : 1000;
      const a = assessIndicator(
        indicator({
          direction,
          observations: [
            [2015, base],
            [2018, latest],
          ],
          target: { value: t, max, comparator },
        }),
        P,
      );
      expect(a.status === 'achieved').toBe(achieved);
    });
  }

  it('assessIndicator(approx, approxTolerance 0.1) widens the band', () => {
    const ind = indicator({
      observations: [
        [2015, 0],
        [2018, 91],
      ],
      target: { value: 100, comparator: 'approx' },
    });
    expect(APPROX_TOLERANCE).toBe(0.05);
    expect(assessIndicator(ind, P).status).not.toBe('achieved');
    expect(assessIndicator(ind, { ...P, approxTolerance: 0.1 }).status).toBe('achieved');
  });

  it('assessIndicator(between, decrease) aims progress at the upper end', () => {
    const a = assessIndicator(
      indicator({
        direction: 'decrease',
        observations: [
          [2015, 8],
          [2018, 6],
        ],
        target: { value: 3, max: 4, comparator: 'between' },
      }),
      P,
    );
    expect(a.progress).toBeCloseTo(0.5, 10);
  });
});

describe('assessIndicator: relative targets', () => {
  const by = (y: number | string): PlanYear => year(y);

  it('assessIndicator(percent +30% vs 2010) resolves to base×1.3 (derived)', () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2010, 100],
          [2015, 110],
          [2018, 131],
        ],
        target: { relative: { type: 'percent', amount: 30, baseYear: by(2010) } },
      }),
      P,
    );
    expect(a.target?.value).toBeCloseTo(130, 10);
    expect(a.target?.derived).toBe(true);
    expect(a.status).toBe('achieved');
  });

  it('assessIndicator(percent target, base year has no observation) is not-assessable', () => {
    const a = assessIndicator(
      indicator({
        observations: [[2015, 110]],
        target: { relative: { type: 'percent', amount: 30, baseYear: by(2005) } },
      }),
      P,
    );
    expect(a.status).toBe('not-assessable');
    expect(a.target).toBeNull();
    expect(a.reason).toMatch(/2005/);
  });

  it("assessIndicator(percent target, base year '“十一五”末' unresolved label) is not-assessable", () => {
    const a = assessIndicator(
      indicator({
        observations: [[2010, 1]],
        target: { relative: { type: 'percent', amount: 30, baseYear: by('20XX') } },
      }),
      P,
    );
    expect(a.status).toBe('not-assessable');
  });

  it('assessIndicator(points +12 pp vs 2005) resolves to base+12', () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2005, 40],
          [2015, 45],
          [2018, 48],
        ],
        target: { relative: { type: 'points', amount: 12, baseYear: by(2005) } },
      }),
      P,
    );
    expect(a.target?.value).toBe(52);
    expect(a.progress).toBeCloseTo(3 / 7, 10);
  });

  it('assessIndicator(multiple ×2 with no base year) doubles the baseline', () => {
    const a = assessIndicator(
      indicator({
        unit: '亿元',
        observations: [
          [2015, 200],
          [2018, 300],
        ],
        target: { relative: { type: 'multiple', factor: 2, baseYear: null } },
      }),
      P,
    );
    expect(a.target?.value).toBe(400);
    expect(a.progress).toBeCloseTo(0.5, 10);
  });

  it('assessIndicator(multiple with no base year and no observation) is not-assessable', () => {
    const a = assessIndicator(
      indicator({ observations: [], target: { relative: { type: 'multiple', factor: 2, baseYear: null } } }),
      P,
    );
    expect(a.status).toBe('not-assessable');
  });

  it('assessIndicator(annual-growth 20% from 2015 to 2020) compounds over 5 years', () => {
    const a = assessIndicator(
      indicator({
        unit: '亿元',
        observations: [
          [2015, 100],
          [2016, 120],
        ],
        target: { year: 2020, relative: { type: 'annual-growth', percent: 20, baseYear: by(2015) } },
      }),
      P,
    );
    expect(a.target?.value).toBeCloseTo(100 * 1.2 ** 5, 8);
    expect(a.pace.required).toBeCloseTo(0.2, 10);
  });

  it('assessIndicator(annual-growth without a target year) is not-assessable', () => {
    const a = assessIndicator(
      indicator({
        observations: [
          [2015, 100],
          [2016, 120],
        ],
        target: { year: null, relative: { type: 'annual-growth', percent: 20, baseYear: by(2015) } },
      }),
      P,
    );
    expect(a.status).toBe('not-assessable');
  });

  it('assessIndicator(rank: enter top 10 from 16th) treats rank as decrease', () => {
    const a = assessIndicator(
      indicator({
        unit: '位',
        observations: [
          [2015, 16],
          [2018, 12],
        ],
        target: { relative: { type: 'rank', value: 10 } },
      }),
      P,
    );
    expect(a.target).toMatchObject({ value: 10, comparator: 'lte', derived: true });
    expect(a.progress).toBeCloseTo(4 / 6, 10);
    expect(a.status).toBe('on-track');
    const done = assessIndicator(
      indicator({
        unit: '位',
        observations: [
          [2015, 16],
          [2018, 8],
        ],
        target: { relative: { type: 'rank', value: 10 } },
      }),
      P,
    );
    expect(done.status).toBe('achieved');
  });
});

describe('paceKind', () => {
  it("paceKind({unit: '%'}) is linear, '家' compound, a ratio unit linear, growth overrides", () => {
    expect(paceKind({ unit: '%' })).toBe('linear');
    expect(paceKind({ unit: '吨标煤/万元' })).toBe('linear');
    expect(paceKind({ unit: '家' })).toBe('compound');
    expect(paceKind({ unit: '亿元' })).toBe('compound');
    expect(paceKind({ unit: '家', growth: 'linear' })).toBe('linear');
    expect(paceKind({ unit: '%', growth: 'compound' })).toBe('compound');
  });

  it('assessIndicator(compound, latest 0) has no required pace instead of Infinity', () => {
    const a = assessIndicator(
      indicator({
        unit: '家',
        observations: [
          [2015, 0],
          [2018, 0],
        ],
        target: { value: 10 },
      }),
      P,
    );
    expect(a.pace.required).toBeNull();
    expect(a.pace.historical).toBeNull();
  });
});

describe('assessIndicator: bad input and properties', () => {
  it('assessIndicator(garbage) never throws and is not-assessable', () => {
    for (const bad of [null, undefined, 42, 'x', {}, { observations: 'no', target: 7 }]) {
      const a = assessIndicator(bad as unknown as Indicator);
      expect(a.status).toBe('not-assessable');
    }
  });

  const arbYear = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1990, max: 2040 }).map(year) },
    { weight: 1, arbitrary: fc.constantFrom('20XX', '201*', '20__', '现有').map(year) },
  );
  const arbNum = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
    fc.integer({ min: -5, max: 5 }),
    fc.constantFrom(0, -0, 1e-300, 1e300, -1e300),
  );
  const arbRelative: fc.Arbitrary<RelativeTarget> = fc.oneof(
    fc.record({ type: fc.constant('percent' as const), amount: arbNum, baseYear: fc.option(arbYear) }),
    fc.record({ type: fc.constant('points' as const), amount: arbNum, baseYear: fc.option(arbYear) }),
    fc.record({ type: fc.constant('multiple' as const), factor: arbNum, baseYear: fc.option(arbYear) }),
    fc.record({ type: fc.constant('annual-growth' as const), percent: arbNum, baseYear: fc.option(arbYear) }),
    fc.record({ type: fc.constant('rank' as const), value: arbNum }),
  );
  const arbTarget: fc.Arbitrary<Target> = fc.record({
    year: fc.option(arbYear),
    value: fc.option(arbNum),
    max: fc.option(arbNum),
    comparator: fc.constantFrom<Comparator>('eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'between'),
    stretch: fc.boolean(),
    relative: fc.option(arbRelative),
  });
  const arbIndicator: fc.Arbitrary<Indicator> = fc.record({
    id: fc.constant('p'),
    name: fc.constant('p'),
    unit: fc.constantFrom('%', '家', '亿元', '吨标煤/万元', '位', ''),
    direction: fc.constantFrom<Direction>('increase', 'decrease'),
    growth: fc.constantFrom<'linear' | 'compound' | undefined>(undefined, 'linear', 'compound'),
    observations: fc
      .array(fc.record({ year: arbYear, value: fc.option(arbNum), kind: fc.constant('actual' as const) }), {
        maxLength: 6,
      })
      .map((list) => [...list].sort((a, b) => (a.year.year ?? Infinity) - (b.year.year ?? Infinity))),
    target: fc.option(arbTarget),
    milestones: fc.constant([]),
    alternatives: fc.constant([]),
  });
  const arbOptions = fc.record({
    period: fc.option(fc.integer({ min: 1995, max: 2035 }).map((start) => ({ start, end: start + 4 }))),
    asOf: fc.option(fc.integer({ min: 1990, max: 2040 })),
    approxTolerance: fc.option(fc.double({ noNaN: true, min: 0, max: 1 })),
  });

  const numbersOf = (a: Assessment) => [
    a.progress,
    a.expected,
    a.pace.required,
    a.pace.historical,
    a.target?.value ?? null,
    a.target?.max ?? null,
  ];

  it('assessIndicator(10,000 arbitrary normalized indicators) never throws; every number is finite or null', () => {
    fc.assert(
      fc.property(arbIndicator, arbOptions, (ind, options) => {
        const a = assessIndicator(ind, options);
        expect([
          'achieved',
          'on-track',
          'behind',
          'off-track',
          'target-only',
          'no-current-data',
          'not-assessable',
        ]).toContain(a.status);
        for (const n of numbersOf(a)) expect(n === null || Number.isFinite(n)).toBe(true);
        expect(['linear', 'compound']).toContain(a.pace.kind);
        if (
          a.status === 'achieved' ||
          a.status === 'on-track' ||
          a.status === 'behind' ||
          a.status === 'off-track'
        ) {
          expect(a.latest).not.toBeNull();
          expect(a.target).not.toBeNull();
          expect(a.latest?.year.masked).toBe(false);
        }
        if (a.reason !== undefined) expect(a.reason).not.toMatch(/NaN|undefined|Infinity/);
      }),
      { numRuns: 10_000, seed: 20161103 },
    );
  });
});
