import { css, unsafeCSS } from '@lit/reactive-element';
import { STATUS_ICONS } from '../../layout/status-icons.js';
import { commonStyles, hostStyles, markStyles, themeTokens } from '../../layout/theme.styles.js';

/**
 * Styles of `<innovation-gauge>` (adopted stylesheets: allowed under `style-src 'self'`). The default
 * colour tokens (`--_<name>-0`, light/dark/auto) come from `themeTokens` (src/layout/theme.styles.ts).
 *
 * Colours (checked numerically, WCAG 2.x relative luminance): text #1f2328 on #fff 15.8:1, muted
 * #57606a on #fff 6.4:1, chip text #1f2328 on #eaeef2 13.4:1, badge #a40e26 on #fff0f0 6.9:1; dark:
 * #e6edf3 on #0d1117 16.0:1, muted #9da7b3 on #0d1117 7.6:1, chip #e6edf3 on #21262d 12.9:1, badge
 * #ffa198 on #2d1214 8.9:1. Marks against the page (non-text ≥ 3:1): value colours #1a7f37 5.1,
 * #0969da 5.1, #9a6700 4.9, #cf222e 5.4, #6e7781 4.6 on #fff; dark #3fb950 8.0, #4493f8 6.0,
 * #d29922 7.9, #f85149 5.6, #8b949e 6.2 on #0d1117. Track is decoration (the target and value
 * marks carry the meaning).
 */
const own = css`
  :host {
    min-width: 120px;
    /* The default status colour lives on :host so that a status class on .base (.behind, …) overrides it. */
    --_status: var(--_neutral);
  }
  .base {
    /* Width-dependent layout by container queries (no ResizeObserver, no second render). */
    container-type: inline-size;
  }
  .badge {
    margin-inline-start: 0.5em;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-start: 0.25em;
  }
  .chart {
    line-height: 0;
  }
  /* Arc and ring: one fixed viewBox, scaled to the width (at most 300 px). */
  .arc svg,
  .ring svg {
    width: 100%;
    max-width: 300px;
    height: auto;
  }
  .linear svg {
    max-width: 100%;
    height: auto;
  }
  @container (min-width: 440px) {
    .arc .body,
    .ring .body {
      flex-direction: row;
      align-items: center;
      gap: 1em;
    }
    .arc .chart,
    .ring .chart {
      flex: none;
      width: 45%;
      max-width: 260px;
    }
    .text {
      flex: 1 1 auto;
      min-width: 0;
    }
  }
  @container (max-width: 179.98px) {
    .secondary {
      display: none;
    }
  }
  .value {
    fill: var(--innovation-gauge-value, var(--_status));
  }
  .regress {
    stroke: var(--_off-track);
  }
  .target-line {
    stroke: var(--_target);
    stroke-width: 3;
    vector-effect: non-scaling-stroke;
    stroke-linecap: butt;
    fill: none;
  }
  .baseline-tick {
    stroke: var(--_muted);
    stroke-width: 2;
    fill: none;
  }
  .expected-tick {
    fill: var(--_muted);
  }
  .overflow-mark {
    fill: var(--_target);
  }
  .title,
  .status,
  .value-number,
  .value-line {
    font-weight: 600;
  }
  .value-number,
  .value-line {
    font-variant-numeric: tabular-nums;
  }
  .value-number {
    fill: var(--_text);
  }
  .value-line {
    font-size: 1.4em;
  }
  .year,
  .secondary {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .year {
    font-weight: 400;
  }
  .lines {
    white-space: pre-line;
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  /* The status icon (a shape per status, so status never rests on colour alone): 16 × 16 paths. */
  .status::before {
    content: '';
    flex: none;
    width: 16px;
    height: 16px;
    margin: -2px;
    transform: scale(0.75);
    background: var(--_status);
    clip-path: var(--_icon);
  }
  ${unsafeCSS(
    // Constant paths from status-icons.ts (never input data).
    Object.entries(STATUS_ICONS)
      .map(([status, d]) => `.${status} .status{--_icon:path('${d}')}`)
      .join(''),
  )}
  @media (prefers-reduced-motion: no-preference) {
    .base:not(.still) .value {
      transition: d 0.3s ease-out;
    }
  }
  @media (forced-colors: active) {
    .value {
      fill: Highlight;
    }
    .regress {
      fill: Canvas;
      stroke: GrayText;
    }
    .target-line,
    .baseline-tick {
      stroke: CanvasText;
    }
    .target-arrow,
    .overflow-mark,
    .expected-tick,
    .value-number {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .target-arrow.open {
      fill: Canvas;
    }
    .status::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .status::before {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .secondary:not([hidden]) {
      display: block;
    }
  }
`;

/** The gauge's styles in cascade order, as ONE sheet: each gauge's shadow root adopts one sheet, not five. */
export const gaugeStyles = css`
  ${themeTokens}${hostStyles('gauge')}${commonStyles}${markStyles}${own}
`;
