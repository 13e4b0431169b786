import { css } from 'lit';

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
