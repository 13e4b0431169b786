import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatNumber,
  formatPace,
  formatRelativeTarget,
  formatTarget,
  formatValue,
  UNITS,
} from '../../src/format/index.js';
import type { PlanYear } from '../../src/model/types.js';

describe('formatNumber', () => {
  it("formatNumber(1035, 'zh-CN') has no separator under five digits; 38915 has one", () => {
    expect(formatNumber(1035, 'zh-CN')).toBe('1035');
    expect(formatNumber(38915, 'zh-CN')).toBe('38,915');
  });
  it("formatNumber(1035, 'en') groups thousands", () => expect(formatNumber(1035, 'en')).toBe('1,035'));
  it('formatNumber(x, { maximumFractionDigits }) rounds', () => {
    expect(formatNumber(1.23456, 'en')).toBe('1.23');
    expect(formatNumber(1.23456, 'en', { maximumFractionDigits: 0 })).toBe('1');
    expect(formatNumber(0.186, 'zh-CN', { maximumFractionDigits: 3 })).toBe('0.186');
  });
  it('formatNumber(x, { signed }) adds + to positives only, never to a shown zero', () => {
    expect(formatNumber(0.93, 'en', { signed: true })).toBe('+0.93');
    expect(formatNumber(-0.93, 'zh-CN', { signed: true })).toBe('-0.93');
    expect(formatNumber(0, 'en', { signed: true })).toBe('0');
    expect(formatNumber(-0.001, 'en', { signed: true })).toBe('0');
  });
  it('formatNumber(x, { compact }) uses 万/亿 in zh-CN and K/M in en', () => {
    expect(formatNumber(38900, 'zh-CN', { compact: true })).toBe('3.89万');
    expect(formatNumber(241.5e8, 'zh-CN', { compact: true })).toBe('241.5亿');
    expect(formatNumber(999, 'zh-CN', { compact: true })).toBe('999');
    expect(formatNumber(38900, 'en', { compact: true })).toBe('38.9K');
    expect(formatNumber(-38900, 'en', { compact: true, signed: true })).toBe('-38.9K');
  });
  it('formatNumber(NaN / Infinity / non-number) is —', () => {
    for (const bad of [NaN, Infinity, -Infinity, undefined, null, '3']) {
      expect(formatNumber(bad as unknown as number, 'en')).toBe('—');
      expect(formatNumber(bad as unknown as number, 'zh-CN')).toBe('—');
    }
  });
});

describe('formatValue', () => {
  const zh: Array<[number, string, string, boolean?]> = [
    [1035, '家', '1035家'],
    [1.57, '%', '1.57%'],
    [241.5, '亿元', '241.5亿元'],
    [2, '吨标煤/万元', '2.0吨标煤/万元'],
    [38900, '件', '3.89万件', true],
    [52.9, '%', '52.9%'],
    [3.33, '万人', '3.33万人'],
    [0.5, '亿元', '5000万元', true],
    [33300, '万元', '3.33亿元', true],
    [12, 'pp', '12个百分点'],
    [16, '位', '第16位'],
    [7, '门', '7门'],
    [5, '平方公里', '5平方公里'],
    [40, '', '40'],
  ];
  for (const [v, unit, text, compact] of zh) {
    it(`formatValue(${v}, '${unit}', 'zh-CN'${compact ? ', compact' : ''}) is ${text}`, () =>
      expect(formatValue(v, unit, 'zh-CN', { compact: !!compact })).toBe(text));
  }
  const en: Array<[number, string, string, boolean?]> = [
    [1035, '家', '1,035'],
    [1.57, '%', '1.57%'],
    [241.5, '亿元', 'CNY 24.15 bn'],
    [0.5, '亿元', 'CNY 50 m'],
    [50, '万元', 'CNY 500,000'],
    [2, '吨标煤/万元', '2.0 t sce/CNY 10k'],
    [38900, '件', '38,900'],
    [38900, '件', '38.9K', true],
    [3.33, '万人', '33,300 people'],
    [1, '人', '1 person'],
    [500, '名', '500 people'],
    [2500, '人年', '2,500 person-years'],
    [12, 'pp', '12 pp'],
    [16, '位', 'No. 16'],
    [3, '倍', '3×'],
    [5, '平方公里', '5 km²'],
    [7, '门', '7'],
    [9, '项', '9'],
    [4, '篇章', '4 篇章'],
  ];
  for (const [v, unit, text, compact] of en) {
    it(`formatValue(${v}, '${unit}', 'en'${compact ? ', compact' : ''}) is ${text}`, () =>
      expect(formatValue(v, unit, 'en', { compact: !!compact })).toBe(text));
  }
  it('formatValue(x, unit, { signed }) puts the sign in front of the whole value', () => {
    expect(formatValue(697, '家', 'zh-CN', { signed: true })).toBe('+697家');
    expect(formatValue(-241.5, '亿元', 'en', { signed: true })).toBe('-CNY 24.15 bn');
  });
  it('formatValue(NaN, …) is — in both locales', () => {
    expect(formatValue(NaN, '%', 'zh-CN')).toBe('—');
    expect(formatValue(Infinity, '亿元', 'en')).toBe('—');
  });
  it('formatValue(any finite number, any table unit, either locale) never shows NaN/undefined/null/Infinity', () => {
    const units = [...Object.keys(UNITS), '未知单位', ' 家 '];
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...units),
        fc.constantFrom('zh-CN', 'en'),
        fc.boolean(),
        fc.boolean(),
        (v, unit, loc, compact, signed) => {
          const texts = [
            formatValue(v, unit, loc, { compact, signed }),
            formatChange(v, unit, loc),
            formatTarget({ value: v, max: v * 2, comparator: compact ? 'between' : 'gte' }, unit, loc),
          ];
          for (const text of texts) {
            expect(text).not.toMatch(/NaN|undefined|null|Infinity|∞/);
            expect(text.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('formatChange', () => {
  it("formatChange(0.93, '%') is in percentage points", () => {
    expect(formatChange(0.93, '%', 'zh-CN')).toBe('+0.93个百分点');
    expect(formatChange(0.93, '%', 'en')).toBe('+0.93 pp');
  });
  it("formatChange(697, '家') is a signed value with its unit", () => {
    expect(formatChange(697, '家', 'zh-CN')).toBe('+697家');
    expect(formatChange(697, '家', 'en')).toBe('+697');
  });
  it('formatChange(negative / zero / NaN)', () => {
    expect(formatChange(-0.2, '吨标煤/万元', 'zh-CN')).toBe('-0.2吨标煤/万元');
    expect(formatChange(0, '家', 'en')).toBe('0');
    expect(formatChange(NaN, '%', 'en')).toBe('—');
  });
});

describe('formatTarget', () => {
  it("formatTarget(gte 2.5, '%') is 2.5%以上 / at least 2.5%; symbol form ≥2.5%", () => {
    const t = { value: 2.5, max: null, comparator: 'gte' as const };
    expect(formatTarget(t, '%', 'zh-CN')).toBe('2.5%以上');
    expect(formatTarget(t, '%', 'en')).toBe('at least 2.5%');
    expect(formatTarget(t, '%', 'zh-CN', { symbol: true })).toBe('≥2.5%');
    expect(formatTarget(t, '%', 'en', { symbol: true })).toBe('≥2.5%');
  });
  it("formatTarget(between 3~4, '个') is 3~4个 / 3–4", () => {
    const t = { value: 3, max: 4, comparator: 'between' as const };
    expect(formatTarget(t, '个', 'zh-CN')).toBe('3~4个');
    expect(formatTarget(t, '个', 'en')).toBe('3–4');
    expect(formatTarget({ value: 300, max: 400, comparator: 'between' }, '亿元', 'en')).toBe('CNY 30–40 bn');
  });
  it("formatTarget(approx 10, '个') is 约10个 / about 10", () => {
    const t = { value: 10, max: null, comparator: 'approx' as const };
    expect(formatTarget(t, '个', 'zh-CN')).toBe('约10个');
    expect(formatTarget(t, '个', 'en')).toBe('about 10');
    expect(formatTarget(t, '个', 'en', { symbol: true })).toBe('≈10');
  });
  it('formatTarget(eq / gt / lte / lt) in both locales', () => {
    expect(formatTarget({ value: 60, max: null, comparator: 'eq' }, '%', 'zh-CN')).toBe('60%');
    expect(formatTarget({ value: 60, max: null, comparator: 'eq' }, '%', 'en')).toBe('60%');
    expect(formatTarget({ value: 400, max: null, comparator: 'gt' }, '亿元', 'zh-CN')).toBe('超过400亿元');
    expect(formatTarget({ value: 400, max: null, comparator: 'gt' }, '亿元', 'en')).toBe(
      'more than CNY 40 bn',
    );
    expect(formatTarget({ value: 2, max: null, comparator: 'lte' }, '吨标煤/万元', 'zh-CN')).toBe(
      '2.0吨标煤/万元以下',
    );
    expect(formatTarget({ value: 2, max: null, comparator: 'lte' }, '吨标煤/万元', 'en')).toBe(
      'at most 2.0 t sce/CNY 10k',
    );
    expect(formatTarget({ value: 5, max: null, comparator: 'lt' }, '%', 'zh-CN')).toBe('低于5%');
    expect(formatTarget({ value: 5, max: null, comparator: 'lt' }, '%', 'en', { symbol: true })).toBe('<5%');
  });
  it("formatTarget(lte 10, '位') reads as a rank: 前10位 / top 10", () => {
    const t = { value: 10, max: null, comparator: 'lte' as const };
    expect(formatTarget(t, '位', 'zh-CN')).toBe('前10位');
    expect(formatTarget(t, '位', 'en')).toBe('top 10');
    expect(formatTarget(t, '位', 'en', { symbol: true })).toBe('≤No. 10');
    expect(formatTarget({ value: 8, max: null, comparator: 'eq' }, '位', 'zh-CN')).toBe('第8位');
  });
  it('formatTarget(null value) is —', () => {
    expect(formatTarget({ value: null, max: null, comparator: 'gte' }, '%', 'zh-CN')).toBe('—');
    expect(formatTarget({ value: NaN, max: null, comparator: 'gte' }, '%', 'en')).toBe('—');
  });
});

describe('formatRelativeTarget', () => {
  const y = (year: number, label = String(year)): PlanYear => ({ year, label, masked: false });
  it('formatRelativeTarget(percent +30 vs “十一五”末) keeps the label in zh-CN and the year in en', () => {
    const rel = { type: 'percent' as const, amount: 30, baseYear: y(2010, '“十一五”末') };
    expect(formatRelativeTarget(rel, '%', 'zh-CN')).toBe('+30%（较“十一五”末）');
    expect(formatRelativeTarget(rel, '%', 'en')).toBe('+30% vs 2010');
    expect(formatRelativeTarget({ ...rel, baseYear: y(2010) }, '%', 'zh-CN')).toBe('+30%（较2010年）');
    expect(formatRelativeTarget({ ...rel, baseYear: null }, '%', 'en')).toBe('+30%');
  });
  it('formatRelativeTarget(points +12) is in percentage points', () => {
    const rel = { type: 'points' as const, amount: 12, baseYear: null };
    expect(formatRelativeTarget(rel, '%', 'zh-CN')).toBe('+12个百分点');
    expect(formatRelativeTarget(rel, '%', 'en')).toBe('+12 pp');
  });
  it('formatRelativeTarget(multiple ×2) is 翻番（×2） / ×2', () => {
    const rel = { type: 'multiple' as const, factor: 2, baseYear: null };
    expect(formatRelativeTarget(rel, '亿元', 'zh-CN')).toBe('翻番（×2）');
    expect(formatRelativeTarget(rel, '亿元', 'en')).toBe('×2');
    expect(formatRelativeTarget({ ...rel, factor: 3 }, '亿元', 'zh-CN')).toBe('增至3倍（×3）');
  });
  it('formatRelativeTarget(annual-growth 20) is 年均增长20% / +20% a year', () => {
    const rel = { type: 'annual-growth' as const, percent: 20, baseYear: null };
    expect(formatRelativeTarget(rel, '亿元', 'zh-CN')).toBe('年均增长20%');
    expect(formatRelativeTarget(rel, '亿元', 'en')).toBe('+20% a year');
  });
  it('formatRelativeTarget(rank 50) is 前50位 / top 50', () => {
    expect(formatRelativeTarget({ type: 'rank', value: 50 }, '位', 'zh-CN')).toBe('前50位');
    expect(formatRelativeTarget({ type: 'rank', value: 50 }, '位', 'en')).toBe('top 50');
  });
  it('formatRelativeTarget(non-finite amount) is —', () => {
    expect(formatRelativeTarget({ type: 'percent', amount: NaN, baseYear: null }, '%', 'en')).toBe('—');
  });
});

describe('formatPace', () => {
  it('formatPace(linear 0.186 / 0.06, %) reads in percentage points', () => {
    const pace = { kind: 'linear' as const, required: 0.186, historical: 0.06 };
    expect(formatPace(pace, '%', 'zh-CN')).toBe('需年均 +0.19个百分点，此前年均 +0.06个百分点');
    expect(formatPace(pace, '%', 'en')).toBe('needs +0.19 pp a year; was +0.06 pp a year');
  });
  it('formatPace(compound 0.237 / 0.251) reads as growth rates', () => {
    const pace = { kind: 'compound' as const, required: 0.237, historical: 0.251 };
    expect(formatPace(pace, '家', 'zh-CN')).toBe('需年均增长23.7%，此前年均增长25.1%');
    expect(formatPace(pace, '家', 'en')).toBe('needs +23.7% a year; was +25.1% a year');
  });
  it('formatPace(null parts) omits them', () => {
    expect(formatPace({ kind: 'compound', required: 0.237, historical: null }, '家', 'zh-CN')).toBe(
      '需年均增长23.7%',
    );
    expect(formatPace({ kind: 'linear', required: null, historical: null }, '%', 'en')).toBe('');
  });
  it('formatPace(negative compound) reads as a decline', () => {
    expect(formatPace({ kind: 'compound', required: -0.05, historical: null }, '位', 'zh-CN')).toBe(
      '需年均下降5%',
    );
    expect(formatPace({ kind: 'compound', required: -0.05, historical: null }, '位', 'en')).toBe(
      'needs -5% a year',
    );
  });
});

describe('formatNumber fast path', () => {
  it('formatNumber(x, locale, digits) matches Intl.NumberFormat without building one (5,000 seeded values)', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const misses: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const v = Math.round(rand() * 10 ** Math.floor(rand() * 14 - 4) * 1000) / (rand() < 0.5 ? 1000 : 7);
      const max = Math.floor(rand() * 4);
      const min = Math.floor(rand() * (max + 1));
      for (const loc of ['zh-CN', 'en'] as const) {
        const got = formatNumber(v, loc, { maximumFractionDigits: max, minimumFractionDigits: min });
        const useGrouping = (loc === 'zh-CN' ? 'min2' : 'always') as unknown as boolean;
        const want = new Intl.NumberFormat(loc, {
          maximumFractionDigits: max,
          minimumFractionDigits: min,
          useGrouping,
        }).format(v);
        if (got !== want) misses.push(`${v} ${loc} ${max}/${min}: ${got} ≠ ${want}`);
      }
    }
    expect(misses.slice(0, 5)).toEqual([]);
  });
});
