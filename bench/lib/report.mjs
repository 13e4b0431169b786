// Turns measurements into results.json and results.md (tables per scenario and N, sizes, goals).

export function median(values) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Median/min/max of the successful runs; a contender that failed any run is reported as failed. */
export function summarize(runs) {
  const ok = runs.filter((r) => r.ok);
  const failed = runs.filter((r) => !r.ok);
  if (ok.length === 0 || failed.length > 0) {
    return { ok: false, error: failed[0]?.error ?? 'no run', runs: runs.length, failedRuns: failed.length };
  }
  const pick = (k) => ok.map((r) => r[k]);
  return {
    ok: true,
    runs: ok.length,
    medianMs: median(pick('totalMs')),
    // Kept for the interval of the ratio to the floor (`ratioInterval`).
    totalsMs: pick('totalMs'),
    minMs: Math.min(...pick('totalMs')),
    maxMs: Math.max(...pick('totalMs')),
    importMs: median(pick('importMs')),
    renderMs: median(pick('renderMs')),
    heapBytes: median(pick('heapBytes')),
    domNodes: median(pick('domNodes')),
    consoleErrors: [...new Set(ok.flatMap((r) => r.consoleErrors))].slice(0, 3),
    // Hover (scenarios with `hover`): medians over the runs that measured it.
    ...(ok.some((r) => 'hoverMs' in r || 'hoverError' in r)
      ? {
          hoverMs: median(pick('hoverMs')),
          hoverNodes: median(pick('hoverNodes')),
          hoverError: ok.find((r) => r.hoverError)?.hoverError,
        }
      : {}),
  };
}

const ms = (v) => (v == null ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const mb = (b) => (b == null ? '—' : (b / 1048576).toFixed(2));
const ratio = (a, b) => (a == null || b == null || b <= 0 ? null : a / b);
const fmtRatio = (r) => (r == null ? '—' : `${r.toFixed(2)}×`);
const kb = (b) => (b == null ? '—' : (b / 1000).toFixed(1));
const cellText = (s) => String(s).replace(/\|/g, '\\|').slice(0, 140);

/**
 * A 95 % bootstrap interval of median(a) / median(b): both samples resampled with replacement,
 * `rounds` times, from a fixed seed (the same runs always give the same interval). With 5–11 runs a
 * time ratio moves by ±0.1–0.2 between runs of the same code (one frame is 16.7 ms of a 40–70 ms
 * span); the interval says how far one median ratio can be trusted. Null with fewer than 3 runs each.
 */
export function ratioInterval(a, b, rounds = 2000) {
  const xs = (a ?? []).filter(Number.isFinite);
  const ys = (b ?? []).filter(Number.isFinite);
  if (xs.length < 3 || ys.length < 3) return null;
  let seed = 0x2545f491;
  const rand = () => {
    // xorshift32: deterministic, good enough for resampling indices
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const resample = (v) => median(v.map(() => v[Math.floor(rand() * v.length)]));
  const ratios = [];
  for (let i = 0; i < rounds; i++) {
    const r = ratio(resample(xs), resample(ys));
    if (r != null) ratios.push(r);
  }
  ratios.sort((p, q) => p - q);
  const at = (q) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))];
  return ratios.length ? [at(0.025), at(0.975)] : null;
}

const fmtInterval = (iv) => (iv ? ` (95 % interval ${iv[0].toFixed(2)}–${iv[1].toFixed(2)}×)` : '');

/** Adds ratios to floor to each summary and returns the goal verdicts of the library. */
export function compare(scenarioResult) {
  for (const n of scenarioResult.sizes) {
    const floor = scenarioResult.contenders.find((c) => c.floor)?.summary[n];
    for (const c of scenarioResult.contenders) {
      const s = c.summary[n];
      if (!s?.ok) continue;
      s.timeVsFloor = floor?.ok ? ratio(s.medianMs, floor.medianMs) : null;
      s.timeVsFloorInterval = floor?.ok && s !== floor ? ratioInterval(s.totalsMs, floor.totalsMs) : null;
      s.heapVsFloor = floor?.ok ? ratio(s.heapBytes, floor.heapBytes) : null;
    }
  }
}

export function goalVerdicts(scenario, scenarioResult, sizes) {
  const goals = [];
  const lib = scenarioResult.contenders.find((c) => c.library);
  if (!lib) return goals;
  const verdict = (value, limit) => (value == null ? 'not measured' : value <= limit ? 'met' : 'NOT met');
  const { timeVsFloor, heapVsFloor, sizeEntry, sizeBytes } = scenario.goals ?? {};
  const { aheadOfPeers, timeVsFloorAt, hoverScriptMs, hoverNodes } = scenario.goals ?? {};
  for (const n of scenarioResult.sizes) {
    const s = lib.summary[n];
    const why = s?.ok ? '' : ' (library failed, see its row)';
    if (timeVsFloor)
      goals.push({
        goal: `time ≤ ${timeVsFloor}× floor at N = ${n}`,
        measured: s?.ok ? fmtRatio(s.timeVsFloor) + fmtInterval(s.timeVsFloorInterval) : `—${why}`,
        verdict: verdict(s?.timeVsFloor, timeVsFloor),
      });
    if (heapVsFloor)
      goals.push({
        goal: `heap ≤ ${heapVsFloor}× floor at N = ${n}`,
        measured: s?.ok ? fmtRatio(s.heapVsFloor) + why : `—${why}`,
        verdict: verdict(s?.heapVsFloor, heapVsFloor),
      });
  }
  for (const n of scenarioResult.sizes) {
    const s = lib.summary[n];
    const why = s?.ok ? '' : ' (library failed, see its row)';
    if (aheadOfPeers) {
      // Faster (median) than every peer that is neither the library nor the floor; a failed peer does not count.
      const peers = scenarioResult.contenders.filter((c) => !c.library && !c.floor && c.summary[n]?.ok);
      const best = peers.sort((a, b) => a.summary[n].medianMs - b.summary[n].medianMs)[0];
      const ratioToBest = s?.ok && best ? ratio(s.medianMs, best.summary[n].medianMs) : null;
      goals.push({
        goal: `faster than every peer at N = ${n}`,
        measured: !s?.ok
          ? `—${why}`
          : best
            ? `${ms(s.medianMs)} ms vs best peer ${best.name ?? best.id} ${ms(best.summary[n].medianMs)} ms (${fmtRatio(ratioToBest)})`
            : '— (no peer measured)',
        verdict: ratioToBest == null ? 'not measured' : ratioToBest < 1 ? 'met' : 'NOT met',
      });
    }
    if (timeVsFloorAt && timeVsFloorAt.n === n)
      goals.push({
        goal: `time ≤ ${timeVsFloorAt.limit}× floor at N = ${n}`,
        measured: s?.ok ? fmtRatio(s.timeVsFloor) + fmtInterval(s.timeVsFloorInterval) : `—${why}`,
        verdict: verdict(s?.timeVsFloor, timeVsFloorAt.limit),
      });
    if (hoverScriptMs)
      goals.push({
        goal: `hover script time < ${hoverScriptMs} ms at N = ${n}`,
        measured:
          s?.ok && s.hoverMs != null
            ? `${ms(s.hoverMs)} ms`
            : `—${why || (s?.hoverError ? ` (${s.hoverError})` : '')}`,
        verdict:
          s?.ok && s.hoverMs != null ? (s.hoverMs < hoverScriptMs ? 'met' : 'NOT met') : 'not measured',
      });
    if (hoverNodes)
      goals.push({
        goal: `hover mutates ≤ ${hoverNodes} DOM nodes at N = ${n} (no full re-render)`,
        measured: s?.ok && s.hoverNodes != null ? `${Math.round(s.hoverNodes)} nodes` : `—${why}`,
        verdict: verdict(s?.ok ? s.hoverNodes : null, hoverNodes),
      });
  }
  if (sizeEntry) {
    // The file as shipped (as scripts/check-size.mjs measures it); esbuild's re-minified size is in the size table.
    const size = sizes.find((x) => x.id === sizeEntry);
    const bytes = size?.ok ? (size.shippedGzipBytes ?? size.gzipBytes) : null;
    goals.push({
      goal: `${size?.name ?? sizeEntry} ≤ ${sizeBytes / 1024} KB min+gzip (${sizeBytes.toLocaleString('en')} bytes)`,
      measured:
        bytes == null ? '— (missing, see the size table)' : `${bytes.toLocaleString('en')} bytes as shipped`,
      verdict: verdict(bytes, sizeBytes),
    });
  }
  return goals;
}

export function toMarkdown(results) {
  const lines = [];
  const push = (...xs) => lines.push(...xs);
  push(
    '# innovation-widgets peer benchmark',
    '',
    `Generated by \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\` on ${results.date} (${results.mode} mode, ` +
      `median of ${results.runs} runs, each in a fresh browser context, contenders interleaved). Do not edit by hand.`,
    '',
    'Time = from `import()` of the contender bundle to every widget rendered plus one animation frame ' +
      '(web components: `updateComplete`; chart libraries: their render call returned). Heap = JS heap in use after ' +
      'forced GC, minus the empty page. DOM nodes = nodes in the document, shadow roots included, minus the empty page. ' +
      "Animations are off in every contender. Each contender is one esbuild page bundle (the library's shipped dist file " +
      "bundled in like a peer's npm package); lazy chunks load on demand within the timed span. " +
      'A time goal is judged on the ratio of the medians; beside it, a 95 % bootstrap interval of that ratio ' +
      'shows how much it can move between runs of the same code (the final animation frame alone is up to 16.7 ms).',
    '',
  );
  for (const sc of results.scenarios) {
    push(`## ${sc.title}`, '');
    for (const n of sc.sizes) {
      push(
        `### ${sc.id}, N = ${n}`,
        '',
        '| contender | median ms (min–max) | import / render ms | × floor | heap MB | heap × floor | DOM nodes | status |',
        '|---|---:|---:|---:|---:|---:|---:|---|',
      );
      for (const c of sc.contenders) {
        const s = c.summary[n];
        if (!s) continue;
        if (!s.ok) {
          push(`| ${c.name} | — | — | — | — | — | — | FAILED: ${cellText(s.error)} |`);
          continue;
        }
        const notes = s.consoleErrors.length ? `ok; console: ${cellText(s.consoleErrors[0])}` : 'ok';
        push(
          `| ${c.name} | ${ms(s.medianMs)} (${ms(s.minMs)}–${ms(s.maxMs)}) | ${ms(s.importMs)} / ${ms(s.renderMs)} | ` +
            `${fmtRatio(s.timeVsFloor)} | ${mb(s.heapBytes)} | ${fmtRatio(s.heapVsFloor)} | ${Math.round(s.domNodes)} | ${notes} |`,
        );
      }
      push('');
    }
    const hovered = sc.contenders.filter((c) => sc.sizes.some((n) => c.summary[n]?.hoverMs != null));
    if (hovered.length) {
      push(
        `### ${sc.id}: hover (one pointer move onto a region, to two frames later)`,
        '',
        `| contender | ${sc.sizes.map((n) => `script ms, N = ${n} | nodes mutated, N = ${n}`).join(' | ')} |`,
        `|---|${sc.sizes.map(() => '---:|---:').join('|')}|`,
      );
      for (const c of sc.contenders) {
        const cells = sc.sizes.map((n) => {
          const s = c.summary[n];
          return s?.ok && s.hoverMs != null ? `${ms(s.hoverMs)} | ${Math.round(s.hoverNodes ?? 0)}` : '— | —';
        });
        push(`| ${c.name} | ${cells.join(' | ')} |`);
      }
      push('');
    }
    if (sc.goals.length) {
      push('#### Goals (from the issues)', '', '| goal | measured | verdict |', '|---|---|---|');
      for (const g of sc.goals) push(`| ${g.goal} | ${g.measured} | **${g.verdict}** |`);
      push('');
    }
    if (sc.notes?.length) {
      for (const note of sc.notes) push(`- ${note}`);
      push('');
    }
  }
  push(
    '## Bundle sizes',
    '',
    'esbuild `--bundle --minify --splitting` (ESM, es2022) of each entry, then gzip level 9 of the entry file ' +
      '(what `import()` loads up front; lazily imported chunks are listed beside it). Page bundles include the shared ' +
      `page harness (${results.harnessGzipBytes ?? '—'} bytes min+gzip).`,
    '',
    '| bundle | entry | min KB | min+gzip KB | min+gzip bytes |',
    '|---|---|---:|---:|---:|',
  );
  for (const s of results.sizes) {
    if (!s.ok) {
      push(`| ${s.name} | ${s.entry} | — | — | FAILED: ${cellText(s.error)} |`);
      continue;
    }
    const shipped =
      s.shippedGzipBytes != null
        ? ` (as shipped: ${kb(s.shippedBytes)} KB, ${kb(s.shippedGzipBytes)} KB gz)`
        : '';
    const lazy = s.lazyChunks
      ? ` (+ ${s.lazyChunks} lazy chunk${s.lazyChunks > 1 ? 's' : ''}, ${kb(s.lazyGzipBytes)} KB gz, loaded on demand)`
      : '';
    push(
      `| ${s.name} | ${s.entry}${shipped}${lazy} | ${kb(s.minBytes)} | ${kb(s.gzipBytes)} | ${s.gzipBytes.toLocaleString('en')} |`,
    );
  }
  const explained = results.sizes.filter(
    (s) => s.ok && results.explainSizes.includes(s.id) && s.composition?.length,
  );
  if (explained.length) {
    push('', '### What the bytes are (minified bytes per package, before gzip)', '');
    for (const s of explained) {
      const parts = s.composition.slice(0, 10).map(([k, b]) => `${k} ${(b / 1000).toFixed(1)}`);
      push(`- ${s.name}: ${parts.join(', ')}${s.composition.length > 10 ? ', …' : ''}`);
    }
  }
  push('', '## Machine', '');
  const m = results.machine;
  push(
    `- CPU: ${m.cpu} × ${m.cores} cores (shared: load average ${m.loadStart} at start, ${m.loadEnd} at end); memory ${m.memoryGB} GB; ${m.os}`,
    `- Chromium ${results.chromium} (headless, ${results.chromiumPath}); Node ${results.node}; esbuild ${results.esbuild}; ` +
      `fonts covering Chinese: ${m.cjkFonts ?? 'unknown'}${m.cjkFonts === 0 ? ' (Chinese text falls back to boxes)' : ''}`,
    `- Versions: ${results.versions.map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `- Date ${results.date}; mode ${results.mode}; ${results.runs} runs; whole run ${(results.durationMs / 1000).toFixed(0)} s` +
      (results.install.ran
        ? `, of which first-time \`npm install\` of bench deps ${(results.install.ms / 1000).toFixed(1)} s`
        : '') +
      (results.libraryBuild?.ran
        ? `, library \`npm run build\` ${(results.libraryBuild.ms / 1000).toFixed(1)} s`
        : ''),
    `- Requests blocked (not to the local server): ${results.blocked.length}${results.blocked.length ? ` — ${results.blocked.slice(0, 5).join(', ')}` : ''}`,
    '',
  );
  return lines.join('\n');
}
