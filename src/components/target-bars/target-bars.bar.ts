/**
 * One row's bar as an SVG element, built with DOM calls (createElementNS + setAttribute; no markup
 * strings): only the marks the row has, no template clone and no Lit markers. Positions are
 * percentages of the track, so a resize never redraws a row. Decoration: `aria-hidden`, the row's
 * cell says it all in text.
 */
import type { BarRow } from './target-bars.layout.js';

const NS = 'http://www.w3.org/2000/svg';

/** A fraction 0…1 as a percentage attribute value ("62.8%"). */
export const pct = (s: number): string => `${Math.round(s * 10000) / 100}%`;

/** Prototypes of every mark with its fixed attributes, cloned per row (cheaper than building each). */
let protos: Record<string, SVGElement> | null = null;
function proto(): Record<string, SVGElement> {
  if (protos) return protos;
  const make = (name: string, attrs: Record<string, string>, child?: SVGElement): SVGElement => {
    const e = document.createElementNS(NS, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]!);
    if (child) e.append(child);
    return e;
  };
  const at = (path: Record<string, string>) => make('svg', { overflow: 'visible' }, make('path', path));
  protos = {
    svg: make(
      'svg',
      { class: 'chart', part: 'svg', 'aria-hidden': 'true' },
      make('rect', { class: 'track', part: 'track', x: '0', y: '8', width: '100%', height: '8' }),
    ),
    band: make('rect', { class: 'band', part: 'band', y: '4', height: '16' }),
    bar: make('rect', { class: 'value', part: 'bar', y: '8', height: '8' }),
    regress: make('rect', { class: 'regress', part: 'regress', y: '9', height: '6' }),
    baseline: make('line', { class: 'baseline', part: 'baseline', y1: '5', y2: '19' }),
    target: make('line', { class: 'target', part: 'target', y1: '2', y2: '22' }),
    expected: at({ class: 'expected', part: 'expected', d: 'M0,17L4,23H-4Z' }),
    hollow: at({ class: 'mark open', part: 'target', d: 'M0,4L7,12L0,20L-7,12Z' }),
    up: at({ class: 'mark', part: 'target', d: 'M3,1L10,4.5L3,8Z' }),
    upOpen: at({ class: 'mark open', part: 'target', d: 'M3,1L10,4.5L3,8Z' }),
    down: at({ class: 'mark', part: 'target', d: 'M-3,1L-10,4.5L-3,8Z' }),
    downOpen: at({ class: 'mark open', part: 'target', d: 'M-3,1L-10,4.5L-3,8Z' }),
    start: at({ class: 'mark', d: 'M-2,8L-7,12L-2,16Z' }),
    end: at({ class: 'mark', d: 'M2,8L7,12L2,16Z' }),
  };
  return protos;
}

/** Appends a clone of prototype `name` to `svg` with the given attributes. */
function add(svg: Element, name: string, a: string, b?: string): void {
  const e = proto()[name]!.cloneNode(true) as SVGElement;
  if (e.localName === 'rect') {
    e.setAttribute('x', a);
    e.setAttribute('width', b!);
  } else if (e.localName === 'line') {
    e.setAttribute('x1', a);
    e.setAttribute('x2', a);
  } else e.setAttribute('x', a);
  svg.append(e);
}

/** Builds the bar of `r`: track, band, value bar, regress, baseline, expected, target, overflow ends. */
export function barSvg(r: BarRow): SVGSVGElement {
  const svg = proto().svg!.cloneNode(true) as SVGSVGElement;
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
