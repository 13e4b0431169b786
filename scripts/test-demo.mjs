// The demo article page, served exactly as `npm start` serves it (strict CSP header), opened in
// Chromium: every widget on it must render its shadow content with no console error, no CSP
// violation and no request that leaves the local server. Prints `N passed, N failed`.
import { chromium } from 'playwright-core';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serveStatic } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const server = await serveStatic(root, { port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
};

try {
  for (const width of [1000, 360]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => !r.url().startsWith(origin) && problems.push(`foreign request: ${r.url()}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${origin}/demo/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('innovation-gauge') !== undefined, null, {
      timeout: 10000,
    });
    await page.waitForTimeout(500);
    const widgets = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'innovation-gauge, innovation-target-bars, innovation-platform-table, innovation-region-map',
        ),
      ].map((el) => ({
        tag: el.localName,
        id: el.getAttribute('indicator') ?? el.getAttribute('label') ?? '',
        text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
    const tags = new Set(widgets.map((w) => w.tag));
    check(`${width}px: every widget kind is on the page`, tags.size === 4, [...tags].join(', '));
    // Region maps: every tile of each grid is drawn (5 zones of Chongqing, 34 provincial divisions).
    const maps = await page.evaluate(() =>
      [...document.querySelectorAll('innovation-region-map')].map((el) => ({
        data: el.getAttribute('data') ?? 'inline table',
        regions: el.shadowRoot?.querySelectorAll('[part~="region"]').length ?? 0,
      })),
    );
    for (const m of maps) {
      const expected = m.data === 'cq' ? 5 : 34;
      check(
        `${width}px: <innovation-region-map> (${m.data}) draws ${expected} regions`,
        m.regions === expected,
        String(m.regions),
      );
    }
    for (const w of widgets) {
      const bad = /\bNaN\b|\bundefined\b|\bnull\b|Infinity/.exec(w.text);
      check(
        `${width}px: <${w.tag}> ${w.id} renders`,
        w.text.length > 10 && !bad,
        bad ? `shows "${bad[0]}"` : '',
      );
    }
    const state = await page.evaluate(() => document.querySelector('innovation-data')?.state);
    check(`${width}px: <innovation-data> loaded the sample plan`, state === 'ready', String(state));
    check(
      `${width}px: no console error, CSP violation or foreign request`,
      problems.length === 0,
      problems.join('; '),
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
const failed = results.filter((ok) => !ok).length;
console.log(`demo: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
