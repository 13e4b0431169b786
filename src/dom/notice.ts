import { element as h } from './element.js';

/**
 * The editors' notice built with DOM calls (the same markup as layout/notice.ts's template, for
 * widgets that render without Lit's template engine): a title and one item per problem, as text.
 */
export function noticeElement(title: string, items: readonly string[]): HTMLDivElement {
  return h(
    'div',
    { class: 'notice', part: 'notice', role: 'note' },
    h('strong', {}, title),
    h('ul', {}, ...items.map((i) => h('li', {}, i))),
  );
}
