// The published package's shape: what a bundler user, a CDN user and a tool reading
// custom-elements.json each rely on. Runs after the build (npm test builds first).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const built = existsSync(join(root, 'dist/index.js'));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe('package.json', () => {
  it('is an ES module package named innovation-widgets with a licence', () => {
    expect(pkg.name).toBe('innovation-widgets');
    expect(pkg.type).toBe('module');
    expect(pkg.license).toBe('MIT');
    expect(existsSync(join(root, 'LICENSE'))).toBe(true);
  });

  it('publishes only dist, the manifest and the docs', () => {
    expect(pkg.files).toEqual(['dist', 'custom-elements.json', 'README.md', 'CHANGELOG.md', 'LICENSE']);
  });

  it('names custom-elements.json in customElements', () => {
    expect(pkg.customElements).toBe('custom-elements.json');
  });

  it('pins TypeScript 5.9 (TypeScript 7 has no compiler API for @rollup/plugin-typescript)', () => {
    expect(pkg.devDependencies.typescript).toBe('~5.9');
  });

  it('keeps lit as a dependency for bundler users', () => {
    expect(Object.keys(pkg.dependencies)).toContain('lit');
  });
});

describe.skipIf(!built)('built package', () => {
  it('every exports target exists, and each code entry has its types', () => {
    for (const [key, target] of Object.entries(pkg.exports as Record<string, unknown>)) {
      const entry = typeof target === 'string' ? { default: target } : (target as Record<string, string>);
      expect(existsSync(join(root, entry.default)), `${key} → ${entry.default}`).toBe(true);
      if (entry.types) expect(existsSync(join(root, entry.types)), `${key} types`).toBe(true);
      const bundle = /^\.\/(standalone\/|innovation-widgets)/.test(key);
      if (entry.default.endsWith('.js') && !bundle) {
        expect(entry.types, `${key} has types`).toBeTruthy();
      }
    }
    expect(existsSync(join(root, pkg.types))).toBe(true);
  });

  it('sideEffects lists exactly the files that register tags', () => {
    // Bundles (all-in-one, standalone) register their tags; in the per-module build, the define
    // modules do, and so does any module importing one. Lazy chunks and everything else must not.
    const registering = walk(join(root, 'dist'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => './' + f.slice(root.length + 1))
      .filter((rel) => {
        if (rel.includes('/standalone/chunks/') || rel === './dist/utils/define.js') return false;
        if (/^\.\/dist\/(standalone\/[^/]+|innovation-widgets(\.iife)?)\.js$/.test(rel)) return true;
        const code = readFileSync(join(root, rel), 'utf8');
        return (
          /\bdefineElement\(|customElements\.define\(/.test(code) ||
          /import\s*['"][^'"]*define\.js['"]/.test(code)
        );
      })
      .sort();
    expect([...pkg.sideEffects].sort()).toEqual(registering);
  });

  it('the per-module build imports only declared dependencies (lit, d3-*), bundling none of them', () => {
    const modules = walk(join(root, 'dist')).filter(
      (f) => f.endsWith('.js') && !f.includes('/standalone/') && !/innovation-widgets(\.iife)?\.js$/.test(f),
    );
    const bare = new Set<string>();
    for (const file of modules) {
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:from|import)\s*['"]([^'".][^'"]*)['"]/g)) {
        bare.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!);
      }
      expect(code, file).not.toMatch(/class\s+\w*ReactiveElement\b/);
    }
    expect([...bare].sort()).toEqual(expect.arrayContaining(['lit']));
    for (const name of bare) expect(Object.keys(pkg.dependencies), `${name} is a dependency`).toContain(name);
  });

  it('what a widget loads on demand shares no module with what loads it (bundlers keep one page file)', () => {
    // A bundler that splits code (esbuild --splitting, Rollup, Vite) moves every module reachable both
    // from a page's static imports and from an import() target into a shared chunk, which the page
    // then loads up front as a second file: measured 5–8 ms more import time for the gauge's page.
    // `lit` re-exports @lit/reactive-element and lit-html, so it counts as all three.
    const staticOf = (file: string): Set<string> => {
      const seen = new Set<string>();
      const visit = (f: string) => {
        if (seen.has(f)) return;
        seen.add(f);
        if (!f.startsWith('/')) {
          if (f === 'lit') ['@lit/reactive-element', 'lit-html', 'lit-element'].forEach((b) => seen.add(b));
          return;
        }
        const code = readFileSync(f, 'utf8');
        for (const [, spec] of code.matchAll(
          /^(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm,
        )) {
          const s = spec ?? '';
          visit(
            s.startsWith('.')
              ? resolve(f, '..', s)
              : s.startsWith('@')
                ? s.split('/').slice(0, 2).join('/')
                : s.split('/')[0]!,
          );
        }
      };
      visit(file);
      return seen;
    };
    const lazyTargets = (files: Set<string>) =>
      [...files]
        .filter((f) => f.startsWith('/'))
        .flatMap((f) =>
          [...readFileSync(f, 'utf8').matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) =>
            resolve(f, '..', m[1]!),
          ),
        );
    const defines = walk(join(root, 'dist/components')).filter((f) => f.endsWith('/define.js'));
    expect(defines.length).toBeGreaterThanOrEqual(5);
    for (const define of defines) {
      const eager = staticOf(define);
      for (const lazy of lazyTargets(eager)) {
        const shared = [...staticOf(lazy)].filter((m) => eager.has(m)).map((m) => m.replace(root, ''));
        expect(shared, `${define.replace(root, '')} → import(${lazy.replace(root, '')})`).toEqual([]);
      }
    }
  });

  it('the main entry registers no tag when imported', async () => {
    const code = readFileSync(join(root, 'dist/index.js'), 'utf8');
    expect(code).not.toMatch(/define\.js['"]/);
  });

  it('the all-in-one bundles are minified, mapped and carry the licence banner', () => {
    for (const file of ['dist/innovation-widgets.js', 'dist/innovation-widgets.iife.js']) {
      const code = readFileSync(join(root, file), 'utf8');
      expect(code.startsWith(`/*! innovation-widgets v${pkg.version}`)).toBe(true);
      expect(existsSync(join(root, file + '.map'))).toBe(true);
      expect(code).toMatch(/\/\/# sourceMappingURL=innovation-widgets(\.iife)?\.js\.map\s*$/);
      expect(code).not.toMatch(/from\s*["']lit/);
    }
  });

  it('the classic script assigns its exports to a top-level var InnovationWidgets (window.InnovationWidgets)', () => {
    // A minifier that treats the file as a module drops the unused var and keeps only the call.
    // test/browser/csp-bundles.test.ts checks the global in a page, export for export.
    const code = readFileSync(join(root, 'dist/innovation-widgets.iife.js'), 'utf8');
    expect(code).toMatch(
      /^\/\*![^\n]*\*\/\nvar InnovationWidgets=function\((\w+)\)\{[\s\S]*,\1\}\(\{\}\);\n/,
    );
  });

  it("the standalone data element and the gauge's plan reader carry no copy of Lit's template engine", () => {
    // lit-html creates the Trusted Types policy "lit-html" when it loads, and a page's CSP
    // (`trusted-types lit-html`) allows that once: <innovation-data> must load beside any widget.
    // The gauge loads lit-html only for its extras (chips, notice, a plan's source).
    const standalone = join(root, 'dist/standalone');
    const chunks = readdirSync(join(standalone, 'chunks')).map((f) => join(standalone, 'chunks', f));
    const withLit = [...readdirSync(standalone).map((f) => join(standalone, f)), ...chunks]
      .filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('createPolicy("lit-html"'))
      .map((f) => f.slice(standalone.length + 1).replace(/-[\w-]{8}\.js$/, '.js'));
    expect(withLit.sort()).toEqual(['chunks/innovation-gauge-gauge.extras.js', 'innovation-region-map.js']);
  });

  it("the standalone platform table is one file without Lit's template engine", () => {
    // A lazy import() would make a page bundler split the shared code into a second file, which
    // imports slower than one; the table builds its DOM itself, so lit-html is not needed.
    const code = readFileSync(join(root, 'dist/standalone/innovation-platform-table.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/from\s*["']\.{1,2}\//);
    expect(code).not.toContain('litHtmlVersions');
    expect(readFileSync(join(root, 'dist/innovation-widgets.js'), 'utf8')).toContain('litHtmlVersions');
  });

  it('custom-elements.json documents every tag the bundle registers', () => {
    const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8'));
    const tags = manifest.modules
      .flatMap((m: { declarations?: Array<{ tagName?: string }> }) => m.declarations ?? [])
      .map((d: { tagName?: string }) => d.tagName)
      .filter(Boolean);
    expect(tags).toEqual(
      expect.arrayContaining([
        'innovation-gauge',
        'innovation-data',
        'innovation-target-bars',
        'innovation-platform-table',
        'innovation-region-map',
      ]),
    );
  });

  it('ships the JSON Schema and the sample plan', () => {
    const schema = JSON.parse(readFileSync(join(root, 'dist/innovation-plan.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const sample = JSON.parse(readFileSync(join(root, 'dist/sample-plan.json'), 'utf8'));
    expect(sample.plan.id).toBe('cq-sti-13fyp');
  });
});
