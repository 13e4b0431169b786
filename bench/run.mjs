#!/usr/bin/env node
// Peer benchmark: `npm run bench` (full: N = 1, 100, 1000; 7 runs) or `npm run bench -- --quick`
// (CI: N = 1, 100; 5 runs). Installs bench/'s own dependencies on first use, bundles every
// contender with esbuild, measures each in Debian's Chromium (playwright-core), and writes
// bench/results.md + bench/results.json.
// Dev flags: --runs=N, --n=1,100, --only=floor,echarts, --scenario=gauge (filtered runs print only),
// --build-only (bundle into bench/out/ and print min+gzip sizes), --no-build (never run the library
// build; by default `npm run build` runs once when dist/ lacks the bundles the benchmark needs),
// --library-src (also measure the gauge bundled by esbuild from src/, labelled as such).
// Exit 1 only when the harness fails, this library's contender fails, or a foreign request happened.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const OUT = join(BENCH, 'out');
const started = Date.now();

function parseArgs(argv) {
  const args = {
    quick: false,
    runs: null,
    n: null,
    only: null,
    scenario: null,
    buildOnly: false,
    noBuild: false,
  };
  for (const a of argv) {
    const [k, v] = a.replace(/^--/, '').split('=');
    if (k === 'quick') args.quick = true;
    else if (k === 'runs') args.runs = Math.max(1, Number.parseInt(v, 10) || 1);
    else if (k === 'n')
      args.n = v
        .split(',')
        .map(Number)
        .filter((x) => x > 0);
    else if (k === 'only') args.only = v.split(',');
    else if (k === 'scenario') args.scenario = v.split(',');
    else if (k === 'build-only') args.buildOnly = true;
    else if (k === 'no-build') args.noBuild = true;
    else if (k === 'library-src') args.librarySrc = true;
    else if (k === 'help' || k === 'h') {
      console.log(
        'usage: node bench/run.mjs [--quick] [--runs=N] [--n=1,100] [--only=floor,echarts] [--scenario=gauge] [--build-only]',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return args;
}

/** Installs bench/'s dependencies when any is missing (npm ci when the lockfile exists). */
function ensureDeps() {
  const pkg = JSON.parse(readFileSync(join(BENCH, 'package.json'), 'utf8'));
  const missing = Object.keys(pkg.dependencies ?? {}).filter(
    (d) => !existsSync(join(BENCH, 'node_modules', d, 'package.json')),
  );
  if (missing.length === 0) return { ran: false, ms: 0 };
  const cmd = existsSync(join(BENCH, 'package-lock.json')) ? 'ci' : 'install';
  console.log(`== bench: npm ${cmd} --prefix bench (missing: ${missing.join(', ')})`);
  const t0 = Date.now();
  const r = spawnSync('npm', [cmd, '--prefix', BENCH, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  if (r.status !== 0) throw new Error(`npm ${cmd} --prefix bench failed (exit ${r.status})`);
  return { ran: true, ms: Date.now() - t0 };
}

const LIBRARY_FILES = [
  'dist/standalone/innovation-gauge.js',
  'dist/standalone/innovation-target-bars.js',
  'dist/standalone/innovation-platform-table.js',
  'dist/standalone/innovation-region-map.js',
  'dist/innovation-widgets.js',
];

/** Runs the library's own build when its bundles are missing (and it has a build). */
function ensureLibraryBuild(skip) {
  const missing = LIBRARY_FILES.filter((f) => !existsSync(join(ROOT, f)));
  if (missing.length === 0 || skip) return { ran: false, ms: 0 };
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  if (!pkg.scripts?.build) return { ran: false, ms: 0 };
  console.log(`== bench: npm run build (missing: ${missing.join(', ')})`);
  const t0 = Date.now();
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0)
    console.log(`!! npm run build failed (exit ${r.status}); the library is reported as failed`);
  return { ran: true, ms: Date.now() - t0, ok: r.status === 0 };
}

/** How many fonts cover Chinese (text shaping cost differs when none does and glyphs fall back to boxes). */
function cjkFonts() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean).length : null;
}

const version = (pkg) => {
  try {
    const base = pkg ? join(BENCH, 'node_modules', pkg) : ROOT;
    return JSON.parse(readFileSync(join(base, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const mode = args.quick ? 'quick' : 'full';
  const runs = args.runs ?? (args.quick ? 5 : 7);
  const filtered = Boolean(args.runs || args.n || args.only || args.scenario);
  const install = ensureDeps();
  const libraryBuild = ensureLibraryBuild(args.noBuild);

  const esbuild = await import(pathToFileURL(join(BENCH, 'node_modules/esbuild/lib/main.js')).href);
  const { chromium } = await import('playwright-core');
  const { findChromium, CHROMIUM_ARGS } = await import(
    pathToFileURL(join(ROOT, 'scripts/chromium.mjs')).href
  );
  const { CONTENDERS } = await import('./contenders/index.mjs');
  const { bundle, shippedSize, outDirFor } = await import('./lib/build.mjs');
  const { startServer } = await import('./lib/server.mjs');
  const { measureOnce } = await import('./lib/measure.mjs');
  const { summarize, compare, goalVerdicts, toMarkdown } = await import('./lib/report.mjs');

  // Scenarios: one file each in bench/scenarios/.
  const scenarios = [];
  for (const f of readdirSync(join(BENCH, 'scenarios'))
    .filter((f) => f.endsWith('.mjs'))
    .sort()) {
    const sc = (await import(pathToFileURL(join(BENCH, 'scenarios', f)).href)).default;
    if (!args.scenario || args.scenario.includes(sc.id)) scenarios.push(sc);
  }
  scenarios.sort((a, b) => (a.order ?? 99) - (b.order ?? 99));

  // Bundle every contender page script.
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const plan = [];
  const sizes = [];
  const harness = await bundle(esbuild, join(BENCH, 'contenders/shared/empty.js'), join(OUT, 'harness-only'));
  for (const sc of scenarios) {
    const contenders = CONTENDERS.filter(
      (c) =>
        existsSync(join(BENCH, 'contenders', c.id, `${sc.id}.js`)) &&
        (args.only ? args.only.includes(c.id) : !c.optIn || args.librarySrc),
    );
    const entries = [];
    for (const c of contenders) {
      let built = await bundle(
        esbuild,
        join(BENCH, 'contenders', c.id, `${sc.id}.js`),
        outDirFor(OUT, c.id, sc.id),
      );
      // The library's page loads its shipped file from /dist/: without it there is nothing to measure.
      if (c.library && sc.libraryEntry && !existsSync(join(ROOT, sc.libraryEntry))) {
        built = { ok: false, error: `${sc.libraryEntry} is missing (npm run build failed or was skipped)` };
      }
      entries.push({ ...c, version: c.pkg ? version(c.pkg) : c.library ? version(null) : null, built });
      // The library's own sizes are those of its dist files (below); its page script is only the harness.
      if (!c.library)
        sizes.push({
          id: `${c.id}-${sc.id}`,
          name: `${c.name}: ${sc.id} page`,
          entry: `contenders/${c.id}/${sc.id}.js`,
          ...built,
        });
      if (!built.ok) console.log(`!! ${c.id}/${sc.id}: bundle failed: ${built.error}`);
    }
    plan.push({ sc, entries, ns: args.n ?? sc.sizes[mode] });
  }
  // The gauge bundled from source too, so its bytes can be broken down by package.
  const gaugeSource = join(ROOT, 'src/components/gauge/define.ts');
  if (existsSync(gaugeSource)) {
    const built = await bundle(esbuild, gaugeSource, join(OUT, 'gauge-source'));
    sizes.unshift({
      id: 'gauge-source',
      name: 'innovation-widgets gauge, esbuild from src/',
      entry: 'src/components/gauge/define.ts',
      ...built,
    });
  }
  for (const [id, name, file] of [
    ['standalone-gauge', 'innovation-widgets standalone gauge', 'dist/standalone/innovation-gauge.js'],
    ['all-in-one', 'innovation-widgets all-in-one', 'dist/innovation-widgets.js'],
  ]) {
    sizes.unshift({
      id,
      name,
      entry: file,
      ...(await shippedSize(esbuild, join(ROOT, file), join(OUT, id))),
    });
  }

  // A scenario may ask for its library entry's own size row (as shipped and re-bundled).
  for (const sc of scenarios) {
    if (!sc.libraryEntrySize || sizes.some((x) => x.id === sc.libraryEntrySize.id)) continue;
    const { id, name } = sc.libraryEntrySize;
    sizes.unshift({
      id,
      name,
      entry: sc.libraryEntry,
      ...(await shippedSize(esbuild, join(ROOT, sc.libraryEntry), join(OUT, id))),
    });
  }

  if (args.buildOnly) {
    for (const s of sizes)
      console.log(
        `${s.ok ? String(s.gzipBytes).padStart(8) : '  FAILED'}  ${s.name}${s.ok ? '' : `: ${s.error}`}`,
      );
    return 0;
  }

  // Static roots a scenario serves besides the harness, bundles and dist (e.g. the map atlases).
  const extraRoots = Object.assign({}, ...scenarios.map((sc) => sc.serve ?? {}));
  const server = await startServer({
    ...extraRoots,
    harness: join(BENCH, 'harness'),
    out: OUT,
    dist: join(ROOT, 'dist'),
  });
  const chromiumPath = findChromium();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const loadStart = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const blocked = new Set();
  const raw = new Map(); // `${scenario}|${contender}|${n}` → runs
  try {
    // Warm-up (discarded): the first context of a fresh browser is slower than the rest.
    const warm = plan[0]?.entries.find((e) => e.built.ok);
    if (warm)
      await measureOnce(browser, {
        origin: server.origin,
        bundle: warm.built.url,
        preload: warm.built.preload,
        n: 1,
        items: plan[0].sc.items,
      });

    for (let run = 0; run < runs; run++) {
      for (const { sc, entries, ns } of plan) {
        for (const n of ns) {
          // Interleaved, and the starting contender rotates every run to spread drift evenly.
          const order = entries.map((_, i) => entries[(i + run) % entries.length]);
          for (const e of order) {
            const key = `${sc.id}|${e.id}|${n}`;
            if (!raw.has(key)) raw.set(key, []);
            const result = e.built.ok
              ? await measureOnce(browser, {
                  origin: server.origin,
                  bundle: e.built.url,
                  preload: e.built.preload,
                  n,
                  items: sc.items,
                  hover: Boolean(sc.hover),
                })
              : { ok: false, error: `bundle failed: ${e.built.error}`, consoleErrors: [], blocked: [] };
            for (const b of result.blocked) blocked.add(b);
            raw.get(key).push(result);
            const shown = result.ok ? `${result.totalMs.toFixed(1)} ms` : `FAILED ${result.error}`;
            console.log(`run ${run + 1}/${runs}  ${sc.id} N=${n}  ${e.id.padEnd(10)} ${shown}`);
          }
        }
      }
    }
  } finally {
    const chromiumVersion = browser.version();
    await browser.close();
    await server.close();
    plan.chromiumVersion = chromiumVersion;
  }

  const scenarioResults = plan.map(({ sc, entries, ns }) => {
    const r = {
      id: sc.id,
      title: sc.title,
      sizes: ns,
      notes: sc.notes ?? [],
      contenders: entries.map((e) => ({
        id: e.id,
        name: e.version ? `${e.name} ${e.version}` : e.name,
        library: Boolean(e.library),
        floor: Boolean(e.floor),
        summary: Object.fromEntries(ns.map((n) => [n, summarize(raw.get(`${sc.id}|${e.id}|${n}`) ?? [])])),
        runs: Object.fromEntries(ns.map((n) => [n, raw.get(`${sc.id}|${e.id}|${n}`) ?? []])),
      })),
    };
    compare(r);
    r.goals = goalVerdicts(sc, r, sizes);
    return r;
  });

  const cpu = cpus();
  const results = {
    mode,
    runs,
    filtered,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: {
      cpu: cpu[0]?.model ?? '?',
      cores: cpu.length,
      memoryGB: (totalmem() / 2 ** 30).toFixed(1),
      os: `${platform()} ${release()}`,
      loadStart,
      cjkFonts: cjkFonts(),
      loadEnd: loadavg()
        .map((x) => x.toFixed(2))
        .join(' '),
    },
    chromium: plan.chromiumVersion,
    chromiumPath,
    node: process.version,
    esbuild: esbuild.version,
    versions: [
      ['innovation-widgets', version(null)],
      ...[...new Set(CONTENDERS.filter((c) => c.pkg).map((c) => c.pkg))].map((p) => [p, version(p)]),
      ['d3-shape', version('d3-shape')],
      ['d3-scale', version('d3-scale')],
      ['d3-geo', version('d3-geo')],
      ['topojson-client', version('topojson-client')],
      ['world-atlas', version('world-atlas')],
      ['us-atlas', version('us-atlas')],
    ],
    install,
    libraryBuild,
    blocked: [...blocked],
    harnessGzipBytes: harness.ok ? harness.gzipBytes : null,
    explainSizes: ['gauge-source', 'floor-gauge'],
    sizes,
    scenarios: scenarioResults,
    durationMs: Date.now() - started,
  };

  // The data model is measured in Node (no browser): its own section at the end.
  let modelMarkdown = '';
  if (!args.scenario || args.scenario.includes('model')) {
    const { runModelBench } = await import('./model.mjs');
    const model = await runModelBench({ quick: args.quick });
    results.model = {
      validateAssessMs: model.validateAssessMs,
      parseQuantityPerSecond: model.parseQuantityPerSecond,
    };
    modelMarkdown = `\n${model.markdown}`;
  }

  const md = toMarkdown(results) + modelMarkdown;
  console.log(`\n${md}`);
  if (filtered) {
    console.log('(filtered run: bench/results.md and results.json left unchanged)');
  } else {
    writeFileSync(join(BENCH, 'results.md'), md);
    writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
    console.log('wrote bench/results.md and bench/results.json');
  }

  const libraryFailures = scenarioResults.flatMap((s) =>
    s.contenders
      .filter((c) => c.library)
      .flatMap((c) =>
        Object.entries(c.summary)
          .filter(([, x]) => !x.ok)
          .map(([n, x]) => `${s.id} N=${n}: ${x.error}`),
      ),
  );
  let code = 0;
  if (libraryFailures.length) {
    console.error(`bench: innovation-widgets failed:\n  ${libraryFailures.join('\n  ')}`);
    code = 1;
  }
  if (blocked.size) {
    console.error(
      `bench: ${blocked.size} foreign request(s) blocked: ${[...blocked].slice(0, 5).join(', ')}`,
    );
    code = 1;
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`bench: harness failure: ${err?.stack ?? err}`);
    process.exit(1);
  },
);
