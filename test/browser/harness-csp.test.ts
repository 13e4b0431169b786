// The strict-CSP page harness: it must catch what the policy forbids (so a clean report means
// something), let same-origin loading through, and show the real widgets run clean under it.
import { expect } from 'chai';
import { cleanupFixtures, shadowText } from './harness/fixture.js';
import { cspFailure, expectCleanCspReport, openCspPage } from './harness/csp.js';

const FETCHER = '/test/browser/harness/static/csp-fetcher.js';

async function distBuilt(): Promise<boolean> {
  const res = await fetch('/dist/innovation-widgets.iife.js', { method: 'HEAD' });
  return res.ok;
}

describe('openCspPage / expectCleanCspReport (self-test, no widgets)', () => {
  afterEach(cleanupFixtures);

  it('serves the page with the strict CSP header and the probe first', async () => {
    const res = await fetch('/__csp/page?body=%3Cp%3Ex%3C%2Fp%3E&lang=en');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).to.include("script-src 'self'");
    expect(csp).to.include("style-src 'self'");
    expect(csp).to.include("require-trusted-types-for 'script'");
    expect(csp).to.include('trusted-types lit-html');
    const text = await res.text();
    expect(text.indexOf('/__csp/probe.js')).to.be.lessThan(text.indexOf('/dist/innovation-widgets.iife.js'));
    expect(text).to.include('<html lang="en">');
  });

  it('a static page with no scripts is clean', async () => {
    const { doc, report } = await openCspPage('<h1>标题</h1><p>正文</p>', { widgets: false });
    expect(doc.querySelector('h1')?.textContent).to.equal('标题');
    expectCleanCspReport(report);
  });

  it('an inline <script> and an inline style="" attribute are reported as violations', async () => {
    const { report } = await openCspPage(
      '<p style="color: red">红</p><script>window.__xssCanary()</script>',
      { widgets: false },
    );
    const directives = report.violations.map((v) => v.directive);
    expect(directives).to.include('script-src-elem');
    expect(directives).to.include('style-src-attr');
    expect(report.canaryCalls).to.equal(0);
    expect(cspFailure(report)).to.match(/CSP violation: script-src-elem blocked inline/);
  });

  it('a foreign image is blocked and reported', async () => {
    const { report } = await openCspPage('<img alt="" src="http://127.0.0.2:1/x.png">', { widgets: false });
    expect(report.violations.map((v) => v.directive)).to.include('img-src');
    expect(cspFailure(report)).to.match(/img-src blocked http:\/\/127\.0\.0\.2:1\/x\.png/);
  });

  it('a same-origin fetch is allowed and recorded; a fetch to another origin is caught', async () => {
    const { doc, report } = await openCspPage(
      '<p id="same" data-harness-fetch="/package.json"></p>' +
        '<p id="foreign" data-harness-fetch="http://127.0.0.2:1/x.json"></p>',
      {
        widgets: false,
        scripts: [FETCHER],
        waitFor: (d) => d.querySelectorAll('[data-harness-result]').length === 2,
      },
    );
    expect(doc.getElementById('same')?.getAttribute('data-harness-result')).to.equal('status 200');
    expect(doc.getElementById('foreign')?.getAttribute('data-harness-result')).to.equal('failed TypeError');
    expect(report.requests.some((r) => r.endsWith('/package.json'))).to.equal(true);
    const failure = cspFailure(report);
    expect(failure).to.match(/connect-src blocked http:\/\/127\.0\.0\.2:1\/x\.json/);
    expect(failure).to.match(/foreign request: http:\/\/127\.0\.0\.2:1\/x\.json \(fetch\)/);
    expect(failure).not.to.include('package.json');
  });

  it('a Trusted Types sink write (innerHTML = string) is blocked and reported', async () => {
    const { doc, report } = await openCspPage(
      '<div id="sink" data-harness-sink="&lt;b&gt;x&lt;/b&gt;"></div>',
      {
        widgets: false,
        scripts: [FETCHER],
        waitFor: (d) => d.getElementById('sink')?.hasAttribute('data-harness-result') ?? false,
      },
    );
    expect(doc.getElementById('sink')?.getAttribute('data-harness-result')).to.equal(
      'sink blocked TypeError',
    );
    expect(report.violations.map((v) => v.directive)).to.include('require-trusted-types-for');
  });

  it('a missing script is reported as a load failure', async () => {
    const { report } = await openCspPage('<p>x</p>', { widgets: false, scripts: ['/no/such/file.js'] });
    expect(cspFailure(report)).to.match(/failed to load <script> .*\/no\/such\/file\.js/);
  });
});

describe('widgets under the strict CSP (needs npm run build)', () => {
  afterEach(cleanupFixtures);

  it('a gauge page is clean: no violations, errors or foreign requests', async function () {
    if (!(await distBuilt())) this.skip();
    const { doc, report } = await openCspPage(
      '<innovation-gauge value="1.57" target="2.5" unit="%" label="研发投入强度"></innovation-gauge>',
    );
    const gauge = doc.querySelector('innovation-gauge');
    expect(gauge?.shadowRoot, 'gauge rendered a shadow root').to.not.equal(null);
    expect(shadowText(gauge!)).to.include('研发投入强度');
    expectCleanCspReport(report);
  });

  it('<innovation-data src> fetches same-origin data cleanly; a foreign src is caught', async function () {
    if (!(await distBuilt())) this.skip();
    const { win } = await openCspPage('<p>probe</p>');
    if (!win.customElements.get('innovation-data')) this.skip();
    await cleanupFixtures();

    type DataEl = HTMLElement & { snapshot?: { state: string } };
    const stateOf = (d: Document) => (d.querySelector('innovation-data') as DataEl | null)?.snapshot?.state;
    const src = '/test/fixtures/http/plan.json';
    const same = await openCspPage(
      `<innovation-data src="${src}"><innovation-gauge></innovation-gauge></innovation-data>`,
      {
        waitFor: (d) => stateOf(d) === 'ready' || stateOf(d) === 'error',
      },
    );
    expect(stateOf(same.doc)).to.equal('ready');
    expect(same.report.requests.some((r) => r.endsWith(src))).to.equal(true);
    expectCleanCspReport(same.report);

    const foreign = await openCspPage('<innovation-data src="http://127.0.0.2:1/x.json"></innovation-data>', {
      waitFor: (d) => stateOf(d) === 'error',
    });
    expect(cspFailure(foreign.report)).to.match(/connect-src blocked http:\/\/127\.0\.0\.2:1\/x\.json/);
  });
});
