/**
 * The rare parts of a gauge (relative-target chips, the problem notice, a plan's source footnote),
 * rendered with Lit after the text lines: loaded the first time a gauge has one, so a gauge of plain
 * values ships without Lit's template engine.
 */
import { html, nothing, render } from 'lit';
import type { GaugeScene } from './gauge.layout.js';

/** Renders the extras of `scene` into `container` (after its last line); `null` removes them. */
export function renderExtras(
  container: HTMLElement,
  scene: GaugeScene | null,
  host: object,
  source: (src: NonNullable<GaugeScene['source']>) => unknown,
): void {
  if (!scene) {
    render(nothing, container, { host });
    return;
  }
  const chips = scene.chips.length
    ? html`<ul class="chips" part="chips">
        ${scene.chips.map((c) => html`<li class="chip" part="chip" .textContent=${c}></li>`)}
      </ul>`
    : nothing;
  const notice = scene.notice
    ? html`<div class="notice" part="notice" role="note">
        <strong .textContent=${scene.notice.title}></strong>
        <ul>
          ${scene.notice.items.map((item) => html`<li .textContent=${item}></li>`)}
        </ul>
      </div>`
    : nothing;
  render(html`${chips}${notice}${scene.source ? source(scene.source) : nothing}`, container, { host });
}
