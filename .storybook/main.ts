// Storybook 10 for the web components. Stories import the sources (src/**), so Storybook does not
// need `npm run build`; docs and controls come from custom-elements.json (`npm run analyze`).
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * package.json `sideEffects` lists only dist/ files (what npm users import), so a bundler reading
 * src/ treats `import '../src/components/x/define.js'` as side-effect free and drops it: the tags
 * were never registered in the built Storybook. Registration modules do have side effects; this
 * plugin says so (a transform result's `moduleSideEffects` wins over package.json).
 */
const defineModulesHaveSideEffects = {
  name: 'innovation-define-side-effects',
  transform(code: string, id: string) {
    if (/[\\/]src[\\/](?:components[\\/][^\\/]+[\\/])?define\.ts$/.test(id.split('?')[0] ?? '')) {
      return { code, map: null, moduleSideEffects: true };
    }
    return null;
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // Geometry for the region-map stories, served from the installed atlases (public domain Natural
  // Earth via world-atlas; US Census via us-atlas): nothing is copied into the repository.
  staticDirs: [
    { from: '../node_modules/world-atlas', to: '/geo/world-atlas' },
    { from: '../node_modules/us-atlas', to: '/geo/us-atlas' },
  ],
  docs: { defaultName: 'Docs' },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), defineModulesHaveSideEffects],
  }),
};

export default config;
