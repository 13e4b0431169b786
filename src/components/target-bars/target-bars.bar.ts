/**
 * One row's bar as an SVG element, built with DOM calls (createElementNS + setAttribute; no markup
 * strings): only the marks the row has, no template clone and no Lit markers. Positions are
 * percentages of the track, so a resize never redraws a row. Decoration: `aria-hidden`, the row's
 * cell says it all in text.
 */
import { element as h, SVG_NS as NS } from '../../dom/element.js';
import { STATUS_ICONS } from '../../layout/status-icons.js';
import type { BarRow, BarsScene } from './target-bars.layout.js';

/** A fraction 0…1 as a percentage attribute value ("62.8%"). */
export const pct = (s: number): string => `${Math.round(s * 10000) / 100}%`;

/**
 * Every mark as "tag attr=value …" ('_' stands for a space): its fixed attributes. A `path` is
 * wrapped in a nested `<svg overflow="visible">` placed at the mark's x, since paths cannot take a
 * percentage. Built once, cloned per row (cheaper than building each mark).
 */
const SPECS: Record<string, string> = {
  svg: 'svg class=chart part=svg aria-hidden=true',
  track: 'rect class=track part=track x=0 y=8 width=100% height=8',
  band: 'rect class=band part=band y=4 height=16',
  bar: 'rect class=value part=bar y=8 height=8',
  regress: 'rect class=regress part=regress y=9 height=6',
  baseline: 'line class=baseline part=baseline y1=5 y2=19',
  target: 'line class=target part=target y1=2 y2=22',
  expected: 'path class=expected part=expected d=M0,17L4,23H-4Z',
  hollow: 'path class=mark_open part=target d=M0,4L7,12L0,20L-7,12Z',
  up: 'path class=mark part=target d=M3,1L10,4.5L3,8Z',
  upOpen: 'path class=mark_open part=target d=M3,1L10,4.5L3,8Z',
  down: 'path class=mark part=target d=M-3,1L-10,4.5L-3,8Z',
  downOpen: 'path class=mark_open part=target d=M-3,1L-10,4.5L-3,8Z',
  start: 'path class=mark d=M-2,8L-7,12L-2,16Z',
  end: 'path class=mark d=M2,8L7,12L2,16Z',
};
const protos = new Map<string, SVGElement>();

function make(spec: string): SVGElement {
  const [tag, ...attrs] = spec.split(' ');
  const e = document.createElementNS(NS, tag!);
  for (const a of attrs) {
    const i = a.indexOf('=');
    e.setAttribute(a.slice(0, i), a.slice(i + 1).replace('_', ' '));
  }
  if (tag !== 'path') return e;
  const at = document.createElementNS(NS, 'svg');
  at.setAttribute('overflow', 'visible');
  at.append(e);
  return at;
}

/** A clone of mark `name`; `x` (and a rect's `width`) set. */
function add(svg: Element, name: string, x: string, width?: string): void {
  let p = protos.get(name);
  if (!p) protos.set(name, (p = make(SPECS[name]!)));
  const e = p.cloneNode(true) as SVGElement;
  if (e.localName === 'line') {
    e.setAttribute('x1', x);
    e.setAttribute('x2', x);
  } else e.setAttribute('x', x);
  if (width) e.setAttribute('width', width);
  svg.append(e);
}

/** Builds the bar of `r`: track, band, value bar, regress, baseline, expected, target, overflow ends. */
export function barSvg(r: BarRow): SVGSVGElement {
  const svg = make(SPECS.svg!) as SVGSVGElement;
  add(svg, 'track', '0', '100%');
  const t = r.target;
  if (t?.band) add(svg, 'band', pct(t.band[0]), pct(t.band[1] - t.band[0]));
  const bar = r.bar;
  if (bar && bar.to !== bar.from)
    add(svg, 'bar', pct(Math.min(bar.from, bar.to)), pct(Math.abs(bar.to - bar.from)));
  if (r.regress) add(svg, 'regress', pct(r.regress.from), pct(r.regress.to - r.regress.from));
  if (r.baseline !== null) add(svg, 'baseline', pct(r.baseline));
  if (r.expected !== null) add(svg, 'expected', pct(r.expected));
  if (t) {
    const x = pct(t.at);
    if (t.hollow) add(svg, 'hollow', x);
    else {
      add(svg, 'target', x);
      if (t.arrow) add(svg, (t.arrow > 0 ? 'up' : 'down') + (t.filled ? '' : 'Open'), x);
    }
  }
  for (const side of r.overflow) add(svg, side, side === 'end' ? '100%' : '0');
  return svg;
}

/** A value cell: the column word (shown when narrow), the value, the year. */
const valueCell = () =>
  h('td', { class: 'num', part: 'value' }, h('span', { class: 'k' }, ''), '', h('span', { class: 'y' }, ''));

let fullProto: HTMLTableRowElement | null = null;
let liteProto: HTMLTableRowElement | null = null;

function protoFull(): HTMLTableRowElement {
  if (fullProto) return fullProto;
  const icon = document.createElementNS(NS, 'svg');
  icon.setAttribute('class', 'status-icon');
  icon.setAttribute('viewBox', '0 0 16 16');
  icon.setAttribute('aria-hidden', 'true');
  icon.append(document.createElementNS(NS, 'path'));
  return (fullProto = h(
    'tr',
    {},
    h('th', { scope: 'row', part: 'label' }, h('span', { class: 'name' }, '')),
    valueCell(),
    valueCell(),
    valueCell(),
    h('td', { class: 'bar' }, h('span', { class: 'sr' }, '')),
    h('td', { class: 'status', part: 'status' }, icon, '', h('span', { class: 'pct' }, '')),
  ) as HTMLTableRowElement);
}

/**
 * A light row: the row header and the row's whole sentence in one cell. Every row of a long table
 * starts like this (a few nodes instead of some forty), so screen readers, find-in-page and print
 * previews have every row's text, and becomes a full row (`fillRow`) near the viewport.
 */
export function liteRow(name: string): HTMLTableRowElement {
  // No status class: a light row draws nothing in the status colour, and its status is assessed
  // only when the row is laid out (the sentence, in idle time).
  liteProto ??= h(
    'tr',
    { class: 'lite' },
    h('th', { scope: 'row', part: 'label' }, h('span', { class: 'name' }, '')),
    // No text node yet: the sentence comes in idle time (one node less per row to clone).
    h('td', { class: 'lite', colspan: '5' }),
  ) as HTMLTableRowElement;
  const tr = liteProto.cloneNode(true) as HTMLTableRowElement;
  (tr.firstChild!.firstChild!.firstChild as Text).data = name;
  return tr;
}

/** Sets the sentence of a light row (laid out after the first paint). */
export function setLiteText(tr: HTMLTableRowElement, text: string): void {
  tr.lastChild!.textContent = text;
}

/** Makes `tr` the full row of `r`: cells cloned from one prototype, texts set, the bar built. */
export function fillRow(
  tr: HTMLTableRowElement,
  r: BarRow,
  headers: BarsScene['headers'],
  source: string,
): void {
  const row = protoFull().cloneNode(true) as HTMLTableRowElement;
  const [th, b, l, t, bar, status] = Array.from(row.children) as HTMLElement[];
  (th!.firstChild!.firstChild as Text).data = r.name;
  if (r.badge) th!.append(h('span', { class: 'badge', part: 'badge' }, r.badge));
  for (const c of r.chips) th!.append(h('span', { class: 'chip', part: 'chip' }, c));
  if (r.source) {
    const d = h('details', { part: 'source' }, h('summary', {}, source));
    if (r.source.quote) d.append(h('q', {}, r.source.quote));
    d.append(` ${r.source.locator} ${r.source.title}`);
    th!.append(' ', d);
  }
  const words = [headers.baseline, headers.latest, headers.target];
  [b, l, t].forEach((td, i) => {
    const cell = r.cells[i]!;
    const [k, v, y] = Array.from(td!.childNodes);
    (k!.firstChild as Text).data = words[i]!;
    (v as Text).data = cell.value;
    (y!.firstChild as Text).data = cell.year;
  });
  bar!.prepend(barSvg(r));
  (bar!.lastChild!.firstChild as Text).data = r.text;
  const [icon, word, pct] = Array.from(status!.childNodes);
  (icon!.firstChild as Element).setAttribute('d', STATUS_ICONS[r.status]);
  (word as Text).data = r.labels.status;
  (pct!.firstChild as Text).data = r.labels.progress;
  tr.className = r.status;
  tr.replaceChildren(...Array.from(row.childNodes));
}
