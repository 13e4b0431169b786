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

/** Sets an attribute only when it differs, or removes it for `null` (an update touches what changed). */
export function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Sets a node's text only when it differs. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Makes `parent`'s children exactly `list` (nulls skipped), moving only what is out of place. */
export function place(parent: Node, list: ReadonlyArray<Node | null>): void {
  let ref = parent.firstChild;
  for (const node of list) {
    if (!node) continue;
    if (node === ref) ref = ref.nextSibling;
    else parent.insertBefore(node, ref);
  }
  while (ref) {
    const next: ChildNode | null = ref.nextSibling;
    ref.remove();
    ref = next;
  }
}
