import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** The editors' notice of the target bars and the region map: a title and one item per problem. */
export function noticeTemplate(title: string, items: readonly string[]): TemplateResult {
  return html`<div class="notice" part="notice" role="note">
    <strong>${title}</strong>
    <ul>
      ${items.map((i) => html`<li>${i}</li>`)}
    </ul>
  </div>`;
}
