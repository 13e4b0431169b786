/**
 * The rare parts of a gauge (relative-target chips, the problem notice, a plan's source footnote),
 * rendered with Lit after the text lines: loaded the first time a gauge has one, so a gauge of plain
 * values ships without Lit's template engine. It imports only lit-html, which the element does not
 * import: a bundler that splits it off then keeps the element's page in one file.
 */
import { html, nothing, render } from 'lit-html';
import type { GaugeScene } from './gauge.layout.js';

/** Plain CSS text; named `css` so the build minifies it like Lit's css`…` (rollup.config.mjs). */
const css = (text: TemplateStringsArray): string => text.join('');

/** The extras' styles, which the element adds to a gauge's sheets the first time it renders extras. */
export const EXTRAS_CSS = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
  }
  .chip {
    font-size: 0.85em;
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_chip-bg);
  }
  .notice {
    margin-block-start: 0.4em;
  }
  .source-button {
    font: inherit;
    font-size: 0.85em;
    color: inherit;
    background: none;
    border: 1px solid var(--_muted);
    border-radius: 0.3em;
    padding: 0.1em 0.5em;
    margin-block-start: 0.3em;
    cursor: pointer;
  }
  .source {
    font-size: 0.85em;
    margin-block-start: 0.25em;
    overflow-wrap: anywhere;
  }
  @media print {
    .source-button {
      display: none;
    }
    .source[hidden] {
      display: block !important;
    }
  }
`;

/** Renders the extras of `scene` into `container` (after its last line); `null` removes them. */
export function renderExtras(
  container: HTMLElement,
  scene: GaugeScene | null,
  host: HTMLElement,
  source: (src: NonNullable<GaugeScene['source']>) => unknown,
): void {
  render(
    scene
      ? html`${
          scene.chips.length
            ? html`<ul class="chips" part="chips">
                ${scene.chips.map((c) => html`<li class="chip" part="chip" .textContent=${c}></li>`)}
              </ul>`
            : nothing
        }${
          scene.notice
            ? html`<div class="notice" part="notice" role="note">
                <strong .textContent=${scene.notice.title}></strong>
                <ul>
                  ${scene.notice.items.map((item) => html`<li .textContent=${item}></li>`)}
                </ul>
              </div>`
            : nothing
        }${scene.source ? source(scene.source) : nothing}`
      : nothing,
    container,
    { host },
  );
}
