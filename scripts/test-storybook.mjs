#!/usr/bin/env node
// `npm run test:storybook`: opens every story of the built Storybook (storybook-static/, from
// `npm run build-storybook`) in Chromium and fails on
//   - a story that does not render (Storybook error display, or a timeout),
//   - any console error, uncaught exception or unhandled rejection in the story, any HTTP error,
//   - any axe-core violation (wcag2a, wcag2aa, wcag21aa) in #storybook-root (open shadow roots included),
//   - leaked values in the rendered text ("NaN", "undefined", "null", "Infinity", "[object Object]"),
//   - any request to a host other than 127.0.0.1 (all such requests are blocked).
// Prints one line per story and a final "N passed, N failed" line; exits 1 when any failed.
//
// Usage: node scripts/test-storybook.mjs [--dir storybook-static] [--concurrency 2]
//          [--globals "theme:dark;locale:en"] [filter …]
//   filters are substrings of story ids (e.g. `gauge`); STORY_TIMEOUT_MS (default 20000).
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const staticDir = resolve(root, opt('--dir', 'storybook-static'));
const concurrency = Math.max(
  1,
  Math.min(3, Number(opt('--concurrency', process.env.STORYBOOK_TEST_CONCURRENCY ?? 2)) || 2),
);
// Storybook globals for every story, e.g. --globals "theme:dark;locale:en" (default: the preview's).
const globalsParam = opt('--globals', process.env.STORYBOOK_TEST_GLOBALS ?? '');
const filters = args.filter((a) => !a.startsWith('--'));
const STORY_TIMEOUT = Number(process.env.STORY_TIMEOUT_MS ?? 20000);
const AXE_PATH = resolve(root, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error(`test-storybook: ${staticDir}/index.json not found; run \`npm run build-storybook\` first.`);
  process.exit(2);
}

// ---- static server ---------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
};

const server = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let file = normalize(join(staticDir, path));
  if (file !== staticDir && !file.startsWith(staticDir + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const origin = `http://127.0.0.1:${port}`;

// ---- stories ----------------------------------------------------------------------------------
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries ?? index.stories ?? {})
  .filter((e) => (e.type ?? 'story') === 'story')
  .filter((e) => filters.length === 0 || filters.some((f) => e.id.includes(f)));

if (stories.length === 0) {
  console.error('test-storybook: no stories matched.');
  server.close();
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  headless: true,
});
const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });

// Error events that never reach the console (e.g. "ResizeObserver loop completed with undelivered
// notifications", which test runners such as Mocha treat as failures) are recorded by the page.
await context.addInitScript(() => {
  window.__storyErrors = [];
  window.addEventListener(
    'error',
    (e) => {
      if (e instanceof ErrorEvent) window.__storyErrors.push(e.message || String(e.error));
    },
    true,
  );
});

/** Requests to anything but the local server are aborted and charged to the page's current story. */
const blockedSinks = new WeakMap();
async function blockForeign(page) {
  await page.route('**/*', (route) => {
    const url = route.request().url();
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      /* unparsable: block */
    }
    if (host === '127.0.0.1' || /^(data|blob):/.test(url)) return route.continue();
    blockedSinks.get(page)?.(url);
    return route.abort('blockedbyclient');
  });
}

const LEAK = /\bNaN\b|\bundefined\b|\bnull\b|\bInfinity\b|\[object \w+\]/;

async function checkStory(page, story) {
  const problems = [];
  // A story tagged `expect-http-error` shows a failed load on purpose (a 404 geo-src): its HTTP
  // errors and the browser's matching "Failed to load resource" line are expected, and required.
  const expectHttpError = (story.tags ?? []).includes('expect-http-error');
  let httpErrors = 0;
  const onConsole = (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // The request blocker's own noise is reported once as "blocked request".
    if (/net::ERR_BLOCKED_BY_CLIENT/.test(text)) return;
    if (
      expectHttpError &&
      /^Failed to load resource: the server responded with a status of [45]\d\d/.test(text)
    )
      return;
    problems.push(`console.error: ${text.slice(0, 300)}`);
  };
  const onPageError = (err) => problems.push(`uncaught: ${String(err?.message ?? err).slice(0, 300)}`);
  const onResponse = (res) => {
    if (res.status() < 400) return;
    httpErrors++;
    if (!expectHttpError) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  blockedSinks.set(page, (url) => problems.push(`blocked request to ${url}`));
  try {
    await page.goto(
      `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story${globalsParam ? `&globals=${encodeURIComponent(globalsParam)}` : ''}`,
      {
        waitUntil: 'load',
        timeout: STORY_TIMEOUT,
      },
    );
    const state = await page
      .waitForFunction(
        () => {
          const c = document.body.classList;
          if (c.contains('sb-show-errordisplay')) return 'error';
          if (c.contains('sb-show-nopreview')) return 'nopreview';
          return c.contains('sb-show-main') ? 'main' : false;
        },
        null,
        { timeout: STORY_TIMEOUT },
      )
      .then((h) => h.jsonValue());
    if (state === 'error') {
      const msg = await page.evaluate(
        () =>
          `${document.querySelector('#error-message')?.textContent ?? ''} ${document.querySelector('#error-stack')?.textContent ?? ''}`,
      );
      problems.push(`story failed to render: ${msg.trim().slice(0, 400)}`);
      return problems;
    }
    if (state === 'nopreview') {
      problems.push('story rendered nothing (sb-show-nopreview)');
      return problems;
    }
    // Let custom elements finish updating (deep), then a frame and a short pause for async data.
    const { text, undefinedTags } = await page.evaluate(async () => {
      const deep = (node, out = []) => {
        for (const child of node.children ?? []) {
          out.push(child);
          if (child.shadowRoot) deep(child.shadowRoot, out);
          deep(child, out);
        }
        return out;
      };
      const rootEl = document.querySelector('#storybook-root') ?? document.body;
      for (let i = 0; i < 5; i++) {
        const pending = deep(rootEl)
          .map((e) => e.updateComplete)
          .filter((p) => p && typeof p.then === 'function');
        if (pending.length === 0) break;
        const done = await Promise.all(pending.map((p) => p.catch(() => true)));
        if (done.every((d) => d !== false)) break;
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
      const undefinedTags = [
        ...new Set(
          deep(rootEl)
            .filter((e) => e.localName.includes('-') && !customElements.get(e.localName))
            .map((e) => e.localName),
        ),
      ];
      // Rendered text, deep through shadow roots and slots (skips style/script).
      let out = '';
      const visit = (node) => {
        if (node.nodeType === 3) out += node.nodeValue;
        if (node.nodeType !== 1 && node.nodeType !== 11) return;
        if (node.nodeType === 1) {
          if (/^(style|script|template|noscript)$/i.test(node.localName)) return;
          if (node.localName === 'slot') {
            const a = node.assignedNodes({ flatten: true });
            (a.length ? a : [...node.childNodes]).forEach(visit);
            return;
          }
          for (const attr of node.attributes) {
            if (attr.name.startsWith('aria-') || attr.name === 'title' || attr.name === 'alt')
              out += ` ${attr.value} `;
          }
          if (node.shadowRoot) {
            node.shadowRoot.childNodes.forEach(visit);
            return;
          }
        }
        node.childNodes.forEach(visit);
        out += ' ';
      };
      visit(rootEl);
      return { text: out.replace(/\s+/g, ' '), undefinedTags };
    });
    const errorEvents = await page.evaluate(() => window.__storyErrors ?? []);
    for (const message of new Set(errorEvents)) {
      if (!problems.some((p) => p.includes(message))) problems.push(`error event: ${message.slice(0, 300)}`);
    }
    for (const tag of undefinedTags)
      problems.push(`<${tag}> is never defined (is its define module imported?)`);
    const leak = LEAK.exec(text);
    if (leak) {
      const at = Math.max(0, leak.index - 40);
      problems.push(`leaked "${leak[0]}" in rendered text: …${text.slice(at, leak.index + 40)}…`);
    }

    const hasAxe = await page.evaluate(() => typeof window.__storyAxe !== 'undefined');
    if (!hasAxe) {
      // Load our own axe-core and keep it apart from the one the a11y addon bundles.
      await page.addScriptTag({ path: AXE_PATH });
      await page.evaluate(() => {
        window.__storyAxe = window.axe;
      });
    }
    const violations = await page.evaluate(async (tags) => {
      const axe = window.__storyAxe;
      for (let attempt = 0; ; attempt++) {
        try {
          const r = await axe.run('#storybook-root', {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          });
          return r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({
              target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | '),
              html: n.html.replace(/\s+/g, ' ').slice(0, 200),
              summary: (n.failureSummary ?? '').replace(/\s*\n\s*/g, ' / ').slice(0, 300),
            })),
          }));
        } catch (e) {
          // The a11y addon may be running its own axe pass: wait and retry.
          if (attempt < 20 && /already running/i.test(String(e))) {
            await new Promise((r) => setTimeout(r, 100));
            continue;
          }
          throw e;
        }
      }
    }, AXE_TAGS);
    if (expectHttpError && httpErrors === 0) problems.push('tagged expect-http-error, but no request failed');
    for (const v of violations) {
      problems.push(`axe ${v.id} [${v.impact}]: ${v.help}`);
      for (const n of v.nodes) problems.push(`    ${n.target}  ${n.html}\n      ${n.summary}`);
    }
  } catch (e) {
    problems.push(
      `error: ${String(e?.message ?? e)
        .split('\n')[0]
        .slice(0, 300)}`,
    );
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
  }
  return problems;
}

// ---- run ------------------------------------------------------------------------------------------
const started = Date.now();
let passed = 0;
let failed = 0;
const queue = [...stories];

async function worker() {
  const page = await context.newPage();
  await blockForeign(page);
  for (let story = queue.shift(); story; story = queue.shift()) {
    const t0 = Date.now();
    const problems = await checkStory(page, story);
    const ms = Date.now() - t0;
    if (problems.length === 0) {
      passed++;
      console.log(`✓ ${story.id} (${ms} ms)`);
    } else {
      failed++;
      console.log(`✗ ${story.id} (${ms} ms)\n    ${problems.join('\n    ')}`);
    }
  }
  await page.close();
}

try {
  await Promise.all(Array.from({ length: Math.min(concurrency, stories.length) }, worker));
} finally {
  await context.close();
  await browser.close();
  server.close();
}
console.log(
  `(${stories.length} stories in ${((Date.now() - started) / 1000).toFixed(1)} s, ${concurrency} pages)`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
