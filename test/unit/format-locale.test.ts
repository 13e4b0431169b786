import { describe, expect, it } from 'vitest';
import { localize, resolveLocale } from '../../src/format/index.js';

describe('resolveLocale', () => {
  for (const tag of ['zh', 'zh-Hans', 'zh-CN', 'zh-TW', 'ZH-cn', 'zh_CN']) {
    it(`resolveLocale('${tag}') is zh-CN`, () => expect(resolveLocale(tag)).toBe('zh-CN'));
  }
  for (const tag of ['en', 'en-GB', 'EN-us', 'en_US']) {
    it(`resolveLocale('${tag}') is en`, () => expect(resolveLocale(tag)).toBe('en'));
  }
  it("resolveLocale('', 'fr', null, undefined, 42) falls back to zh-CN", () => {
    for (const tag of ['', 'fr', '  ', null, undefined, 42 as unknown as string]) {
      expect(resolveLocale(tag)).toBe('zh-CN');
    }
  });
});

describe('localize', () => {
  const text = { 'zh-CN': '研发投入强度', en: 'R&D intensity' };
  it('localize(string) returns it in every locale', () => {
    expect(localize('科技进步贡献率', 'en')).toBe('科技进步贡献率');
    expect(localize('科技进步贡献率', 'zh-CN')).toBe('科技进步贡献率');
  });
  it('localize(map, exact locale) picks that entry', () => {
    expect(localize(text, 'en')).toBe('R&D intensity');
    expect(localize(text, 'zh-CN')).toBe('研发投入强度');
  });
  it("localize(map, 'en-GB') falls back to the same language", () => {
    expect(localize(text, 'en-GB')).toBe('R&D intensity');
    expect(localize({ zh: '中文', en: 'English' }, 'zh-CN')).toBe('中文');
  });
  it('localize(map without the locale) falls back to zh-CN, then the first value', () => {
    expect(localize({ fr: 'français', 'zh-CN': '中文' }, 'en')).toBe('中文');
    expect(localize({ fr: 'français', de: 'Deutsch' }, 'en')).toBe('français');
  });
  it("localize(undefined / {} / empty strings) is ''", () => {
    expect(localize(undefined, 'en')).toBe('');
    expect(localize({}, 'en')).toBe('');
    expect(localize({ en: '', 'zh-CN': undefined }, 'en')).toBe('');
    expect(localize({ en: '', 'zh-CN': '中文' }, 'en')).toBe('中文');
  });
});
