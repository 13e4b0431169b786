// `npm test`: every check the project has, in the order a failure is cheapest to read, run to the
// end even after a failure, closing with one line `total: N passed, N failed`.
// Test runners count their tests; the other steps (typecheck, lint, build, size) count as one each.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

function run(cmd, args, env = {}) {
  return new Promise((done) => {
    let out = '';
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', ...env } });
    const tee = (stream, sink) =>
      stream.on('data', (chunk) => {
        out += chunk;
        sink.write(chunk);
      });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('close', (code) => done({ code: code ?? 1, out }));
    child.on('error', (err) => done({ code: 1, out: String(err) }));
  });
}

// Last "N passed"/"N failed" pair a runner printed (vitest: "Tests  12 passed (12)",
// web-test-runner: "12 passed, 0 failed").
function counts(out, code) {
  // eslint-disable-next-line no-control-regex
  const text = out.replace(/\x1b\[[0-9;]*m/g, '');
  const vitest = [...text.matchAll(/Tests\s+(?:(\d+) failed\s*\|\s*)?(\d+) passed/g)].pop();
  if (vitest)
    return { passed: Number(vitest[2]), failed: Number(vitest[1] ?? 0) + (code && !vitest[1] ? 1 : 0) };
  const nodeTest = text.match(/^# pass (\d+)\s*\n# fail (\d+)/m);
  if (nodeTest)
    return {
      passed: Number(nodeTest[1]),
      failed: Number(nodeTest[2]) + (code && nodeTest[2] === '0' ? 1 : 0),
    };
  const wtr = [...text.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  if (wtr) return { passed: Number(wtr[1]), failed: Number(wtr[2]) + (code && wtr[2] === '0' ? 1 : 0) };
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function chromiumPath() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && existsSync(p),
  );
}

const steps = [
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['eslint', bin('eslint'), ['.', '--max-warnings=0']],
  ['prettier', bin('prettier'), ['--check', '.', '--log-level=warn']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['unit (vitest)', bin('vitest'), ['run']],
  ['browser (web-test-runner, Chromium)', bin('web-test-runner'), [], { browser: true }],
  ['demo page (Chromium, strict CSP)', process.execPath, ['scripts/test-demo.mjs'], { browser: true }],
  ['benchmark harness (node --test)', process.execPath, ['--test', 'bench/test/']],
  ['bundle-size budget', process.execPath, ['scripts/check-size.mjs']],
];

const results = [];
for (const [name, cmd, args, opts = {}] of steps) {
  console.log(`\n=== ${name}`);
  if (opts.browser && !chromiumPath()) {
    console.error(
      'No Chromium found (CHROME_PATH or /usr/bin/chromium). Install it with `sudo apt-get install -y chromium`\n' +
        '(Debian/Ubuntu) or point CHROME_PATH at a Chrome/Chromium binary. Browser tests cannot run without it.',
    );
    results.push({ name, passed: 0, failed: 1 });
    continue;
  }
  const started = Date.now();
  const { code, out } = await run(cmd, args);
  const c = counts(out, code);
  results.push({ name, ...c, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const r of results) {
  const mark = r.failed ? 'FAIL' : 'ok  ';
  console.log(
    `${mark} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.seconds ? ` (${r.seconds.toFixed(1)} s)` : ''}`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
