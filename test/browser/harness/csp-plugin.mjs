// @web/dev-server plugin: strict-CSP test pages.
//
//   GET  /__csp/page?body=<urlencoded html>&lang=zh-CN[&script=/same-origin/extra.js …][&module=/x.js …]
//                   [&bodyId=…][&widgets=0][&duplicates=1]
//        → a full HTML page sent with the strict Content-Security-Policy header below. Its head
//          loads /__csp/probe.js (records violations, errors, console.error and requests into
//          window.__cspReport), then /dist/innovation-widgets.iife.js, then any extra `script`
//          URLs, then any `module` URLs as <script type="module"> (same-origin paths only); the
//          body is the given markup, as is. `widgets=0` leaves out the library script (harness
//          self-tests, pages of standalone bundles). `duplicates=1` sends the policy with
//          `trusted-types lit-html 'allow-duplicates'` (pages that load Lit's template engine twice).
//   POST /__csp/body  (text body) → { "id": "…" }: stores a large body for `bodyId=` (URLs have
//          a length limit; the test harness switches to this above a few kB).
//   GET  /__csp/probe.js → the probe script.
//
// The page is static markup: any inline <script>, inline style="" attribute or foreign request in
// it is reported as a violation. That is the point of the harness.

export const CSP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The same policy for a page that loads more than one copy of lit-html (each creates the policy). */
export const CSP_POLICY_DUPLICATES = `${CSP_POLICY} 'allow-duplicates'`;

export const IIFE_URL = '/dist/innovation-widgets.iife.js';

// Runs in the page before anything else. ES2019, no sinks, no Trusted Types needed.
const PROBE = String.raw`(function () {
  'use strict';
  var report = {
    violations: [],
    errors: [],
    consoleErrors: [],
    requests: [],
    foreignRequests: [],
    canaryCalls: 0,
  };
  window.__cspReport = report;
  window.__xssCanary = function () {
    report.canaryCalls++;
  };
  var origin = location.origin;
  function str(x) {
    try {
      if (x instanceof Error) return x.name + ': ' + x.message;
      if (typeof x === 'string') return x;
      return JSON.stringify(x);
    } catch (e) {
      return String(x);
    }
  }
  function isForeign(url) {
    if (!url) return false;
    if (/^(data|blob|about):/i.test(url)) return false;
    try {
      return new URL(url, location.href).origin !== origin;
    } catch (e) {
      return true;
    }
  }
  function request(url, via) {
    var abs = url;
    try {
      abs = new URL(url, location.href).href;
    } catch (e) {}
    report.requests.push(abs);
    if (isForeign(abs) && report.foreignRequests.indexOf(abs) < 0) report.foreignRequests.push(abs + ' (' + via + ')');
  }
  document.addEventListener(
    'securitypolicyviolation',
    function (e) {
      report.violations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
      });
    },
    true,
  );
  window.addEventListener(
    'error',
    function (e) {
      if (e instanceof ErrorEvent) {
        report.errors.push((e.message || str(e.error)) + ' @ ' + (e.filename || '?') + ':' + e.lineno);
      } else if (e.target && e.target !== window) {
        // A resource that failed to load (404 script, broken image): plain Events, captured.
        var t = e.target;
        report.errors.push(
          'failed to load <' + String(t.localName) + '> ' + String(t.src || t.href || t.data || ''),
        );
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (e) {
    report.errors.push('unhandled rejection: ' + str(e.reason));
  });
  var origError = console.error;
  console.error = function () {
    report.consoleErrors.push(Array.prototype.map.call(arguments, str).join(' '));
    return origError.apply(console, arguments);
  };
  // Requests: Resource Timing sees every resource that was fetched; requests the CSP blocks never
  // leave (they show up as violations), and the fetch/XHR wrappers record those attempts too.
  if (window.fetch) {
    var origFetch = window.fetch;
    window.fetch = function (input, init) {
      request(typeof input === 'string' ? input : input && input.url ? input.url : String(input), 'fetch');
      return origFetch.call(this, input, init);
    };
  }
  var origOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    request(String(url), 'xhr');
    return origOpen.apply(this, arguments);
  };
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        request(entry.name, entry.entryType + (entry.initiatorType ? ':' + entry.initiatorType : ''));
      });
    }).observe({ type: 'resource', buffered: true });
  } catch (e) {
    report.errors.push('PerformanceObserver unavailable: ' + str(e));
  }
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        request(entry.name, 'navigation');
      });
    }).observe({ type: 'navigation', buffered: true });
  } catch (e) {}
})();
`;

const bodies = new Map();
let nextId = 1;

function escapeAttr(s) {
  return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function isSameOriginPath(p) {
  return typeof p === 'string' && p.startsWith('/') && !p.startsWith('//') && !/[\s"<>]/.test(p);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function renderCspPage({
  body = '',
  lang = 'zh-CN',
  scripts = [],
  modules = [],
  widgets = true,
} = {}) {
  const tag = (type) => (s) => `<script${type}src="${escapeAttr(s)}"></script>`;
  const extra = [
    ...scripts.filter(isSameOriginPath).map(tag(' ')),
    ...modules.filter(isSameOriginPath).map(tag(' type="module" ')),
  ].join('\n    ');
  return `<!doctype html>
<html lang="${escapeAttr(lang)}">
  <head>
    <meta charset="utf-8">
    <title>CSP harness page</title>
    <script src="/__csp/probe.js"></script>
    ${widgets ? `<script src="${IIFE_URL}"></script>` : '<!-- widgets=0: no library script -->'}
    ${extra}
  </head>
  <body>
${body}
  </body>
</html>
`;
}

export function cspHarnessPlugin() {
  return {
    name: 'csp-harness',
    async serve(context) {
      if (!context.path.startsWith('/__csp/')) return undefined;
      if (context.path === '/__csp/probe.js') {
        return { body: PROBE, type: 'js', headers: { 'Cache-Control': 'no-store' } };
      }
      if (context.path === '/__csp/body' && context.method === 'POST') {
        const id = String(nextId++);
        bodies.set(id, await readBody(context.req));
        if (bodies.size > 200) bodies.delete(bodies.keys().next().value);
        return { body: JSON.stringify({ id }), type: 'json', headers: { 'Cache-Control': 'no-store' } };
      }
      if (context.path === '/__csp/page') {
        const q = context.query;
        const one = (v) => (Array.isArray(v) ? v[0] : v);
        const many = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);
        let body = one(q.body) ?? '';
        const bodyId = one(q.bodyId);
        if (bodyId) body = bodies.get(bodyId) ?? '<p>unknown bodyId</p>';
        return {
          body: renderCspPage({
            body,
            lang: one(q.lang) || 'zh-CN',
            scripts: many(q.script),
            modules: many(q.module),
            widgets: one(q.widgets) !== '0',
          }),
          type: 'html',
          headers: {
            'Content-Security-Policy': one(q.duplicates) === '1' ? CSP_POLICY_DUPLICATES : CSP_POLICY,
            'Cache-Control': 'no-store',
          },
        };
      }
      return undefined;
    },
  };
}
