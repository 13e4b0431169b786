/**
 * Tile-grid layouts for region maps without geometry: the built-in grid of China's 34
 * provincial-level divisions (GB/T 2260) and a reader for custom layouts. Pure, no DOM.
 * A tile grid is a diagram, not a map: it carries no boundary of any country.
 */
import type { LocalizedText, Problem } from '../model/types.js';
import type { RegionKeys } from '../model/regions.js';

export interface GridTile {
  id: string;
  row: number;
  col: number;
  /** Short text drawn in the tile ("北京" / "BJ"). */
  label?: LocalizedText;
  /** Full name for tooltips, tables and joins ("北京市" / "Beijing"). */
  name?: LocalizedText;
  /** Other names the tile joins by. */
  aliases?: string[];
}

// code, full name, English name, short name, GB/T 2260 alphabetic code, row, col, extra aliases
// (the short and English names are aliases too)
type Row = [string, string, string, string, string, number, number, string[]];

/*
 * Rows 0–7 × cols 0–7, roughly geographic, in the arrangement common in Chinese tile-grid maps:
 *
 *        0    1    2    3    4    5    6    7
 *   0                                       黑龙江
 *   1                  内蒙古                吉林
 *   2   新疆  甘肃  宁夏  山西  河北  北京  辽宁
 *   3        青海  陕西  河南  山东  天津
 *   4   西藏  四川  重庆  湖北  安徽  江苏  上海
 *   5        云南  贵州  湖南  江西  浙江
 *   6             广西  广东  福建  台湾
 *   7             海南  澳门  香港
 */
const PROVINCES: readonly Row[] = [
  ['110000', '北京市', 'Beijing', '北京', 'BJ', 2, 5, ['Peking']],
  ['120000', '天津市', 'Tianjin', '天津', 'TJ', 3, 5, []],
  ['130000', '河北省', 'Hebei', '河北', 'HE', 2, 4, []],
  ['140000', '山西省', 'Shanxi', '山西', 'SX', 2, 3, []],
  [
    '150000',
    '内蒙古自治区',
    'Inner Mongolia',
    '内蒙古',
    'NM',
    1,
    3,
    ['Nei Mongol', 'Inner Mongolia Autonomous Region'],
  ],
  ['210000', '辽宁省', 'Liaoning', '辽宁', 'LN', 2, 6, []],
  ['220000', '吉林省', 'Jilin', '吉林', 'JL', 1, 7, []],
  ['230000', '黑龙江省', 'Heilongjiang', '黑龙江', 'HL', 0, 7, []],
  ['310000', '上海市', 'Shanghai', '上海', 'SH', 4, 6, []],
  ['320000', '江苏省', 'Jiangsu', '江苏', 'JS', 4, 5, []],
  ['330000', '浙江省', 'Zhejiang', '浙江', 'ZJ', 5, 5, []],
  ['340000', '安徽省', 'Anhui', '安徽', 'AH', 4, 4, []],
  ['350000', '福建省', 'Fujian', '福建', 'FJ', 6, 4, []],
  ['360000', '江西省', 'Jiangxi', '江西', 'JX', 5, 4, []],
  ['370000', '山东省', 'Shandong', '山东', 'SD', 3, 4, []],
  ['410000', '河南省', 'Henan', '河南', 'HA', 3, 3, []],
  ['420000', '湖北省', 'Hubei', '湖北', 'HB', 4, 3, []],
  ['430000', '湖南省', 'Hunan', '湖南', 'HN', 5, 3, []],
  ['440000', '广东省', 'Guangdong', '广东', 'GD', 6, 3, []],
  ['450000', '广西壮族自治区', 'Guangxi', '广西', 'GX', 6, 2, ['Guangxi Zhuang Autonomous Region']],
  ['460000', '海南省', 'Hainan', '海南', 'HI', 7, 2, []],
  ['500000', '重庆市', 'Chongqing', '重庆', 'CQ', 4, 2, []],
  ['510000', '四川省', 'Sichuan', '四川', 'SC', 4, 1, []],
  ['520000', '贵州省', 'Guizhou', '贵州', 'GZ', 5, 2, []],
  ['530000', '云南省', 'Yunnan', '云南', 'YN', 5, 1, []],
  [
    '540000',
    '西藏自治区',
    'Tibet',
    '西藏',
    'XZ',
    4,
    0,
    ['Xizang', 'Tibet Autonomous Region', 'Xizang Autonomous Region'],
  ],
  ['610000', '陕西省', 'Shaanxi', '陕西', 'SN', 3, 2, []],
  ['620000', '甘肃省', 'Gansu', '甘肃', 'GS', 2, 1, []],
  ['630000', '青海省', 'Qinghai', '青海', 'QH', 3, 1, []],
  ['640000', '宁夏回族自治区', 'Ningxia', '宁夏', 'NX', 2, 2, ['Ningxia Hui Autonomous Region']],
  [
    '650000',
    '新疆维吾尔自治区',
    'Xinjiang',
    '新疆',
    'XJ',
    2,
    0,
    ['Xinjiang Uygur Autonomous Region', 'Xinjiang Uyghur Autonomous Region'],
  ],
  ['710000', '台湾省', 'Taiwan', '台湾', 'TW', 6, 5, ['臺灣', '台灣']],
  ['810000', '香港特别行政区', 'Hong Kong', '香港', 'HK', 7, 4, ['Hong Kong SAR', 'HKSAR']],
  ['820000', '澳门特别行政区', 'Macao', '澳门', 'MO', 7, 3, ['Macau', 'Macao SAR', 'Macau SAR', '澳門']],
];

/** The 34 provincial-level divisions of GB/T 2260, keyed by their 6-digit codes ('110000'). */
export const CHINA_PROVINCE_GRID: readonly GridTile[] = Object.freeze(
  PROVINCES.map(([id, zh, en, short, code, row, col, extra]) =>
    Object.freeze({
      id,
      row,
      col,
      name: Object.freeze({ 'zh-CN': zh, en }),
      label: Object.freeze({ 'zh-CN': short, en: code }),
      aliases: [short, en, ...extra],
    }),
  ),
);

function texts(text: LocalizedText | undefined): string[] {
  if (typeof text === 'string') return [text];
  if (!text || typeof text !== 'object') return [];
  return Object.values(text).filter((t): t is string => typeof t === 'string');
}

/** The join keys of a tile (for `joinRegions`): its id; its names, labels and aliases. */
export function gridTileKeys(tile: GridTile): RegionKeys {
  return {
    id: tile.id,
    names: [...texts(tile.name), ...texts(tile.label), ...(tile.aliases ?? [])],
  };
}

const MAX_TILES = 5000;
const MAX_CELL = 999;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readText(value: unknown): LocalizedText | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return null;
  const out: Record<string, string> = {};
  for (const [locale, text] of Object.entries(value)) {
    if (typeof text !== 'string' || locale === '__proto__') return null;
    out[locale] = text;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * Reads a custom tile layout: an array of tiles, `{ tiles: [...] }`, or either as JSON text.
 * A tile is `{ id, row, col, label?, name?, aliases? }`: id a non-empty string or a number
 * (kept as text), row/col whole numbers from 0 to 999, label/name text or `{ "zh-CN", "en" }`.
 * Invalid tiles, duplicate ids and a second tile in one cell are reported (JSON-pointer paths,
 * "/3/row") and dropped; a bad label, name or alias is reported and left out of its tile.
 */
export function parseGridLayout(input: unknown): { tiles: GridTile[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const tiles: GridTile[] = [];
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch (error) {
      problems.push({
        path: '',
        message: `the grid layout is not valid JSON (${error instanceof Error ? error.message : 'parse error'}); give an array of {"id","row","col","label"} tiles.`,
      });
      return { tiles, problems };
    }
  }
  let base = '';
  if (isRecord(value) && 'tiles' in value) {
    value = value.tiles;
    base = '/tiles';
  }
  if (!Array.isArray(value)) {
    problems.push({
      path: base,
      message: 'the grid layout must be an array of tiles {"id","row","col","label"} or {"tiles": [...]}.',
    });
    return { tiles, problems };
  }
  if (value.length > MAX_TILES) {
    problems.push({
      path: base,
      message: `the grid layout has ${value.length} tiles; at most ${MAX_TILES} are read, the rest are dropped.`,
    });
  }
  const ids = new Set<string>();
  const cells = new Map<string, string>();
  value.slice(0, MAX_TILES).forEach((raw: unknown, i) => {
    const at = `${base}/${i}`;
    if (!isRecord(raw)) {
      problems.push({
        path: at,
        message: 'a tile must be an object {"id","row","col","label"}; it is dropped.',
      });
      return;
    }
    let ok = true;
    let id = '';
    if (typeof raw.id === 'number' && Number.isFinite(raw.id)) id = String(raw.id);
    else if (typeof raw.id === 'string' && raw.id.trim() !== '') id = raw.id.trim();
    else {
      problems.push({
        path: `${at}/id`,
        message: 'a tile needs an id: a non-empty string or a number; the tile is dropped.',
      });
      ok = false;
    }
    for (const axis of ['row', 'col'] as const) {
      const n = raw[axis];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_CELL) {
        problems.push({
          path: `${at}/${axis}`,
          message: `${axis} must be a whole number from 0 to ${MAX_CELL}; ${JSON.stringify(n) ?? 'nothing'} is not, so the tile is dropped.`,
        });
        ok = false;
      }
    }
    if (!ok) return;
    if (ids.has(id)) {
      problems.push({
        path: `${at}/id`,
        message: `tile id "${id}" is used twice; the later tile is dropped.`,
      });
      return;
    }
    const row = raw.row as number;
    const col = raw.col as number;
    const cell = `${row},${col}`;
    const other = cells.get(cell);
    if (other !== undefined) {
      problems.push({
        path: at,
        message: `tile "${id}" is at row ${row}, col ${col}, where tile "${other}" already is; the later tile is dropped.`,
      });
      return;
    }
    ids.add(id);
    cells.set(cell, id);
    const tile: GridTile = { id, row, col };
    for (const field of ['label', 'name'] as const) {
      const text = readText(raw[field]);
      if (text === null)
        problems.push({
          path: `${at}/${field}`,
          message: `${field} must be text or {"zh-CN": "…", "en": "…"}; it is left out.`,
        });
      else if (text !== undefined) tile[field] = text;
    }
    if (raw.aliases !== undefined) {
      if (!Array.isArray(raw.aliases))
        problems.push({
          path: `${at}/aliases`,
          message: 'aliases must be a list of names; they are left out.',
        });
      else {
        const aliases: string[] = [];
        raw.aliases.forEach((a: unknown, j) => {
          if (typeof a === 'string' && a.trim() !== '') aliases.push(a);
          else
            problems.push({
              path: `${at}/aliases/${j}`,
              message: 'an alias must be a non-empty name; it is left out.',
            });
        });
        tile.aliases = aliases;
      }
    }
    tiles.push(tile);
  });
  return { tiles, problems };
}
