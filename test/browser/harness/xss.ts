/**
 * XSS check: render every payload of XSS_PAYLOADS into every text field of a widget and prove it
 * stays text.
 *
 *   await checkXssSafety({
 *     fields: ['label', 'unit'],
 *     render: (payload, field) => {
 *       const el = document.createElement('innovation-gauge');
 *       el.setAttribute('value', '1.57');
 *       el.setAttribute(field, payload);           // setAttribute, not markup: no parser decoding
 *       return mount(el);
 *     },
 *   });
 *
 * For each payload × field (mounted in batches, one settle for the batch) it asserts:
 *  - `window.__xssCanary()` never ran (a batch that fires it is re-run one by one to name the payload);
 *  - no element appears in the widget (light DOM, shadow tree, deep) that the benign baseline render
 *    of the same field does not have (tag-name multisets; `allowGrowth` tags such as tspan may
 *    repeat), and there is never a script/iframe/object/embed/frame, an `on*` attribute, or a
 *    href/src/xlink:href/action/formaction/data/srcdoc that starts with javascript:, vbscript: or
 *    data:text/html, nor a style attribute with javascript:/expression(;
 *  - nothing dangerous appeared elsewhere in the document;
 *  - the payload's text is present as text (rendered text, title, alt or aria-*) for visible fields.
 */
import { XSS_PAYLOADS } from './xss-payloads.js';
import {
  deepElements,
  isElement,
  nextFrame,
  readableAttributes,
  settle,
  shadowText,
  sleep,
} from './fixture.js';

declare global {
  interface Window {
    __xssCanary?: () => void;
  }
}

export interface XssCheckOptions {
  /** Renders and mounts one widget with `payload` in `field`; resolves once it is connected. */
  render: (payload: string, field: string) => Promise<HTMLElement>;
  /** A benign render of `field` to compare structure with; default `render('基线文本 baseline', field)`. */
  baselineRender?: (field: string) => Promise<HTMLElement>;
  /** Field names (report labels, passed to `render`). */
  fields: readonly string[];
  /** Fields whose text must appear in the widget; default all of `fields`. */
  visibleFields?: readonly string[];
  /** Default XSS_PAYLOADS. */
  payloads?: readonly string[];
  /** Widgets mounted per batch; default 40. */
  batchSize?: number;
  /** Extra wait per batch for event handlers (onerror fires after a failed load); default 80 ms. */
  settleMs?: number;
  /** Tags whose count may grow with longer text (line wrapping); default tspan, span, br, wbr. */
  allowGrowth?: readonly string[];
}

export interface XssFinding {
  field: string;
  payload: string;
  problem: string;
}

export interface XssSummary {
  renders: number;
  payloads: number;
  fields: number;
  findings: XssFinding[];
}

const ALWAYS_BAD_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta']);
const URL_ATTRS = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'data',
  'srcdoc',
  'poster',
  'background',
]);
const BAD_URL = /^(javascript|vbscript):|^data:text\/html/;

// Browsers ignore ASCII whitespace and control characters around and inside a URL scheme.
function schemeOf(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
}

function tagCounts(el: Element): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of deepElements(el)) counts.set(e.localName, (counts.get(e.localName) ?? 0) + 1);
  return counts;
}

/** Dangerous elements and attributes under `el` (deep). */
export function dangerousNodes(root: Node): string[] {
  const out: string[] = [];
  const all = isElement(root) ? [root, ...deepElements(root)] : deepElements(root);
  for (const e of all) {
    const tag = e.localName;
    if (ALWAYS_BAD_TAGS.has(tag)) out.push(`<${tag}> element`);
    for (const attr of Array.from(e.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) out.push(`<${tag}> has event handler attribute ${name}`);
      else if (URL_ATTRS.has(name) && (BAD_URL.test(schemeOf(attr.value)) || name === 'srcdoc')) {
        out.push(`<${tag}> ${name}="${attr.value.slice(0, 60)}"`);
      } else if (name === 'style' && /javascript:|expression\(|url\(/i.test(attr.value)) {
        out.push(`<${tag}> style="${attr.value.slice(0, 60)}"`);
      }
    }
  }
  return out;
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Is `payload` shown as text by `el` (rendered text, light-DOM text, or a readable attribute)? */
export function showsText(el: Element, payload: string): boolean {
  const want = normalize(payload);
  if (want === '') return true;
  if (normalize(shadowText(el)).includes(want)) return true;
  if (normalize(el.textContent ?? '').includes(want)) return true;
  return readableAttributes(el).some(({ value }) => normalize(value).includes(want));
}

function unmount(el: HTMLElement): void {
  const container = el.closest('[data-fixture]');
  if (container && container.parentNode === document.body) container.remove();
  else el.remove();
}

function globalDangerCount(): number {
  return dangerousNodes(document.body).length + dangerousNodes(document.head).length;
}

/** Runs the check and returns every finding without throwing. */
export async function scanXss(options: XssCheckOptions): Promise<XssSummary> {
  const payloads = options.payloads ?? XSS_PAYLOADS;
  const batchSize = Math.max(1, options.batchSize ?? 40);
  const settleMs = options.settleMs ?? 80;
  const visible = new Set(options.visibleFields ?? options.fields);
  const allowGrowth = new Set(options.allowGrowth ?? ['tspan', 'span', 'br', 'wbr']);
  const findings: XssFinding[] = [];
  let renders = 0;

  let fired = 0;
  const previousCanary = window.__xssCanary;
  window.__xssCanary = () => {
    fired++;
  };
  const dangerBefore = globalDangerCount();

  const wait = async (els: HTMLElement[]): Promise<void> => {
    await Promise.all(els.map((el) => settle(el)));
    await nextFrame();
    await sleep(settleMs);
  };

  try {
    for (const field of options.fields) {
      const baseline = options.baselineRender
        ? await options.baselineRender(field)
        : await options.render('基线文本 baseline', field);
      await wait([baseline]);
      const baseCounts = tagCounts(baseline);
      const baseDanger = new Set(dangerousNodes(baseline));
      unmount(baseline);
      fired = 0;

      const inspect = (el: HTMLElement, payload: string): void => {
        const add = (problem: string) => findings.push({ field, payload, problem });
        for (const d of dangerousNodes(el)) if (!baseDanger.has(d)) add(d);
        for (const [tag, n] of tagCounts(el)) {
          const base = baseCounts.get(tag) ?? 0;
          if (base === 0) add(`new <${tag}> element (×${n}) not in the baseline render`);
          else if (n > base && !allowGrowth.has(tag)) add(`<${tag}> count ${n} > baseline ${base}`);
        }
        if (visible.has(field) && !showsText(el, payload)) add('payload text is not shown as text');
      };

      for (let i = 0; i < payloads.length; i += batchSize) {
        const batch = payloads.slice(i, i + batchSize);
        const els = await Promise.all(batch.map((p) => options.render(p, field)));
        renders += els.length;
        await wait(els);
        els.forEach((el, k) => inspect(el, batch[k]!));
        els.forEach(unmount);
        if (globalDangerCount() > dangerBefore) {
          findings.push({
            field,
            payload: '(batch)',
            problem: `dangerous nodes outside the widget after batch ${i}`,
          });
        }
        if (fired > 0) {
          // Name the culprit(s): one at a time.
          for (const p of batch) {
            fired = 0;
            const el = await options.render(p, field);
            renders++;
            await wait([el]);
            unmount(el);
            await sleep(settleMs);
            if (fired > 0) findings.push({ field, payload: p, problem: 'window.__xssCanary() ran' });
          }
          fired = 0;
        }
      }
    }
  } finally {
    if (previousCanary) window.__xssCanary = previousCanary;
    else delete window.__xssCanary;
  }
  return { renders, payloads: payloads.length, fields: options.fields.length, findings };
}

const INVISIBLE = new Set([0x2028, 0x2029, 0xfeff, 0x202e]);

function show(s: string): string {
  // Control and invisible characters as \uXXXX, so a report line shows what the payload holds.
  const visible = Array.from(s, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || INVISIBLE.has(code) ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }).join('');
  return visible.length > 90 ? `${visible.slice(0, 90)}…` : visible;
}

/** Formats findings, grouped by field and payload, at most `limit` lines. */
export function formatFindings(findings: readonly XssFinding[], limit = 60): string {
  const lines = findings.slice(0, limit).map((f) => `[${f.field}] ${show(f.payload)} → ${f.problem}`);
  if (findings.length > limit) lines.push(`… and ${findings.length - limit} more`);
  return lines.join('\n  ');
}

/** Runs `scanXss` and throws with a readable list when anything is found. */
export async function checkXssSafety(options: XssCheckOptions): Promise<XssSummary> {
  const summary = await scanXss(options);
  if (summary.findings.length > 0) {
    throw new Error(
      `XSS check failed: ${summary.findings.length} finding(s) in ${summary.renders} renders ` +
        `(${summary.payloads} payloads × ${summary.fields} fields):\n  ${formatFindings(summary.findings)}`,
    );
  }
  return summary;
}
