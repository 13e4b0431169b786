import { describe, expect, it } from 'vitest';
import {
  BOM,
  quoteField,
  tableRows,
  toCsv,
  toTsv,
} from '../../src/components/platform-table/platform-table.csv.js';
import {
  buildPlatformTable,
  sortPlatformRows,
} from '../../src/components/platform-table/platform-table.model.js';
import type { PlanDocumentInput } from '../../src/model/types.js';
import { validatePlan } from '../../src/model/validate.js';
import { baodingPlatforms } from '../fixtures/platform-plans.js';

const tricky: PlanDocumentInput = {
  version: 1,
  plan: { id: 'tricky', title: 't' },
  platforms: [
    { id: 'a', type: '实验室, "重点"', level: 'national', count: 3 },
    { id: 'b', type: 'line\nbreak', level: 'national', count: 5, members: ['甲,乙', '丙"丁'] },
  ],
};

describe('quoteField', () => {
  it("quoteField('a,b') quotes a field with a comma", () => {
    expect(quoteField('a,b')).toBe('"a,b"');
  });
  it('quoteField doubles quotes and quotes CR and LF', () => {
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('a\nb')).toBe('"a\nb"');
    expect(quoteField('a\rb')).toBe('"a\rb"');
  });
  it('quoteField leaves plain text alone and writes "" for non-strings', () => {
    expect(quoteField('重点实验室 24家')).toBe('重点实验室 24家');
    expect(quoteField(undefined)).toBe('');
    expect(quoteField(null)).toBe('');
    expect(quoteField(Number.NaN)).toBe('');
    expect(quoteField(12)).toBe('12');
  });
  it("quoteField(text, '\\t') quotes on tabs, not commas", () => {
    expect(quoteField('a,b', '\t')).toBe('a,b');
    expect(quoteField('a\tb', '\t')).toBe('"a\tb"');
  });
});

describe('toCsv', () => {
  const plan = validatePlan(baodingPlatforms).plan;

  it('toCsv starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const m = buildPlatformTable(plan, { locale: 'zh-CN' });
    const csv = toCsv(m.columns, m.rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(BOM).toBe('\uFEFF');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toHaveLength(m.rows.length + 2);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r|\n/);
  });

  it('toCsv writes the header row in the locale', () => {
    const zh = buildPlatformTable(plan, { locale: 'zh-CN' });
    const en = buildPlatformTable(plan, { locale: 'en' });
    expect(toCsv(zh.columns, zh.rows).split('\r\n')[0]).toBe(`${BOM}平台类型,国家级,省级,市级,未注明,合计`);
    expect(toCsv(en.columns, en.rows).split('\r\n')[0]).toBe(
      `${BOM}Platform type,National,Provincial,Municipal,Level not stated,Total`,
    );
  });

  it('toCsv writes exactly the given rows in their order (the current sort)', () => {
    const m = buildPlatformTable(plan, { locale: 'zh-CN' });
    const sorted = sortPlatformRows(m.rows, 4, 'descending');
    const lines = toCsv(m.columns, sorted).slice(1).split('\r\n');
    expect(lines.slice(1, -1)).toEqual([
      '科技创新平台（国家、省、市三级）（总数）,,,,120家（现有）,',
      '其中：工程技术中心,,,,94家,',
      '其中：工程技术中心,1家,24家,,,',
      '其中：重点实验室,,,,24家,',
      '其中：重点实验室,2家,13家,9家,,24家',
      '其中：产业研究院,,,,2家,',
    ]);
  });

  it('toCsv quotes commas, quotes and newlines of type names and members (RFC 4180)', () => {
    const m = buildPlatformTable(validatePlan(tricky).plan, { locale: 'zh-CN' });
    const csv = toCsv(m.columns, m.rows);
    expect(csv).toBe(
      `${BOM}平台类型,国家级\r\n"实验室, ""重点""",3\r\n"line\nbreak","5；名单（2）：甲,乙、丙""丁"\r\n`,
    );
  });

  it('toTsv separates with tabs, has no BOM, and matches tableRows', () => {
    const m = buildPlatformTable(validatePlan(tricky).plan, { locale: 'en' });
    const tsv = toTsv(m.columns, m.rows);
    expect(tsv.startsWith(BOM)).toBe(false);
    expect(tsv.split('\r\n')[0]).toBe('Platform type\tNational');
    expect(tableRows(m.columns, m.rows)).toHaveLength(3);
    expect(tsv).toContain('"line\nbreak"\t');
  });
});
