/**
 * axe-core in the test browser.
 *
 *   await expectNoAxeViolations(el);          // one widget (open shadow roots included)
 *   await expectNoAxeViolations(document);    // the whole page (adds page rules: lang, title…)
 *
 * axe-core ships a UMD file. Under @web/test-runner's nodeResolve an `import 'axe-core'` would be
 * served as an ES module with no exports; loading it as a classic script from
 * /node_modules/axe-core/axe.min.js is simpler and sets `window.axe`, the same way
 * scripts/test-storybook.mjs injects it into story pages.
 */
import type { AxeResults, ElementContext, Result, RunOptions } from 'axe-core';

type Axe = typeof import('axe-core');

declare global {
  interface Window {
    axe?: Axe;
  }
}

export const AXE_SCRIPT_URL = '/node_modules/axe-core/axe.min.js';

/** The standards every check runs. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'] as const;

/**
 * Rules switched off everywhere, each with the reason. Keep this empty unless a rule is wrong for
 * *every* widget; switch a rule off for one test with `options.disableRules` and say why there.
 */
export const DISABLED_RULES: Readonly<Record<string, string>> = {};

export interface AxeCheckOptions {
  /** Extra rules to switch off for this call: rule id → reason (the reason is required). */
  disableRules?: Record<string, string>;
  /** Override the tag set (default wcag2a, wcag2aa, wcag21aa). */
  tags?: readonly string[];
}

const loaded = new WeakMap<Window, Promise<Axe>>();

/** Loads axe-core into `win` (default: this window) once, via a same-origin classic script. */
export function loadAxe(win: Window = window): Promise<Axe> {
  const ready = win.axe;
  if (ready) return Promise.resolve(ready);
  let p = loaded.get(win);
  if (!p) {
    p = new Promise<Axe>((resolve, reject) => {
      const doc = win.document;
      const script = doc.createElement('script');
      script.src = AXE_SCRIPT_URL;
      script.onload = () =>
        win.axe ? resolve(win.axe) : reject(new Error('axe-core loaded but window.axe is missing'));
      script.onerror = () => reject(new Error(`could not load ${AXE_SCRIPT_URL}`));
      doc.head.appendChild(script);
    });
    loaded.set(win, p);
  }
  return p;
}

function isDocument(target: Element | Document): target is Document {
  return target.nodeType === 9;
}

// axe refuses to run twice at once ("Axe is already running"): serialize calls.
let queue: Promise<unknown> = Promise.resolve();

/** Runs axe on `target` and returns the raw results (most tests want `expectNoAxeViolations`). */
export function runAxe(target: Element | Document, options: AxeCheckOptions = {}): Promise<AxeResults> {
  const run = async (): Promise<AxeResults> => {
    const win = (isDocument(target) ? target.defaultView : target.ownerDocument.defaultView) ?? window;
    const axe = await loadAxe(win);
    const rules: Record<string, { enabled: boolean }> = {};
    for (const id of Object.keys({ ...DISABLED_RULES, ...(options.disableRules ?? {}) })) {
      rules[id] = { enabled: false };
    }
    const runOptions: RunOptions = {
      runOnly: { type: 'tag', values: [...(options.tags ?? AXE_TAGS)] },
      rules,
      resultTypes: ['violations'],
    };
    return axe.run(target as ElementContext, runOptions);
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** A readable multi-line account of axe violations: rule, impact, help, then each node. */
export function formatViolations(violations: readonly Result[]): string {
  const lines: string[] = [];
  for (const v of violations) {
    lines.push(`• ${v.id} [${v.impact ?? 'n/a'}]: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      lines.push(
        `    target: ${node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ')}`,
      );
      lines.push(`    html:   ${node.html.replace(/\s+/g, ' ').slice(0, 300)}`);
      if (node.failureSummary) {
        lines.push(`    why:    ${node.failureSummary.replace(/\s*\n\s*/g, ' / ').slice(0, 400)}`);
      }
    }
  }
  return lines.join('\n');
}

/**
 * Fails (throws) when axe finds WCAG 2.0 A/AA or 2.1 AA violations in `target`, listing each rule,
 * its help text, and every offending node (selector path through shadow roots and HTML snippet).
 */
export async function expectNoAxeViolations(
  target: Element | Document,
  options: AxeCheckOptions = {},
): Promise<void> {
  for (const [id, reason] of Object.entries(options.disableRules ?? {})) {
    if (!reason || !reason.trim()) throw new Error(`expectNoAxeViolations: disabling "${id}" needs a reason`);
  }
  const results = await runAxe(target, options);
  if (results.violations.length > 0) {
    const what = isDocument(target)
      ? 'the document'
      : `<${target.tagName.toLowerCase()}> ${target.id ? `#${target.id}` : ''}`;
    throw new Error(
      `axe found ${results.violations.length} accessibility violation(s) in ${what}:\n${formatViolations(results.violations)}`,
    );
  }
}
