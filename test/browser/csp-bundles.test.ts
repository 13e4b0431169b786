// The built bundles as pages load them, under the strict CSP: the classic script's global, the
// standalone bundles side by side, and what two copies of Lit's template engine (lit-html, which
// creates the Trusted Types policy "lit-html" when it loads) need from the policy.
import { expect } from 'chai';
import { cleanupFixtures, shadowText } from './harness/fixture.js';
import { cspFailure, expectCleanCspReport, openCspPage } from './harness/csp.js';

const ALL_IN_ONE = '/dist/innovation-widgets.js';
const standalone = (tag: string) => `/dist/standalone/innovation-${tag}.js`;
const SAMPLE = '/dist/sample-plan.json';
const PROVINCES = '/demo/china-rd-synthetic.json';
const DUPLICATE_POLICY = /Policy with name "lit-html" already exists/;

type DataEl = HTMLElement & { state?: string };
type LitWindow = Window & { litHtmlVersions?: string[]; InnovationWidgets?: Record<string, unknown> };

async function distBuilt(): Promise<boolean> {
  const res = await fetch(standalone('data'), { method: 'HEAD' });
  return res.ok;
}

const ready = (doc: Document) =>
  [...doc.querySelectorAll<DataEl>('innovation-data')].every((d) => d.state === 'ready');
const part = (el: Element | null, name: string) => el?.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
const count = (el: Element | null, selector: string) =>
  el?.shadowRoot?.querySelectorAll(selector).length ?? 0;
/** Copies of lit-html that ran on the page (each pushes its version). */
const litCopies = (win: Window) => (win as LitWindow).litHtmlVersions?.length ?? 0;

describe('the classic script (dist/innovation-widgets.iife.js)', () => {
  afterEach(cleanupFixtures);

  it("exposes window.InnovationWidgets with the ES bundle's exports", async function () {
    if (!(await distBuilt())) this.skip();
    const { win, report } = await openCspPage('<p>api</p>');
    const api = (win as LitWindow).InnovationWidgets;
    expect(api, 'window.InnovationWidgets').to.be.an('object');
    for (const name of ['validatePlan', 'parseQuantity', 'assessIndicator', 'formatValue', 'loadPlanCsv']) {
      expect(typeof api![name], name).to.equal('function');
    }
    expect(api!['InnovationGauge']).to.equal(win.customElements.get('innovation-gauge'));
    expect(api!['InnovationData']).to.equal(win.customElements.get('innovation-data'));
    // In this (unrestricted) test page, not the CSP page: one copy of lit-html per page there.
    const esm = (await import(/* @vite-ignore */ ALL_IN_ONE)) as Record<string, unknown>;
    expect(Object.keys(api!).sort()).to.deep.equal(Object.keys(esm).sort());
    expectCleanCspReport(report);
  });
});

describe('standalone bundles under trusted-types lit-html (one copy of lit-html)', () => {
  afterEach(cleanupFixtures);

  it('standalone <innovation-data> feeds the standalone gauge, its source button included', async function () {
    if (!(await distBuilt())) this.skip();
    const { doc, win, report } = await openCspPage(
      `<innovation-data id="cq" src="${SAMPLE}"></innovation-data>
      <innovation-gauge data="cq" indicator="rd-intensity"></innovation-gauge>`,
      {
        widgets: false,
        modules: [standalone('data'), standalone('gauge')],
        waitFor: (d) => ready(d) && !!part(d.querySelector('innovation-gauge'), 'source-button'),
      },
    );
    const gauge = doc.querySelector('innovation-gauge');
    expect(shadowText(gauge!)).to.include('研究与试验发展经费投入强度');
    expect(shadowText(gauge!)).to.include('1.57');
    expect(part(gauge, 'source-button')?.textContent).to.equal('来源');
    // The data element carries no lit-html; the gauge's extras (chips, notice, source) the only copy.
    expect(litCopies(win)).to.equal(1);
    expectCleanCspReport(report);
  });

  it('standalone data, gauge, target bars and platform table together render the plan', async function () {
    if (!(await distBuilt())) this.skip();
    const { doc, win, report } = await openCspPage(
      `<innovation-data id="cq" src="${SAMPLE}"></innovation-data>
      <innovation-gauge data="cq" indicator="tech-progress-contribution"></innovation-gauge>
      <innovation-target-bars data="cq"></innovation-target-bars>
      <innovation-platform-table data="cq"></innovation-platform-table>`,
      {
        widgets: false,
        modules: ['data', 'gauge', 'target-bars', 'platform-table'].map(standalone),
        waitFor: (d) =>
          ready(d) &&
          !!part(d.querySelector('innovation-gauge'), 'source-button') &&
          count(d.querySelector('innovation-target-bars'), 'tbody tr') > 0 &&
          count(d.querySelector('innovation-platform-table'), 'tbody tr') > 0,
      },
    );
    expect(shadowText(doc.querySelector('innovation-gauge')!)).to.include('科技进步贡献率');
    const bars = doc.querySelector('innovation-target-bars');
    expect(count(bars, 'tbody tr')).to.equal(10);
    expect(shadowText(bars!)).to.include('研究与试验发展经费投入强度');
    const table = doc.querySelector('innovation-platform-table');
    expect(shadowText(table!)).to.include('国家级高新区');
    expect(litCopies(win)).to.equal(1);
    expectCleanCspReport(report);
  });
});

describe("two copies of lit-html need trusted-types lit-html 'allow-duplicates'", () => {
  afterEach(cleanupFixtures);

  const mapPage = `<innovation-data id="cn" src="${PROVINCES}"></innovation-data>
    <innovation-region-map data="cn" indicator="rd-intensity" layout="grid"></innovation-region-map>`;
  const mapDrawn = (d: Document) =>
    count(d.querySelector('innovation-region-map'), '[part~="region"]') === 34;

  it('without it, the second copy fails to load (the classic script + the standalone map)', async function () {
    if (!(await distBuilt())) this.skip();
    const { report } = await openCspPage(mapPage, { modules: [standalone('region-map')], waitFor: mapDrawn });
    expect(cspFailure(report)).to.match(DUPLICATE_POLICY);
  });

  it('with it, the classic script and the standalone map load side by side', async function () {
    if (!(await distBuilt())) this.skip();
    const { win, report } = await openCspPage(mapPage, {
      modules: [standalone('region-map')],
      allowDuplicates: true,
      waitFor: mapDrawn,
    });
    expect(litCopies(win)).to.equal(2);
    expectCleanCspReport(report);
  });

  it('with it, the standalone gauge (its extras) and the standalone map both render', async function () {
    if (!(await distBuilt())) this.skip();
    const { doc, win, report } = await openCspPage(
      `<innovation-data id="cq" src="${SAMPLE}"></innovation-data>
      <innovation-gauge data="cq" indicator="rd-intensity"></innovation-gauge>
      ${mapPage}`,
      {
        widgets: false,
        modules: ['data', 'gauge', 'region-map'].map(standalone),
        allowDuplicates: true,
        waitFor: (d) =>
          ready(d) && mapDrawn(d) && !!part(d.querySelector('innovation-gauge'), 'source-button'),
      },
    );
    expect(shadowText(doc.querySelector('innovation-gauge')!)).to.include('研究与试验发展经费投入强度');
    expect(litCopies(win)).to.equal(2);
    expectCleanCspReport(report);
  });
});
