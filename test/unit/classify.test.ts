import { describe, expect, it } from 'vitest';
import { scaleQuantile, scaleQuantize, scaleThreshold } from 'd3-scale';
import { classifyCategories, classifyValues } from '../../src/scales/classify.js';
import {
  CATEGORICAL_PALETTE,
  DIVERGING_PALETTE,
  SEQUENTIAL_PALETTE,
  contrastRatio,
  inkOn,
  parseColor,
  spread,
} from '../../src/scales/palettes.js';

/** Seeded PRNG (mulberry32): deterministic "random" inputs. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample(random: () => number): number[] {
  const n = 1 + Math.floor(random() * 60);
  const kind = Math.floor(random() * 4);
  return Array.from({ length: n }, () => {
    if (kind === 0) return Math.round(random() * 20); // many ties
    if (kind === 1) return (random() - 0.5) * 1e6;
    if (kind === 2) return Math.exp(random() * 10); // skewed
    return random();
  });
}

const probes = (values: number[], thresholds: readonly number[]): number[] => [
  ...values,
  ...thresholds,
  ...thresholds.map((t) => t - 1e-9),
  Math.min(...values) - 1,
  Math.max(...values) + 1,
];

describe('classifyValues — quantize', () => {
  it("classifyValues([0..10], { method: 'quantize', classes: 5 }) makes equal intervals", () => {
    const c = classifyValues([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { method: 'quantize', classes: 5 });
    expect(c.method).toBe('quantize');
    expect(c.classes.map((k) => [k.min, k.max])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8],
      [8, 10],
    ]);
    expect(c.classes.map((k) => k.count)).toEqual([2, 2, 2, 2, 3]);
    expect(c.problems).toEqual([]);
  });
  it('classifyValues quantize: a value on a bound goes to the class above; the max to the last', () => {
    const c = classifyValues([0, 10], { method: 'quantize', classes: 5 });
    expect(c.classOf(0)).toBe(0);
    expect(c.classOf(1.999)).toBe(0);
    expect(c.classOf(2)).toBe(1);
    expect(c.classOf(10)).toBe(4);
    expect(c.classOf(-5)).toBe(0);
    expect(c.classOf(50)).toBe(4);
  });
  it('classifyValues quantize defaults to 5 classes', () => {
    expect(classifyValues([1, 2, 3], { method: 'quantize' }).classes).toHaveLength(5);
  });
  it('classifyValues quantize agrees with d3 scaleQuantize on 300 seeded inputs', () => {
    const random = rng(7);
    for (let run = 0; run < 300; run++) {
      const values = sample(random);
      const n = 2 + Math.floor(random() * 8);
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      if (lo === hi) continue;
      const c = classifyValues(values, { method: 'quantize', classes: n });
      const d3 = scaleQuantize<number>()
        .domain([lo, hi])
        .range(Array.from({ length: n }, (_, i) => i));
      expect(c.classes.slice(1).map((k) => k.min)).toEqual(d3.thresholds());
      for (const v of probes(values, d3.thresholds())) expect(c.classOf(v)).toBe(d3(v));
    }
  });
});

describe('classifyValues — quantile', () => {
  it("classifyValues([1..8], { method: 'quantile', classes: 4 }) uses R-7 quantiles as bounds", () => {
    const c = classifyValues([1, 2, 3, 4, 5, 6, 7, 8], { method: 'quantile', classes: 4 });
    expect(c.classes.map((k) => [k.min, k.max])).toEqual([
      [1, 2.75],
      [2.75, 4.5],
      [4.5, 6.25],
      [6.25, 8],
    ]);
    expect(c.classes.map((k) => k.count)).toEqual([2, 2, 2, 2]);
  });
  it('classifyValues quantile agrees with d3 scaleQuantile on 300 seeded inputs', () => {
    const random = rng(11);
    for (let run = 0; run < 300; run++) {
      const values = sample(random);
      const n = 2 + Math.floor(random() * 8);
      if (Math.min(...values) === Math.max(...values)) continue;
      const c = classifyValues(values, { method: 'quantile', classes: n });
      const d3 = scaleQuantile<number>()
        .domain(values)
        .range(Array.from({ length: n }, (_, i) => i));
      expect(c.classes.slice(1).map((k) => k.min)).toEqual(d3.quantiles());
      for (const v of probes(values, d3.quantiles())) expect(c.classOf(v)).toBe(d3(v));
      expect(c.classes.reduce((s, k) => s + k.count, 0)).toBe(values.length);
    }
  });
});

describe('classifyValues — threshold', () => {
  it("classifyValues(v, { method: 'threshold', breaks: [2, 5] }) makes 3 open-ended classes", () => {
    const c = classifyValues([1, 2, 4, 5, 9], { method: 'threshold', breaks: [2, 5] });
    expect(c.classes.map((k) => [k.min, k.max, k.count])).toEqual([
      [null, 2, 1],
      [2, 5, 2],
      [5, null, 2],
    ]);
    expect(c.classOf(-100)).toBe(0);
    expect(c.classOf(5)).toBe(2);
    expect(c.problems).toEqual([]);
  });
  it('classifyValues threshold agrees with d3 scaleThreshold on 200 seeded inputs', () => {
    const random = rng(13);
    for (let run = 0; run < 200; run++) {
      const values = sample(random);
      const k = 1 + Math.floor(random() * 8);
      const breaks = [
        ...new Set(Array.from({ length: k }, () => values[Math.floor(random() * values.length)]!)),
      ].sort((a, b) => a - b);
      const c = classifyValues(values, { method: 'threshold', breaks });
      const d3 = scaleThreshold<number, number>()
        .domain(breaks)
        .range(Array.from({ length: breaks.length + 1 }, (_, i) => i));
      for (const v of probes(values, breaks)) expect(c.classOf(v)).toBe(d3(v));
    }
  });
  it('classifyValues threshold drops unsorted, repeated and non-finite breaks with problems', () => {
    const c = classifyValues([1, 5, 10], { method: 'threshold', breaks: [3, 2, NaN, 3, 7, Infinity] });
    expect(c.classes.map((k) => [k.min, k.max])).toEqual([
      [null, 3],
      [3, 7],
      [7, null],
    ]);
    expect(c.problems.map((p) => p.path)).toEqual(['/breaks/1', '/breaks/2', '/breaks/3', '/breaks/5']);
    expect(c.problems[0]!.message).toMatch(/strictly ascending/);
  });
  it('classifyValues threshold without breaks falls back to quantize with a problem', () => {
    const c = classifyValues([0, 10], { method: 'threshold' });
    expect(c.method).toBe('quantize');
    expect(c.classes).toHaveLength(5);
    expect(c.problems.map((p) => p.path)).toEqual(['/breaks']);
  });
  it('classifyValues threshold keeps at most 8 breaks', () => {
    const c = classifyValues([0, 20], { method: 'threshold', breaks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    expect(c.classes).toHaveLength(9);
    expect(c.problems.map((p) => p.path)).toEqual(['/breaks/8', '/breaks/9']);
  });
});

describe('classifyValues — diverging', () => {
  it("classifyValues(v, { method: 'diverging', reference: 2.1, classes: 5 }) is symmetric around the reference", () => {
    const c = classifyValues([1.1, 2.1, 3.1, 2.6], { method: 'diverging', reference: 2.1, classes: 5 });
    const bounds = c.classes.map((k) => [k.min, k.max]);
    expect(bounds[0]![0]).toBeCloseTo(1.1);
    expect(bounds[4]![1]).toBeCloseTo(3.1);
    // The middle class holds the reference and is centred on it.
    const mid = c.classes[2]!;
    expect(mid.min! + mid.max!).toBeCloseTo(2 * 2.1);
    expect(c.classOf(2.1)).toBe(2);
    expect(c.classOf(1.1)).toBe(0);
    expect(c.classOf(3.1)).toBe(4);
    expect(mid.color).toBe(DIVERGING_PALETTE[4]);
    expect(c.classes.map((k) => k.count)).toEqual([1, 0, 1, 1, 1]);
  });
  it('classifyValues diverging extent is the largest distance from the reference, on either side', () => {
    const c = classifyValues([9, 10, 11, 20], { method: 'diverging', reference: 10, classes: 3 });
    // Symmetric: 0–20 around 10; the data stop at 9, so the lowest class is open below (no invented 0).
    expect(c.classes[0]!.min).toBeNull();
    expect(c.classes[0]!.max).toBeCloseTo(20 / 3);
    expect(c.classOf(0)).toBe(0);
    expect(c.classes[2]!.max).toBe(20);
    expect(c.classes.map((k) => k.color)).toEqual([
      DIVERGING_PALETTE[0],
      DIVERGING_PALETTE[4],
      DIVERGING_PALETTE[8],
    ]);
  });
  it('classifyValues diverging with an even count puts the reference exactly on the middle bound', () => {
    const c = classifyValues([0.1, 0.7, 0.3], { method: 'diverging', reference: 0.3, classes: 4 });
    expect(c.classes[2]!.min).toBe(0.3);
    expect(c.classOf(0.3)).toBe(2);
    expect(c.classOf(0.2999)).toBe(1);
    expect(c.classes[1]!.color).not.toBe(c.classes[2]!.color);
  });
  it('classifyValues diverging defaults the reference to 0, and reports a bad reference', () => {
    const c = classifyValues([-4, 2], { method: 'diverging', classes: 2 });
    expect([c.classes[0]!.min, c.classes[0]!.max, c.classes[1]!.max]).toEqual([-4, 0, null]);
    const bad = classifyValues([-4, 2], { method: 'diverging', reference: NaN });
    expect(bad.classes[0]!.min).toBe(-4);
    expect(bad.problems.map((p) => p.path)).toEqual(['/reference']);
  });
  it('classifyValues diverging with every value on the reference makes one middle class', () => {
    const c = classifyValues([3, 3], { method: 'diverging', reference: 3 });
    expect(c.classes).toEqual([{ min: 3, max: 3, color: DIVERGING_PALETTE[4], ink: '#000000', count: 2 }]);
  });
});

describe('classifyValues — no data and bad input', () => {
  it('classifyValues: null and non-finite values are no data (-1) and not counted', () => {
    const c = classifyValues([1, null, NaN, Infinity, 5], { method: 'quantize', classes: 2 });
    expect(c.classes.map((k) => k.count)).toEqual([1, 1]);
    expect(c.classOf(null)).toBe(-1);
    expect(c.classOf(undefined)).toBe(-1);
    expect(c.classOf(NaN)).toBe(-1);
    expect(c.classOf('')).toBe(-1);
    expect(c.classOf('abc')).toBe(-1);
    expect(c.classOf(' 4.9 ')).toBe(1);
  });
  for (const method of ['quantize', 'quantile', 'threshold', 'diverging', 'categorical'] as const) {
    it(`classifyValues([], { method: '${method}' }) gives zero classes and no NaN`, () => {
      const c = classifyValues([null, NaN], { method, breaks: [1] });
      expect(c.classes).toEqual([]);
      expect(c.classOf(1)).toBe(-1);
      expect(JSON.stringify(c)).not.toMatch(/NaN|null,"max":null,"color":""/);
    });
  }
  it('classifyValues with all values equal makes one class', () => {
    for (const method of ['quantize', 'quantile'] as const) {
      const c = classifyValues([4, 4, 4], { method });
      expect(c.classes.map((k) => [k.min, k.max, k.count])).toEqual([[4, 4, 3]]);
      expect(c.classOf(4)).toBe(0);
    }
  });
  it('classifyValues clamps classes 0 and 100, and reads NaN as the default, with problems', () => {
    const zero = classifyValues([0, 1], { method: 'quantize', classes: 0 });
    expect(zero.classes).toHaveLength(2);
    expect(zero.problems[0]).toMatchObject({ path: '/classes' });
    expect(zero.problems[0]!.message).toMatch(/from 2 to 9/);
    const many = classifyValues([0, 1], { method: 'quantize', classes: 100 });
    expect(many.classes).toHaveLength(9);
    expect(many.problems.map((p) => p.path)).toEqual(['/classes']);
    const nan = classifyValues([0, 1], { method: 'quantize', classes: NaN });
    expect(nan.classes).toHaveLength(5);
    expect(nan.problems.map((p) => p.path)).toEqual(['/classes']);
    const frac = classifyValues([0, 1], { method: 'quantile', classes: 3.6 });
    expect(frac.classes).toHaveLength(4);
  });
  it('classifyValues with an unknown method uses quantize and says so', () => {
    const c = classifyValues([0, 1], { method: 'jenks' as 'quantize' });
    expect(c.method).toBe('quantize');
    expect(c.problems[0]!.message).toMatch(/quantize, quantile, threshold, diverging, categorical/);
  });
  it('classifyValues never throws on garbage', () => {
    expect(() =>
      classifyValues(null as unknown as number[], null as unknown as { method: 'quantize' }),
    ).not.toThrow();
    expect(
      classifyValues(['3', {}, 4] as unknown as number[], { method: 'quantize', classes: 2 }).classes,
    ).toEqual([{ min: 4, max: 4, color: expect.any(String), ink: expect.any(String), count: 1 }]);
  });
  it('classifyValues with values too large to span reports a problem instead of NaN', () => {
    const c = classifyValues([-1.7e308, 1.7e308], { method: 'quantize' });
    expect(c.classes).toEqual([]);
    expect(c.problems).toHaveLength(1);
  });
});

describe('classifyValues — colours', () => {
  it('classifyValues picks n colours evenly from the 9-colour sequential palette', () => {
    expect(classifyValues([0, 1], { method: 'quantize', classes: 9 }).classes.map((k) => k.color)).toEqual([
      ...SEQUENTIAL_PALETTE,
    ]);
    expect(classifyValues([0, 1], { method: 'quantize', classes: 3 }).classes.map((k) => k.color)).toEqual([
      SEQUENTIAL_PALETTE[0],
      SEQUENTIAL_PALETTE[4],
      SEQUENTIAL_PALETTE[8],
    ]);
  });
  it('classifyValues uses an author palette, normalised to #rrggbb', () => {
    const c = classifyValues([0, 1], { method: 'quantize', classes: 2, palette: ['#F00', 'rgb(0, 0, 255)'] });
    expect(c.classes.map((k) => k.color)).toEqual(['#ff0000', '#0000ff']);
    expect(c.problems).toEqual([]);
  });
  it('classifyValues: a palette too short falls back to the default with a problem', () => {
    const c = classifyValues([0, 1], { method: 'quantize', classes: 3, palette: ['#f00', 'red', '#00f'] });
    expect(c.classes.map((k) => k.color)).toEqual(spread(SEQUENTIAL_PALETTE, 3));
    expect(c.problems.map((p) => p.path)).toEqual(['/palette/1', '/palette']);
    expect(c.problems[1]!.message).toMatch(/2 usable colours but 3 classes/);
  });
  it('classifyValues: every ink has contrast ≥ 4.5 on its fill, for every default colour', () => {
    for (const color of [...SEQUENTIAL_PALETTE, ...DIVERGING_PALETTE, ...CATEGORICAL_PALETTE]) {
      expect(contrastRatio(color, inkOn(color))).toBeGreaterThanOrEqual(4.5);
    }
    for (const k of classifyValues([0, 1], { method: 'quantize', classes: 9 }).classes)
      expect(contrastRatio(k.color, k.ink)).toBeGreaterThanOrEqual(4.5);
  });
  it('the palettes are 9, 9 and 8 distinct #rrggbb colours; the diverging middle is light', () => {
    for (const [p, n] of [
      [SEQUENTIAL_PALETTE, 9],
      [DIVERGING_PALETTE, 9],
      [CATEGORICAL_PALETTE, 8],
    ] as const) {
      expect(p).toHaveLength(n);
      expect(new Set(p).size).toBe(n);
      for (const c of p) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(contrastRatio(DIVERGING_PALETTE[4]!, '#000000')).toBeGreaterThan(18);
  });
  it('the sequential palette shows on white and on a #1b1b1f page (every colour ≥ 1.1:1)', () => {
    for (const c of SEQUENTIAL_PALETTE) {
      expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(1.1);
      expect(contrastRatio(c, '#1b1b1f')).toBeGreaterThanOrEqual(1.7);
    }
  });
  it('parseColor reads hex and rgb() and refuses names and junk', () => {
    expect(parseColor('#AbC')).toBe('#aabbcc');
    expect(parseColor('#11223344')).toBe('#112233');
    expect(parseColor('rgb(255 0 0 / 50%)')).toBe('#ff0000');
    expect(parseColor('rgba(100%, 0%, 50%, 1)')).toBe('#ff0080');
    expect(parseColor('red')).toBeNull();
    expect(parseColor('#12')).toBeNull();
    expect(parseColor('url(javascript:x)')).toBeNull();
    expect(parseColor(3)).toBeNull();
  });
});

describe('classifyCategories', () => {
  it("classifyCategories(['核心区', '拓展区', '核心区', null]) has one class per category in first-seen order", () => {
    const c = classifyCategories(['核心区', '拓展区', ' 核心区 ', null, '']);
    expect(c.method).toBe('categorical');
    expect(c.classes.map((k) => [k.category, k.count, k.min, k.max])).toEqual([
      ['核心区', 2, null, null],
      ['拓展区', 1, null, null],
    ]);
    expect(c.classes.map((k) => k.color)).toEqual([CATEGORICAL_PALETTE[0], CATEGORICAL_PALETTE[1]]);
    expect(c.classOf('拓展区')).toBe(1);
    expect(c.classOf('unknown')).toBe(-1);
    expect(c.classOf(null)).toBe(-1);
    expect(c.classOf('constructor')).toBe(-1);
    expect(c.problems).toEqual([]);
  });
  it('classifyCategories cycles colours beyond eight, with a problem', () => {
    const c = classifyCategories(Array.from({ length: 10 }, (_, i) => `c${i}`));
    expect(c.classes[8]!.color).toBe(CATEGORICAL_PALETTE[0]);
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]!.message).toMatch(/colours repeat/);
  });
  it('classifyCategories with a short author palette falls back to Okabe–Ito with a problem', () => {
    const c = classifyCategories(['a', 'b', 'c'], { palette: ['#000', '#fff'] });
    expect(c.classes.map((k) => k.color)).toEqual(CATEGORICAL_PALETTE.slice(0, 3));
    expect(c.problems.map((p) => p.path)).toEqual(['/palette']);
    const ok = classifyCategories(['a', 'b'], { palette: ['#000', '#fff'] });
    expect(ok.classes.map((k) => [k.color, k.ink])).toEqual([
      ['#000000', '#ffffff'],
      ['#ffffff', '#000000'],
    ]);
  });
  it("classifyValues(v, { method: 'categorical' }) classes numbers as categories", () => {
    const c = classifyValues([1, 2, 1, null], { method: 'categorical' });
    expect(c.classes.map((k) => [k.category, k.count])).toEqual([
      ['1', 2],
      ['2', 1],
    ]);
    expect(c.classOf(2)).toBe(1);
  });
});
