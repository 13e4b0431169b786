// Helpers shared by the widget stories (not a story file itself).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** An attribute value, or no attribute when empty. */
export const opt = (v: string) => (v ? v : nothing);

/** Widths by class (strict CSP: no inline style attributes), the gauge grid and the dark backdrop. */
export const storyStyles = html`<style>
  .w-120 {
    width: 120px;
  }
  .w-240 {
    width: 240px;
  }
  .w-320 {
    width: 320px;
  }
  .w-360 {
    width: 360px;
  }
  .w-600 {
    width: 600px;
  }
  .w-900 {
    width: 900px;
  }
  .mw-900 {
    max-width: 900px;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
    gap: 16px;
  }
  .dark {
    background: #0d1117;
    padding: 12px;
  }
</style>`;

/** The story's styles and `el`, on the dark backdrop when `theme` is dark. */
export const framed = (theme: string | undefined, el: TemplateResult) =>
  html`${storyStyles}${theme === 'dark' ? html`<div class="dark">${el}</div>` : el}`;
