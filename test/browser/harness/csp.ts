/**
 * Strict-CSP pages: static markup served with
 *   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;
 *   require-trusted-types-for 'script'; trusted-types lit-html
 * loading only the probe and dist/innovation-widgets.iife.js, or standalone bundles as modules
 * (`widgets: false, modules: [...]`; `allowDuplicates` adds 'allow-duplicates'): see csp-plugin.mjs.
 *
 *   const { doc, report } = await openCspPage('<innovation-gauge value="1.57" target="2.5"></innovation-gauge>');
 *   expectCleanCspReport(report);
 *
 * Frames are removed by `cleanupFixtures()` (or `closeCspPages()`).
 */
import { deepElements, nextFrame, registerCleanup, settle, sleep } from './fixture.js';

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
}

/** What the probe recorded in the page (live object: it keeps filling while the page runs). */
export interface CspReport {
  violations: CspViolation[];
  /** Uncaught errors and unhandled rejections. */
  errors: string[];
  consoleErrors: string[];
  /** Every URL requested (Resource Timing, fetch and XHR). */
  requests: string[];
  /** Requested URLs not on the page's origin, with how they were requested. */
  foreignRequests: string[];
  /** Calls of window.__xssCanary() in the page. */
  canaryCalls: number;
}

export interface CspPage {
  doc: Document;
  win: Window & typeof globalThis;
  report: CspReport;
  iframe: HTMLIFrameElement;
}

export interface OpenCspPageOptions {
  /** `<html lang>`; default zh-CN. */
  lang?: string;
  /** Resolves when the page is ready for assertions (polled until true, up to `timeout`). */
  waitFor?: (doc: Document) => boolean | Promise<boolean>;
  /** Extra same-origin classic scripts loaded after the IIFE (test helpers only). */
  scripts?: string[];
  /** Same-origin ES modules loaded after those (`<script type="module">`: standalone bundles). */
  modules?: string[];
  /** Load dist/innovation-widgets.iife.js (default true; false for harness self-tests and standalone pages). */
  widgets?: boolean;
  /** Send `trusted-types lit-html 'allow-duplicates'` (a page with two copies of lit-html); default false. */
  allowDuplicates?: boolean;
  /** Milliseconds to wait for definitions, updates and `waitFor`; default 8000. */
  timeout?: number;
}

declare global {
  interface Window {
    __cspReport?: CspReport;
  }
}

const frames = new Set<HTMLIFrameElement>();
let cleanupRegistered = false;

/** Removes every frame opened by `openCspPage`. */
export function closeCspPages(): void {
  for (const f of frames) f.remove();
  frames.clear();
}

function ensureCleanup(): void {
  if (cleanupRegistered) return;
  cleanupRegistered = true;
  // cleanupFixtures() runs and then forgets registered callbacks: re-register each time.
  registerCleanup(() => {
    cleanupRegistered = false;
    closeCspPages();
  });
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`openCspPage: timed out after ${ms} ms waiting for ${what}`)),
      ms,
    );
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Builds the page URL; bodies too long for a URL are POSTed to the plugin first. */
export async function cspPageUrl(bodyHtml: string, options: OpenCspPageOptions = {}): Promise<string> {
  const params = new URLSearchParams();
  params.set('lang', options.lang ?? 'zh-CN');
  for (const s of options.scripts ?? []) params.append('script', s);
  for (const m of options.modules ?? []) params.append('module', m);
  if (options.widgets === false) params.set('widgets', '0');
  if (options.allowDuplicates) params.set('duplicates', '1');
  const encoded = encodeURIComponent(bodyHtml);
  if (encoded.length < 6000) {
    params.set('body', bodyHtml);
  } else {
    const res = await fetch('/__csp/body', { method: 'POST', body: bodyHtml });
    if (!res.ok) throw new Error(`openCspPage: POST /__csp/body failed with ${res.status}`);
    const { id } = (await res.json()) as { id: string };
    params.set('bodyId', id);
  }
  return `/__csp/page?${params.toString()}`;
}

/**
 * Loads `bodyHtml` as a strict-CSP page in a same-origin iframe, waits for every custom element in
 * it to be defined and updated (and for `waitFor`), and returns the frame's document, window and
 * the probe's live report.
 */
export async function openCspPage(bodyHtml: string, options: OpenCspPageOptions = {}): Promise<CspPage> {
  const timeout = options.timeout ?? 8000;
  const url = await cspPageUrl(bodyHtml, options);
  const iframe = document.createElement('iframe');
  iframe.title = 'CSP harness page';
  iframe.width = '800';
  iframe.height = '600';
  frames.add(iframe);
  ensureCleanup();
  const loaded = new Promise<void>((resolve) =>
    iframe.addEventListener('load', () => resolve(), { once: true }),
  );
  iframe.src = url;
  document.body.appendChild(iframe);
  await withTimeout(loaded, timeout, 'the frame to load');

  const win = iframe.contentWindow as (Window & typeof globalThis) | null;
  const doc = iframe.contentDocument;
  if (!win || !doc) throw new Error('openCspPage: the frame has no document (not same-origin?)');
  const report = win.__cspReport;
  if (!report) throw new Error('openCspPage: the probe did not run (window.__cspReport missing)');

  const tags = new Set(
    deepElements(doc.documentElement)
      .map((e) => e.localName)
      .filter((t) => t.includes('-')),
  );
  await withTimeout(
    Promise.all([...tags].map((t) => win.customElements.whenDefined(t))),
    timeout,
    `custom element definitions (${[...tags].join(', ')}); is dist/innovation-widgets.iife.js built?`,
  );
  await settle(doc.documentElement);

  if (options.waitFor) {
    const start = Date.now();
    while (!(await options.waitFor(doc))) {
      if (Date.now() - start > timeout)
        throw new Error(`openCspPage: waitFor did not become true in ${timeout} ms`);
      await sleep(25);
    }
    await settle(doc.documentElement);
  }
  await nextFrame();
  // securitypolicyviolation events are queued as tasks: let them arrive.
  await sleep(50);
  return { doc, win, report, iframe };
}

/** Throws listing every CSP violation, error, console.error and foreign request in `report`. */
export function expectCleanCspReport(
  report: CspReport,
  options: { allowConsoleErrors?: RegExp[] } = {},
): void {
  const allowed = options.allowConsoleErrors ?? [];
  const consoleErrors = report.consoleErrors.filter((m) => !allowed.some((re) => re.test(m)));
  const lines: string[] = [];
  for (const v of report.violations) {
    lines.push(
      `CSP violation: ${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile || '?'}:${v.line}` +
        (v.sample ? ` — "${v.sample}"` : ''),
    );
  }
  for (const e of report.errors) lines.push(`error: ${e}`);
  for (const e of consoleErrors) lines.push(`console.error: ${e}`);
  for (const r of report.foreignRequests) lines.push(`foreign request: ${r}`);
  if (report.canaryCalls > 0) lines.push(`XSS canary fired ${report.canaryCalls} time(s)`);
  if (lines.length > 0) {
    throw new Error(
      `the strict-CSP page is not clean (${lines.length} problem(s)):\n  ${lines.join('\n  ')}`,
    );
  }
}

/** What `expectCleanCspReport` would throw for `report`, or '' when the report is clean. */
export function cspFailure(report: CspReport): string {
  try {
    expectCleanCspReport(report);
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}
