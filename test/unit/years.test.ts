import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_PLANS, parsePeriod, parseYear } from '../../src/model/years.js';

describe('parseYear', () => {
  it('parseYear(2015) reads a number', () => {
    expect(parseYear(2015)).toEqual({ year: 2015, label: '2015', masked: false });
  });
  it("parseYear('2015') and parseYear('2015年') read text years", () => {
    expect(parseYear('2015')).toEqual({ year: 2015, label: '2015', masked: false });
    expect(parseYear('2015年')).toEqual({ year: 2015, label: '2015年', masked: false });
    expect(parseYear('２０１５年')).toMatchObject({ year: 2015 });
  });
  it('parseYear reads five-year-plan ends and starts (…末, …初)', () => {
    expect(parseYear('“十二五”末')).toEqual({ year: 2015, label: '“十二五”末', masked: false });
    expect(parseYear('"十三五"末')).toMatchObject({ year: 2020 });
    expect(parseYear('十一五末')).toMatchObject({ year: 2010 });
    expect(parseYear('“十四五”初')).toMatchObject({ year: 2021 });
    expect(parseYear('十五五期末')).toMatchObject({ year: 2030 });
  });
  it("parseYear('“十二五”期间') is a label without a year (a period, not a year)", () => {
    expect(parseYear('“十二五”期间')).toEqual({ year: null, label: '“十二五”期间', masked: false });
  });
  for (const mask of ['20XX', '201*', '20__', '20××', '20XX年', '20xx']) {
    it(`parseYear('${mask}') is masked, with no year`, () => {
      expect(parseYear(mask)).toEqual({ year: null, label: mask, masked: true });
    });
  }
  it("parseYear('现有') is a label, not masked", () => {
    expect(parseYear('现有')).toEqual({ year: null, label: '现有', masked: false });
  });
  it('parseYear(bad input) returns null', () => {
    for (const v of [undefined, null, {}, [], NaN, Infinity, 2015.5, -3, 123456, '', '   ', true]) {
      expect(parseYear(v)).toBeNull();
    }
  });
});

describe('parsePeriod', () => {
  it('parsePeriod({start, end}) reads an object', () => {
    expect(parsePeriod({ start: 2016, end: 2020 })).toEqual({ start: 2016, end: 2020 });
  });
  it("parsePeriod('2016-2020') and parsePeriod('2016—2020年') read ranges", () => {
    expect(parsePeriod('2016-2020')).toEqual({ start: 2016, end: 2020 });
    expect(parsePeriod('2016—2020年')).toEqual({ start: 2016, end: 2020 });
    expect(parsePeriod('2016年～2020年')).toEqual({ start: 2016, end: 2020 });
    expect(parsePeriod('2016至2020年')).toEqual({ start: 2016, end: 2020 });
  });
  it('parsePeriod reads five-year plans with or without quotes and 期间', () => {
    expect(parsePeriod('十三五')).toEqual({ start: 2016, end: 2020 });
    expect(parsePeriod('“十三五”')).toEqual({ start: 2016, end: 2020 });
    expect(parsePeriod('"十一五"')).toEqual({ start: 2006, end: 2010 });
    expect(parsePeriod('“十二五”期间')).toEqual({ start: 2011, end: 2015 });
    expect(parsePeriod('十四五')).toEqual({ start: 2021, end: 2025 });
    expect(parsePeriod('十五五')).toEqual({ start: 2026, end: 2030 });
  });
  it('parsePeriod(bad input) returns null', () => {
    for (const v of [
      undefined,
      null,
      2016,
      '2020-2016',
      { start: 2020, end: 2016 },
      { start: 'x' },
      '20XX-20XX',
      '现有',
    ]) {
      expect(parsePeriod(v)).toBeNull();
    }
  });
  it('FIVE_YEAR_PLANS maps 十一五 … 十五五 to their years', () => {
    expect(FIVE_YEAR_PLANS.get('十一五')).toEqual({ start: 2006, end: 2010 });
    expect(FIVE_YEAR_PLANS.get('十二五')).toEqual({ start: 2011, end: 2015 });
    expect(FIVE_YEAR_PLANS.get('十三五')).toEqual({ start: 2016, end: 2020 });
    expect(FIVE_YEAR_PLANS.get('十四五')).toEqual({ start: 2021, end: 2025 });
    expect(FIVE_YEAR_PLANS.get('十五五')).toEqual({ start: 2026, end: 2030 });
  });
});
