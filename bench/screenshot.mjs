#!/usr/bin/env node
// Eyeball check that every contender draws the same content: renders 10 gauges per contender from
// the bundles in bench/out/ (run `node bench/run.mjs --build-only` first) and writes
// bench/out/screenshot-<contender>-<scenario>.png.
// Usage: node bench/screenshot.mjs [--scenario=gauge] [contender …]
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
const bundles = readdirSync(OUT).filter((f) => existsSync(join(OUT, f, `${scenarioId}.js`)));
const contenders = bundles
  .map((f) => f.slice(0, -`-${scenarioId}`.length))
  .filter((c) => !wanted.length || wanted.includes(c));

const server = await startServer({
  harness: join(BENCH, 'harness'),
  out: OUT,
  dist: join(BENCH, '..', 'dist'),
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const c of contenders) {
    const page = await browser.newPage({ viewport: { width: 1240, height: 360 } });
    page.on('pageerror', (e) => console.log(`${c}: pageerror ${e.message}`));
    await page.goto(`${server.origin}/`);
    const rendered = await page.evaluate(
      async ({ src, items }) => {
        await import(src);
        await window.benchRun(10, items);
        return window.benchCheck();
      },
      { src: `${server.origin}/out/${c}-${scenarioId}/${scenarioId}.js`, items: scenario.items },
    );
    const path = join(OUT, `screenshot-${c}-${scenarioId}.png`);
    await page.screenshot({ path });
    console.log(`${c}: ${rendered}/10 rendered → ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
