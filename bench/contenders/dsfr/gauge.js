// @gouvfr/dsfr-chart (DSFR Chart 2.x: Vue 3 custom elements, light DOM). It does ship a gauge,
// <gauge-chart value init target>: a horizontal progress bar from `init` to `target` labelled with
// the percentage reached, `init` and `target` written under it, and a two-entry legend. It has no
// title and no value text, so the name is added as a caption above it; `init` is the scale minimum.
// Only GaugeChart.js + GaugeChart.css are loaded (the page is meant to also load the DSFR core CSS
// and JS, which the benchmark leaves out; the few colour tokens the gauge uses are defined below).
// As shipped, 2.0.4 renders into an open shadow root: its `{ shadowRoot: false }` goes to
// customElements.define() instead of Vue's defineCustomElement(), so page CSS cannot reach the
// gauge. The benchmark adopts GaugeChart.css into each shadow root so the bar is drawn at all.
import { defineBench, caption } from '../shared/bench-page.js';
import '@gouvfr/dsfr-chart/GaugeChart';
import cssText from '@gouvfr/dsfr-chart/GaugeChart/css';

// The few DSFR core colour tokens the gauge's CSS refers to (dsfr.min.css would define them).
const TOKENS = `:host, gauge-chart { --border-default-grey: #dddddd; --background-raised-grey: #ffffff;
  --blue-france-850-200: #cacafb; --text-default-grey: #3a3a3a; }`;
const sheet = new CSSStyleSheet();
sheet.replaceSync(`${cssText}\n${TOKENS}`);

defineBench({
  mount(cell, item) {
    const el = document.createElement('gauge-chart');
    el.setAttribute('value', String(item.value));
    el.setAttribute('init', String(item.min));
    el.setAttribute('target', String(item.target));
    cell.append(caption(item.name), el);
    if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = [sheet];
    else if (!document.adoptedStyleSheets.includes(sheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    // Vue mounts the custom element synchronously on connect; one microtask lets pending updates flush.
    return Promise.resolve();
  },
  check: (cell) => {
    const el = cell.querySelector('gauge-chart');
    return Boolean(el && (el.shadowRoot ?? el).querySelector('.jauge-fill'));
  },
});
