import { expect } from 'chai';
import '../../src/components/region-map/define.js';
import '../../src/components/data/define.js';
import type { InnovationRegionMap } from '../../src/components/region-map/innovation-region-map.js';
import { CHINA_PROVINCE_GRID } from '../../src/geo/tile-grid.js';
import { samplePlanDocument } from '../../src/model/sample-plan.js';
import type { PlanDocumentInput, RegionInput } from '../../src/model/types.js';
import { expectNoAxeViolations } from './harness/axe.js';
import { expectCleanCspReport, openCspPage } from './harness/csp.js';
import { assertNoBadText, cleanupFixtures, mount, nextFrame, shadowText } from './harness/fixture.js';
import { $, $$, until, withWarnings } from './harness/widget.js';
import { checkXssSafety } from './harness/xss.js';

/** Deterministic values for the 34 divisions: 0.5 + (k * 0.37 mod 5.5), two decimals. */
const valueOf = (k: number) => Math.round((0.5 + ((k * 0.37 * 7) % 5.5)) * 100) / 100;

function chinaPlan(extra: RegionInput[] = [], drop = 0): PlanDocumentInput {
  return {
    version: 1,
    plan: { id: 'china', title: '各省研发投入强度（合成数据）' },
    indicators: [{ id: 'rd', name: { 'zh-CN': '研发投入强度', en: 'R&D intensity' }, unit: '%' }],
    regions: [
      ...CHINA_PROVINCE_GRID.slice(drop).map((t, k) => ({
        id: t.id,
        name: t.name!,
        values: {
          rd: [{ year: 2020, value: valueOf(k + drop), source: { title: '合成', locator: `row ${k}` } }],
        },
      })),
      ...extra,
    ],
  };
}

async function map(
  plan: unknown,
  attrs: Record<string, string> = {},
  setup?: (el: InnovationRegionMap) => void,
  waitForTable = true,
): Promise<InnovationRegionMap> {
  const el = document.createElement('innovation-region-map');
  if (plan) el.plan = plan as PlanDocumentInput;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.setProperty('width', '900px');
  setup?.(el);
  await mount(el);
  await until(() => !!el.mapScene && $$(el, '[part~="region"]').length > 0, 'the regions');
  await nextFrame();
  // The table twin and the regions' labels follow the first paint.
  if (waitForTable) await until(() => tableReady(el), 'the table twin');
  return el;
}

const tableReady = (el: InnovationRegionMap) => (el as unknown as { tableReady: boolean }).tableReady;

const regionEl = (el: Element, id: string) => $(el, `[part~="region"][data-id="${id}"]`)!;

/** Two unit squares side by side (ids A, B) and one below A (C), as GeoJSON in plain x/y. */
const SQUARES = {
  type: 'FeatureCollection',
  features: [
    ['A', 'Alpha', 0, 0],
    ['B', 'Beta', 1, 0],
    ['C', 'Gamma', 0, -1],
  ].map(([id, name, x, y]) => ({
    type: 'Feature',
    id,
    properties: { name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [(x as number) + 1, y],
          [(x as number) + 1, (y as number) + 1],
          [x, (y as number) + 1],
          [x, y],
        ],
      ],
    },
  })),
};

const squaresPlan: PlanDocumentInput = {
  version: 1,
  plan: { id: 'sq', title: 'squares' },
  indicators: [{ id: 'v', name: '数值', unit: '家' }],
  regions: [
    { id: 'A', name: 'Alpha', values: { v: [{ year: 2020, value: 10 }] } },
    { id: 'B', name: 'Beta', values: { v: [{ year: 2020, value: 30 }] } },
    { id: 'C', name: 'Gamma', values: { v: [{ year: 2020, value: 20 }] } },
  ],
};

describe('<innovation-region-map>', () => {
  afterEach(cleanupFixtures);

  it('draws the 34-division China grid, classified, with a legend that names the classes', async () => {
    const el = await map(chinaPlan());
    const tiles = $$(el, 'rect[part~="region"]');
    expect(tiles.length).to.equal(34);
    expect(new Set(tiles.map((t) => t.dataset.id)).size).to.equal(34);
    // Five quantize classes, each with a fill; every tile has one of them.
    const legend = $$(el, '[part="legend"] li').map((li) => li.textContent!.trim());
    expect(legend).to.have.length(5);
    expect(legend[0]).to.match(/^\d+(\.\d+)?%–\d+(\.\d+)?%$/);
    const fills = new Set(tiles.map((t) => t.getAttribute('fill')));
    expect(fills.size).to.equal(5);
    // A tile's accessible name says region, value, year and rank.
    expect(regionEl(el, '110000').getAttribute('aria-label')).to.match(
      /^北京市：\d+(\.\d+)?%，2020年，第\d+位（共34个）$/,
    );
    expect($(el, 'figure')!.getAttribute('aria-labelledby')).to.equal('cap');
    expect($(el, '.credit')!.textContent).to.contain('示意图');
    assertNoBadText(el);
  });

  it('ranks regions best first; ties share a rank; lower is better when the indicator says decrease', async () => {
    const el = await map(chinaPlan());
    const ranks = el.mapScene!.ranking.map((i) => i.value!);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => b - a));
    const rows = $$(el, '[part="ranking"] button');
    expect(rows).to.have.length(10);
    expect(rows[0]!.textContent!.replace(/\s+/g, '')).to.contain(el.mapScene!.ranking[0]!.name);
    expect($(el, '.more')!.textContent).to.contain('另有24个地区');

    const plan = chinaPlan();
    plan.indicators![0]!.direction = 'decrease';
    const low = await map(plan);
    const values = low.mapScene!.ranking.map((i) => i.value!);
    expect(values).to.deep.equal([...values].sort((a, b) => a - b));
  });

  it('Tab enters the map at the first-ranked region; arrows move by position; Enter and Space fire innovation-region-select', async () => {
    const el = await map(chinaPlan());
    const top = el.mapScene!.ranking[0]!;
    const focusable = $$(el, '[part~="region"][tabindex="0"]');
    expect(focusable).to.have.length(1);
    expect(focusable[0]!.dataset.id).to.equal(top.id);
    // Start at 河南 (410000, mid-grid), then move left: the tile to its west in the same row.
    const henan = regionEl(el, '410000');
    henan.focus();
    const start = henan.getBoundingClientRect();
    henan.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    const west = el.shadowRoot!.activeElement as HTMLElement;
    expect(west).to.not.equal(henan);
    const wr = west.getBoundingClientRect();
    expect(wr.x).to.be.below(start.x);
    expect(Math.abs(wr.y - start.y)).to.be.below(2);
    expect(west.getAttribute('tabindex')).to.equal('0');
    expect(henan.getAttribute('tabindex')).to.equal('-1');
    west.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    const south = el.shadowRoot!.activeElement as HTMLElement;
    expect(south.getBoundingClientRect().y).to.be.above(wr.y);

    const events: Array<{ id: string; name: string; value: number | null }> = [];
    el.addEventListener('innovation-region-select', (e) => events.push(e.detail));
    south.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    south.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    expect(events).to.have.length(2);
    const item = el.mapScene!.items.find((i) => i.id === south.dataset.id)!;
    expect(events[0]).to.deep.equal({ id: item.id, name: item.name, value: item.value });
    // Focus shows the tooltip with the region's value, year and rank.
    const tip = $(el, '[part="tooltip"]')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent!.replace(/\s+/g, ' '))
      .to.contain(item.name)
      .and.contain(item.valueText)
      .and.contain('2020年');
    // Escape dismisses it without moving focus (WCAG 1.4.13).
    south.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(tip.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(south);
  });

  it('prints the data table twin, so every region is on paper (the ranking shows ten)', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const el = await map(chinaPlan());
    const wrap = $(el, '.table-wrap')!;
    expect(wrap.getBoundingClientRect().height).to.be.below(2); // visually hidden on screen
    try {
      await emulateMedia({ media: 'print' });
      expect(wrap.getBoundingClientRect().height).to.be.above(100);
      expect($$(el, '.table-wrap tbody tr').length).to.equal(el.mapScene!.items.length);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('links the map and the ranking both ways, and the tooltip follows (value, year, rank, source)', async () => {
    const el = await map(chinaPlan());
    const first = el.mapScene!.ranking[0]!;
    const button = $(el, `[part="ranking"] button[data-i="${first.index}"]`)!;
    button.dispatchEvent(new PointerEvent('pointerenter'));
    expect(regionEl(el, first.id).classList.contains('hl')).to.equal(true);
    button.dispatchEvent(new PointerEvent('pointerleave'));
    expect(regionEl(el, first.id).classList.contains('hl')).to.equal(false);

    const tile = regionEl(el, first.id);
    const r = tile.getBoundingClientRect();
    tile.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: r.x + 5, clientY: r.y + 5 }),
    );
    expect(button.classList.contains('hl')).to.equal(true);
    const tip = $(el, '[part="tooltip"]')!;
    const text = tip.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(first.name).and.contain(first.valueText).and.contain('第1位').and.contain('来源');
    // Placed through CSSOM (no style attribute in the markup), inside the map box.
    expect(tip.style.transform).to.match(/^translate\(\d+px, \d+px\)$/);
    $(el, 'svg[part="svg"]')!.dispatchEvent(new PointerEvent('pointerleave'));
    expect(tip.hidden).to.equal(true);
  });

  it('a hover touches a few nodes and never re-renders the element or the shapes', async () => {
    const el = await map(chinaPlan());
    let updates = 0;
    const origUpdate = (el as unknown as { update: (c: unknown) => void }).update.bind(el);
    (el as unknown as { update: (c: unknown) => void }).update = (c) => {
      updates++;
      origUpdate(c);
    };
    const shapes = $(el, 'g.regions')!;
    let shapeMutations = 0;
    const mo = new MutationObserver((records) => {
      for (const r of records)
        if (r.type === 'childList') shapeMutations += r.addedNodes.length + r.removedNodes.length;
    });
    mo.observe(shapes, { childList: true, subtree: true });
    const t0 = performance.now();
    for (const id of ['110000', '120000', '130000', '140000', '150000']) {
      const tile = regionEl(el, id);
      const r = tile.getBoundingClientRect();
      tile.dispatchEvent(
        new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: r.x, clientY: r.y }),
      );
    }
    const perHover = (performance.now() - t0) / 5;
    await nextFrame();
    mo.disconnect();
    expect(updates).to.equal(0);
    expect(shapeMutations).to.equal(0);
    expect(perHover).to.be.below(16);
  });

  it('the 表格 toggle shows the data table twin; the table is always in the page for screen readers', async () => {
    const el = await map(
      chinaPlan([{ id: 'mars', name: '火星', values: { rd: [{ year: 2020, value: 9 }] } }]),
    );
    const wrap = $(el, '.table-wrap')!;
    expect(wrap.classList.contains('sr')).to.equal(true);
    const table = $(el, 'table[part="table"]')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('研发投入强度 · %，2020年');
    expect($$(el, 'thead th[scope="col"]').map((th) => th.textContent!.trim())).to.deep.equal([
      '地区',
      '数值（%）',
      '排名',
      '分级',
    ]);
    // 34 shapes plus the region the map has no shape for.
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(35);
    expect(rows[34]!.textContent!.replace(/\s+/g, '')).to.equal('火星9%图上无此区域');
    const toggle = $(el, '[part="toggle"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.table-wrap')!.classList.contains('sr')).to.equal(false);
    expect($(el, '.body')!.hidden).to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('a small map paints before its table twin and labels; a later scene updates the twin in place', async () => {
    const el = document.createElement('innovation-region-map');
    el.plan = chinaPlan();
    el.style.setProperty('width', '900px');
    await mount(el);
    await until(() => $$(el, '[part~="region"]').length === 34, 'the regions');
    // The first paint: every tile drawn and the one tab stop labelled; the rows and the other
    // labels follow in a task after that frame.
    expect($$(el, 'tbody tr')).to.have.length(0);
    expect($$(el, '[part~="region"][aria-label]')).to.have.length(1);
    expect($(el, 'table[part="table"] caption')!.textContent!.trim()).to.equal('研发投入强度 · %，2020年');
    await until(() => $$(el, 'tbody tr').length === 34, 'the table twin');
    expect($$(el, '[part~="region"][role="button"][aria-label]')).to.have.length(34);
    const firstRow = $$(el, 'tbody tr')[0]!;
    el.setAttribute('locale', 'en');
    await el.updateComplete;
    // Small maps keep their twin: the new scene's rows are there at once, in the same elements.
    expect($$(el, 'tbody tr')).to.have.length(34);
    expect($$(el, 'tbody tr')[0]).to.equal(firstRow);
    expect($$(el, 'thead th').map((th) => th.textContent!.trim())[0]).to.equal('Region');
  });

  it('reports regions that do not join, both ways: a notice and the table for data without shape, the console once for shapes without data', async () => {
    const { result: el, warnings } = await withWarnings(async () => {
      const infos: unknown[][] = [];
      const orig = console.info;
      console.info = (...a: unknown[]) => infos.push(a);
      try {
        const m = await map(
          chinaPlan([{ id: 'atlantis', name: '亚特兰蒂斯', values: { rd: [{ year: 2020, value: 3 }] } }], 4),
        );
        await m.updateComplete;
        m.requestUpdate();
        await m.updateComplete;
        return { m, infos };
      } finally {
        console.info = orig;
      }
    });
    const m = el.m;
    expect($(m, '[part="notice"]')!.textContent).to.contain('亚特兰蒂斯');
    expect(el.infos.length).to.equal(1);
    expect(String(el.infos[0]![0])).to.contain('4 shapes have no data');
    // The four shapes without data draw as "no data" and say so.
    expect(regionEl(m, '110000').classList.contains('nd')).to.equal(true);
    expect(regionEl(m, '110000').getAttribute('aria-label')).to.equal('北京市：无数据');
    expect($$(m, '[part="legend"] li').pop()!.textContent!.trim()).to.equal('无数据');
    expect(warnings.length).to.be.greaterThan(0);
  });

  it('reads an inline <table> (region, value) joined by name, and keeps the table as the no-JS view', async () => {
    const el = document.createElement('innovation-region-map');
    const table = document.createElement('table');
    const rows = [
      ['地区', '研发投入强度(%)'],
      ['北京市', '6.44'],
      ['上海', '4.21'],
      ['广东省', '3.14'],
      ['ＣＱ重庆', '2.11'],
    ];
    rows.forEach((cells, r) => {
      const tr = table.insertRow();
      for (const c of cells) {
        const cell = document.createElement(r === 0 ? 'th' : 'td');
        cell.textContent = c;
        tr.append(cell);
      }
    });
    el.append(table);
    await mount(el);
    await until(() => !!el.mapScene?.ranking.length, 'the ranking');
    const scene = el.mapScene!;
    expect(scene.title).to.equal('研发投入强度');
    expect(scene.ranking.map((i) => i.id)).to.deep.equal(['110000', '310000', '440000']);
    // Full-width letters are read half-width; a name that matches no shape is listed, not dropped.
    expect(scene.unplaced.map((u) => u.name)).to.deep.equal(['CQ重庆']);
    // Every region's label comes with the table twin, after the first paint.
    await until(() => tableReady(el), 'the labels');
    expect(regionEl(el, '310000').getAttribute('aria-label')).to.contain('4.21%');
  });

  it('reads a CSV plan through <innovation-data src>', async () => {
    const box = document.createElement('div');
    const data = document.createElement('innovation-data');
    data.setAttribute('src', '/test/fixtures/http/regions.csv');
    const el = document.createElement('innovation-region-map');
    data.append(el);
    box.append(data);
    await mount(box);
    await until(() => (el.mapScene?.ranking.length ?? 0) === 3, 'the CSV regions');
    expect(el.mapScene!.ranking.map((i) => `${i.id} ${i.valueText}`)).to.deep.equal([
      '110000 6.44%',
      '310000 4.21%',
      '440000 3.14%',
    ]);
    expect(el.mapScene!.title).to.equal('研发投入强度');
  });

  it('colours the five Chongqing zones by role from <innovation-data>, with the parent region as context', async () => {
    const data = document.createElement('innovation-data');
    data.id = 'cq-map';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(samplePlanDocument);
    data.append(script);
    const el = document.createElement('innovation-region-map');
    el.setAttribute('data', 'cq-map');
    el.setAttribute(
      'grid',
      JSON.stringify([
        { id: 'cq-core', row: 1, col: 0, label: '核心区' },
        { id: 'cq-expansion', row: 1, col: 1, label: '拓展区' },
        { id: 'cq-new-urban', row: 2, col: 0, label: '新区' },
        { id: 'cq-northeast', row: 0, col: 2, label: '渝东北' },
        { id: 'cq-southeast', row: 2, col: 2, label: '渝东南' },
      ]),
    );
    const box = document.createElement('div');
    box.append(data, el);
    await mount(box);
    await until(
      () => $$(el, '[part~="region"]').length === 5 && el.mapScene?.mode === 'categorical',
      'the zones',
    );
    const scene = el.mapScene!;
    // Core and expansion share their role (the plan gives one sentence for both): one class.
    expect(scene.legend).to.have.length(3);
    expect(regionEl(el, 'cq-core').getAttribute('fill')).to.equal(
      regionEl(el, 'cq-expansion').getAttribute('fill'),
    );
    expect(regionEl(el, 'cq-core').getAttribute('fill')).to.not.equal(
      regionEl(el, 'cq-new-urban').getAttribute('fill'),
    );
    expect(scene.unplaced).to.deep.equal([
      { id: '500000', name: '重庆市', valueText: scene.unplaced[0]!.valueText, why: 'parent' },
    ]);
    expect($(el, '[part="notice"]')).to.equal(null);
    expect($$(el, 'thead th').map((t) => t.textContent!.trim())).to.deep.equal(['地区', '类别']);
    await expectNoAxeViolations(el);
  });

  it('draws geometry from a property, fitted; pre-projected identity keeps left-right and up-down', async () => {
    const el = await map(squaresPlan, { projection: 'identity' }, (m) => {
      m.geometry = SQUARES;
    });
    const paths = $$(el, 'path[part~="region"]');
    expect(paths.map((p) => p.dataset.id)).to.deep.equal(['A', 'B', 'C']);
    const [a, b, c] = paths.map((p) => p.getBoundingClientRect());
    expect(b!.x).to.be.above(a!.x);
    // identity does not flip y: C (y = -1) is above A in screen space.
    expect(c!.y).to.be.below(a!.y);
    expect(el.mapScene!.ranking.map((i) => i.id)).to.deep.equal(['B', 'C', 'A']);
    expect(shadowText(el)).to.not.match(/NaN|undefined|null/);
  });

  it('loads world-atlas TopoJSON from geo-src: 177 countries, drawn and focusable', async () => {
    const el = await map(null, {
      'geo-src': '/node_modules/world-atlas/countries-110m.json',
      object: 'countries',
      credit: 'Natural Earth (public domain)',
      locale: 'en',
    });
    const paths = $$(el, 'path[part~="region"]');
    expect(paths.length).to.be.within(170, 177);
    expect(paths.every((p) => /^M[\d.-]/.test(p.getAttribute('d')!))).to.equal(true);
    expect($(el, '[part="credit"]')!.textContent!.trim()).to.equal('Natural Earth (public domain)');
    // No data: every shape says so, nothing invented.
    expect(paths[0]!.getAttribute('aria-label')).to.match(/: no data$/);
    assertNoBadText(el);
  });

  it('a large map (3,142 counties) draws at once; labels and the table twin follow when the page is idle', async function () {
    this.timeout(60000);
    const el = await map(
      null,
      {
        'geo-src': '/node_modules/us-atlas/counties-albers-10m.json',
        object: 'counties',
        projection: 'identity',
      },
      undefined,
      false,
    );
    const paths = $$(el, 'path[part~="region"]');
    expect(paths.length).to.be.above(3000);
    // The one tab stop is labelled at once.
    const stop = paths.filter((p) => p.getAttribute('tabindex') === '0');
    expect(stop).to.have.length(1);
    expect(stop[0]!.getAttribute('aria-label')).to.match(/：无数据$/);
    await until(() => $$(el, 'tbody tr').length === paths.length, 'the table twin', 20000);
    expect(
      paths.every((p) => p.getAttribute('role') === 'button' && !!p.getAttribute('aria-label')),
    ).to.equal(true);
    expect(paths.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('a failed geo-src says so and keeps the last good map', async () => {
    const el = await map(squaresPlan, {
      'geo-src': '/node_modules/world-atlas/countries-110m.json',
      object: 'countries',
    });
    const before = $$(el, 'path[part~="region"]').length;
    expect(before).to.be.above(100);
    el.setAttribute('geo-src', '/__fixtures/status/404?key=region-map-404');
    await until(() => !!$(el, '[part="notice"]')?.textContent!.includes('404'), 'the 404 notice');
    expect($$(el, 'path[part~="region"]').length).to.equal(before);
  });

  it('a TopoJSON without the named object, bad JSON and a bad grid: a clear notice, never a throw', async () => {
    const el = await map(squaresPlan, {
      'geo-src': '/node_modules/world-atlas/countries-110m.json',
      object: 'counties',
    }).catch(() => null);
    // Nothing to draw: the element stays empty with a notice that names the objects that exist.
    const m = el ?? (document.querySelector('innovation-region-map') as InnovationRegionMap);
    await until(() => !!$(m, '[part="notice"]'), 'the notice');
    expect($(m, '[part="notice"]')!.textContent).to.contain('countries');

    const grid = document.createElement('innovation-region-map');
    grid.plan = chinaPlan();
    grid.setAttribute('grid', '[{"id":"x","row":-1,"col":0}, {"id":"y","row":0,"col":0}]');
    await mount(grid);
    await until(() => !!$(grid, '[part="notice"]'), 'the grid notice');
    expect($(grid, '[part="notice"]')!.textContent).to.contain('row must be a whole number');
    expect(grid.problems.map((p) => p.path)).to.include('/grid/0/row');
    assertNoBadText(grid);
  });

  it('non-numeric and missing values: drawn as no data with a notice; never NaN', async () => {
    const plan = chinaPlan();
    (plan.regions![0]!.values!.rd![0] as { value: unknown }).value = 'abc';
    (plan.regions![1]!.values!.rd![0] as { value: unknown }).value = null;
    const { result: el } = await withWarnings(() => map(plan));
    expect(regionEl(el, '110000').classList.contains('nd')).to.equal(true);
    expect(regionEl(el, '120000').classList.contains('nd')).to.equal(true);
    assertNoBadText(el);
  });

  it('classifies by threshold breaks and diverging around a reference; bad breaks are a notice', async () => {
    const t = await map(chinaPlan(), { classify: 'threshold', breaks: '1,2.5,4' });
    expect($$(t, '[part="legend"] li').map((li) => li.textContent!.trim())).to.deep.equal([
      '< 1%',
      '1%–2.5%',
      '2.5%–4%',
      '≥ 4%',
    ]);
    const d = await map(chinaPlan(), { classify: 'diverging', reference: '2.4', classes: '5' });
    expect(d.mapScene!.classification!.method).to.equal('diverging');
    const mid = d.mapScene!.classification!.classes[2]!;
    expect(mid.min!).to.be.at.most(2.4);
    expect(mid.max!).to.be.above(2.4);
    // The symmetric range passes the data on one side: that end is open ("< x" / "≥ x"), and no
    // legend label shows a number no region has (R&D intensity is never negative).
    const labels = $$(d, '[part="legend"] li').map((li) => li.textContent!.trim());
    expect(labels.join(' ')).not.to.match(/[-−]\d/);
    expect(labels[0]!.startsWith('<') || labels[4]!.startsWith('≥')).to.equal(true);
    const bad = await map(chinaPlan(), { classify: 'threshold', breaks: '3,x,1' });
    expect($(bad, '[part="notice"]')!.textContent).to.contain('breaks');
  });

  it('speaks English from locale and the nearest lang', async () => {
    const el = await map(chinaPlan(), { locale: 'en' });
    expect(el.mapScene!.title).to.equal('R&D intensity');
    expect(regionEl(el, '110000').getAttribute('aria-label')).to.match(
      /^Beijing: \d+(\.\d+)?%, 2020, rank \d+ of 34$/,
    );
    expect($(el, '[part="toggle"]')!.textContent!.trim()).to.equal('Table');
    expect($$(el, 'text.tile-label')[0]!.textContent).to.match(/^[A-Z]{2}$/);
  });

  it('has no axe violations: light, dark, geometry', async () => {
    await expectNoAxeViolations(await map(chinaPlan()));
    await expectNoAxeViolations(await map(chinaPlan(), { theme: 'dark' }));
    await expectNoAxeViolations(
      await map(squaresPlan, { projection: 'identity' }, (m) => {
        m.geometry = SQUARES;
      }),
    );
  });

  it('keeps names and values as text (XSS payloads)', async function () {
    this.timeout(120000);
    const planWith = (payload: string, field: string): PlanDocumentInput => {
      const plan = chinaPlan();
      const r = plan.regions![0]! as RegionInput;
      if (field === 'name') r.name = payload;
      if (field === 'value') (r.values!.rd![0] as { value: unknown }).value = payload;
      if (field === 'title') plan.indicators![0]!.name = payload;
      return plan;
    };
    await checkXssSafety({
      fields: ['name', 'value', 'title'],
      visibleFields: ['name', 'title'],
      allowGrowth: ['span', 'li', 'div', 'strong', 'ul', 'tr', 'th', 'td'],
      render: async (payload, field) => {
        const el = document.createElement('innovation-region-map');
        el.plan = planWith(payload, field);
        el.setAttribute('data-id-probe', '110000');
        return mount(el);
      },
    });
  });

  it('works under the strict CSP page, tooltip included', async function () {
    const { win } = await openCspPage('<p>probe</p>');
    if (!win.customElements.get('innovation-region-map')) this.skip();
    await cleanupFixtures();
    const { doc, report } = await openCspPage(
      '<innovation-region-map unit="%"><table><tr><th>地区</th><th>2020</th></tr><tr><td>北京</td><td>6.44</td></tr><tr><td>上海</td><td>4.21</td></tr></table></innovation-region-map>',
    );
    const el = doc.querySelector('innovation-region-map')!;
    await until(() => !!el.shadowRoot?.querySelector('[data-id="110000"]'), 'the grid');
    const tile = el.shadowRoot!.querySelector<SVGElement>('[data-id="110000"]')!;
    const r = tile.getBoundingClientRect();
    tile.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: r.x, clientY: r.y }),
    );
    tile.focus();
    await nextFrame();
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!.hidden).to.equal(false);
    expectCleanCspReport(report);
  });
});
