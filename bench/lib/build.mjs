// Bundles every contender page script with esbuild (--bundle --minify, ESM) into bench/out/, and
// measures min+gzip sizes (zlib level 9).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

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
};

/** Minified bytes per npm package (or per own file) in an esbuild metafile, largest first. */
function composition(metafile) {
  const by = {};
  for (const out of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      const key = m ? m[1] : input.replace(/^.*?\b(bench|dist)\//, '$1/');
      by[key] = (by[key] ?? 0) + bytesInOutput;
    }
  }
  return Object.entries(by)
    .filter(([, b]) => b > 0)
    .sort((a, b) => b[1] - a[1]);
}

/** Bundles one entry; returns { ok, file, minBytes, gzipBytes } or { ok: false, error }. */
export async function bundle(esbuild, entry, outfile) {
  try {
    const { metafile } = await esbuild.build({ ...OPTIONS, entryPoints: [entry], outfile });
    const code = readFileSync(outfile);
    return {
      ok: true,
      file: outfile,
      minBytes: code.length,
      gzipBytes: gzipBytes(code),
      composition: composition(metafile),
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
 * Size of a file the library ships: as shipped (gzip of the file) and re-minified by esbuild like
 * the peers (--bundle --minify of the file as entry), so all rows of the size table are comparable.
 */
export async function shippedSize(esbuild, file, outfile) {
  if (!existsSync(file))
    return { ok: false, error: `${file} is missing (run \`npm run build\` at the repo root)` };
  const shipped = readFileSync(file);
  const min = await bundle(esbuild, file, outfile);
  return { ...min, shippedBytes: shipped.length, shippedGzipBytes: gzipBytes(shipped) };
}

export const outFile = (outDir, contender, scenario) => join(outDir, `${contender}-${scenario}.js`);
