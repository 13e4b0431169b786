import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChromium } from './scripts/chromium.mjs';
import { cspHarnessPlugin } from './test/browser/harness/csp-plugin.mjs';
import { httpFixturesPlugin } from './test/browser/harness/http-fixtures-plugin.mjs';

const executablePath = findChromium();

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 240000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    cspHarnessPlugin(),
    httpFixturesPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
};
