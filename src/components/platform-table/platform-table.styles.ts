import { css } from '@lit/reactive-element';
import { commonStyles, hostStyles, themeTokens } from '../../layout/theme.styles.js';

/**
 * Styles of `<innovation-platform-table>` (adopted stylesheets: allowed under `style-src 'self'`).
 *
 * Colour tokens are the shared ones (src/layout/theme.styles.ts; rules = track, bars = on-track).
 * Contrast (WCAG 2.x): text #1f2328 on #fff 15.8:1 and on the header (chip) #eaeef2 13.5:1, muted
 * #57606a 6.4:1 / 5.5:1; dark #e6edf3 on #0d1117 16.0:1 and on #21262d 12.9:1, muted #9da7b3
 * 7.6:1 / 6.2:1; the focus ring on the header 4.5:1 (light) and 4.9:1 (dark). The sorted column's
 * arrow uses the text colour; bars are decoration (the numbers are text).
 */
const own = css`
  :host {
    min-width: 0;
    --_head: var(--innovation-platform-table-header-background, var(--_chip-bg-0));
    --_rule: var(--innovation-platform-table-border, var(--innovation-color-track, var(--_track-0)));
    --_bar: var(--innovation-platform-table-bar, var(--innovation-color-on-track, var(--_on-track-0)));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [part='button'] {
    font-size: 0.9em;
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 0.3em;
    padding: 0.15em 0.6em;
  }
  .status {
    font-size: 0.85em;
    color: var(--_muted);
  }
  textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    font-size: 0.85em;
    color: inherit;
    background: var(--_bg);
    margin-block-end: 0.5em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  /* Windowed (large) tables: column widths from the header, so they stay put as rows change. */
  .windowed {
    table-layout: fixed;
  }
  .windowed th:first-child {
    width: 25%;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_rule);
    vertical-align: top;
    overflow-wrap: break-word;
  }
  thead th {
    position: sticky;
    top: var(--innovation-platform-table-sticky-top, 0);
    z-index: 1;
    background: var(--_head);
    border-block-end: 2px solid var(--_rule);
    padding: 0;
  }
  th[scope='row'] {
    text-align: start;
    font-weight: 400;
    min-width: 8em;
  }
  .num {
    text-align: end;
  }
  [part='sort-button'] {
    display: flex;
    align-items: center;
    justify-content: inherit;
    gap: 0.3em;
    width: 100%;
    padding: 0.35em 0.5em;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: inherit;
  }
  th.num [part='sort-button'] {
    justify-content: flex-end;
  }
  .arrow {
    flex: none;
    width: 0.7em;
    height: 0.7em;
    fill: var(--_muted);
  }
  [aria-sort] .arrow {
    fill: currentColor;
  }
  .gap > td {
    padding: 0;
    border: 0;
  }
  .d1 th[scope='row'] {
    padding-inline-start: 1.75em;
  }
  .d2 th[scope='row'] {
    padding-inline-start: 3em;
  }
  .d3 th[scope='row'] {
    padding-inline-start: 4.25em;
  }
  .total > * {
    border-block-start: 2px solid var(--_rule);
    font-weight: 600;
  }
  .count,
  .change,
  .target,
  .added,
  .note {
    display: block;
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  .num > span:empty:not(.bar),
  .bar.none {
    display: none;
  }
  .change,
  .target,
  .added,
  .note,
  .blank {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* CJK text may break between any two characters ("（2020" / "年）"): these lines break at
     punctuation and spaces only (before "（"), and anywhere only when a word cannot fit. */
  .change,
  .target,
  .added {
    word-break: keep-all;
  }
  .note {
    font-weight: 400;
  }
  /* Set per bar: --b its length, --m the target mark's background-position (unset: no mark). */
  .bar {
    display: block;
    height: 6px;
    margin-block: 2px;
    background:
      linear-gradient(var(--_target), var(--_target)) var(--m, -100%) 0 / 1.5% 100% no-repeat,
      linear-gradient(var(--_bar), var(--_bar)) 0 0 / var(--b, 0%) 100% no-repeat;
  }
  details {
    font-size: 0.9em;
    text-align: start;
  }
  summary {
    cursor: pointer;
  }
  details ul {
    margin: 0.2em 0 0;
    padding-inline-start: 1.2em;
  }
  .notice {
    margin-block-start: 0.5em;
    border-inline-start-color: var(--_muted);
  }
  @media screen {
    .narrow table,
    .narrow tbody,
    .narrow tr,
    .narrow th[scope='row'],
    .narrow td {
      display: block;
    }
    .narrow thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em;
    }
    .narrow thead th {
      position: static;
      border: 1px solid var(--_rule);
      border-radius: 0.3em;
    }
    .narrow tbody tr {
      margin-block-start: 0.5em;
      border: 1px solid var(--_rule);
      border-radius: 0.3em;
    }
    .narrow tr.gap {
      margin: 0;
      border: 0;
    }
    .narrow tr.subset {
      margin-inline-start: 1em;
    }
    .narrow th[scope='row'] {
      padding-inline-start: 0.5em;
      background: var(--_head);
      font-weight: 600;
    }
    .narrow .num {
      text-align: start;
    }
    .narrow td::before {
      content: attr(data-label) / '';
      display: block;
      font-size: 0.85em;
      font-weight: 600;
      color: var(--_muted);
    }
    .narrow td.blank {
      display: none;
    }
    .narrow .sr {
      position: static;
      clip-path: none;
      width: auto;
      height: auto;
    }
    .narrow .bar {
      max-width: 16em;
    }
  }
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      --_bar: CanvasText;
      --_target: Highlight;
    }
    .arrow {
      fill: ButtonText;
    }
  }
  @media print {
    .toolbar,
    textarea,
    .arrow,
    .bar {
      display: none;
    }
    thead th {
      position: static;
      background: none;
    }
    tr {
      break-inside: avoid;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
`;

export const platformTableStyles = [themeTokens, hostStyles('platform-table'), commonStyles, own];
