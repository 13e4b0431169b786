// Bundle-size budget (min+gzip, zlib level 9): fails `npm test` when a bundle passes its budget.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUDGETS = [
  { file: 'dist/innovation-widgets.js', kb: 45, what: 'all-in-one bundle (every widget, Lit, D3)' },
  { file: 'dist/standalone/innovation-gauge.js', kb: 20, what: 'gauge alone, Lit and D3 included' },
];

export function gzipKb(file) {
  const bytes = readFileSync(resolve(root, file));
  return { min: bytes.length / 1024, gz: gzipSync(bytes, { level: 9 }).length / 1024 };
}

let failed = 0;
for (const { file, kb, what } of BUDGETS) {
  if (!existsSync(resolve(root, file))) {
    console.error(`missing ${file}: run npm run build first`);
    failed++;
    continue;
  }
  const { min, gz } = gzipKb(file);
  const ok = gz <= kb;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${file}: ${min.toFixed(1)} KB min, ${gz.toFixed(1)} KB min+gzip (budget ${kb} KB) — ${what}`,
  );
}
process.exit(failed ? 1 : 0);
