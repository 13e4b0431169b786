// `npm start`: build, then serve the demo article page on 127.0.0.1 and print its URL.
// `npm start -- --no-build` serves what is already built; PORT=8080 picks the port.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
const wanted = Number(process.env.PORT ?? 8080);
let server;
try {
  server = await serveStatic(root, { port: wanted });
} catch {
  server = await serveStatic(root, { port: 0 }); // the port was taken: any free one
}
const { port } = server.address();
console.log(`\nDemo: http://127.0.0.1:${port}/demo/  (Ctrl+C to stop)`);
