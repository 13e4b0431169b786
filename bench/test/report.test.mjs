// Unit tests of the benchmark's pure parts: `node --test bench/test/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, goalVerdicts, median, ratioInterval, summarize, toMarkdown } from '../lib/report.mjs';

const run = (totalMs, heapBytes = 1e6, domNodes = 10) => ({
  ok: true,
  totalMs,
  importMs: totalMs / 2,
  renderMs: totalMs / 2,
  heapBytes,
  domNodes,
  consoleErrors: [],
  blocked: [],
});

test('median([3, 1, 2]) is the middle value and median of an even list averages the two middle ones', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test('median([]) and median([NaN]) are null, never NaN', () => {
  assert.equal(median([]), null);
  assert.equal(median([Number.NaN, undefined]), null);
});

test('summarize() reports a contender with any failed run as failed, with the error', () => {
  const s = summarize([
    run(10),
    { ok: false, error: 'rendered 0 of 1 widgets', consoleErrors: [], blocked: [] },
  ]);
  assert.equal(s.ok, false);
  assert.equal(s.error, 'rendered 0 of 1 widgets');
  assert.equal(s.failedRuns, 1);
});

test('summarize() gives median, min and max of the runs', () => {
  const s = summarize([run(30), run(10), run(20), run(50), run(40)]);
  assert.deepEqual([s.ok, s.medianMs, s.minMs, s.maxMs, s.runs], [true, 30, 10, 50, 5]);
});

function scenarioResult(libMs, libHeap) {
  return {
    sizes: [1],
    contenders: [
      { id: 'library', library: true, summary: { 1: summarize([run(libMs, libHeap)]) } },
      { id: 'floor', floor: true, summary: { 1: summarize([run(100, 1e6)]) } },
    ],
  };
}
const scenario = { goals: { timeVsFloor: 1.1, heapVsFloor: 1.2, sizeEntry: 'g', sizeBytes: 20480 } };

test('compare() + goalVerdicts() mark time 1.05× floor met and heap 1.5× floor NOT met', () => {
  const r = scenarioResult(105, 1.5e6);
  compare(r);
  const goals = goalVerdicts(scenario, r, [{ id: 'g', name: 'gauge', ok: true, gzipBytes: 19000 }]);
  assert.deepEqual(
    goals.map((g) => g.verdict),
    ['met', 'NOT met', 'met'],
  );
  assert.match(goals[0].measured, /1\.05×/);
});

test('goalVerdicts() judges the size goal on the file as shipped when it is known', () => {
  const r = scenarioResult(100, 1e6);
  compare(r);
  const goals = goalVerdicts(scenario, r, [{ id: 'g', ok: true, gzipBytes: 20000, shippedGzipBytes: 21000 }]);
  assert.equal(goals.at(-1).verdict, 'NOT met');
});

test('goalVerdicts() says "not measured" when the library failed, never "met"', () => {
  const r = scenarioResult(100, 1e6);
  r.contenders[0].summary[1] = { ok: false, error: 'bundle failed' };
  compare(r);
  const goals = goalVerdicts(scenario, r, [{ id: 'g', ok: false, error: 'missing' }]);
  assert.ok(goals.every((g) => g.verdict === 'not measured'));
});

test('toMarkdown() prints a FAILED row and no NaN/undefined/null text', () => {
  const r = scenarioResult(100, 1e6);
  r.contenders[0].summary[1] = { ok: false, error: 'a | b' };
  r.id = 'gauge';
  r.title = 'Gauges';
  compare(r);
  r.contenders.forEach((c) => (c.name = c.id));
  r.goals = goalVerdicts(scenario, r, []);
  const md = toMarkdown({
    mode: 'quick',
    runs: 1,
    date: '2026-01-01T00:00:00Z',
    scenarios: [r],
    sizes: [{ id: 'g', name: 'gauge', entry: 'x.js', ok: false, error: 'missing' }],
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
  assert.match(md, /\| library \| — .*FAILED: a \\\| b \|/);
  assert.doesNotMatch(md, /NaN|undefined|null|Infinity/);
});

test('ratioInterval() brackets the ratio of medians, is reproducible, and narrows as runs agree', () => {
  const lib = [60, 62, 58, 61, 75, 59, 63];
  const floor = [50, 52, 49, 51, 66, 50, 48];
  const iv = ratioInterval(lib, floor);
  assert.deepEqual(ratioInterval(lib, floor), iv); // fixed seed
  const r = median(lib) / median(floor);
  assert.ok(iv[0] <= r && r <= iv[1], `${iv} around ${r}`);
  assert.ok(iv[1] - iv[0] < 0.5);
  const tight = ratioInterval([60, 60, 60, 60, 60], [50, 50, 50, 50, 50]);
  assert.deepEqual(tight, [1.2, 1.2]);
});

test('ratioInterval() is null with fewer than three runs on a side, never NaN', () => {
  assert.equal(ratioInterval([1, 2], [1, 2, 3]), null);
  assert.equal(ratioInterval([1, 2, Number.NaN], [1, 2, 3]), null);
  assert.equal(ratioInterval(undefined, [1, 2, 3]), null);
});

test('goalVerdicts() shows the 95 % interval beside a time ratio measured over several runs', () => {
  const r = {
    sizes: [1],
    contenders: [
      { id: 'library', library: true, summary: { 1: summarize([run(110), run(120), run(115)]) } },
      { id: 'floor', floor: true, summary: { 1: summarize([run(100), run(100), run(100)]) } },
    ],
  };
  compare(r);
  const [time] = goalVerdicts({ goals: { timeVsFloor: 1.1 } }, r, []);
  assert.match(time.measured, /^1\.15× \(95 % interval 1\.10–1\.20×\)$/);
  assert.equal(time.verdict, 'NOT met');
});
