#!/usr/bin/env node
// Eyeball check that every contender draws the same content: renders 10 gauges per contender from
// the bundles in bench/out/ (run `node bench/run.mjs --build-only` first) and writes
// bench/out/screenshot-<contender>-<scenario>.png.
// Usage: node bench/screenshot.mjs [--scenario=gauge] [--n=10] [contender …]
// (--n: what benchRun gets; a map scenario takes its shape count, e.g. --scenario=region-map --n=177;
// --hover: move the pointer to window.benchHoverPoint() before the shot, to see the hover state)
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { startServer } from './lib/server.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const OUT = join(BENCH, 'out');
const args = process.argv.slice(2);
const scenarioId = args.find((a) => a.startsWith('--scenario='))?.split('=')[1] ?? 'gauge';
const scenario = (await import(pathToFileURL(join(BENCH, 'scenarios', `${scenarioId}.mjs`)).href)).default;
const wanted = args.filter((a) => !a.startsWith('--'));
const n = Number(args.find((a) => a.startsWith('--n='))?.split('=')[1]) || 10;
const hover = args.includes('--hover');
const bundles = readdirSync(OUT).filter((f) => existsSync(join(OUT, f, `${scenarioId}.js`)));
const contenders = bundles
  .map((f) => f.slice(0, -`-${scenarioId}`.length))
  .filter((c) => !wanted.length || wanted.includes(c));

const server = await startServer({
  ...(scenario.serve ?? {}),
  harness: join(BENCH, 'harness'),
  out: OUT,
  dist: join(BENCH, '..', 'dist'),
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const c of contenders) {
    const page = await browser.newPage({
      viewport: scenario.serve ? { width: 1000, height: 760 } : { width: 1240, height: 360 },
    });
    page.on('pageerror', (e) => console.log(`${c}: pageerror ${e.message}`));
    await page.goto(`${server.origin}/`);
    const rendered = await page.evaluate(
      async ({ src, items, n }) => {
        await import(src);
        await window.benchRun(n, items);
        return window.benchCheck();
      },
      { src: `${server.origin}/out/${c}-${scenarioId}/${scenarioId}.js`, items: scenario.items, n },
    );
    if (hover) {
      const point = await page.evaluate(() => window.benchHoverPoint?.() ?? null);
      if (point) await page.mouse.move(point.x, point.y);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    }
    const path = join(
      OUT,
      `screenshot-${c}-${scenarioId}${n === 10 ? '' : `-${n}`}${hover ? '-hover' : ''}.png`,
    );
    await page.screenshot({ path });
    console.log(`${c}: ${rendered}/${n} rendered → ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
