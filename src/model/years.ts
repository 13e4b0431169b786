import type { Period, PlanYear } from './types.js';
import { halfWidth } from '../utils/text.js';

/** China's five-year plans by name (spec §4): 九五 1996–2000, 十五 2001–2005, … 十五五 2026–2030. */
export const FIVE_YEAR_PLANS: ReadonlyMap<string, Readonly<Period>> = new Map(
  ['九五', '十五', '十一五', '十二五', '十三五', '十四五', '十五五'].map((name, i) => [
    name,
    Object.freeze({ start: 1996 + 5 * i, end: 2000 + 5 * i }),
  ]),
);

/** Full-width ASCII → half-width, strip spaces and quotes (“”"'「」『』《》); the first 200 characters. */
function clean(text: string): string {
  return halfWidth(text.slice(0, 200)).replace(/[\s\u00a0\u3000“”"'‘’「」『』《》]+/g, '');
}

/** A four-digit calendar year (1000–9999). */
function isYear(n: unknown): n is number {
  return Number.isInteger(n) && (n as number) >= 1000 && (n as number) <= 9999;
}

/** "十二五" / "十三五期间" / "十二五末" → [plan name, rest]; null when none. */
function matchFiveYear(s: string): [Readonly<Period>, string] | null {
  // Longest names first so that 十五五 is not read as 十五.
  const m = /^(十[一二三四五]五|十五|九五)(.*)$/.exec(s);
  if (!m) return null;
  const period = FIVE_YEAR_PLANS.get(m[1] ?? '');
  return period ? [period, m[2] ?? ''] : null;
}

const MASK = /^\d{0,3}[Xx×*_?？＊＿]+年?$/;

/** Reads a year: 2015, "2015", "2015年", "“十二五”末", "20XX" (masked), "现有". Spec §4. `null` for unusable input. */
export function parseYear(input: unknown): PlanYear | null {
  if (typeof input === 'number') {
    return isYear(input) ? { year: input, label: String(input), masked: false } : null;
  }
  if (typeof input !== 'string') return null;
  const label = input.trim();
  const s = clean(label);
  if (s === '') return null;
  const year = (y: number | null, masked = false): PlanYear => ({ year: y, label, masked });
  const plain = /^(\d{4})(?:年)?(?:底|末|年底|年末)?$/.exec(s);
  if (plain) return isYear(Number(plain[1])) ? year(Number(plain[1])) : null;
  if (MASK.test(s) && s.length <= 6) return year(null, true);
  const [period, rest] = matchFiveYear(s) ?? [];
  if (period && /^(?:期末|末期|末|时期末|规划末)$/.test(rest!)) return year(period.end);
  if (period && /^(?:期初|初期|初)$/.test(rest!)) return year(period.start);
  return year(null);
}

function period(start: unknown, end: unknown): Period | null {
  return isYear(start) && isYear(end) && start <= end ? { start, end } : null;
}

/** Reads a period: {start,end}, "2016-2020", "2016—2020年", "十三五", "“十三五”", "“十二五”期间". */
export function parsePeriod(input: unknown): Period | null {
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const { start, end } = input as { start?: unknown; end?: unknown };
    return period(start, end);
  }
  if (typeof input !== 'string') return null;
  const s = clean(input.trim());
  const range = /^(\d{4})年?(?:-|—{1,2}|–|~|至|到|－)(\d{4})年?$/.exec(s);
  if (range) return period(Number(range[1]), Number(range[2]));
  const fy = matchFiveYear(s);
  if (fy && /^(?:|期间|时期|规划|规划期|规划期间)$/.test(fy[1]))
    return { start: fy[0].start, end: fy[0].end };
  return null;
}
