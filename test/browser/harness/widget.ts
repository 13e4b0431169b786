// Small helpers shared by the widget tests (gauge, target bars, platform table).
import { sleep } from './fixture.js';

/** Waits until `check()` holds; throws after `ms` naming `what`. */
export async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Silences console.warn for a block and returns the calls. */
export async function withWarnings<T>(fn: () => Promise<T>): Promise<{ result: T; warnings: unknown[][] }> {
  const original = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args);
  try {
    return { result: await fn(), warnings };
  } finally {
    console.warn = original;
  }
}

/** The first element in `el`'s shadow root matching `sel`. */
export const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
/** Every element in `el`'s shadow root matching `sel`. */
export const $$ = (el: Element, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(sel));

/**
 * Parses `markup` (its scripts stay inert) into a new container appended to the body, without
 * waiting for any update, and records the container in `containers` for the caller's teardown.
 */
export function mountMarkup(markup: string, containers: HTMLElement[]): HTMLElement {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
  const container = document.createElement('div');
  for (const node of Array.from(doc.body.childNodes)) container.append(document.importNode(node, true));
  document.body.append(container);
  containers.push(container);
  return container;
}
