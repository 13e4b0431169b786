/**
 * Small pieces the widgets' pure layouts (gauge.layout.ts, target-bars.layout.ts, target-marks.ts)
 * share: number guards, the year text, and the words both scenes use. No DOM.
 */
import { formatYear } from '../format/index.js';
import type { SupportedLocale } from '../format/index.js';
import type { PlanYear } from '../model/types.js';

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
