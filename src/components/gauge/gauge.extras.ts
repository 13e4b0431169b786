/**
 * The rare parts of a gauge (relative-target chips, the problem notice, a plan's source footnote),
 * rendered with Lit after the text lines: loaded the first time a gauge has one, so a gauge of plain
 * values ships without Lit's template engine.
 */
import { adoptStyles, css, html, nothing, render } from 'lit';
import type { ReactiveElement } from 'lit';
import type { GaugeScene } from './gauge.layout.js';

/** The extras' styles, added to a gauge's sheets the first time it renders extras. */
const styles = css`
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
const styled = new WeakSet<ShadowRoot>();

/** Renders the extras of `scene` into `container` (after its last line); `null` removes them. */
export function renderExtras(
  container: HTMLElement,
  scene: GaugeScene | null,
  host: ReactiveElement,
  source: (src: NonNullable<GaugeScene['source']>) => unknown,
): void {
  const root = host.renderRoot;
  if (root instanceof ShadowRoot && !styled.has(root)) {
    styled.add(root);
    adoptStyles(root, [...(host.constructor as typeof ReactiveElement).elementStyles, styles]);
  }
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
