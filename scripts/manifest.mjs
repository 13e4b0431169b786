// custom-elements.json from the JSDoc in src/ (`cem analyze`), with its modules sorted by path: the
// analyzer lists them in the order the file system returns them, which changes from run to run, so
// unsorted the manifest would change on every build, not only when the documented API does.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(resolve(root, 'node_modules/.bin/cem'), ['analyze', '--quiet'], { cwd: root, stdio: 'inherit' });
const file = resolve(root, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
