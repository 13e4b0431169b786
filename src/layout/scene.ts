/**
 * Small pieces the widgets' pure layouts (gauge.layout.ts, target-bars.layout.ts, target-marks.ts)
 * share: number guards, the year text, and the words both scenes use. No DOM.
 */
import { formatYear } from '../format/index.js';
import type { SupportedLocale } from '../format/index.js';
import type { Indicator, Observation, PlanYear, Source } from '../model/types.js';

/** A finite number (not NaN, not ±Infinity, not a string). */
export const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** `n` clamped to 0…1. */
export const clamp01 = (n: number) => (n < 0 ? 0 : n > 1 ? 1 : n);

/** A year for readers, '' when there is none (never the '—' placeholder). */
export function yearText(year: PlanYear | null | undefined, locale: SupportedLocale): string {
  if (!year || (!year.label && !finite(year.year))) return '';
  const text = formatYear(year, locale);
  return text === '—' ? '' : text;
}

/** The source a reader is shown for an indicator: the target's, else the latest value's, else the indicator's; null when it says nothing. */
export function sourceOf(
  indicator: Indicator | null | undefined,
  latest: Observation | null | undefined,
): { quote: string; locator: string; title: string; url: string } | null {
  const src: Source | undefined = indicator?.target?.source ?? latest?.source ?? indicator?.source;
  if (!src || typeof src !== 'object') return null;
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const out = { quote: str(src.quote), locator: str(src.locator), title: str(src.title), url: str(src.url) };
  return out.quote || out.locator || out.title ? out : null;
}

/** Words of the gauge and bar scenes (UI words shared by every widget come from `messages()`). */
export const SCENE_WORDS = {
  'zh-CN': {
    regress: '较基期倒退',
    notice: '数据有问题',
    more: (n: number) => `另有${n}项`,
    alternatives: (n: number) => `另有${n}种表述`,
    join: '，',
  },
  en: {
    regress: 'moved away from the target',
    notice: 'Data problems',
    more: (n: number) => `${n} more`,
    alternatives: (n: number) => `${n} other statement${n === 1 ? '' : 's'}`,
    join: ', ',
  },
} as const;
