import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/model/quantity.js';
import type { Comparator } from '../../src/model/types.js';

/**
 * Quantities as the plans write them, taken verbatim from ../shared/seeds/*.txt (seed number in the last
 * column) and the Chongqing extraction, each with its parse written out by hand:
 * [text, value, max, comparator, unit, magnitude, seeds].
 */
const CORPUS: Array<[string, number | null, number | null, Comparator, string, number, string]> = [
  // 以上 / 及以上 → gte
  ['达到2.0%以上', 2, null, 'gte', '%', 1, '003 004'],
  ['90%以上', 90, null, 'gte', '%', 1, '004'],
  ['20家以上', 20, null, 'gte', '家', 1, '001 003 004'],
  ['60%以上', 60, null, 'gte', '%', 1, '002 004'],
  ['达到0.8%及以上', 0.8, null, 'gte', '%', 1, '003'],
  ['1000万元以上', 1000, null, 'gte', '元', 1e4, '001'],
  ['达到3000家以上', 3000, null, 'gte', '家', 1, '002'],
  ['达到400亿元以上', 400, null, 'gte', '元', 1e8, '002'],
  ['达到1600件以上', 1600, null, 'gte', '件', 1, '004'],
  ['达到18.5亿元以上', 18.5, null, 'gte', '元', 1e8, '003'],
  ['10万元以上', 10, null, 'gte', '元', 1e4, '000 003'],
  ['增长率不低于25%', 25, null, 'gte', '%', 1, '001'],
  ['≥70%', 70, null, 'gte', '%', 1, '004'],
  // 左右 → approx
  ['15个左右', 15, null, 'approx', '个', 1, '001 002'],
  ['10个左右', 10, null, 'approx', '个', 1, '000 002'],
  ['达到64亿元左右', 64, null, 'approx', '元', 1e8, '003'],
  ['达到4万人左右', 4, null, 'approx', '人', 1e4, '004'],
  ['达到40000人左右', 40000, null, 'approx', '人', 1, '004'],
  // 以下 / 以内 / 不超过 → lte
  ['2家以下', 2, null, 'lte', '家', 1, '003'],
  ['0.5%以下', 0.5, null, 'lte', '%', 1, '003'],
  ['2.5%以内', 2.5, null, 'lte', '%', 1, '004'],
  ['最高不超过100万元', 100, null, 'lte', '元', 1e4, '003'],
  // 多 / 余 / 超过 → gt
  ['200多亿元', 200, null, 'gt', '元', 1e8, '003'],
  ['180余个', 180, null, 'gt', '个', 1, '004'],
  ['3000余万元', 3000, null, 'gt', '元', 1e4, '000'],
  ['300多万人次', 300, null, 'gt', '人次', 1e4, '000'],
  ['1200多名', 1200, null, 'gt', '名', 1, '003'],
  ['2100多件', 2100, null, 'gt', '件', 1, '000'],
  ['超过1100个', 1100, null, 'gt', '个', 1, '002'],
  // ranges → between (as written: value = first, max = second)
  ['2-3个', 2, 3, 'between', '个', 1, '003 004'],
  ['1—2项', 1, 2, 'between', '项', 1, '001'],
  ['15-18项', 15, 18, 'between', '项', 1, '001'],
  ['3—5个', 3, 5, 'between', '个', 1, '000'],
  ['1%-0.5%', 1, 0.5, 'between', '%', 1, '003'],
  ['20%-10%', 20, 10, 'between', '%', 1, '003'],
  ['10-5家', 10, 5, 'between', '家', 1, '003'],
  // 个百分点 → pp
  ['5.1个百分点', 5.1, null, 'eq', 'pp', 1, '002'],
  ['12个百分点', 12, null, 'eq', 'pp', 1, '004'],
  ['增长0.3个百分点', 0.3, null, 'eq', 'pp', 1, '002'],
  // magnitudes and plain values
  ['1.84万人', 1.84, null, 'eq', '人', 1e4, '004'],
  ['117.16万人', 117.16, null, 'eq', '人', 1e4, '004'],
  ['1931.44亿元', 1931.44, null, 'eq', '元', 1e8, '004'],
  ['10000万元', 10000, null, 'eq', '元', 1e4, '003'],
  ['3.33万人', 3.33, null, 'eq', '人', 1e4, '004'],
  ['241.5亿元', 241.5, null, 'eq', '元', 1e8, '002'],
  ['413.3 亿元', 413.3, null, 'eq', '元', 1e8, '004 (spaced)'],
  ['38915件', 38915, null, 'eq', '件', 1, '002'],
  ['1035家', 1035, null, 'eq', '家', 1, '002'],
  ['第16位', 16, null, 'eq', '位', 1, '003'],
  ['2.0吨标煤/万元', 2, null, 'eq', '吨标煤/万元', 1, '004'],
  ['896家', 896, null, 'eq', '家', 1, '002'],
  ['5.88万人', 5.88, null, 'eq', '人', 1e4, '002'],
  // table cells of 专栏1/专栏2 (seed 002)
  ['52.9', 52.9, null, 'eq', '', 1, '002 专栏1'],
  ['1.57', 1.57, null, 'eq', '', 1, '002 专栏2'],
  ['——', null, null, 'eq', '', 1, '002 专栏1'],
  // also_stated restatements (extraction)
  ['3000家以上', 3000, null, 'gte', '家', 1, '002 line 1594'],
  ['力争实现翻番', null, null, 'eq', '', 1, '002 line 1855'],
];

describe('corpus: quantities as the plans write them', () => {
  it('the corpus has at least 40 entries', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });
  for (const [text, value, max, comparator, unit, magnitude, seeds] of CORPUS) {
    it(`parseQuantity('${text}') → ${comparator} ${String(value)}${max === null ? '' : `–${max}`} ${unit} ×${magnitude} (seed ${seeds})`, () => {
      expect(parseQuantity(text)).toEqual({ value, max, comparator, unit, magnitude, text: text.trim() });
    });
  }
});
