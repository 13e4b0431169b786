/**
 * Web Test Runner plugin: HTTP fixtures for data-loading tests, under /__fixtures/.
 *
 *   /__fixtures/plan?key=K&value=V[&format=csv]  a valid plan (one indicator, 2015 value V); counted per key
 *   /__fixtures/count?key=K                       {"count": n, "cookies": [...]} requests seen for key K
 *   /__fixtures/status/CODE?key=K                 answers with HTTP status CODE (counted)
 *   /__fixtures/slow?ms=N&key=K                   a valid plan after N ms (counted)
 *   /__fixtures/big?bytes=N[&length=0]            a JSON body of N bytes, with Content-Length unless length=0
 *   /__fixtures/invalid-json?key=K                '{"version": 1, "plan": ' (truncated JSON)
 *   /__fixtures/steps?key=K&steps=1.5,500,1.8     the n-th request answers the n-th step (a plan with that
 *                                                 2015 value, or a status code when the step is 3 digits)
 *
 * Answers on the raw Node response so it owns status codes, headers and chunking.
 */
const counts = new Map();

function record(key, ctx) {
  if (!key) return 0;
  const entry = counts.get(key) ?? { count: 0, cookies: [] };
  entry.count += 1;
  entry.cookies.push(ctx.get('cookie') ?? '');
  counts.set(key, entry);
  return entry.count;
}

export function planDocument(value, id = 'http-fixture') {
  return {
    version: 1,
    plan: { id, title: '测试规划', region: '重庆市', period: { start: 2016, end: 2020 } },
    indicators: [
      {
        id: 'rd-intensity',
        name: '研究与试验发展经费投入强度',
        unit: '%',
        observations: [
          { year: 2010, value: 1.27 },
          { year: 2015, value },
        ],
        target: { year: 2020, value: 2.5 },
      },
    ],
  };
}

function planCsv(value) {
  return [
    'record,id,name,unit,period,year,value',
    'plan,http-fixture-csv,测试规划,,2016-2020,,',
    'indicator,rd-intensity,研究与试验发展经费投入强度,%,,,',
    'observation,rd-intensity,,,,2010,1.27',
    `observation,rd-intensity,,,,2015,${value}`,
    'target,rd-intensity,,,,2020,2.5',
    '',
  ].join('\n');
}

function sendPlan(out, value, format) {
  out.status = 200;
  if (format === 'csv') {
    out.type = 'text/csv; charset=utf-8';
    out.body = planCsv(value);
  } else {
    out.type = 'application/json; charset=utf-8';
    out.body = JSON.stringify(planDocument(value));
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function handle(ctx, out) {
  const url = new URL(ctx.url, 'http://localhost');
  const q = url.searchParams;
  const key = q.get('key') ?? '';
  const route = url.pathname.slice('/__fixtures/'.length);

  if (route === 'count') {
    const entry = counts.get(key) ?? { count: 0, cookies: [] };
    out.status = 200;
    out.type = 'application/json';
    out.body = JSON.stringify(entry);
    return;
  }
  if (route === 'plan') {
    record(key, ctx);
    sendPlan(out, Number(q.get('value') ?? '1.57'), q.get('format'));
    return;
  }
  if (route.startsWith('status/')) {
    record(key, ctx);
    const code = Number(route.slice('status/'.length)) || 500;
    out.status = code;
    out.type = 'text/plain';
    out.body = `fixture status ${code}`;
    return;
  }
  if (route === 'slow') {
    record(key, ctx);
    await sleep(Math.min(Number(q.get('ms') ?? '1000') || 0, 30000));
    sendPlan(out, Number(q.get('value') ?? '1.57'), q.get('format'));
    return;
  }
  if (route === 'big') {
    record(key, ctx);
    const bytes = Math.min(Number(q.get('bytes') ?? '1000') || 0, 50_000_000);
    const head = '{"version":1,"pad":"';
    const tail = '"}';
    const padLength = Math.max(0, bytes - head.length - tail.length);
    out.status = 200;
    out.type = 'application/json';
    if (q.get('length') === '0') {
      // Chunked: no Content-Length, so the client must count while streaming.
      const chunk = 'x'.repeat(16384);
      let left = padLength;
      out.body = (function* () {
        yield head;
        while (left > 0) {
          const n = Math.min(left, chunk.length);
          left -= n;
          yield chunk.slice(0, n);
        }
        yield tail;
      })();
    } else {
      out.body = head + 'x'.repeat(padLength) + tail;
    }
    return;
  }
  if (route === 'invalid-json') {
    record(key, ctx);
    out.status = 200;
    out.type = 'application/json';
    out.body = '{"version": 1, "plan": ';
    return;
  }
  if (route === 'steps') {
    const n = record(key, ctx);
    const steps = (q.get('steps') ?? '').split(',').filter(Boolean);
    const step = steps[Math.min(n, steps.length) - 1] ?? '404';
    if (/^\d{3}$/.test(step)) {
      out.status = Number(step);
      out.type = 'text/plain';
      out.body = `fixture status ${step}`;
    } else {
      sendPlan(out, Number(step), q.get('format'));
    }
    return;
  }
  out.status = 404;
  out.type = 'text/plain';
  out.body = `unknown fixture route ${route}`;
}

export function httpFixturesPlugin() {
  return {
    name: 'http-fixtures',
    // A `serve` hook (the dev server composes its middleware before plugins start, so a plugin
    // cannot add one). `serve` results are always sent as 200, so we answer on the raw Node
    // response (`ctx.respond = false`) and return nothing: the rest of the chain sees no body and
    // leaves status codes, headers and the chunked stream alone.
    async serve(ctx) {
      if (!ctx.path.startsWith('/__fixtures/')) return undefined;
      const out = { status: 404, type: 'text/plain', body: '' };
      await handle(ctx, out);
      ctx.respond = false;
      const res = ctx.res;
      const headers = { 'Content-Type': out.type, 'Cache-Control': 'no-store' };
      if (typeof out.body === 'string') {
        const buffer = Buffer.from(out.body, 'utf8');
        res.writeHead(out.status, { ...headers, 'Content-Length': String(buffer.length) });
        res.end(buffer);
        return undefined;
      }
      // a generator of chunks: chunked transfer, no Content-Length
      res.writeHead(out.status, headers);
      for (const chunk of out.body) {
        if (res.destroyed) break;
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      }
      res.end();
      return undefined;
    },
  };
}
