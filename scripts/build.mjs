// `npm run build`: rollup (per-module ESM + .d.ts, all-in-one ESM/IIFE, standalone widgets), then
// the files published beside the code: JSON Schema, sample plan as JSON, custom-elements.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(resolve(root, 'dist'), { recursive: true, force: true });
run(bin('rollup'), ['-c', '--silent']);

mkdirSync(resolve(root, 'dist'), { recursive: true });
copyFileSync(
  resolve(root, 'schema/innovation-plan.schema.json'),
  resolve(root, 'dist/innovation-plan.schema.json'),
);

const { samplePlanDocument } = await import(pathToFileURL(resolve(root, 'dist/sample-plan.js')).href);
writeFileSync(resolve(root, 'dist/sample-plan.json'), JSON.stringify(samplePlanDocument, null, 2) + '\n');

run(process.execPath, ['scripts/manifest.mjs']);
console.log('build: dist/ and custom-elements.json written');
