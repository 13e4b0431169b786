// Bundles every contender page script with esbuild (--bundle --minify, ESM) into bench/out/, and
// measures min+gzip sizes (zlib level 9).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const gzipBytes = (buf) => gzipSync(buf, { level: 9 }).length;

const OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  loader: { '.css': 'text' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
  metafile: true,
  // The library's shipped files (`/dist/…` in its page scripts) are bundled into the page like any
  // npm package a peer's page imports, so every contender loads one page script: an extra request
  // in series would measure the harness, not the library. Lazy `import()`s stay lazy chunks.
  plugins: [
    {
      name: 'library-dist',
      setup(build) {
        const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
        build.onResolve({ filter: /^\/dist\// }, (args) => ({ path: join(dist, args.path.slice(6)) }));
      },
    },
  ],
};

/** Minified bytes per npm package (or per own file) in some esbuild outputs, largest first. */
function composition(outputList) {
  const by = {};
  for (const [input, { bytesInOutput }] of outputList.flatMap((o) => Object.entries(o.inputs))) {
    const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = m ? m[1] : input.replace(/^.*?\b(bench|dist|src)\//, '$1/');
    by[key] = (by[key] ?? 0) + bytesInOutput;
  }
  return Object.entries(by)
    .filter(([, b]) => b > 0)
    .sort((a, b) => b[1] - a[1]);
}

/**
 * Bundles one entry into `outdir` with code splitting, so what a library loads lazily (`import()`)
 * stays a separate chunk for everyone. Returns the entry file (relative to `outdir`'s parent as
 * `url`), its min and min+gzip bytes and composition, and the lazy chunks' total; or { ok: false, error }.
 */
export async function bundle(esbuild, entry, outdir) {
  try {
    const { metafile } = await esbuild.build({
      ...OPTIONS,
      entryPoints: [entry],
      outdir,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    });
    const outputs = metafile.outputs;
    const js = Object.keys(outputs).filter((f) => f.endsWith('.js'));
    const entryFile = js.find((f) => outputs[f].entryPoint) ?? js[0];
    // Up front = the entry and every chunk it imports statically (transitively); the rest is lazy.
    const upFront = new Set([entryFile]);
    for (const f of upFront) {
      for (const imp of outputs[f].imports ?? []) {
        if (imp.kind === 'import-statement' && !imp.external && outputs[imp.path]) upFront.add(imp.path);
      }
    }
    const gz = (files) => files.reduce((sum, f) => sum + gzipBytes(readFileSync(f)), 0);
    const lazy = js.filter((f) => !upFront.has(f));
    return {
      ok: true,
      url: `${basename(outdir)}/${basename(entryFile)}`,
      // The entry's static chunks, which the page preloads as a bundler's HTML would
      // (`<link rel="modulepreload">`), so they load beside the entry rather than after it.
      preload: [...upFront]
        .filter((f) => f !== entryFile)
        .map((f) => `${basename(outdir)}/${relative(outdir, f)}`),
      files: upFront.size,
      minBytes: [...upFront].reduce((sum, f) => sum + readFileSync(f).length, 0),
      // Each file gzipped on its own, as a browser fetches them.
      gzipBytes: gz([...upFront]),
      lazyChunks: lazy.length,
      lazyGzipBytes: gz(lazy),
      composition: composition([...upFront].map((f) => outputs[f])),
    };
  } catch (err) {
    const first = err?.errors?.[0];
    const msg = first
      ? `${first.text}${first.location ? ` (${first.location.file}:${first.location.line})` : ''}`
      : String(err);
    return { ok: false, error: msg };
  }
}

/**
 * Size of a file the library ships: as shipped (gzip of the file alone, as scripts/check-size.mjs
 * measures it) and re-bundled by esbuild like the peers, so all rows of the size table compare.
 */
export async function shippedSize(esbuild, file, outdir) {
  if (!existsSync(file))
    return { ok: false, error: `${file} is missing (run \`npm run build\` at the repo root)` };
  const shipped = readFileSync(file);
  const min = await bundle(esbuild, file, outdir);
  return { ...min, shippedBytes: shipped.length, shippedGzipBytes: gzipBytes(shipped) };
}

export const outDirFor = (outDir, contender, scenario) => join(outDir, `${contender}-${scenario}`);
