// Three builds from one source tree:
//  1. dist/**.js + .d.ts — one ES module per source module, lit and d3-* left as dependencies,
//     for bundler users (tree-shakable; `sideEffects` lists only the define files).
//  2. dist/innovation-widgets.js and dist/innovation-widgets.iife.js — everything in one file,
//     minified, for CDN/CMS pages (`<script src>` registers every tag).
//  3. dist/standalone/<tag>.js — one widget with Lit and D3 included, to measure what a page that
//     needs only that widget pays.
import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! ${pkg.name} v${pkg.version} | ${pkg.license} License | bundles Lit (BSD-3-Clause) and D3 (ISC) */`;

const isExternal = (id) => /^(lit|@lit|d3-|internmap)(\/|$)/.test(id);

const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 2 },
    format: { comments: /^!/ },
  });

const bundleTs = () => typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true });

/** Entry points of the standalone per-widget bundles: tag → define module. */
export const STANDALONE = {
  'innovation-gauge': 'src/components/gauge/define.ts',
  'innovation-data': 'src/components/data/define.ts',
};

export default [
  {
    input: ['src/index.ts', 'src/define.ts', 'src/sample-plan.ts', ...Object.values(STANDALONE)],
    external: isExternal,
    plugins: [
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: true,
        declarationDir: 'dist',
        outDir: 'dist',
        sourceMap: true,
      }),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: 'src/bundle.ts',
    plugins: [nodeResolve({ browser: true }), bundleTs()],
    output: [
      {
        file: 'dist/innovation-widgets.js',
        format: 'es',
        sourcemap: true,
        banner,
        plugins: [minify()],
      },
      {
        file: 'dist/innovation-widgets.iife.js',
        format: 'iife',
        name: 'InnovationWidgets',
        sourcemap: true,
        banner,
        plugins: [minify()],
      },
    ],
  },
  ...Object.entries(STANDALONE).map(([tag, input]) => ({
    input,
    plugins: [nodeResolve({ browser: true }), bundleTs()],
    output: { file: `dist/standalone/${tag}.js`, format: 'es', sourcemap: true, banner, plugins: [minify()] },
  })),
];
