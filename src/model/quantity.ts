import type { Comparator, Quantity } from './types.js';
import { halfWidth } from '../utils/text.js';

/**
 * `parseQuantity` reads a value the way a plan writes it (spec §2, §3):
 *
 *   [prefix comparator] number [多|余] [magnitude] [多|余] [range separator number [magnitude]] [unit] [suffix comparator]
 *
 * It is a hand-written scanner (no backtracking regular expressions) so that any input, however long, is
 * read in linear time, and it never throws.
 */

const MASK_CHARS = /[Xx×*_]/;
/** A mask next to a digit ("20XX", "201*", "20__", "20××") or a string of mask characters ("XX"). */
const MASKED = /\d[Xx×*_]|[Xx×*_]\d|^[Xx×*_]{2,}/;
const NUMBER = /\d+(?:\.\d+)?/y;
/** Range: optional unit/magnitude after the first number, a separator, the second number. */
const RANGE = /(%|个百分点|百分点|万亿|亿|万|千|百)?(?:~|-|—{1,2}|–|－|−|至|到|\?)(?:约|近)?(\d+(?:\.\d+)?)/y;

export const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** 千/百 followed by these are part of a unit (千米, 千克, 千瓦, 百分点), not a magnitude. */
const NOT_MAGNITUDE_AFTER: Record<string, RegExp> = {
  千: /^[米克瓦焦帕卡伏赫字吨]/,
  百: /^分/,
};

/** `[comparator, "word word …"]` groups → `[word, comparator]` pairs, in order. */
function words(
  groups: ReadonlyArray<readonly [Comparator, string]>,
): ReadonlyArray<readonly [string, Comparator]> {
  return groups.flatMap(([comparator, list]) => list.split(' ').map((word) => [word, comparator] as const));
}

/** The first word that ends the prefix wins: negated words ("不低于") come before the words they end with ("低于"). */
const PREFIX_COMPARATORS = words([
  ['gte', '不低于 不少于 不小于 >= ≥'],
  ['lte', '不超过 不高于 不多于 不大于 <= ≤'],
  ['gt', '超过 高于 多于 大于 >'],
  ['lt', '低于 少于 小于 不到 不足 <'],
  ['approx', '大约 接近 将近 约 近'],
  ['eq', '达到 达'],
]);

/** Checked at the end of the remainder, longest first. */
const SUFFIX_COMPARATORS = words([
  ['gte', '及以上 以上'],
  ['lte', '及以下 以下 以内'],
  ['approx', '左右 上下'],
  ['gt', '多 余'],
]);

/** Full-width ASCII → half-width; ≧/≦ → ≥/≤; wave dashes → ~; "——" → "—"; no spaces or thousands separators. */
function normalize(text: string): string {
  // "——" between digits is one separator; elsewhere a dash for "no value".
  const out = halfWidth(text)
    .replace(/≧/g, '≥')
    .replace(/≦/g, '≤')
    .replace(/[〜∼]/g, '~')
    .replace(/——/g, '—')
    // Stray spaces (incl. NBSP and ideographic space).
    .replace(/[\s\u00a0\u3000]+/g, '');
  return out.includes(',') ? out.replace(/(\d),(?=\d{3}(?!\d))/g, '$1') : out;
}

function empty(text: string): Quantity {
  return { value: null, max: null, comparator: 'eq', unit: '', magnitude: 1, text };
}

/** Plans never write more than ~15 significant digits; longer digit runs are noise, not numbers. */
const MAX_DIGITS = 21;

function toNumber(s: string): number | null {
  if (s.length > MAX_DIGITS) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Reads a magnitude (万亿, 亿, 万, 千, 百) at `pos` in `s`: [magnitude, length]. */
function readMagnitude(s: string, pos: number): [number, number] {
  for (const [word, mag] of MAGNITUDES) {
    if (s.startsWith(word, pos)) {
      const guard = NOT_MAGNITUDE_AFTER[word];
      if (guard && guard.test(s.slice(pos + word.length, pos + word.length + 1))) return [1, 0];
      return [mag, word.length];
    }
  }
  return [1, 0];
}

function normalizeUnit(unit: string): string {
  let u = unit.replace(/^[(（]|[)）。，,;；:：]+$/g, '').trim();
  if (u === '个百分点' || u === '百分点') u = 'pp';
  return u;
}

/** Rounds away binary noise from magnitude arithmetic (2.415 × 1e4 → 24150). */
export function tidy(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n;
  return Number(n.toPrecision(12));
}

/** Reads a value as a plan writes it ("400亿元以上", "3~4个", "——"). Never throws. Spec §3. */
export function parseQuantity(text: unknown): Quantity {
  try {
    return parse(text);
  } catch {
    return empty(typeof text === 'string' ? text.trim() : '');
  }
}

function parse(input: unknown): Quantity {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return empty(String(input));
    return { value: input, max: null, comparator: 'eq', unit: '', magnitude: 1, text: String(input) };
  }
  if (typeof input !== 'string') return empty('');
  const text = input.trim();
  if (text === '') return empty(text);
  // Values are short; a very long string is read from its first 200 characters only.
  const s = normalize(text.length > 200 ? text.slice(0, 200) : text);
  if (MASK_CHARS.test(s) && MASKED.test(s)) return empty(text);

  const first = s.search(/\d/);
  if (first < 0) return empty(text);

  let prefix = s.slice(0, first);
  let sign = 1;
  if (/[-−]$/.test(prefix) && !/\d/.test(prefix)) {
    const before = prefix.slice(0, -1);
    if (before === '' || PREFIX_COMPARATORS.some(([w]) => before.endsWith(w))) {
      sign = -1;
      prefix = before;
    }
  }
  NUMBER.lastIndex = first;
  const m1 = NUMBER.exec(s);
  if (!m1) return empty(text);
  let pos = first + m1[0].length;
  let value = toNumber(m1[0]);
  if (value === null) return empty(text);
  value *= sign;

  let comparator: Comparator = 'eq';
  let max: number | null = null;
  let magnitude = 1;
  let rangeUnit = '';

  RANGE.lastIndex = pos;
  const range = RANGE.exec(s);
  if (range) {
    const firstUnit = range[1] ?? '';
    const second = toNumber(range[2] ?? '');
    if (second !== null) {
      pos = RANGE.lastIndex;
      max = second;
      comparator = 'between';
      let firstMag = 1;
      if (firstUnit !== '') {
        const [mag, len] = readMagnitude(firstUnit, 0);
        if (len === firstUnit.length) firstMag = mag;
        else rangeUnit = firstUnit;
      }
      const [mag2, len2] = readMagnitude(s, pos);
      pos += len2;
      if (len2 > 0 && firstMag !== 1 && firstMag !== mag2) {
        value = tidy((value * firstMag) / mag2);
      }
      magnitude = len2 > 0 ? mag2 : firstMag;
    }
  }

  if (comparator !== 'between') {
    if (s[pos] === '多' || s[pos] === '余') {
      comparator = 'gt';
      pos++;
    }
    const [mag, len] = readMagnitude(s, pos);
    magnitude = mag;
    pos += len;
    if (s[pos] === '多' || s[pos] === '余') {
      comparator = 'gt';
      pos++;
    }
  }

  let rest = s.slice(pos);
  for (const [word, comp] of SUFFIX_COMPARATORS) {
    if (rest.endsWith(word) && rest.length > 0) {
      rest = rest.slice(0, rest.length - word.length);
      if (comparator !== 'between') comparator = comp;
      break;
    }
  }
  let unit = normalizeUnit(rest);
  if (unit === '' && rangeUnit !== '') unit = normalizeUnit(rangeUnit);

  if (comparator === 'eq' && prefix !== '') {
    for (const [word, comp] of PREFIX_COMPARATORS) {
      if (prefix.endsWith(word)) {
        comparator = comp;
        break;
      }
    }
  }

  if (!Number.isFinite(value) || (max !== null && !Number.isFinite(max))) return empty(text);
  return { value, max, comparator, unit, magnitude, text };
}
