// A static server on 127.0.0.1 for the harness page and the bundles. Nothing else is served.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves `/` → harness/index.html and `/<dir>/<file>` for dir in `roots` ({ harness, out }). */
export async function startServer(roots) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname === '/' ? '/harness/index.html' : url.pathname;
      const [, dir, ...rest] = path.split('/');
      const root = roots[dir];
      const file = root ? normalize(join(root, ...rest)) : null;
      if (!file || !file.startsWith(root)) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
