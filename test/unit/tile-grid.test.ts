import { describe, expect, it } from 'vitest';
import { CHINA_PROVINCE_GRID, gridTileKeys, parseGridLayout } from '../../src/geo/tile-grid.js';
import { joinRegions, type RegionKeys } from '../../src/model/regions.js';

const at = (code: string) => CHINA_PROVINCE_GRID.find((t) => t.id === code)!;
const zh = (t: { name?: unknown }) => (t.name as Record<string, string>)['zh-CN']!;
const en = (t: { name?: unknown }) => (t.name as Record<string, string>).en!;
const byName = (name: string): RegionKeys => ({ id: null, names: [name] });

describe('CHINA_PROVINCE_GRID', () => {
  it('CHINA_PROVINCE_GRID has the 34 GB/T 2260 provincial codes, unique', () => {
    expect(CHINA_PROVINCE_GRID).toHaveLength(34);
    const ids = CHINA_PROVINCE_GRID.map((t) => t.id);
    expect(new Set(ids).size).toBe(34);
    for (const id of ids) expect(id).toMatch(/^[1-8][0-9]0000$/);
    for (const code of [
      '110000',
      '150000',
      '230000',
      '500000',
      '540000',
      '650000',
      '710000',
      '810000',
      '820000',
    ])
      expect(ids).toContain(code);
  });
  it('CHINA_PROVINCE_GRID puts every tile in its own cell within 8 rows × 10 cols', () => {
    const cells = CHINA_PROVINCE_GRID.map((t) => `${t.row},${t.col}`);
    expect(new Set(cells).size).toBe(34);
    for (const t of CHINA_PROVINCE_GRID) {
      expect(Number.isInteger(t.row) && t.row >= 0 && t.row < 8).toBe(true);
      expect(Number.isInteger(t.col) && t.col >= 0 && t.col < 10).toBe(true);
    }
  });
  it('CHINA_PROVINCE_GRID is roughly geographic (黑龙江 top right, 新疆 left, 海南 bottom, 台湾 right of 福建)', () => {
    const rows = CHINA_PROVINCE_GRID.map((t) => t.row);
    const cols = CHINA_PROVINCE_GRID.map((t) => t.col);
    expect(at('230000').row).toBe(Math.min(...rows));
    expect(at('230000').col).toBe(Math.max(...cols));
    expect(at('650000').col).toBe(Math.min(...cols));
    expect(at('460000').row).toBe(Math.max(...rows));
    expect(at('710000').row).toBe(at('350000').row);
    expect(at('710000').col).toBe(at('350000').col + 1);
    expect(at('310000').col).toBeGreaterThan(at('510000').col); // 上海 east of 四川
  });
  it('CHINA_PROVINCE_GRID names, labels and aliases', () => {
    expect(at('110000')).toMatchObject({
      name: { 'zh-CN': '北京市', en: 'Beijing' },
      label: { 'zh-CN': '北京', en: 'BJ' },
    });
    expect(at('150000').label).toEqual({ 'zh-CN': '内蒙古', en: 'NM' });
    expect(at('230000').label).toEqual({ 'zh-CN': '黑龙江', en: 'HL' });
    expect(at('810000').aliases).toContain('Hong Kong');
    expect(at('150000').aliases).toContain('内蒙古');
    const codes = CHINA_PROVINCE_GRID.map((t) => (t.label as Record<string, string>).en);
    expect(new Set(codes).size).toBe(34);
    for (const c of codes) expect(c).toMatch(/^[A-Z]{2}$/);
  });
  it('CHINA_PROVINCE_GRID joins "北京市", "广西壮族自治区", "香港特别行政区", "Inner Mongolia" by name', () => {
    const names = ['北京市', '广西壮族自治区', '香港特别行政区', 'Inner Mongolia'];
    const join = joinRegions(names, CHINA_PROVINCE_GRID, byName, gridTileKeys);
    expect(join.pairs.map((p) => p.shape.id)).toEqual(['110000', '450000', '810000', '150000']);
    expect(join.unmatchedData).toEqual([]);
  });
  it('every CHINA_PROVINCE_GRID tile joins one-to-one by full name, short name, English name and code', () => {
    const sets = [
      CHINA_PROVINCE_GRID.map(zh),
      CHINA_PROVINCE_GRID.map((t) => (t.label as Record<string, string>)['zh-CN']!),
      CHINA_PROVINCE_GRID.map(en),
      CHINA_PROVINCE_GRID.map((t) => `${en(t).toUpperCase()} Province`),
    ];
    for (const names of sets) {
      const join = joinRegions(names, CHINA_PROVINCE_GRID, byName, gridTileKeys);
      expect(join.unmatchedData).toEqual([]);
      expect(join.unmatchedShapes).toEqual([]);
      expect(join.pairs.every((p, i) => p.shape === CHINA_PROVINCE_GRID[i] && p.by === 'name')).toBe(true);
    }
    const byCode = joinRegions(
      CHINA_PROVINCE_GRID.map((t) => Number(t.id)),
      CHINA_PROVINCE_GRID,
      (n) => ({ id: String(n), names: [] }),
      gridTileKeys,
    );
    expect(byCode.pairs).toHaveLength(34);
  });
  it('CHINA_PROVINCE_GRID: no two tiles share a normalized join name', () => {
    const seen = new Map<string, string>();
    for (const t of CHINA_PROVINCE_GRID) {
      for (const name of gridTileKeys(t).names) {
        const join = joinRegions([name], CHINA_PROVINCE_GRID, byName, gridTileKeys);
        expect(join.pairs.map((p) => p.shape.id)).toEqual([t.id]);
        seen.set(name, t.id);
      }
    }
    expect(seen.size).toBeGreaterThan(100);
  });
  it('CHINA_PROVINCE_GRID is frozen', () => {
    expect(Object.isFrozen(CHINA_PROVINCE_GRID)).toBe(true);
    expect(Object.isFrozen(CHINA_PROVINCE_GRID[0])).toBe(true);
  });
});

describe('parseGridLayout', () => {
  const zones = [
    { id: 'core', row: 0, col: 1, label: '都市功能核心区' },
    { id: 'expand', row: 1, col: 1, label: { 'zh-CN': '都市功能拓展区', en: 'Expansion' } },
    { id: 'new', row: 1, col: 0, label: '城市发展新区' },
    { id: 'ne', row: 0, col: 2, label: '渝东北生态涵养发展区' },
    { id: 'se', row: 2, col: 2, label: '渝东南生态保护发展区' },
  ];
  it('parseGridLayout(array) keeps valid tiles as given', () => {
    expect(parseGridLayout(zones)).toEqual({ tiles: zones, problems: [] });
  });
  it('parseGridLayout reads { tiles } and JSON text', () => {
    expect(parseGridLayout({ tiles: zones }).tiles).toEqual(zones);
    expect(parseGridLayout(JSON.stringify(zones)).tiles).toEqual(zones);
    expect(parseGridLayout(JSON.stringify({ tiles: zones })).tiles).toEqual(zones);
  });
  it('parseGridLayout turns numeric ids into text and trims ids', () => {
    expect(
      parseGridLayout([
        { id: 500000, row: 0, col: 0 },
        { id: ' a ', row: 0, col: 1 },
      ]).tiles,
    ).toEqual([
      { id: '500000', row: 0, col: 0 },
      { id: 'a', row: 0, col: 1 },
    ]);
  });
  it('parseGridLayout reports invalid tiles with JSON-pointer paths and drops them', () => {
    const { tiles, problems } = parseGridLayout([
      { id: 'a', row: 0, col: 0 },
      'x',
      { id: '', row: 0, col: 1 },
      { id: 'b', row: -1, col: 1 },
      { id: 'c', row: 1.5, col: '2' },
      { id: 'd', row: 1, col: 1 },
    ]);
    expect(tiles.map((t) => t.id)).toEqual(['a', 'd']);
    expect(problems.map((p) => p.path)).toEqual(['/1', '/2/id', '/3/row', '/4/row', '/4/col']);
    expect(problems[2]!.message).toMatch(/whole number from 0/);
  });
  it('parseGridLayout drops a duplicate id and a second tile in one cell (the later one)', () => {
    const { tiles, problems } = parseGridLayout({
      tiles: [
        { id: 'a', row: 0, col: 0 },
        { id: 'a', row: 0, col: 1 },
        { id: 'b', row: 0, col: 0 },
        { id: 'c', row: 0, col: 1 },
      ],
    });
    expect(tiles.map((t) => [t.id, t.row, t.col])).toEqual([
      ['a', 0, 0],
      ['c', 0, 1],
    ]);
    expect(problems.map((p) => p.path)).toEqual(['/tiles/1/id', '/tiles/2']);
    expect(problems[0]!.message).toMatch(/"a" is used twice/);
    expect(problems[1]!.message).toMatch(/where tile "a" already is/);
  });
  it('parseGridLayout keeps a tile with a bad label, without the label', () => {
    const { tiles, problems } = parseGridLayout([
      { id: 'a', row: 0, col: 0, label: 5, name: { en: 'A' }, aliases: ['x', 3] },
    ]);
    expect(tiles).toEqual([{ id: 'a', row: 0, col: 0, name: { en: 'A' }, aliases: ['x'] }]);
    expect(problems.map((p) => p.path)).toEqual(['/0/label', '/0/aliases/1']);
  });
  it('parseGridLayout never throws on bad JSON or wrong shapes', () => {
    for (const input of ['[{', 'null', '{}', 42, null, undefined, { tiles: 'x' }]) {
      const r = parseGridLayout(input);
      expect(r.tiles).toEqual([]);
      expect(r.problems).toHaveLength(1);
    }
    expect(parseGridLayout('[{').problems[0]!.message).toMatch(/not valid JSON/);
    expect(parseGridLayout({ tiles: 'x' }).problems[0]!.path).toBe('/tiles');
  });
  it('parseGridLayout: tile keys like __proto__ do not reach Object.prototype', () => {
    const r = parseGridLayout('[{"id":"__proto__","row":0,"col":0,"label":{"__proto__":"x"}}]');
    expect(r.tiles.map((t) => t.id)).toEqual(['__proto__']);
    expect(r.tiles[0]!.label).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
  it('parseGridLayout tiles join to data through gridTileKeys', () => {
    const tiles = parseGridLayout(zones).tiles;
    const join = joinRegions(
      ['都市功能核心区', 'expand'],
      tiles,
      (n) => ({ id: n, names: [n] }),
      gridTileKeys,
    );
    expect(join.pairs.map((p) => [p.shape.id, p.by])).toEqual([
      ['core', 'name'],
      ['expand', 'id'],
    ]);
  });
});
