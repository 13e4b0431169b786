import { css } from 'lit';
import { themeTokens } from '../../layout/theme.styles.js';

/**
 * Styles of `<innovation-target-bars>` (adopted stylesheets: allowed under `style-src 'self'`). Colour
 * tokens and their contrast figures are the gauge's (src/layout/theme.styles.ts). Marks never rest on
 * colour alone: the status has an icon and a word, the target a shape per comparator.
 */
export const targetBarsStyles = [
  themeTokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      color: var(--_text);
      font-family: var(--innovation-target-bars-font, var(--innovation-font-family, system-ui, sans-serif));
      font-size: var(--innovation-target-bars-font-size, var(--innovation-font-size, 14px));
      line-height: 1.4;
      --_text: var(--innovation-target-bars-text, var(--innovation-color-text, var(--_text-0)));
      --_muted: var(--innovation-target-bars-muted, var(--innovation-color-muted, var(--_muted-0)));
      --_bg: var(--innovation-target-bars-background, var(--innovation-color-background, var(--_bg-0)));
      --_track: var(--innovation-target-bars-track, var(--innovation-color-track, var(--_track-0)));
      --_target: var(--innovation-target-bars-target, var(--innovation-color-target, var(--_target-0)));
      --_band: var(--innovation-target-bars-band, var(--innovation-color-band, var(--_band-0)));
      --_neutral: var(--innovation-color-neutral, var(--_neutral-0));
      --_chip-bg: var(--innovation-color-chip-background, var(--_chip-bg-0));
      --_badge: var(--innovation-color-badge, var(--_badge-0));
      --_badge-bg: var(--innovation-color-badge-background, var(--_badge-bg-0));
      --_focus: var(--innovation-color-focus, var(--_focus-0));
    }
    :host([hidden]),
    [hidden] {
      display: none !important;
    }
    .sizer {
      height: 0;
      overflow: hidden;
    }
    .base {
      background: var(--_bg);
    }
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
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.4em;
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
      color: var(--_muted);
      font-size: 0.85em;
    }
    .k {
      display: none;
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
    button:focus-visible,
    summary:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
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
    svg {
      display: block;
      overflow: visible;
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
    .track {
      fill: var(--_track);
    }
    .value {
      fill: var(--_status);
    }
    .regress {
      fill: var(--_bg);
      stroke: var(--_status);
      stroke-width: 1.5;
      stroke-dasharray: 3 2;
    }
    .band {
      fill: var(--_band);
      stroke: var(--_target);
      stroke-dasharray: 2 2;
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
    .mark {
      fill: var(--_target);
      stroke: var(--_target);
      stroke-width: 1.5;
      stroke-linejoin: round;
    }
    .open {
      fill: var(--_bg);
    }
    .expected {
      fill: var(--_muted);
    }
    tr {
      --_status: var(--_neutral);
    }
    .achieved {
      --_status: var(--innovation-color-achieved, var(--_achieved-0));
    }
    .on-track {
      --_status: var(--innovation-color-on-track, var(--_on-track-0));
    }
    .behind {
      --_status: var(--innovation-color-behind, var(--_behind-0));
    }
    .off-track {
      --_status: var(--innovation-color-off-track, var(--_off-track-0));
    }
    .status {
      width: 7.5em;
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
    .badge,
    .chip {
      display: inline-block;
      white-space: nowrap;
      font-size: 0.8em;
      padding: 0 0.4em;
      margin-inline-start: 0.3em;
      border-radius: 0.3em;
      background: var(--_chip-bg);
    }
    .badge {
      color: var(--_badge);
      background: var(--_badge-bg);
      border: 1px solid currentColor;
    }
    details {
      font-size: 0.85em;
      color: var(--_muted);
    }
    summary {
      cursor: pointer;
      width: max-content;
    }
    .sr {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .notice {
      margin-block-end: 0.5em;
      padding: 0.3em 0.5em;
      border-inline-start: 3px solid var(--innovation-color-behind, var(--_behind-0));
      background: var(--innovation-color-notice-background, var(--_notice-bg-0));
      font-size: 0.85em;
    }
    .notice ul {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    .fallback {
      display: none;
    }
    .empty .fallback {
      display: contents;
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
      svg {
        forced-color-adjust: none;
      }
      .track {
        fill: Canvas;
        stroke: CanvasText;
      }
      .value {
        fill: Highlight;
      }
      .band,
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
      .badge,
      .chip,
      .notice {
        forced-color-adjust: auto;
        border: 1px solid CanvasText;
      }
    }
    @media print {
      :host {
        color: #000;
      }
      tr {
        break-inside: avoid;
      }
      tbody th,
      tbody td {
        content-visibility: visible;
      }
      svg {
        print-color-adjust: exact;
      }
    }
  `,
];
