/**
 * Joining region data to shapes (spec §7): by id first, then by normalized name or alias.
 * Pure: no DOM, no d3. The element reports what stays unmatched in both directions.
 */
import type { LocalizedText, Region, RegionInput } from './types.js';

/** Chinese administrative suffixes, longest first (only one is stripped). */
const ZH_SUFFIXES = [
  '特别行政区',
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '自治区',
  '自治州',
  '自治县',
  '省',
  '市',
  '区',
  '县',
] as const;

/** English suffixes, matched after a space, case-insensitively (the name is lower-cased first). */
const EN_SUFFIX = /\s+(?:province|municipality|city|sar)$/;

/** Length in code points, so a name is never stripped to nothing or to one character. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * The form two region names are compared in (spec §7): NFKC (full-width → half-width), trimmed,
 * inner whitespace dropped, Latin lower-cased, and ONE trailing administrative suffix stripped
 * (特别行政区, 维吾尔自治区, 壮族自治区, 回族自治区, 自治区, 自治州, 自治县, 省, 市, 区, 县, or
 * " province", " municipality", " city", " sar"), unless that would leave fewer than two characters.
 * `normalizeRegionName('北京市')` is `'北京'`; `normalizeRegionName('市')` stays `'市'`.
 */
export function normalizeRegionName(name: string): string {
  if (typeof name !== 'string') return '';
  const text = name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  const en = EN_SUFFIX.exec(text);
  if (en) {
    const stem = text.slice(0, en.index).replace(/\s/g, '');
    if (codePoints(stem) >= 2) return stem;
  }
  const compact = text.replace(/\s/g, '');
  for (const suffix of ZH_SUFFIXES) {
    if (compact.endsWith(suffix)) {
      const stem = compact.slice(0, compact.length - suffix.length);
      // The longest matching suffix decides: "X自治区" is not stripped to "X自治" either.
      return codePoints(stem) >= 2 ? stem : compact;
    }
  }
  return compact;
}

/** What a datum or a shape can be joined by. */
export interface RegionKeys {
  id: string | null;
  names: readonly string[];
}

export interface RegionJoin<D, S> {
  pairs: Array<{ datum: D; shape: S; by: 'id' | 'name' }>;
  /** Data without a shape, in input order. */
  unmatchedData: D[];
  /** Shapes without data, in input order. */
  unmatchedShapes: S[];
}

/** The comparison key of an id: trimmed; all-digit ids compare by numeric value ("036" = "36"). */
function idKey(id: unknown): string | null {
  if (typeof id === 'number') id = Number.isFinite(id) ? String(id) : null;
  if (typeof id !== 'string') return null;
  const text = id.trim();
  if (text === '') return null;
  if (/^[0-9]+$/.test(text)) return '#' + (text.replace(/^0+/, '') || '0');
  return '=' + text;
}

/**
 * Safe reading of a key callback's answer: never throws, whatever the callback returned. The names
 * are read later, and only for what the id pass leaves (a `names` getter is never called for the
 * thousands of regions that join by id).
 */
function readKeys(keys: unknown): { id: string | null; raw: unknown } {
  if (keys === null || typeof keys !== 'object') return { id: null, raw: null };
  return { id: idKey((keys as { id?: unknown }).id), raw: keys };
}

/** Normalized, distinct names of a key's answer. */
function namesOf(keys: unknown): string[] {
  const out: string[] = [];
  let raw: unknown;
  try {
    raw = (keys as { names?: unknown } | null)?.names;
  } catch {
    raw = null;
  }
  if (Array.isArray(raw)) {
    for (const name of raw) {
      const key = typeof name === 'string' ? normalizeRegionName(name) : '';
      if (key !== '' && !out.includes(key)) out.push(key);
    }
  }
  return out;
}

function safeCall<T>(fn: (x: T) => RegionKeys, x: T): unknown {
  try {
    return fn(x);
  } catch {
    return null;
  }
}

/**
 * Joins data to shapes one-to-one: first by id (trimmed equality; all-digit ids by numeric value),
 * then, over what is left, by any normalized name or alias of a datum against any of a shape.
 * A shape is matched at most once; data are matched in input order, each to the earliest free shape
 * (its first name that matches decides). Pairs come in data order.
 */
export function joinRegions<D, S>(
  data: readonly D[],
  shapes: readonly S[],
  dataKeys: (d: D) => RegionKeys,
  shapeKeys: (s: S) => RegionKeys,
): RegionJoin<D, S> {
  const dataList = Array.isArray(data) ? data : [];
  const shapeList = Array.isArray(shapes) ? shapes : [];
  const dk = dataList.map((d) => readKeys(safeCall(dataKeys, d)));
  const sk = shapeList.map((s) => readKeys(safeCall(shapeKeys, s)));
  const shapeOf = new Array<number>(dataList.length).fill(-1);
  const by = new Array<'id' | 'name'>(dataList.length);
  const taken = new Array<boolean>(shapeList.length).fill(false);

  // Pass 1: ids. The first shape per key, and the later ones in input order: thousands of unique
  // ids then cost no list each.
  const firstById = new Map<string, number>();
  const laterById = new Map<string, number[]>();
  for (let i = 0; i < sk.length; i++) {
    const id = sk[i]!.id;
    if (id === null) continue;
    if (!firstById.has(id)) firstById.set(id, i);
    else {
      const list = laterById.get(id);
      if (list) list.push(i);
      else laterById.set(id, [i]);
    }
  }
  for (let d = 0; d < dk.length; d++) {
    const id = dk[d]!.id;
    if (id === null) continue;
    let s = firstById.get(id);
    if (s === undefined) continue;
    if (taken[s]) {
      s = laterById.get(id)?.find((i) => !taken[i]);
      if (s === undefined) continue;
    }
    taken[s] = true;
    shapeOf[d] = s;
    by[d] = 'id';
  }

  // Pass 2: normalized names and aliases, over what is left.
  const byName = new Map<string, number[]>();
  sk.forEach((k, i) => {
    if (taken[i]) return;
    for (const name of namesOf(k.raw)) {
      const list = byName.get(name);
      if (list) list.push(i);
      else byName.set(name, [i]);
    }
  });
  dk.forEach((k, d) => {
    if (shapeOf[d] !== -1) return;
    for (const name of namesOf(k.raw)) {
      const s = byName.get(name)?.find((i) => !taken[i]);
      if (s === undefined) continue;
      taken[s] = true;
      shapeOf[d] = s;
      by[d] = 'name';
      return;
    }
  });

  const result: RegionJoin<D, S> = { pairs: [], unmatchedData: [], unmatchedShapes: [] };
  dataList.forEach((datum, d) => {
    const s = shapeOf[d]!;
    if (s === -1) result.unmatchedData.push(datum);
    else result.pairs.push({ datum, shape: shapeList[s]!, by: by[d]! });
  });
  shapeList.forEach((shape, i) => {
    if (!taken[i]) result.unmatchedShapes.push(shape);
  });
  return result;
}

/** Every text of a LocalizedText (all locales), for joining. */
export function localizedTexts(text: LocalizedText | null | undefined): string[] {
  if (typeof text === 'string') return [text];
  if (text === null || typeof text !== 'object') return [];
  return Object.values(text).filter((t): t is string => typeof t === 'string');
}

/** The join keys of a plan region: its id, its name in every locale, and its aliases. */
export function regionKeys(region: Region | RegionInput): RegionKeys {
  const aliases = Array.isArray(region?.aliases) ? region.aliases : [];
  return {
    id: typeof region?.id === 'string' ? region.id : null,
    names: [...localizedTexts(region?.name), ...aliases.filter((a) => typeof a === 'string')],
  };
}
