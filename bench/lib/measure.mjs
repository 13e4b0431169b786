// One measurement: a fresh browser context, the empty harness page, then import() of a contender's
// bundle and window.benchRun(n, items). Every request that is not to our server is blocked and counted.

const RUN_TIMEOUT_MS = 300_000;

/** Counts nodes in a CDP DOM.getDocument(pierce) tree, shadow roots and frames included. */
function countNodes(node) {
  let count = 1;
  for (const child of node.children ?? []) count += countNodes(child);
  for (const root of node.shadowRoots ?? []) count += countNodes(root);
  if (node.contentDocument) count += countNodes(node.contentDocument);
  if (node.templateContent) count += countNodes(node.templateContent);
  return count;
}

async function snapshot(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  return { heap: heap.usedSize, nodes: countNodes(root) };
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const scriptSeconds = async (cdp) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;

/**
 * Hover cost (scenarios with `hover`): one trusted pointer move (CDP Input, real hit testing, so
 * canvas charts take part) to window.benchHoverPoint(), then two frames. Script time = Chromium's
 * ScriptDuration over that span minus the same span without a move (the harness' own calls);
 * nodes = distinct DOM nodes the hover mutated (window.benchObserve/benchMutations).
 * Returns { hoverMs, hoverNodes } or { hoverError }.
 */
export async function measureHover(page, cdp) {
  const point = await page.evaluate(() => window.benchHoverPoint?.() ?? null);
  if (!point || !Number.isFinite(point.x) || !Number.isFinite(point.y))
    return { hoverError: 'no point inside the hovered region' };
  await cdp.send('Performance.enable');
  await page.mouse.move(1, 1);
  await page.evaluate(() => window.benchTwoFrames());
  const idle0 = await scriptSeconds(cdp);
  await page.evaluate(() => window.benchTwoFrames());
  const idle1 = await scriptSeconds(cdp);
  await page.evaluate(() => window.benchObserve());
  const s0 = await scriptSeconds(cdp);
  await page.mouse.move(point.x, point.y);
  await page.evaluate(() => window.benchTwoFrames());
  const s1 = await scriptSeconds(cdp);
  const hoverNodes = await page.evaluate(() => window.benchMutations());
  return {
    hoverMs: Math.max(0, (s1 - s0 - (idle1 - idle0)) * 1000),
    hoverNodes,
  };
}

/**
 * @returns {Promise<{ok: boolean, error?: string, totalMs?, importMs?, renderMs?, heapBytes?, domNodes?,
 *   consoleErrors: string[], blocked: string[]}>}
 */
export async function measureOnce(browser, { origin, bundle, preload = [], n, items, hover = false }) {
  const blocked = [];
  const consoleErrors = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const before = await snapshot(cdp);
    const timing = await withTimeout(
      page.evaluate(
        async ({ src, preload, n, items }) => {
          const t0 = performance.now();
          for (const href of preload) {
            const link = document.createElement('link');
            link.rel = 'modulepreload';
            link.href = href;
            document.head.append(link);
          }
          await import(src);
          const t1 = performance.now();
          await window.benchRun(n, items);
          const t2 = performance.now();
          return { totalMs: t2 - t0, importMs: t1 - t0, renderMs: t2 - t1 };
        },
        { src: `${origin}/out/${bundle}`, preload: preload.map((f) => `${origin}/out/${f}`), n, items },
      ),
      RUN_TIMEOUT_MS,
      `benchRun(${n})`,
    );
    const rendered = await page.evaluate(() => window.benchCheck());
    const after = await snapshot(cdp);
    const result = {
      ok: rendered === n,
      ...timing,
      heapBytes: after.heap - before.heap,
      domNodes: after.nodes - before.nodes,
      consoleErrors,
      blocked,
    };
    if (!result.ok) result.error = `rendered ${rendered} of ${n} widgets`;
    if (result.ok && hover) Object.assign(result, await measureHover(page, cdp));
    return result;
  } catch (err) {
    return { ok: false, error: String(err?.message ?? err).split('\n')[0], consoleErrors, blocked };
  } finally {
    await context.close().catch(() => {});
  }
}
