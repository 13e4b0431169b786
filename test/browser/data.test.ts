import { expect } from 'chai';
import { LitElement, html } from 'lit';
import '../../src/components/data/define.js';
import type { InnovationData } from '../../src/components/data/innovation-data.js';
import { clearFetchCache } from '../../src/controllers/fetch-text.js';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { PlanController } from '../../src/controllers/plan-controller.js';
import { readTableData } from '../../src/dom/read-table.js';
import type { Plan } from '../../src/model/types.js';
import { defineElement } from '../../src/utils/define.js';
import { mountMarkup, until } from './harness/widget.js';

// ---------------------------------------------------------------------------------------------
// A widget-like test element: composes the controllers the real widgets use.
// ---------------------------------------------------------------------------------------------
class TestPlanWidget extends LitElement {
  static override properties = {
    data: { type: String },
    plan: { attribute: false },
    locale: { type: String },
  };
  declare data: string | undefined;
  declare plan: unknown;
  declare locale: string | undefined;
  readonly source = new PlanController(this);
  readonly lang$ = new LocaleController(this, () => this.locale);
  renders = 0;
  protected override render() {
    this.renders++;
    return html`<span>${this.source.state}</span>`;
  }
}
defineElement('test-plan-widget', TestPlanWidget);

/** A wrapper that puts its widget inside its own shadow root (nested widgets). */
class TestShadowWrapper extends LitElement {
  protected override render() {
    return html`<test-plan-widget></test-plan-widget>`;
  }
}
defineElement('test-shadow-wrapper', TestShadowWrapper);

// ---------------------------------------------------------------------------------------------
const containers: HTMLElement[] = [];
const uid = () => Math.random().toString(36).slice(2, 10);

const mount = (markup: string): HTMLElement => mountMarkup(markup, containers);

async function settled(el: InnovationData): Promise<InnovationData> {
  await until(() => el.state === 'ready' || el.state === 'error', `<innovation-data> ${el.src ?? ''}`);
  await el.updateComplete;
  return el;
}

function value2015(plan: Plan | null): number | null | undefined {
  return plan?.indicators[0]?.observations.find((o) => o.year.year === 2015)?.value;
}

async function serverCount(key: string): Promise<{ count: number; cookies: string[] }> {
  const res = await fetch(`/__fixtures/count?key=${key}`, { cache: 'no-store' });
  return (await res.json()) as { count: number; cookies: string[] };
}

function notice(el: InnovationData): HTMLElement {
  return el.shadowRoot!.querySelector('[part="notice"]') as HTMLElement;
}

function noticeShown(el: InnovationData): boolean {
  const n = notice(el);
  return !!n && !n.hidden && n.getBoundingClientRect().height > 0;
}

const data = (root: ParentNode, sel = 'innovation-data') => root.querySelector(sel) as InnovationData;
const widgets = (root: ParentNode) =>
  Array.from(root.querySelectorAll('test-plan-widget')) as TestPlanWidget[];

afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
  document.documentElement.removeAttribute('lang');
});

// ---------------------------------------------------------------------------------------------
describe('readTableData', () => {
  it('readTableData(table) reads caption, header and body text, repeating rowspan/colspan values', () => {
    const c = mount(`<table><caption> 专栏2 主要指标 </caption>
      <thead><tr><th>指标</th><th>单位</th><th>2015年</th><th>2020年</th></tr></thead>
      <tbody>
        <tr><td rowspan="2">区域创新能力</td><td>%</td><td> 1.57 </td><td>2.5</td></tr>
        <tr><td colspan="2"><b>1035</b> 家</td><td>3000</td></tr>
      </tbody></table>`);
    const t = readTableData(c.querySelector('table')!);
    expect(t.caption).to.equal('专栏2 主要指标');
    expect(t.head).to.deep.equal(['指标', '单位', '2015年', '2020年']);
    expect(t.rows).to.deep.equal([
      ['区域创新能力', '%', '1.57', '2.5'],
      ['区域创新能力', '1035 家', '1035 家', '3000'],
    ]);
  });

  it('readTableData(table) takes a first row of <th> as the header when there is no <thead>', () => {
    const c = mount('<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>');
    const t = readTableData(c.querySelector('table')!);
    expect(t.head).to.deep.equal(['a', 'b']);
    expect(t.rows).to.deep.equal([['1', '2']]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('<innovation-data>', () => {
  beforeEach(() => clearFetchCache());

  it('loads a plan from src, publishes it to widgets inside, and fires innovation-data-load', async () => {
    const c = mount(`<innovation-data src="/test/fixtures/http/plan.json">
        <test-plan-widget></test-plan-widget><div><test-plan-widget></test-plan-widget></div>
      </innovation-data>`);
    const el = data(c);
    const detail = await new Promise<{ plan: Plan }>((resolve) =>
      el.addEventListener('innovation-data-load', (e) => resolve(e.detail), { once: true }),
    );
    expect(detail.plan.plan.id).to.equal('http-static-a');
    expect(el.state).to.equal('ready');
    expect(el.error).to.equal(null);
    for (const w of widgets(c)) {
      await until(() => w.source.state === 'ready', 'widget ready');
      expect(w.source.plan).to.equal(el.plan);
      expect(w.source.origin).to.equal('ancestor');
      expect(value2015(w.source.plan)).to.equal(1.57);
    }
    expect(noticeShown(el)).to.equal(false);
  });

  it('three sources and widgets on the same URL cause one request (counted by the server)', async () => {
    const key = uid();
    const src = `/__fixtures/plan?key=${key}&value=1.6`;
    const c = mount(`
      <innovation-data id="s1-${key}" src="${src}"><test-plan-widget></test-plan-widget></innovation-data>
      <innovation-data src="${src}"><test-plan-widget></test-plan-widget></innovation-data>
      <innovation-data src="${src}"></innovation-data>
      <test-plan-widget data="s1-${key}"></test-plan-widget>`);
    const sources = Array.from(c.querySelectorAll('innovation-data')) as InnovationData[];
    await Promise.all(sources.map(settled));
    expect(sources.map((s) => s.state)).to.deep.equal(['ready', 'ready', 'ready']);
    for (const w of widgets(c)) {
      await until(() => w.source.state === 'ready', 'widget ready');
      expect(value2015(w.source.plan)).to.equal(1.6);
    }
    expect((await serverCount(key)).count).to.equal(1);
  });

  it('404: state error, an editor notice, innovation-data-error with the reason', async () => {
    const errors: Array<{ error?: string }> = [];
    const c = document.createElement('div');
    c.addEventListener('innovation-data-error', (e) => errors.push(e.detail));
    document.body.append(c);
    containers.push(c);
    const el = document.createElement('innovation-data');
    el.src = '/test/fixtures/http/does-not-exist.json';
    c.append(el);
    await settled(el);
    expect(el.state).to.equal('error');
    expect(el.plan).to.equal(null);
    expect(el.error).to.equal('does-not-exist.json: the server answered 404 Not Found; check the src URL');
    expect(errors).to.have.length(1);
    expect(errors[0]!.error).to.equal(el.error);
    expect(noticeShown(el)).to.equal(true);
    expect(notice(el).getAttribute('role')).to.equal('status');
    expect(notice(el).textContent).to.include('数据加载失败');
    expect(notice(el).textContent).to.include('404');
    expect(notice(el).textContent).to.not.match(/undefined|null|NaN/);
  });

  it('500: state error and the notice is in English under lang="en"', async () => {
    const c = mount(
      `<div lang="en"><innovation-data src="/__fixtures/status/500?key=${uid()}"></innovation-data></div>`,
    );
    const el = await settled(data(c));
    expect(el.state).to.equal('error');
    expect(el.error).to.include('the server answered 500');
    expect(notice(el).textContent).to.include('Data could not be loaded');
  });

  it('timeout attribute: a slow server gives state error within the timeout', async () => {
    const c = mount(
      `<innovation-data timeout="200" src="/__fixtures/slow?ms=4000&key=${uid()}"></innovation-data>`,
    );
    const t0 = performance.now();
    const el = await settled(data(c));
    expect(el.state).to.equal('error');
    expect(el.error).to.include('within 200 ms');
    expect(performance.now() - t0).to.be.below(3000);
  });

  it('invalid JSON: state error with a parse message', async () => {
    const c = mount(`<innovation-data src="/__fixtures/invalid-json?key=${uid()}"></innovation-data>`);
    const el = await settled(data(c));
    expect(el.state).to.equal('error');
    expect(el.error).to.match(/not valid JSON/);
  });

  it('CSV: read from a .csv URL, and from a text/csv response without an extension', async () => {
    const c = mount(`<innovation-data id="a" src="/test/fixtures/http/plan.csv"></innovation-data>
      <innovation-data id="b" src="/__fixtures/plan?format=csv&value=1.66&key=${uid()}"></innovation-data>`);
    const [a, b] = [await settled(data(c, '#a')), await settled(data(c, '#b'))];
    expect(a.state).to.equal('ready');
    expect(a.plan?.plan.id).to.equal('http-static-csv');
    expect(value2015(a.plan)).to.equal(1.61);
    expect(b.state).to.equal('ready');
    expect(value2015(b.plan)).to.equal(1.66);
  });

  it('invalid CSV: state error, no plan', async () => {
    const c = mount('<innovation-data src="/test/fixtures/http/not-a-plan.csv"></innovation-data>');
    const el = await settled(data(c));
    expect(el.state).to.equal('error');
    expect(el.plan).to.equal(null);
    expect(el.error).to.match(/not-a-plan\.csv: no usable plan data/);
  });

  it('oversize body: max-bytes stops the load', async () => {
    const c = mount(`
      <innovation-data max-bytes="2000" src="/__fixtures/big?bytes=100000&key=${uid()}"></innovation-data>
      <innovation-data max-bytes="2000" src="/__fixtures/big?bytes=100000&length=0&key=${uid()}"></innovation-data>`);
    const [a, b] = Array.from(c.querySelectorAll('innovation-data')) as InnovationData[];
    await Promise.all([settled(a!), settled(b!)]);
    expect(a!.error).to.include('larger than the limit');
    expect(b!.error).to.include('larger than the limit');
  });

  it("credentials: 'omit' by default (no cookies reach the server), 'include' when asked", async () => {
    document.cookie = 'iwdata=1; path=/';
    try {
      const [k1, k2] = [uid(), uid()];
      const c = mount(`<innovation-data id="a" src="/__fixtures/plan?key=${k1}"></innovation-data>
        <innovation-data id="b" credentials="include" src="/__fixtures/plan?key=${k2}"></innovation-data>`);
      await Promise.all([settled(data(c, '#a')), settled(data(c, '#b'))]);
      expect((await serverCount(k1)).cookies).to.deep.equal(['']);
      expect((await serverCount(k2)).cookies[0]).to.include('iwdata=1');
    } finally {
      document.cookie = 'iwdata=; path=/; max-age=0';
    }
  });

  it('reload() after an error keeps the last good plan, then shows new data', async () => {
    const key = uid();
    const c = mount(`<innovation-data src="/__fixtures/steps?key=${key}&steps=1.5,500,1.8">
      <test-plan-widget></test-plan-widget></innovation-data>`);
    const el = await settled(data(c));
    const [w] = widgets(c);
    expect(value2015(el.plan)).to.equal(1.5);
    const good = el.plan;

    await el.reload();
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.plan).to.equal(good);
    expect(w!.source.state).to.equal('error');
    expect(w!.source.plan).to.equal(good);
    expect(notice(el).textContent).to.include('显示的是上次成功加载的数据');

    await el.reload();
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(value2015(el.plan)).to.equal(1.8);
    expect(value2015(w!.source.plan)).to.equal(1.8);
    expect(noticeShown(el)).to.equal(false);
    expect((await serverCount(key)).count).to.equal(3);
  });

  it('changing src loads anew', async () => {
    const c = mount('<innovation-data src="/test/fixtures/http/plan.json"></innovation-data>');
    const el = await settled(data(c));
    expect(el.plan?.plan.id).to.equal('http-static-a');
    el.src = '/test/fixtures/http/plan-b.json';
    await until(() => el.plan?.plan.id === 'http-static-b', 'plan b');
    expect(el.state).to.equal('ready');
  });

  it('two sources on one page feed their own widgets', async () => {
    const c = mount(`
      <innovation-data id="a" src="/test/fixtures/http/plan.json"><test-plan-widget></test-plan-widget></innovation-data>
      <innovation-data id="b" src="/test/fixtures/http/plan-b.json"><test-plan-widget></test-plan-widget></innovation-data>`);
    await Promise.all([settled(data(c, '#a')), settled(data(c, '#b'))]);
    const [wa, wb] = widgets(c);
    await until(() => wa!.source.state === 'ready' && wb!.source.state === 'ready', 'widgets');
    expect(value2015(wa!.source.plan)).to.equal(1.57);
    expect(value2015(wb!.source.plan)).to.equal(1.9);
  });

  it('inline JSON child: read without a request, script never shown', async () => {
    const c = mount(`<innovation-data><script type="application/json">
        {"version":1,"plan":{"id":"inline-json","title":"内联"},
         "indicators":[{"id":"x","name":"X","unit":"%","observations":[{"year":2015,"value":2.1}]}]}
      </script><test-plan-widget></test-plan-widget></innovation-data>`);
    const el = data(c);
    await until(() => el.state === 'ready', 'inline ready');
    expect(el.plan?.plan.id).to.equal('inline-json');
    const [w] = widgets(c);
    await until(() => w!.source.state === 'ready', 'widget');
    expect(value2015(w!.source.plan)).to.equal(2.1);
    expect(c.querySelector('script')!.getBoundingClientRect().height).to.equal(0);
  });

  it('inline JSON with problems: ready, a notice with the count, one warning, innovation-data-error', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const c = document.createElement('div');
      const events: Array<{ problems: unknown[] }> = [];
      c.addEventListener('innovation-data-error', (e) => events.push(e.detail));
      document.body.append(c);
      containers.push(c);
      const el = document.createElement('innovation-data');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({
        version: 1,
        plan: { id: 'p', title: 'T' },
        indicators: [
          { id: 'ok', name: 'OK', observations: [{ year: 2015, value: 1 }] },
          { id: 'BAD ID', name: 'Bad', direction: 'sideways', observations: [{ year: 2015, value: 'abc' }] },
        ],
      });
      el.append(script);
      c.append(el);
      await until(() => el.state === 'ready', 'ready');
      await el.updateComplete;
      expect(el.problems.length).to.be.greaterThan(0);
      expect(el.plan!.indicators.some((i) => i.id === 'ok')).to.equal(true);
      expect(noticeShown(el)).to.equal(true);
      expect(notice(el).textContent).to.include(`${el.problems.length} 处问题`);
      expect(events).to.have.length(1);
      expect(events[0]!.problems).to.deep.equal(el.problems);
      expect(warnings.filter((w) => String(w[0]).startsWith('innovation-data'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('inline <table> child: read as the plan and kept visible', async () => {
    const c = mount(`<innovation-data>
      <table><caption>主要指标</caption>
        <thead><tr><th>指标</th><th>单位</th><th>2015年</th><th>2020年目标</th></tr></thead>
        <tbody><tr><td>研究与试验发展经费投入强度</td><td>%</td><td>1.57</td><td>2.5</td></tr></tbody>
      </table><test-plan-widget></test-plan-widget></innovation-data>`);
    const el = data(c);
    await until(() => el.state === 'ready', 'table ready');
    expect(el.plan!.indicators.length).to.be.greaterThan(0);
    const [w] = widgets(c);
    await until(() => w!.source.state === 'ready', 'widget');
    expect(w!.source.plan).to.equal(el.plan);
    expect(c.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('a widget with data="id" finds its source elsewhere on the page', async () => {
    const id = `src-${uid()}`;
    const c = mount(`<section><test-plan-widget data="${id}"></test-plan-widget></section>
      <aside><innovation-data id="${id}" src="/test/fixtures/http/plan-b.json"></innovation-data></aside>`);
    const [w] = widgets(c);
    await until(() => w!.source.state === 'ready', 'widget');
    expect(w!.source.origin).to.equal('data');
    expect(w!.source.source).to.equal(data(c));
    expect(value2015(w!.source.plan)).to.equal(1.9);
  });

  it('a widget parsed before its source waits for it, then loads', async () => {
    const id = `late-${uid()}`;
    const c = mount(`<test-plan-widget data="${id}"></test-plan-widget>`);
    const [w] = widgets(c);
    await w!.updateComplete;
    expect(w!.source.state).to.equal('loading');
    expect(w!.source.plan).to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    const el = document.createElement('innovation-data');
    el.id = id;
    el.src = '/test/fixtures/http/plan.json';
    c.append(el);
    await until(() => w!.source.state === 'ready', 'late source');
    expect(value2015(w!.source.plan)).to.equal(1.57);
  });

  it('data="id" pointing at a non-source element gives an error, not a crash', async () => {
    const id = `div-${uid()}`;
    const c = mount(`<div id="${id}"></div><test-plan-widget data="${id}"></test-plan-widget>`);
    const [w] = widgets(c);
    await until(() => w!.source.state === 'error', 'error');
    expect(w!.source.error).to.include('not to an <innovation-data> element');
  });

  it('nested widgets: a widget in another element’s shadow root uses the outer source', async () => {
    const c = mount(`<innovation-data src="/test/fixtures/http/plan.json">
        <div><test-shadow-wrapper></test-shadow-wrapper></div></innovation-data>`);
    const wrapper = c.querySelector('test-shadow-wrapper') as TestShadowWrapper;
    await wrapper.updateComplete;
    const inner = wrapper.shadowRoot!.querySelector('test-plan-widget') as TestPlanWidget;
    await until(() => inner.source.state === 'ready', 'inner widget');
    expect(inner.source.origin).to.equal('ancestor');
    expect(value2015(inner.source.plan)).to.equal(1.57);
  });

  it('a widget with a plan property ignores the surrounding source; normalized plans are not re-validated', async () => {
    const c = mount(
      `<innovation-data src="/test/fixtures/http/plan.json"><test-plan-widget></test-plan-widget></innovation-data>`,
    );
    const el = await settled(data(c));
    const [w] = widgets(c);
    w!.plan = {
      version: 1,
      plan: { id: 'prop', title: 'P' },
      indicators: [{ id: 'x', name: 'X', observations: [{ year: 2015, value: '3.2%' }] }],
    };
    await w!.updateComplete;
    expect(w!.source.origin).to.equal('property');
    expect(w!.source.plan?.plan.id).to.equal('prop');
    expect(value2015(w!.source.plan)).to.equal(3.2);
    w!.plan = el.plan;
    await w!.updateComplete;
    expect(w!.source.plan).to.equal(el.plan);
    w!.plan = undefined;
    await w!.updateComplete;
    await until(() => w!.source.origin === 'ancestor', 'back to ancestor');
  });

  it('a widget unsubscribes when disconnected', async () => {
    const key = uid();
    const c = mount(
      `<innovation-data src="/__fixtures/steps?key=${key}&steps=1.1,1.2"><test-plan-widget></test-plan-widget></innovation-data>`,
    );
    const el = await settled(data(c));
    const [w] = widgets(c);
    await until(() => w!.source.state === 'ready', 'ready');
    w!.remove();
    await el.reload();
    expect(value2015(el.plan)).to.equal(1.2);
    expect(value2015(w!.source.plan)).to.equal(1.1);
  });
});
