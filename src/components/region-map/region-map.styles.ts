import { css } from 'lit';
import { commonStyles, hostStyles, themeTokens } from '../../layout/theme.styles.js';

/**
 * Styles of `<innovation-region-map>`. Class fills come from the palette (attributes on the shapes);
 * the outline, no-data fill and highlight follow the theme tokens. Text colours as the other widgets
 * (contrast figures in gauge.styles.ts); the no-data fill is decoration (its legend entry and the
 * table say "无数据").
 */
const own = css`
  :host {
    min-width: 200px;
    --_outline: var(--innovation-region-map-outline, var(--_bg-0, #fff));
    --_nodata: var(--innovation-region-map-no-data, var(--_track));
    --_highlight: var(--innovation-region-map-highlight, var(--_text));
  }
  :host([theme='dark']) {
    --_outline: var(--innovation-region-map-outline, #0d1117);
  }
  .base {
    container-type: inline-size;
  }
  figure {
    margin: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
  }
  .title {
    font-weight: 600;
  }
  .sub {
    color: var(--_muted);
  }
  .toggle {
    margin-inline-start: auto;
    font: inherit;
    font-size: 0.85em;
    color: var(--_text);
    background: var(--_chip-bg);
    border: 1px solid var(--_track);
    border-radius: 0.3em;
    padding: 0.1em 0.6em;
    cursor: pointer;
  }
  .body {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.25em;
    align-items: flex-start;
    margin-block-start: 0.4em;
  }
  .map {
    position: relative;
    flex: 3 1 300px;
    min-width: 0;
  }
  .map.none {
    flex: 0 1 auto;
  }
  .map.none svg {
    display: none;
  }
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .r {
    stroke: var(--_outline);
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
    cursor: pointer;
    outline: none;
  }
  .grid .r {
    stroke-width: 1;
  }
  .nd {
    fill: var(--_nodata);
  }
  .r.hl,
  .r:focus-visible {
    stroke: var(--_highlight);
    stroke-width: 2.5;
  }
  .outline {
    fill: none;
    stroke: var(--_highlight);
    stroke-width: 2.5;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .tile-label {
    pointer-events: none;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .tile-label.nd-ink {
    fill: var(--_text);
  }
  .tip {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    max-width: 16em;
    pointer-events: none;
    padding: 0.35em 0.55em;
    border-radius: 0.3em;
    color: var(--_text);
    background: var(--innovation-region-map-tooltip-background, var(--_chip-bg));
    border: 1px solid var(--_track);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    font-size: 0.9em;
  }
  .tip[hidden] {
    display: none;
  }
  .tip strong {
    display: block;
  }
  .tip .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.9em;
    margin: 0.4em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35em;
    max-width: 100%;
  }
  .swatch {
    flex: none;
    width: 1em;
    height: 1em;
  }
  .swatch rect {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  svg.chart.grid {
    width: auto;
    max-width: 100%;
  }
  .side {
    flex: 1 1 220px;
    min-width: 0;
  }
  .ranking {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .ranking button {
    display: grid;
    grid-template-columns: 2em minmax(5em, 8em) minmax(3em, 1fr) 4.5em;
    align-items: center;
    gap: 0.4em;
    width: 100%;
    padding: 0.1em 0.2em;
    font: inherit;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
    border-radius: 0.2em;
    cursor: pointer;
  }
  .ranking.cat button {
    grid-template-columns: 1em 1fr;
  }
  .ranking button.hl {
    background: var(--_chip-bg);
    box-shadow: inset 3px 0 0 var(--_highlight);
  }
  .rk {
    color: var(--_muted);
    text-align: end;
  }
  .val {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .nm {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .ranking.cat .nm {
    white-space: normal;
  }
  .bar {
    width: 100%;
    height: 0.7em;
  }
  .bar rect {
    fill: var(--innovation-region-map-bar, var(--_on-track));
  }
  .more {
    color: var(--_muted);
    padding: 0.2em;
  }
  .credit {
    margin: 0.3em 0 0;
    color: var(--_muted);
    font-size: 0.8em;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    margin-block-start: 0.5em;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.15em 0.5em;
    border-bottom: 1px solid var(--_track);
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .table-wrap.sr table {
    margin: 0;
  }
  @container (max-width: 420px) {
    .side {
      flex-basis: 100%;
    }
  }
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .r {
      stroke: CanvasText;
    }
    .r.hl,
    .r:focus-visible,
    .outline {
      stroke: Highlight;
    }
    .ranking button.hl {
      outline: 2px solid Highlight;
    }
    .bar rect {
      fill: CanvasText;
    }
  }
  @media print {
    .toggle,
    .tip {
      display: none;
    }
    svg {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .body {
      break-inside: avoid;
    }
    /* Paper has no 表格 toggle: the data table twin prints, so every region's value is on it
       (the ranking shows ten and points to the table). */
    .table-wrap.sr {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
  }
`;

export const regionMapStyles = [themeTokens, hostStyles('region-map'), commonStyles, own];
