/**
 * Plain-DOM element builders for the widgets' cloned skeletons and rows: text is always text (no
 * HTML parsing, nothing for Trusted Types to check), and building costs a fraction of a template.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An HTML element with attributes and children (a string becomes a text node; '' an empty one to fill). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...kids: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]!);
  e.append(...kids);
  return e;
}

/** An SVG element with attributes and children. */
export function svgElement(tag: string, attrs: Record<string, string> = {}, ...kids: Node[]): SVGElement {
  const e = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const k in attrs) e.setAttribute(k, attrs[k]!);
  e.append(...kids);
  return e;
}
