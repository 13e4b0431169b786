/**
 * Browser test fixtures: mount markup, wait for Lit to render, read what a reader would see.
 *
 *   afterEach(cleanupFixtures);
 *   const el = await fixture<InnovationGauge>('<innovation-gauge value="1.57" target="2.5"></innovation-gauge>');
 *   expect(shadowText(el)).to.include('1.57');
 *   assertNoBadText(el);
 */
import { render, type TemplateResult } from 'lit';

const containers = new Set<HTMLElement>();

// Realm-agnostic type checks: nodes of a same-origin iframe (the CSP harness) are not
// `instanceof` this window's Element.
/** True when `node` is an Element (of any window). */
export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === 1;
}
function isSlot(node: Element): node is HTMLSlotElement {
  return node.localName === 'slot' && typeof (node as HTMLSlotElement).assignedNodes === 'function';
}
const cleanups: Array<() => void | Promise<void>> = [];

/** Resolves on the next animation frame (after layout and paint of the current one). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Every element under `root`, descending into open shadow roots (and the root's own shadow root). */
export function deepElements(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (node: Node): void => {
    if (isElement(node)) {
      out.push(node);
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
      // <template> content is inert and not rendered: skipped on purpose.
    }
    node.childNodes.forEach(visit);
  };
  if (isElement(root) && root.shadowRoot) root.shadowRoot.childNodes.forEach(visit);
  root.childNodes.forEach(visit);
  return out;
}

interface MaybeReactive {
  updateComplete?: Promise<unknown>;
}

/**
 * Awaits `updateComplete` of every Lit (reactive) element under `root`, deep, until a pass finds
 * nothing new pending (children rendered by a first update are awaited too).
 */
export async function settle(root: Node, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const all = isElement(root) ? [root, ...deepElements(root)] : deepElements(root);
    const pending = all
      .map((el) => (el as MaybeReactive).updateComplete)
      .filter((p): p is Promise<unknown> => !!p && typeof (p as Promise<unknown>).then === 'function');
    if (pending.length === 0) return;
    const results = await Promise.all(
      pending.map((p) =>
        p.then(
          (done) => done,
          () => true,
        ),
      ),
    );
    // updateComplete resolves `false` when another update was requested meanwhile: go round again.
    if (results.every((done) => done !== false)) {
      const again = isElement(root) ? [root, ...deepElements(root)] : deepElements(root);
      if (again.length === all.length) return;
    }
  }
}

function parseHtml(html: string): Node[] {
  // DOMParser (not innerHTML): scripts parsed this way never run, and custom elements upgrade
  // when the nodes are imported into this document.
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><body>${html}</body></html>`,
    'text/html',
  );
  return Array.from(doc.body.childNodes, (n) => document.importNode(n, true));
}

/**
 * Mounts `html` (markup string or Lit template) into a fresh container appended to document.body,
 * waits for every Lit element inside to finish updating and for one animation frame, and returns
 * the first element child.
 */
export async function fixture<T extends HTMLElement = HTMLElement>(
  html: string | TemplateResult,
): Promise<T> {
  const container = document.createElement('div');
  container.setAttribute('data-fixture', '');
  document.body.appendChild(container);
  containers.add(container);
  if (typeof html === 'string') {
    container.append(...parseHtml(html));
  } else {
    render(html, container);
  }
  await settle(container);
  await nextFrame();
  const el = container.firstElementChild;
  if (!el) throw new Error(`fixture(): the markup produced no element: ${String(html).slice(0, 200)}`);
  return el as T;
}

/** Mounts many fixtures at once (one settle, one frame) — for batched checks. */
export async function fixtures<T extends HTMLElement = HTMLElement>(
  htmls: ReadonlyArray<string | TemplateResult>,
): Promise<T[]> {
  const els: T[] = [];
  const made: HTMLElement[] = [];
  for (const html of htmls) {
    const container = document.createElement('div');
    container.setAttribute('data-fixture', '');
    document.body.appendChild(container);
    containers.add(container);
    made.push(container);
    if (typeof html === 'string') container.append(...parseHtml(html));
    else render(html, container);
  }
  await Promise.all(made.map((c) => settle(c)));
  await nextFrame();
  for (const c of made) els.push(c.firstElementChild as T);
  return els;
}

/** Mounts an already created element (set properties first) and waits like `fixture`. */
export async function mount<T extends HTMLElement>(el: T): Promise<T> {
  const container = document.createElement('div');
  container.setAttribute('data-fixture', '');
  document.body.appendChild(container);
  containers.add(container);
  container.appendChild(el);
  await settle(container);
  await nextFrame();
  return el;
}

/** Registers extra teardown to run in `cleanupFixtures` (used by the CSP harness for iframes). */
export function registerCleanup(fn: () => void | Promise<void>): void {
  cleanups.push(fn);
}

/** Removes every fixture container (call in `afterEach`). */
export async function cleanupFixtures(): Promise<void> {
  for (const c of containers) c.remove();
  containers.clear();
  const fns = cleanups.splice(0);
  for (const fn of fns) await fn();
}

const SKIP_TEXT = new Set(['style', 'script', 'template', 'noscript']);
/** Elements whose boundaries do not separate words (everything else adds a space, like a line break). */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'slot',
  'tspan',
  'font',
  'label',
  'output',
]);

/**
 * All text a reader can get from `el`: its shadow root's text, deep (nested shadow roots), with
 * slotted light-DOM text in place of each `<slot>` (fallback content when nothing is assigned).
 * For an element without a shadow root, its light-DOM text. `<style>`/`<script>` text is skipped.
 * Text nodes and inline elements are concatenated as rendered ("1.57" + "%" → "1.57%"); other
 * element boundaries count as a space; whitespace is collapsed and trimmed.
 */
export function shadowText(el: Element): string {
  let out = '';
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += node.nodeValue ?? '';
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    if (SKIP_TEXT.has(tag)) return;
    const gap = INLINE.has(tag) ? '' : ' ';
    out += gap;
    if (isSlot(node)) {
      const assigned = node.assignedNodes({ flatten: true });
      if (assigned.length > 0) assigned.forEach(visit);
      else node.childNodes.forEach(visit);
    } else if (node.shadowRoot) {
      node.shadowRoot.childNodes.forEach(visit);
    } else {
      node.childNodes.forEach(visit);
    }
    out += gap;
  };
  if (el.shadowRoot) el.shadowRoot.childNodes.forEach(visit);
  else el.childNodes.forEach(visit);
  return out.replace(/\s+/g, ' ').trim();
}

/** Attribute values readers may get (accessible names and descriptions), deep through shadow roots. */
export function readableAttributes(el: Element): Array<{ element: Element; name: string; value: string }> {
  const out: Array<{ element: Element; name: string; value: string }> = [];
  for (const e of [el, ...deepElements(el)]) {
    for (const attr of Array.from(e.attributes)) {
      if (attr.name.startsWith('aria-') || attr.name === 'title' || attr.name === 'alt') {
        out.push({ element: e, name: attr.name, value: attr.value });
      }
    }
  }
  return out;
}

/** Words a reader must never see: leaked JS values. */
export const BAD_TEXT = /\bNaN\b|\bundefined\b|\bnull\b|\bInfinity\b|\[object \w+\]/;

function describeElement(e: Element): string {
  const id = e.id ? `#${e.id}` : '';
  const part = e.getAttribute('part');
  return `<${e.tagName.toLowerCase()}${id}${part ? ` part="${part}"` : ''}>`;
}

/**
 * Throws when the rendered text of `el` (see `shadowText`) or any aria-*, title or alt attribute in
 * its shadow tree contains "NaN", "undefined", "null", "Infinity" or "[object Object]".
 */
export function assertNoBadText(el: Element): void {
  const problems: string[] = [];
  const text = shadowText(el);
  const m = BAD_TEXT.exec(text);
  if (m) {
    const at = Math.max(0, m.index - 40);
    problems.push(`text contains "${m[0]}": …${text.slice(at, m.index + m[0].length + 40)}…`);
  }
  for (const { element, name, value } of readableAttributes(el)) {
    const hit = BAD_TEXT.exec(value);
    if (hit) problems.push(`${describeElement(element)} ${name}="${value}" contains "${hit[0]}"`);
  }
  if (problems.length > 0) {
    throw new Error(`${describeElement(el)} shows leaked values to readers:\n  ${problems.join('\n  ')}`);
  }
}
