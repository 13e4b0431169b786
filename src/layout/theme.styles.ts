import { css, unsafeCSS } from '@lit/reactive-element';
import type { CSSResult } from 'lit';

/**
 * Default colour tokens of the widgets, light and dark (`theme="dark"`, or `theme="auto"` under
 * `prefers-color-scheme: dark`), as private `--_<name>-0` custom properties on `:host`. A widget maps
 * them to its public properties: `--_text: var(--innovation-<widget>-text, var(--innovation-color-text, var(--_text-0)))`.
 * The same values as gauge.styles.ts (which can switch to this block); contrast figures are listed there.
 */
const dark = css`
  --_text-0: #e6edf3;
  --_muted-0: #9da7b3;
  --_bg-0: #0d1117;
  --_track-0: #30363d;
  --_target-0: #e6edf3;
  --_band-0: rgb(230 237 243 / 0.2);
  --_achieved-0: #3fb950;
  --_on-track-0: #4493f8;
  --_behind-0: #d29922;
  --_off-track-0: #f85149;
  --_neutral-0: #8b949e;
  --_chip-bg-0: #21262d;
  --_badge-0: #ffa198;
  --_badge-bg-0: #2d1214;
  --_focus-0: #4493f8;
  --_notice-bg-0: #3b2e00;
`;

export const themeTokens = css`
  :host {
    --_text-0: #1f2328;
    --_muted-0: #57606a;
    --_bg-0: transparent;
    --_track-0: #d0d7de;
    --_target-0: #1f2328;
    --_band-0: rgb(31 35 40 / 0.16);
    --_achieved-0: #1a7f37;
    --_on-track-0: #0969da;
    --_behind-0: #9a6700;
    --_off-track-0: #cf222e;
    --_neutral-0: #6e7781;
    --_chip-bg-0: #eaeef2;
    --_badge-0: #a40e26;
    --_badge-bg-0: #fff0f0;
    --_focus-0: #0969da;
    --_notice-bg-0: #fff8c5;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
`;

/** Public colour token names; `--_<name>` (with `background` → `bg`) is the private variable. */
const TOKENS =
  'text muted background track target band achieved on-track behind off-track neutral chip-background badge badge-background focus notice-background';

/**
 * A widget's `:host` block: box, font (`--innovation-<widget>-font`, `-font-size`) and every colour
 * token mapped `--_text: var(--innovation-<widget>-text, var(--innovation-color-text, var(--_text-0)))`.
 * `widget` is a constant tag suffix (never input data).
 */
export function hostStyles(widget: string): CSSResult {
  const w = `--innovation-${widget}`;
  const vars = TOKENS.split(' ').map((t) => {
    const v = `--_${t.replace('background', 'bg')}`;
    return `${v}:var(${w}-${t},var(--innovation-color-${t},var(${v}-0)))`;
  });
  return unsafeCSS(
    `:host{display:block;box-sizing:border-box;color:var(--_text);line-height:1.4;font-family:var(${w}-font,var(--innovation-font-family,system-ui,sans-serif));font-size:var(${w}-font-size,var(--innovation-font-size,14px));${vars.join(';')}}`,
  );
}

/** Blocks every widget shares: hidden, background, caption, focus ring, notice, fallback, visually hidden text, status colours, badge, forced colours, print. */
export const commonStyles = css`
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .base {
    background: var(--_bg);
  }
  .sizer {
    height: 0;
    overflow: hidden;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.4em;
  }
  button:focus-visible,
  summary:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .notice {
    padding: 0.3em 0.5em;
    border-inline-start: 3px solid var(--_behind);
    background: var(--_notice-bg);
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
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .achieved {
    --_status: var(--_achieved);
  }
  .on-track {
    --_status: var(--_on-track);
  }
  .behind {
    --_status: var(--_behind);
  }
  .off-track {
    --_status: var(--_off-track);
  }
  .badge {
    font-size: 0.8em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 0.3em;
    color: var(--_badge);
    background: var(--_badge-bg);
  }
  @media (forced-colors: active) {
    .badge,
    .chip,
    .notice,
    .tag {
      forced-color-adjust: auto;
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      color: #000;
    }
  }
`;

/** SVG marks shared by the gauge and the target bars (track, band, target arrows, forced colours, print). */
export const markStyles = css`
  svg {
    display: block;
    overflow: visible;
  }
  .track {
    fill: var(--_track);
  }
  .regress {
    fill: var(--_bg);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  .band {
    fill: var(--_band);
    stroke: var(--_target);
    stroke-dasharray: 2 2;
  }
  .target-arrow,
  .mark {
    fill: var(--_target);
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .open {
    fill: var(--_bg);
  }
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .band {
      fill: none;
      stroke: CanvasText;
    }
  }
  @media print {
    svg {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
