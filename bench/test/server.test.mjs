// `node --test bench/test/`: the static server serves the harness and nothing outside its roots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startServer } from '../lib/server.mjs';

const harness = fileURLToPath(new URL('../harness', import.meta.url));

function get(origin, rawPath) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('startServer() serves / as the harness page on 127.0.0.1', async () => {
  const server = await startServer({ harness, out: harness });
  try {
    assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await get(server.origin, '/');
    assert.equal(res.status, 200);
    assert.match(res.type, /text\/html/);
  } finally {
    await server.close();
  }
});

test('startServer() answers 404 outside its roots (unknown dir, ../ escapes, encoded ../)', async () => {
  const server = await startServer({ harness, out: harness });
  try {
    for (const path of [
      '/etc/passwd',
      '/harness/../run.mjs',
      '/harness/..%2Frun.mjs',
      '/out/%2e%2e/%2e%2e/package.json',
    ]) {
      assert.equal((await get(server.origin, path)).status, 404, path);
    }
  } finally {
    await server.close();
  }
});
