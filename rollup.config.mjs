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
import MagicString from 'magic-string';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! ${pkg.name} v${pkg.version} | ${pkg.license} License | bundles Lit (BSD-3-Clause) */`;

const isExternal = (id) =>
  /^(lit(-html|-element)?|@lit\/[^/]+|d3-[a-z]+|internmap|topojson-client)(\/|$)/.test(id);

const minify = ({ keep } = {}) =>
  terser({
    ecma: 2021,
    module: true,
    // `module` implies `toplevel`, which drops an unused top-level var: `keep` names the one to
    // keep (and not rename), the IIFE's `var InnovationWidgets`, which is how it sets the global.
    compress: { passes: 3, ...(keep && { top_retain: [keep] }) },
    ...(keep && { mangle: { reserved: [keep] } }),
    format: { comments: /^!/ },
  });

// ------------------------------------------------------------------------------------------------
// Lit template minification: the static parts of css`…`, html`…` and svg`…` templates are strings
// terser cannot touch. Only whitespace and CSS comments go; every character that means something
// stays, and a template this code cannot vouch for (<pre>, <textarea>) is left exactly as written.
// ------------------------------------------------------------------------------------------------

/** Minifies the static CSS of one template part: comments, whitespace runs, spaces around `{};,`. */
export function minifyCssPart(text) {
  // Quoted strings (`[theme='dark']`, `content: "…"`) are kept verbatim; the rest is minified.
  // Comments go first, in one scan with the strings, so an apostrophe in a comment starts no string.
  const STRING = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;
  return text
    .replace(new RegExp(`${STRING.source}|\\/\\*[\\s\\S]*?\\*\\/`, 'g'), (_, string) => string ?? '')
    .split(STRING)
    .map((piece, i) =>
      i % 2
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            // Never around `+`, `-`, `>`, `~`: calc(1px + 2px) needs its spaces; `a :hover` ≠ `a:hover`.
            .replace(/(?<!:) ?([{};,]) ?/g, '$1')
            // After a colon only: "color: red" → "color:red"; an empty custom property (`--x: ;`) keeps its space.
            .replace(/: (?![;}])/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Collapses whitespace runs that contain a line break to one space (indentation of html`/svg` templates). */
export function collapseHtmlPart(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/** Rollup plugin: minifies the static parts of Lit templates in our sources (not in node_modules). */
export function minifyLitTemplates() {
  const tags = { css: minifyCssPart, html: collapseHtmlPart, svg: collapseHtmlPart };
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const out = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (
          node.type === 'TaggedTemplateExpression' &&
          node.tag.type === 'Identifier' &&
          tags[node.tag.name]
        ) {
          const quasis = node.quasi.quasis;
          const whole = quasis.map((q) => q.value.raw).join('');
          if (!/<(pre|textarea)\b/i.test(whole)) {
            for (const q of quasis) {
              const raw = q.value.raw;
              const min = tags[node.tag.name](raw);
              if (min !== raw) {
                const start = q.start ?? q.range[0];
                if (min) out.overwrite(start, start + raw.length, min);
                else out.remove(start, start + raw.length);
              }
            }
          }
        }
        for (const key of Object.keys(node)) {
          const child = node[key];
          if (Array.isArray(child)) child.forEach(visit);
          else if (child && typeof child === 'object' && key !== 'tag') visit(child);
        }
      };
      visit(this.parse(code));
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}

const bundleTs = (outDir = 'dist') =>
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true, outDir });

/** Entry points of the standalone per-widget bundles: tag → define module. */
export const STANDALONE = {
  'innovation-gauge': 'src/components/gauge/define.ts',
  'innovation-data': 'src/components/data/define.ts',
  'innovation-target-bars': 'src/components/target-bars/define.ts',
  'innovation-platform-table': 'src/components/platform-table/define.ts',
  'innovation-region-map': 'src/components/region-map/define.ts',
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
      minifyLitTemplates(),
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
    plugins: [nodeResolve({ browser: true }), bundleTs(), minifyLitTemplates()],
    output: [
      {
        file: 'dist/innovation-widgets.js',
        format: 'es',
        // One self-contained file: lazily loaded parts (the gauge's plan reader) are inlined.
        inlineDynamicImports: true,
        sourcemap: true,
        banner,
        plugins: [minify()],
      },
      {
        file: 'dist/innovation-widgets.iife.js',
        format: 'iife',
        name: 'InnovationWidgets',
        inlineDynamicImports: true,
        sourcemap: true,
        banner,
        plugins: [minify({ keep: 'InnovationWidgets' })],
      },
    ],
  },
  ...Object.entries(STANDALONE).map(([tag, input]) => ({
    input,
    // Let the entry hold the shared code itself rather than re-export it from a chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [nodeResolve({ browser: true }), bundleTs('dist/standalone'), minifyLitTemplates()],
    // A page that uses only this widget loads this file; parts it needs only for plans
    // (validation, loaders) come as a chunk beside it, fetched the first time a plan is used.
    output: {
      dir: 'dist/standalone',
      entryFileNames: `${tag}.js`,
      chunkFileNames: `chunks/${tag}-[name]-[hash].js`,
      format: 'es',
      sourcemap: true,
      banner,
      plugins: [minify()],
    },
  })),
];
