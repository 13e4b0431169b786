/**
 * Locale resolution: the library speaks zh-CN (default) and en.
 */
import type { LocalizedText } from '../model/types.js';

/**
 * `table[key]` for own keys only ("constructor" is a unit or a word as written too). The format
 * layer's copy of utils/own: the model's readers import that one and a gauge loads them on demand,
 * so the two sides must not share a module (see innovation-gauge.ts).
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** The locales the widgets render. */
export type SupportedLocale = 'zh-CN' | 'en';

/** What a reader sees where there is no number (never "NaN", "undefined", "null"). */
export const MISSING = '—';

/** The default locale: the plans are Chinese government documents. */
export const DEFAULT_LOCALE: SupportedLocale = 'zh-CN';

/**
 * Maps a BCP 47 tag to a supported locale: any `zh*` → `'zh-CN'`, any `en*` → `'en'`, anything
 * else (empty, unknown, not a string) → `'zh-CN'`. Case-insensitive; `_` is read as `-`.
 */
export function resolveLocale(tag: string | null | undefined): SupportedLocale {
  // Fast path: the widgets pass already-resolved locales on every formatting call.
  if (tag === 'zh-CN' || tag === 'en') return tag;
  if (typeof tag !== 'string') return DEFAULT_LOCALE;
  const language = tag.trim().toLowerCase().replace(/_/g, '-').split('-')[0];
  if (language === 'en') return 'en';
  return DEFAULT_LOCALE;
}

const language = (tag: string) => tag.toLowerCase().replace(/_/g, '-').split('-')[0] ?? '';

/**
 * Picks the text for a locale from a `LocalizedText`: the exact locale (case-insensitive), then
 * any entry of the same language, then zh-CN, then the first non-empty value, then `''`.
 */
export function localize(text: LocalizedText | undefined | null, locale: SupportedLocale | string): string {
  if (typeof text === 'string') return text;
  if (!text || typeof text !== 'object') return '';
  const entries = Object.entries(text).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
  );
  if (entries.length === 0) return '';
  const wanted = typeof locale === 'string' ? locale.toLowerCase().replace(/_/g, '-') : DEFAULT_LOCALE;
  const exact = entries.find(([k]) => k.toLowerCase().replace(/_/g, '-') === wanted);
  if (exact) return exact[1];
  const sameLanguage = entries.find(([k]) => language(k) === language(wanted));
  if (sameLanguage) return sameLanguage[1];
  const zh =
    entries.find(([k]) => k.toLowerCase() === 'zh-cn') ?? entries.find(([k]) => language(k) === 'zh');
  if (zh) return zh[1];
  return entries[0]![1];
}
