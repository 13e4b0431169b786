// Node benchmark of the pure data model (issue "Plan data model", performance):
// validatePlan + assessIndicator over a 1,000-indicator document (goal < 20 ms) and parseQuantity
// throughput on values as plans write them (goal ≥ 200,000 strings/s). Reads the built per-module
// ESM (dist/model/*.js), so it measures what bundler users ship.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);

// Values as the seeds write them (see test/unit/corpus.test.ts for their parses).
const WRITTEN = [
  '400亿元以上',
  '3~4个',
  '200多亿元',
  '40000人左右',
  '——',
  '60%以上',
  '1035家',
  '3.33万人',
  '241.5亿元',
  '413.3 亿元',
  '38,915',
  '2.0吨标煤/万元',
  '+0.93个百分点',
  '3%—5%',
  '10个左右',
  '不低于2.5%',
  '超过100家',
  '第16位',
  '20XX',
  '１２３．４５亿元',
  '≥2.5%',
  '约30%',
  '50余家',
  '1.2万亿元',
];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A 1,000-indicator document: the sample plan's indicators cycled, with every third value as written. */
function bigDocument(sample, n) {
  const indicators = [];
  for (let i = 0; i < n; i++) {
    const base = sample.indicators[i % sample.indicators.length];
    const copy = JSON.parse(JSON.stringify(base));
    copy.id = `${base.id}-${i}`;
    if (i % 3 === 0 && copy.target && !Array.isArray(copy.target) && typeof copy.target.value === 'number') {
      copy.target.value = `${copy.target.value}${copy.unit ?? ''}以上`;
    }
    indicators.push(copy);
  }
  return { ...sample, indicators, platforms: sample.platforms, regions: sample.regions };
}

export async function runModelBench({ quick = false } = {}) {
  const { validatePlan } = await load('model/validate.js');
  const { assessIndicator } = await load('model/assess.js');
  const { parseQuantity } = await load('model/quantity.js');
  const sample = JSON.parse(readFileSync(join(ROOT, 'dist/sample-plan.json'), 'utf8'));
  const doc = bigDocument(sample, 1000);

  const runs = quick ? 15 : 40;
  const times = [];
  let problems = 0;
  for (let r = 0; r < runs + 3; r++) {
    const t0 = performance.now();
    const { plan, problems: p } = validatePlan(doc);
    for (const ind of plan.indicators) assessIndicator(ind, { period: plan.plan.period });
    const t = performance.now() - t0;
    if (r >= 3) times.push(t); // the first runs warm the JIT up
    problems = p.length;
  }

  const strings = quick ? 200_000 : 1_000_000;
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += parseQuantity(WRITTEN[i % WRITTEN.length]).value ?? 0;
  const t0 = performance.now();
  for (let i = 0; i < strings; i++) sink += parseQuantity(WRITTEN[i % WRITTEN.length]).value ?? 0;
  const perSecond = strings / ((performance.now() - t0) / 1000);

  const ms = median(times);
  const rows = [
    [
      'validatePlan + assessIndicator, 1,000 indicators',
      `${ms.toFixed(2)} ms (median of ${runs})`,
      '< 20 ms',
      ms < 20,
    ],
    [
      'parseQuantity throughput',
      `${Math.round(perSecond).toLocaleString('en')} strings/s`,
      '≥ 200,000/s',
      perSecond >= 200_000,
    ],
  ];
  const markdown = [
    '## Data model (Node, built dist/model)',
    '',
    `Node ${process.version}; document: the sample plan's indicators cycled to 1,000 (${problems} problems reported); ${WRITTEN.length} values as written, cycled (checksum ${Math.round(sink)}).`,
    '',
    '| measure | result | goal | verdict |',
    '|---|---:|---|---|',
    ...rows.map(
      ([what, result, goal, ok]) => `| ${what} | ${result} | ${goal} | ${ok ? 'met' : '**NOT met**'} |`,
    ),
    '',
  ].join('\n');
  return { markdown, validateAssessMs: ms, parseQuantityPerSecond: perSecond };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { markdown } = await runModelBench({ quick: process.argv.includes('--quick') });
  console.log(markdown);
}
