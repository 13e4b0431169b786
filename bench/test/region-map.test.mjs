// `node --test bench/test/`: the region-map scenario's data and the runner's map goals (faster than
// every peer, × floor at one size, hover script time and nodes) and hover table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, goalVerdicts, summarize, toMarkdown } from '../lib/report.mjs';
import scenario, { atlasDataset, centreOf, mulberry32 } from '../scenarios/region-map.mjs';

const run = (totalMs, extra = {}) => ({
  ok: true,
  totalMs,
  importMs: totalMs / 2,
  renderMs: totalMs / 2,
  heapBytes: 1e6,
  domNodes: 10,
  consoleErrors: [],
  blocked: [],
  ...extra,
});

test('mulberry32(2020) is deterministic: the same seed gives the same values', () => {
  const a = mulberry32(2020);
  const b = mulberry32(2020);
  const xs = Array.from({ length: 5 }, () => a());
  assert.deepEqual(
    xs,
    Array.from({ length: 5 }, () => b()),
  );
  assert.ok(xs.every((x) => x >= 0 && x < 1));
});

test('atlasDataset() keys shapes by id, else by name, with one value 0…100 per shape', () => {
  const topology = {
    objects: {
      things: {
        geometries: [
          { id: '076', properties: { name: 'Brazil' } },
          { properties: { name: 'Kosovo' } },
          { id: 4, properties: {} },
        ],
      },
    },
  };
  const d = atlasDataset(topology, { file: 'x/y.json', object: 'things', hoverKey: '076' });
  assert.equal(d.n, 3);
  assert.deepEqual(d.keys, ['076', 'Kosovo', '4']);
  assert.deepEqual(d.names, ['Brazil', 'Kosovo', '4']);
  assert.equal(d.url, '/x/y.json');
  assert.ok(d.values.every((v) => Number.isFinite(v) && v >= 0 && v <= 100));
  assert.equal(d.hoverCoord, null);
});

test('atlasDataset() of a topology without the object gives an empty dataset, never throws', () => {
  const d = atlasDataset({ objects: {} }, { file: 'a/b.json', object: 'missing' });
  assert.equal(d.n, 0);
});

test('the region-map scenario reads both atlases: 177 countries and 3,231 counties, each key unique', () => {
  assert.deepEqual(scenario.sizes.quick, [177, 3231]);
  for (const d of scenario.items.datasets) {
    assert.equal(new Set(d.keys).size, d.n, d.file);
    assert.ok(d.hoverCoord?.every(Number.isFinite), `${d.file}: hover point`);
  }
});

test('centreOf(): the world is not rotated; the US counties (Guam to the Virgin Islands) centre on −140°', () => {
  const [world, counties] = scenario.items.datasets;
  assert.equal(world.rotate + 0, 0);
  assert.equal(counties.rotate, 140);
  assert.equal(counties.projection, 'equal-earth');
  assert.equal(centreOf({ objects: {} }, { object: 'missing' }), 0);
});

function mapResult(lib, peers, floor = 100) {
  return {
    sizes: [177],
    contenders: [
      { id: 'library', name: 'lib', library: true, summary: { 177: summarize([run(lib.ms, lib.hover)]) } },
      { id: 'floor', name: 'floor', floor: true, summary: { 177: summarize([run(floor)]) } },
      ...peers.map(([id, ms]) => ({ id, name: id, summary: { 177: summarize([run(ms)]) } })),
    ],
  };
}
const goals = {
  aheadOfPeers: true,
  timeVsFloorAt: { n: 177, limit: 0.9 },
  hoverScriptMs: 16,
  hoverNodes: 32,
};

test('goalVerdicts() aheadOfPeers is met only when the library beats the fastest peer (the floor is not a peer)', () => {
  const met = mapResult({ ms: 80 }, [
    ['plot', 120],
    ['echarts', 90],
  ]);
  compare(met);
  const g = goalVerdicts({ goals }, met, []);
  const ahead = g.find((x) => x.goal.startsWith('faster than every peer'));
  assert.equal(ahead.verdict, 'met');
  assert.match(ahead.measured, /best peer echarts 90\.0 ms/);

  const notMet = mapResult({ ms: 95 }, [
    ['plot', 120],
    ['echarts', 90],
  ]);
  compare(notMet);
  assert.equal(
    goalVerdicts({ goals }, notMet, []).find((x) => x.goal.startsWith('faster')).verdict,
    'NOT met',
  );
});

test('goalVerdicts() timeVsFloorAt judges only its size: 0.8× floor is met at ≤ 0.9×', () => {
  const r = mapResult({ ms: 80 }, [['plot', 120]]);
  compare(r);
  const g = goalVerdicts({ goals }, r, []).filter((x) => x.goal.includes('× floor'));
  assert.equal(g.length, 1);
  assert.equal(g[0].verdict, 'met');
  assert.match(g[0].measured, /0\.80×/);
});

test('goalVerdicts() hover goals: 3 ms and 12 nodes met; 20 ms and 3,142 nodes NOT met; no hover data = not measured', () => {
  const good = mapResult({ ms: 80, hover: { hoverMs: 3, hoverNodes: 12 } }, [['plot', 120]]);
  compare(good);
  const g1 = goalVerdicts({ goals }, good, []).filter((x) => x.goal.startsWith('hover'));
  assert.deepEqual(
    g1.map((x) => x.verdict),
    ['met', 'met'],
  );
  const bad = mapResult({ ms: 80, hover: { hoverMs: 20, hoverNodes: 3142 } }, [['plot', 120]]);
  compare(bad);
  const g2 = goalVerdicts({ goals }, bad, []).filter((x) => x.goal.startsWith('hover'));
  assert.deepEqual(
    g2.map((x) => x.verdict),
    ['NOT met', 'NOT met'],
  );
  const none = mapResult({ ms: 80 }, [['plot', 120]]);
  compare(none);
  const g3 = goalVerdicts({ goals }, none, []).filter((x) => x.goal.startsWith('hover'));
  assert.ok(g3.every((x) => x.verdict === 'not measured'));
});

test('summarize() gives hover medians; toMarkdown() prints the hover table without NaN/undefined/null', () => {
  const s = summarize([
    run(10, { hoverMs: 1, hoverNodes: 10 }),
    run(11, { hoverMs: 3, hoverNodes: 12 }),
    run(12, { hoverMs: 2, hoverNodes: 14 }),
  ]);
  assert.equal(s.hoverMs, 2);
  assert.equal(s.hoverNodes, 12);

  const r = mapResult({ ms: 80, hover: { hoverMs: 2.5, hoverNodes: 12 } }, [['plot', 120]]);
  r.id = 'region-map';
  r.title = 'Map';
  compare(r);
  r.goals = goalVerdicts({ goals }, r, []);
  const md = toMarkdown({
    mode: 'quick',
    runs: 1,
    date: '2026-01-01T00:00:00Z',
    scenarios: [r],
    sizes: [],
    explainSizes: [],
    machine: { cpu: 'cpu', cores: 2, memoryGB: '1.0', os: 'linux', loadStart: '0', loadEnd: '0' },
    chromium: '1',
    chromiumPath: '/usr/bin/chromium',
    node: 'v20',
    esbuild: '0',
    versions: [],
    install: { ran: false },
    blocked: [],
    harnessGzipBytes: 300,
    durationMs: 1000,
  });
  assert.match(md, /### region-map: hover/);
  assert.match(md, /\| lib \| 2\.5 \| 12 \|/);
  assert.match(md, /\| plot \| — \| — \|/);
  assert.doesNotMatch(md, /NaN|undefined|null|Infinity/);
});
