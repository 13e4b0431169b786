#!/usr/bin/env node
// Where a contender's time goes: CPU-profiles one benchRun(n) in Chromium and prints the functions
// with the most self time. Bundles must exist in bench/out/ (`node bench/run.mjs --build-only`).
// Usage: node bench/profile.mjs <contender> [n=100] [--scenario=gauge]
// Tip: `--build-only` bundles are minified; for readable names bundle without --minify.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { startServer } from './lib/server.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const scenarioId = args.find((a) => a.startsWith('--scenario='))?.split('=')[1] ?? 'gauge';
const [contender = 'library', nText = '100'] = args.filter((a) => !a.startsWith('--'));
const n = Number.parseInt(nText, 10) || 100;
const scenario = (await import(pathToFileURL(join(BENCH, 'scenarios', `${scenarioId}.mjs`)).href)).default;

const server = await startServer({
  ...(scenario.serve ?? {}),
  harness: join(BENCH, 'harness'),
  out: join(BENCH, 'out'),
  dist: join(BENCH, '..', 'dist'),
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${server.origin}/`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(
    async ({ src, n, items }) => {
      const t0 = performance.now();
      await import(src);
      await window.benchRun(n, items);
      return performance.now() - t0;
    },
    { src: `${server.origin}/out/${contender}-${scenarioId}/${scenarioId}.js`, n, items: scenario.items },
  );
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const dt = new Map(profile.samples.map((id, i) => [i, profile.timeDeltas[i] ?? 0]));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt.get(i) / 1000);
  });
  console.log(`${contender} ${scenarioId} N=${n}: ${ms.toFixed(1)} ms; top self time (ms):`);
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${t.toFixed(1).padStart(8)}  ${key}`);
} finally {
  await browser.close();
  await server.close();
}
