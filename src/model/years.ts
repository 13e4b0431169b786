import type { Period, PlanYear } from './types.js';

/** China's five-year plans by name (spec §4). */
export const FIVE_YEAR_PLANS: ReadonlyMap<string, Readonly<Period>> = new Map<string, Readonly<Period>>([
  ['九五', Object.freeze({ start: 1996, end: 2000 })],
  ['十五', Object.freeze({ start: 2001, end: 2005 })],
  ['十一五', Object.freeze({ start: 2006, end: 2010 })],
  ['十二五', Object.freeze({ start: 2011, end: 2015 })],
  ['十三五', Object.freeze({ start: 2016, end: 2020 })],
  ['十四五', Object.freeze({ start: 2021, end: 2025 })],
  ['十五五', Object.freeze({ start: 2026, end: 2030 })],
]);

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** Full-width ASCII → half-width, strip spaces and quotes (“”"'「」『』《》). */
function clean(text: string): string {
  let out = '';
  for (let i = 0; i < text.length && i < 200; i++) {
    const c = text.charCodeAt(i);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : text[i];
  }
  return out.replace(/[\s\u00a0\u3000“”"'‘’「」『』《》]+/g, '');
}

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
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
  if (label === '') return null;
  const s = clean(label);
  if (s === '') return null;
  const plain = /^(\d{4})(?:年)?(?:底|末|年底|年末)?$/.exec(s);
  if (plain) {
    const year = Number(plain[1]);
    return isYear(year) ? { year, label, masked: false } : null;
  }
  if (MASK.test(s) && s.length <= 6) return { year: null, label, masked: true };
  const fy = matchFiveYear(s);
  if (fy) {
    const [period, rest] = fy;
    if (/^(?:期末|末期|末|时期末|规划末)$/.test(rest)) return { year: period.end, label, masked: false };
    if (/^(?:期初|初期|初)$/.test(rest)) return { year: period.start, label, masked: false };
  }
  return { year: null, label, masked: false };
}

/** Reads a period: {start,end}, "2016-2020", "2016—2020年", "十三五", "“十三五”", "“十二五”期间". */
export function parsePeriod(input: unknown): Period | null {
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const { start, end } = input as { start?: unknown; end?: unknown };
    if (
      typeof start === 'number' &&
      typeof end === 'number' &&
      isYear(start) &&
      isYear(end) &&
      start <= end
    ) {
      return { start, end };
    }
    return null;
  }
  if (typeof input !== 'string') return null;
  const s = clean(input.trim());
  const range = /^(\d{4})年?(?:-|—{1,2}|–|~|至|到|－)(\d{4})年?$/.exec(s);
  if (range) {
    const start = Number(range[1]);
    const end = Number(range[2]);
    return isYear(start) && isYear(end) && start <= end ? { start, end } : null;
  }
  const fy = matchFiveYear(s);
  if (fy && /^(?:|期间|时期|规划|规划期|规划期间)$/.test(fy[1]))
    return { start: fy[0].start, end: fy[0].end };
  return null;
}
