import { describe, expect, it } from 'vitest';
import { indicatorFromAttributes } from '../../src/components/gauge/gauge.indicator.js';
import { parseRelativeTarget, unitMagnitude } from '../../src/components/gauge/gauge.input.js';
import { PLAIN, readAttributes } from '../../src/components/gauge/gauge.attributes.js';

describe('indicatorFromAttributes', () => {
  it("indicatorFromAttributes({ target: '2.5%以上' }) reads a gte target and the unit", () => {
    const { indicator, problems } = indicatorFromAttributes({
      value: '1.57',
      year: '2015',
      target: '2.5%以上',
      targetYear: '2020',
      label: '研究与试验发展经费投入强度',
    });
    expect(problems).toEqual([]);
    expect(indicator?.unit).toBe('%');
    expect(indicator?.target).toMatchObject({ value: 2.5, comparator: 'gte', max: null, text: '2.5%以上' });
    expect(indicator?.target?.year).toMatchObject({ year: 2020, masked: false });
    expect(indicator?.observations.map((o) => [o.year.year, o.value])).toEqual([[2015, 1.57]]);
    expect(indicator?.name).toBe('研究与试验发展经费投入强度');
    expect(indicator?.direction).toBe('increase');
  });

  it('indicatorFromAttributes() puts the baseline before the value', () => {
    const { indicator } = indicatorFromAttributes({
      baseline: '1.57',
      baselineYear: '2015',
      value: '1.8',
      year: '2018',
      target: '2.5',
    });
    expect(indicator?.observations.map((o) => [o.year.year, o.value])).toEqual([
      [2015, 1.57],
      [2018, 1.8],
    ]);
  });

  it("indicatorFromAttributes({ value: '241.5亿元', unit: '亿元' }) keeps values in the unit's magnitude", () => {
    const a = indicatorFromAttributes({ value: '241.5亿元', unit: '亿元', target: '400' });
    expect(a.indicator?.observations[0]?.value).toBe(241.5);
    const b = indicatorFromAttributes({ value: '24150000000元', unit: '亿元' });
    expect(b.indicator?.observations[0]?.value).toBe(241.5);
    const c = indicatorFromAttributes({ value: '241.5亿元' });
    expect(c.indicator?.unit).toBe('亿元');
    expect(c.indicator?.observations[0]?.value).toBe(241.5);
  });

  it("indicatorFromAttributes({ target: '3~4个' }) reads a between target", () => {
    const { indicator } = indicatorFromAttributes({ target: '3~4个' });
    expect(indicator?.target).toMatchObject({ value: 3, max: 4, comparator: 'between' });
    expect(indicator?.unit).toBe('个');
  });

  it("indicatorFromAttributes({ comparator: 'between', targetMax }) takes the upper end from target-max", () => {
    const { indicator, problems } = indicatorFromAttributes({
      target: '10',
      targetMax: '12',
      comparator: 'between',
    });
    expect(problems).toEqual([]);
    expect(indicator?.target).toMatchObject({ value: 10, max: 12, comparator: 'between' });
  });

  it('indicatorFromAttributes() lets the comparator attribute override the written one and accepts symbols', () => {
    expect(
      indicatorFromAttributes({ target: '2.5%以上', comparator: 'eq' }).indicator?.target?.comparator,
    ).toBe('eq');
    expect(indicatorFromAttributes({ target: '2.5', comparator: '≤' }).indicator?.target?.comparator).toBe(
      'lte',
    );
    expect(
      indicatorFromAttributes({ target: '2.5', comparator: 'APPROX' }).indicator?.target?.comparator,
    ).toBe('approx');
  });

  it('indicatorFromAttributes() reads direction and attribute (约束性 → binding)', () => {
    const { indicator, problems } = indicatorFromAttributes({
      value: '2.1',
      direction: 'decrease',
      attribute: '约束性',
    });
    expect(problems).toEqual([]);
    expect(indicator?.direction).toBe('decrease');
    expect(indicator?.attribute).toBe('binding');
  });

  it("indicatorFromAttributes({ value: 'abc' }) reports an unreadable value and keeps the rest", () => {
    const { indicator, problems } = indicatorFromAttributes({ value: 'abc', target: '2.5', label: 'x' });
    expect(problems).toEqual([{ path: '/value', message: '数值“abc”不是数值，已忽略' }]);
    expect(indicator?.observations).toEqual([]);
    expect(indicator?.target?.value).toBe(2.5);
  });

  it("indicatorFromAttributes({ value: '——' }) is no value, as in CSV and tables: no problem", () => {
    for (const text of ['——', '—', '-', 'N/A', '暂无', '']) {
      const { indicator, problems } = indicatorFromAttributes({ value: text, target: '2.5', label: 'x' });
      expect(problems, text).toEqual([]);
      expect(indicator?.observations).toEqual([]);
    }
    const { problems } = indicatorFromAttributes({ baseline: '——', value: '1', target: '2' }, 'en');
    expect(problems).toEqual([]);
  });

  it('indicatorFromAttributes() writes problem messages in English for en', () => {
    const { problems } = indicatorFromAttributes({ value: 'abc' }, 'en');
    expect(problems[0]?.message).toBe('value "abc" is not a number; ignored');
  });

  it('indicatorFromAttributes() reports min ≥ max and drops both', () => {
    const r = indicatorFromAttributes({ value: '1', min: '5', max: '2' });
    expect(r.min).toBeNull();
    expect(r.max).toBeNull();
    expect(r.problems.map((p) => p.path)).toEqual(['/min']);
  });

  it('indicatorFromAttributes() reports a target below min', () => {
    const r = indicatorFromAttributes({ value: '5', target: '1', min: '2', max: '10' }, 'en');
    expect(r.min).toBe(2);
    expect(r.max).toBe(10);
    expect(r.problems).toEqual([
      { path: '/target', message: 'target 1 lies outside the min–max scale; drawn at its end' },
    ]);
  });

  it("indicatorFromAttributes({ year: '20XX' }) keeps a masked year as written and reports it", () => {
    const r = indicatorFromAttributes({ value: '3', year: '20XX', target: '5', targetYear: '2020' }, 'en');
    expect(r.indicator?.observations[0]?.year).toMatchObject({ year: null, masked: true, label: '20XX' });
    expect(r.problems.map((p) => p.path)).toEqual(['/year']);
  });

  it('indicatorFromAttributes() reports a year that is no year', () => {
    const r = indicatorFromAttributes({ value: '3', baselineYear: 'soon' }, 'en');
    expect(r.problems.map((p) => p.path)).toEqual(['/baseline-year']);
  });

  it("indicatorFromAttributes({ target: '提高30%' }) without a baseline reports a relative target without base", () => {
    const r = indicatorFromAttributes({ target: '提高30%', label: 'x' }, 'en');
    expect(r.indicator?.target).toMatchObject({ value: null, relative: { type: 'percent', amount: 30 } });
    expect(r.problems.map((p) => p.path)).toEqual(['/target']);
    const withBase = indicatorFromAttributes({ target: '提高30%', baseline: '10', baselineYear: '2015' });
    expect(withBase.problems).toEqual([]);
    expect(withBase.indicator?.target?.relative).toMatchObject({ type: 'percent', baseYear: { year: 2015 } });
  });

  it('indicatorFromAttributes() reports a target with no number and bad choices', () => {
    const r = indicatorFromAttributes(
      { target: '——', comparator: 'most', direction: 'up', attribute: 'x' },
      'en',
    );
    expect(r.problems.map((p) => p.path).sort()).toEqual([
      '/attribute',
      '/comparator',
      '/direction',
      '/target',
    ]);
    expect(r.indicator).toBeNull();
  });

  it('indicatorFromAttributes({}) has nothing to show and never throws on odd input', () => {
    expect(indicatorFromAttributes({})).toEqual({ indicator: null, min: null, max: null, problems: [] });
    const odd = { value: {}, target: NaN, min: Infinity, max: [], label: 42, year: Symbol('x') } as never;
    expect(() => indicatorFromAttributes(odd)).not.toThrow();
    expect(() => indicatorFromAttributes(null as never)).not.toThrow();
  });

  it('indicatorFromAttributes() takes numbers set from script as they are', () => {
    const r = indicatorFromAttributes({ value: 1.8, target: 2.5, min: 0, max: 3 });
    expect(r.indicator?.observations[0]?.value).toBe(1.8);
    expect(r.indicator?.target?.value).toBe(2.5);
    expect([r.min, r.max]).toEqual([0, 3]);
  });
});

describe('parseRelativeTarget', () => {
  it('parseRelativeTarget() reads 翻番, 年均增长, 个百分点, +30% and ×3; never 提高到', () => {
    expect(parseRelativeTarget('力争实现翻番', null)).toEqual({
      type: 'multiple',
      factor: 2,
      baseYear: null,
    });
    expect(parseRelativeTarget('年均增长20%', null)).toEqual({
      type: 'annual-growth',
      percent: 20,
      baseYear: null,
    });
    expect(parseRelativeTarget('提高12个百分点', null)).toEqual({
      type: 'points',
      amount: 12,
      baseYear: null,
    });
    expect(parseRelativeTarget('+30%', null)).toEqual({ type: 'percent', amount: 30, baseYear: null });
    expect(parseRelativeTarget('×3', null)).toEqual({ type: 'multiple', factor: 3, baseYear: null });
    expect(parseRelativeTarget('提高到60%', null)).toBeNull();
    expect(parseRelativeTarget('60', null)).toBeNull();
  });
});

describe('unitMagnitude', () => {
  it("unitMagnitude('亿元') is 1e8; compound and plain units are 1", () => {
    expect(unitMagnitude('亿元')).toBe(1e8);
    expect(unitMagnitude('万人')).toBe(1e4);
    expect(unitMagnitude('%')).toBe(1);
    expect(unitMagnitude('吨标煤/万元')).toBe(1);
    expect(unitMagnitude('')).toBe(1);
  });
});

describe('indicatorFromAttributes units', () => {
  it("indicatorFromAttributes({ value: '241.5亿元', target: '400' }) reads the bare target in the value's unit", () => {
    const { indicator } = indicatorFromAttributes({ value: '241.5亿元', target: '400' });
    expect(indicator?.unit).toBe('亿元');
    expect(indicator?.target?.value).toBe(400);
    expect(indicator?.observations[0]?.value).toBe(241.5);
  });
});

describe('readAttributes with PLAIN readers', () => {
  it('readAttributes(attrs, locale, PLAIN) reads plain attributes as indicatorFromAttributes, or fails', () => {
    const nums = [
      '0',
      '-5',
      '007',
      '1.50',
      ' 3 ',
      52.9,
      -1,
      1e21,
      '',
      undefined,
      '2.5%以上',
      '1,000',
      '0x10',
    ];
    const years = ['2015', '9999', 2015, 2015.5, ' 2020 ', undefined, 999, '20XX', '“十三五”末', '2e3'];
    let read = 0;
    for (const value of nums)
      for (const target of nums)
        for (const year of years)
          for (const targetYear of years) {
            const attrs = { value, target, year, targetYear, min: target, max: value, label: 'x', unit: '%' };
            for (const locale of ['zh-CN', 'en']) {
              const plain = readAttributes(attrs, locale, PLAIN);
              if (!plain) continue;
              read++;
              expect(plain).toEqual(indicatorFromAttributes(attrs, locale));
            }
          }
    expect(read).toBeGreaterThan(1000);
  });

  it('readAttributes(attrs, locale, PLAIN) fails on values as written, unusual years and any problem', () => {
    for (const attrs of [
      { value: 1, target: '2.5%以上' },
      { value: '1,000' },
      { value: 1, target: '提高30%' },
      { value: 1, targetYear: '20XX' },
      { value: 1, year: '“十三五”末' },
      { value: 1, year: 2015.5 },
      { value: 5, min: 9, max: 1 },
      { value: 5, direction: 'up' },
    ])
      expect(readAttributes(attrs, 'zh-CN', PLAIN)).toBeNull();
    expect(
      readAttributes({ value: 1.57, target: '2.5', year: 2015, targetYear: '2020' }, 'en', PLAIN),
    ).not.toBeNull();
  });
});
