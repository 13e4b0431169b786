/// <reference types="vite/client" />
// Global Storybook setup: the custom-elements manifest (docs and controls), theme/locale toolbar,
// and a11y checks that fail the story (parameters.a11y.test = 'error').
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import './preview.css';

// custom-elements.json is written by `npm run analyze` (and `npm run build`). A glob import keeps
// Storybook building (without docs tables) when it has not been generated yet.
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(publicOnly(manifest));

interface ManifestMember {
  name?: string;
  privacy?: string;
}
interface ManifestLike {
  modules?: Array<{ declarations?: Array<{ members?: ManifestMember[] }> }>;
}

/** Drops private/protected and `_`-prefixed members, so docs and controls show the public API only. */
function publicOnly(raw: unknown): unknown {
  const copy = structuredClone(raw) as ManifestLike;
  for (const mod of copy.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.members) continue;
      decl.members = decl.members.filter(
        (m) => (m.privacy ?? 'public') === 'public' && !m.name?.startsWith('_') && !m.name?.startsWith('#'),
      );
    }
  }
  return copy;
}

/**
 * Wraps every story in a `lang` + `theme` container. The dark theme also darkens the page
 * background (a class on <body>, styled in preview.css: no inline styles anywhere).
 */
const withThemeAndLocale: Decorator = (story, context) => {
  const theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  const locale = context.globals['locale'] === 'en' ? 'en' : 'zh-CN';
  document.documentElement.lang = locale;
  document.body.classList.toggle('innovation-theme-dark', theme === 'dark');
  return html`<div class="innovation-story" lang=${locale} theme=${theme} data-theme=${theme}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文 (zh-CN)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'zh-CN' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
