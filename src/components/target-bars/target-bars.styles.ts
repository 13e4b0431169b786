import { css } from '@lit/reactive-element';
import { commonStyles, hostStyles, markStyles, themeTokens } from '../../layout/theme.styles.js';

/**
 * Styles of `<innovation-target-bars>` (adopted stylesheets: allowed under `style-src 'self'`). Colour
 * tokens and their contrast figures are the gauge's (src/layout/theme.styles.ts). Marks never rest on
 * colour alone: the status has an icon and a word, the target a shape per comparator.
 */
export const targetBarsStyles = [
  themeTokens,
  hostStyles('target-bars'),
  commonStyles,
  markStyles,
  css`
    table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    .n {
      width: 26%;
    }
    .num {
      width: 13%;
    }
    th,
    td {
      text-align: start;
      vertical-align: middle;
      padding: 0.35em 0.5em;
      border-block-end: 1px solid var(--_track);
    }
    thead th {
      font-weight: 600;
      font-size: 0.9em;
      color: var(--_muted);
      white-space: nowrap;
    }
    th[scope='row'] {
      font-weight: 400;
      width: 30%;
      min-width: 7em;
      line-break: strict;
      overflow-wrap: anywhere;
    }
    /* Rows off screen skip layout and paint until scrolled to (their text stays in the accessibility
       tree and find-in-page): about half the first-frame cost of 1000 rows. */
    tbody th,
    tbody td {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 3em;
    }
    /* A light row stands in for a full one until it nears the viewport: about as tall, its
       sentence as plain text. */
    tr.lite > th {
      height: 3.3em;
    }
    td.lite {
      color: var(--_muted);
      font-size: 0.85em;
    }
    th[scope='rowgroup'] {
      font-weight: 600;
      padding-block-start: 0.8em;
    }
    td.num {
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    .y {
      display: block;
      color: var(--_muted);
      font-size: 0.8em;
    }
    .k {
      display: none;
      color: var(--_muted);
      font-size: 0.85em;
    }

    button {
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 0.1em 0.2em;
      margin: -0.1em -0.2em;
      cursor: pointer;
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      border-radius: 0.2em;
    }
    .sort-icon {
      width: 0.7em;
      height: 0.7em;
      fill: currentColor;
      opacity: 0.35;
    }
    [aria-sort] .sort-icon {
      opacity: 1;
    }
    [aria-sort='descending'] .sort-icon {
      transform: scaleY(-1);
    }
    .chart {
      width: calc(100% - 12px);
      margin-inline: 6px;
      height: 24px;
    }
    .axis {
      height: 14px;
      font-size: 10px;
      font-weight: 400;
      fill: var(--_muted);
    }
    .axis line {
      stroke: var(--_muted);
    }
    .value {
      fill: var(--_status);
    }
    .regress {
      stroke: var(--_status);
    }
    .target,
    .baseline {
      stroke: var(--_target);
      stroke-width: 3;
    }
    .baseline {
      stroke: var(--_muted);
      stroke-width: 2;
    }
    .expected {
      fill: var(--_muted);
    }
    tr {
      --_status: var(--_neutral);
    }
    .status {
      width: 8.5em;
    }
    .status-icon {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      margin-inline-end: 0.3em;
      fill: var(--_status);
    }
    .pct {
      display: block;
      color: var(--_muted);
      font-size: 0.85em;
    }
    /* Badge colours and border: the shared .badge rule (theme.styles.ts). */
    .badge,
    .chip {
      display: inline-block;
      white-space: nowrap;
      margin-inline-start: 0.3em;
      font-size: 0.8em;
      padding: 0 0.4em;
      border-radius: 0.3em;
    }
    .chip {
      background: var(--_chip-bg);
    }
    details {
      font-size: 0.85em;
      color: var(--_muted);
    }
    summary {
      cursor: pointer;
      width: max-content;
    }
    .notice {
      margin-block-end: 0.5em;
    }
    /* Narrow: each row stacks — the name, then the bar, then the numbers. */
    .narrow tr {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      border-block-end: 1px solid var(--_track);
    }
    .narrow th,
    .narrow td {
      border: 0;
      padding-block: 0.15em;
    }
    .narrow th[scope='row'],
    .narrow th[scope='rowgroup'],
    .narrow .lite,
    .narrow .bar {
      grid-column: 1 / -1;
      width: auto;
    }
    .narrow thead .bar {
      grid-column: 1 / -1;
      order: 1;
    }

    .narrow thead .v {
      display: none;
    }
    .narrow .num,
    .narrow .status,
    .narrow .n {
      width: auto;
    }
    .narrow .k {
      display: block;
    }
    .narrow td.status {
      grid-column: 1 / -1;
    }
    .narrow .pct {
      display: inline;
      margin-inline-start: 0.5em;
    }
    @media (forced-colors: active) {
      .value {
        fill: Highlight;
      }
      .regress {
        fill: none;
        stroke: CanvasText;
      }
      .target,
      .baseline {
        stroke: CanvasText;
      }
      .mark,
      .expected,
      .status-icon,
      .axis {
        fill: CanvasText;
        stroke: CanvasText;
      }
      .open {
        fill: Canvas;
      }
    }
    @media print {
      tr {
        break-inside: avoid;
      }
      /* Paper: no sort controls to show, and every source open (the gauge prints its own). */
      .sort-icon {
        display: none;
      }
      details::details-content {
        content-visibility: visible;
        display: contents;
      }
      tbody th,
      tbody td {
        content-visibility: visible;
      }
    }
  `,
];
