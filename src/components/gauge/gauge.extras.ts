/**
 * The rare parts of a gauge (relative-target chips, the problem notice, a plan's source footnote),
 * rendered with Lit after the text lines: loaded the first time a gauge has one, so a gauge of plain
 * values ships without Lit's template engine. It imports only lit-html, which the element does not
 * import: a bundler that splits it off then keeps the element's page in one file.
 */
import { html, nothing, render } from 'lit-html';
import type { TemplateResult } from 'lit-html';
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

/**
 * The source button and its region, named `label` ("来源" / "Source"). The region stays in the DOM
 * while collapsed (hidden): printing shows it, and its text is part of the gauge's content. `toggle`
 * is called with the gauge as `this`.
 */
function renderSource(
  src: NonNullable<GaugeScene['source']>,
  open: boolean,
  label: string,
  toggle: () => void,
): TemplateResult {
  return html`<button
      type="button"
      class="source-button"
      part="source-button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="source"
      @click=${toggle}
      .textContent=${label}
    ></button>
    <div id="source" class="source" part="source" role="region" aria-label=${label} ?hidden=${!open}>
      ${src.quote ? html`<q .textContent=${src.quote}></q> ` : nothing}${src.locator}${
        src.title ? html`<div .textContent=${src.title}></div>` : nothing
      }
    </div>`;
}

/**
 * Renders the extras of `scene` into `container` (after its last line); `null` removes them. A
 * plan indicator's source is a button named `word` (capitalized: "Source"), its region shown when
 * `open`; `toggle` is called with `host` as `this`.
 */
export function renderExtras(
  container: HTMLElement,
  scene: GaugeScene | null,
  host: HTMLElement,
  open: boolean,
  word: string,
  toggle: () => void,
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
        }${
          scene.source
            ? renderSource(scene.source, open, word.charAt(0).toUpperCase() + word.slice(1), toggle)
            : nothing
        }`
      : nothing,
    container,
    { host },
  );
}
