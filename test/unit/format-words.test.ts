import { describe, expect, it } from 'vitest';
import {
  comparatorWord,
  formatAttribute,
  formatStatus,
  formatYear,
  messages,
} from '../../src/format/index.js';
import type { Comparator, Status } from '../../src/model/types.js';

describe('comparatorWord', () => {
  const table: Array<[Comparator, string, string]> = [
    ['gte', '以上', 'at least'],
    ['gt', '超过', 'more than'],
    ['lte', '以下', 'at most'],
    ['lt', '低于', 'less than'],
    ['approx', '左右', 'about'],
    ['between', '至', 'to'],
    ['eq', '', ''],
  ];
  for (const [c, zh, en] of table) {
    it(`comparatorWord('${c}') is '${zh}' / '${en}'`, () => {
      expect(comparatorWord(c, 'zh-CN')).toBe(zh);
      expect(comparatorWord(c, 'en')).toBe(en);
    });
  }
  it("comparatorWord(unknown) is ''", () => expect(comparatorWord('zz' as Comparator, 'en')).toBe(''));
});

describe('formatYear', () => {
  it('formatYear(2015) is 2015年 / 2015', () => {
    const y = { year: 2015, label: '2015', masked: false };
    expect(formatYear(y, 'zh-CN')).toBe('2015年');
    expect(formatYear(y, 'en')).toBe('2015');
  });
  it("formatYear('20XX') stays as written in both locales", () => {
    const y = { year: null, label: '20XX', masked: true };
    expect(formatYear(y, 'zh-CN')).toBe('20XX');
    expect(formatYear(y, 'en')).toBe('20XX');
  });
  it("formatYear('“十二五”末') is as written in zh-CN and the year in en", () => {
    const y = { year: 2015, label: '“十二五”末', masked: false };
    expect(formatYear(y, 'zh-CN')).toBe('“十二五”末');
    expect(formatYear(y, 'en')).toBe('2015');
  });
  it("formatYear('现有') is as written; null is —", () => {
    expect(formatYear({ year: null, label: '现有', masked: false }, 'en')).toBe('现有');
    expect(formatYear(null, 'zh-CN')).toBe('—');
  });
});

describe('formatStatus', () => {
  const table: Array<[Status, string, string]> = [
    ['achieved', '达标', 'achieved'],
    ['on-track', '正常推进', 'on track'],
    ['behind', '滞后', 'behind'],
    ['off-track', '偏离', 'off track'],
    ['target-only', '仅有目标', 'target only'],
    ['no-current-data', '暂无最新数据', 'no current data'],
    ['not-assessable', '无法评估', 'not assessable'],
  ];
  for (const [s, zh, en] of table) {
    it(`formatStatus('${s}') is ${zh} / ${en}`, () => {
      expect(formatStatus(s, 'zh-CN')).toBe(zh);
      expect(formatStatus(s, 'en')).toBe(en);
    });
  }
});

describe('formatAttribute', () => {
  it('formatAttribute(expected/binding) is 预期性/约束性 ↔ expected/binding', () => {
    expect(formatAttribute('expected', 'zh-CN')).toBe('预期性');
    expect(formatAttribute('binding', 'zh-CN')).toBe('约束性');
    expect(formatAttribute('expected', 'en')).toBe('expected');
    expect(formatAttribute('binding', 'en')).toBe('binding');
    expect(formatAttribute(undefined, 'en')).toBe('');
  });
});

describe('messages', () => {
  it('messages(locale) has the shared UI words in both locales', () => {
    expect(messages('zh-CN')).toMatchObject({
      target: '目标',
      baseline: '基期',
      latest: '最新',
      expectedByNow: '预期进度',
      source: '来源',
      dataProblem: '数据有问题',
      beyondScale: '超出刻度',
      noData: '无数据',
      table: '表格',
      binding: '约束性',
      progress: '进度',
    });
    expect(messages('en-GB')).toMatchObject({
      target: 'target',
      baseline: 'baseline',
      latest: 'latest',
      expectedByNow: 'expected by now',
      source: 'source',
      dataProblem: 'Data problems',
      beyondScale: 'beyond scale',
      noData: 'no data',
      table: 'Table',
      binding: 'binding',
      progress: 'progress',
    });
  });
  it('messages(zh-CN) and messages(en) have the same keys, all non-empty', () => {
    const zh = messages('zh-CN');
    const en = messages('en');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const v of [...Object.values(zh), ...Object.values(en)]) expect(v).not.toBe('');
  });
});
