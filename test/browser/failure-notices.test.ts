// What every widget that takes a plan says when it gets none: a failed `src` of its
// <innovation-data>, a failed `geo-src`, a `data` id that leads to no data source, an unknown
// indicator; in the widget's locale (zh-CN and en), with one `innovation-data-error` each.
import { expect } from 'chai';
import '../../src/components/data/define.js';
import '../../src/components/gauge/define.js';
import '../../src/components/platform-table/define.js';
import '../../src/components/region-map/define.js';
import '../../src/components/target-bars/define.js';
import type { InnovationData } from '../../src/components/data/innovation-data.js';
import type { InnovationGauge } from '../../src/components/gauge/innovation-gauge.js';
import { MISSING_SOURCE_MS } from '../../src/controllers/plan-controller.js';
import type { PlanDocumentInput, Problem } from '../../src/model/types.js';
import { assertNoBadText, nextFrame, sleep } from './harness/fixture.js';
import { $, $$, mountMarkup, until, withWarnings } from './harness/widget.js';

const WIDGETS = [
  'innovation-gauge',
  'innovation-target-bars',
  'innovation-platform-table',
  'innovation-region-map',
] as const;
const LOCALES = ['zh-CN', 'en'] as const;

const containers: HTMLElement[] = [];
const uid = () => Math.random().toString(36).slice(2, 10);

/** The items of a widget's notice (empty when it shows none). */
const items = (el: Element) => $$(el, '[part~="notice"] li').map((li) => li.textContent!.trim());

/** The data element's own notice, as shown. */
const dataNotice = (el: InnovationData) =>
  el.shadowRoot!.querySelector('[part="notice"]')!.textContent!.replace(/\s+/g, ' ').trim();

interface Reported {
  from: string;
  problems: Problem[];
}

/**
 * Mounts `markup` in a container with `lang`, recording the `innovation-data-error` events of its
 * widgets (not of its data elements) and silencing the console warnings that go with them.
 */
function page(lang: string, markup: string): { root: HTMLElement; events: Reported[] } {
  const events: Reported[] = [];
  const root = mountMarkup(`<div lang="${lang}">${markup}</div>`, containers);
  root.addEventListener('innovation-data-error', (e) => {
    const from = (e.composedPath()[0] as Element).localName;
    if (from !== 'innovation-data') events.push({ from, problems: (e as CustomEvent).detail.problems });
  });
  return { root, events };
}

const widgets = (root: ParentNode) => WIDGETS.map((tag) => root.querySelector(tag)!);

let warn: typeof console.warn;
beforeEach(() => {
  warn = console.warn;
  console.warn = () => undefined;
});
afterEach(() => {
  console.warn = warn;
  for (const c of containers.splice(0)) c.remove();
});

describe('failure notices', () => {
  for (const locale of LOCALES) {
    it(`a failed src: every widget says so in ${locale}, in the data element's words, and reports it once`, async () => {
      const id = `x-${uid()}`;
      const file = `missing-${uid()}.json`;
      const { root, events } = page(
        locale,
        `<innovation-data id="${id}" src="/test/fixtures/http/${file}"></innovation-data>
        ${WIDGETS.map((tag) => `<${tag} data="${id}" indicator="rd-intensity"></${tag}>`).join('')}`,
      );
      const data = root.querySelector('innovation-data') as InnovationData;
      await until(() => data.state === 'error', 'the failed load');
      const els = widgets(root);
      await until(() => els.every((el) => items(el).length > 0), 'a notice in every widget');
      const expected =
        locale === 'zh-CN'
          ? `数据加载失败：${file}：服务器返回 404 错误，请检查 src 地址`
          : `Data could not be loaded: ${file}: the server answered 404 Not Found; check the src URL`;
      await data.updateComplete;
      // The data element says the same, as a sentence.
      expect(dataNotice(data)).to.equal(`${expected}${locale === 'zh-CN' ? '。' : '.'}`);
      for (const el of els) {
        expect(items(el), el.localName).to.deep.equal([expected]);
        expect($(el, '[part~="notice"] strong')!.textContent).to.equal(
          locale === 'zh-CN' ? '数据有问题' : 'Data problems',
        );
        assertNoBadText(el);
      }
      // The event keeps the message developers get from the data element (English).
      // (The gauge reports through a part it loads on demand: its event may follow its notice.)
      await until(() => events.length >= WIDGETS.length, 'an event from every widget');
      expect(events.map((e) => e.from).sort()).to.deep.equal([...WIDGETS].sort());
      for (const e of events) expect(e.problems).to.deep.equal([{ path: '/data', message: data.error }]);
      expect(data.error).to.equal(`${file}: the server answered 404 Not Found; check the src URL`);
    });
  }

  it('the locale attribute decides the notice language, not the page', async () => {
    const id = `x-${uid()}`;
    const { root } = page(
      'zh-CN',
      `<innovation-data id="${id}" src="/test/fixtures/http/missing-${uid()}.json"></innovation-data>
      ${WIDGETS.map((tag) => `<${tag} data="${id}" locale="en"></${tag}>`).join('')}`,
    );
    const els = widgets(root);
    await until(() => els.every((el) => items(el).length > 0), 'a notice in every widget');
    for (const el of els) expect(items(el)[0], el.localName).to.match(/^Data could not be loaded: /);
    // …and follows it when it changes.
    for (const el of els) el.setAttribute('locale', 'zh-CN');
    await until(() => els.every((el) => /^数据加载失败：/.test(items(el)[0] ?? '')), 'the zh-CN notices');
  });

  it("every kind of failed load reads in zh-CN as the data element's own notice does", async () => {
    const kinds = [
      `src="/__fixtures/status/500?key=${uid()}"`,
      `src="/__fixtures/status/403?key=${uid()}"`,
      `timeout="200" src="/__fixtures/slow?ms=4000&key=${uid()}"`,
      `max-bytes="2000" src="/__fixtures/big?bytes=100000&key=${uid()}"`,
      `src="/__fixtures/invalid-json?key=${uid()}"`,
      'src="/test/fixtures/http/not-a-plan.csv"',
      `src="http://127.0.0.1:1/unreachable-${uid()}.json"`,
    ];
    const ids = kinds.map(() => `k-${uid()}`);
    const { root } = page(
      'zh-CN',
      kinds
        .map(
          (attrs, i) =>
            `<innovation-data id="${ids[i]}" ${attrs}></innovation-data><innovation-gauge data="${ids[i]}"></innovation-gauge>`,
        )
        .join(''),
    );
    const datas = Array.from(root.querySelectorAll('innovation-data')) as InnovationData[];
    const gauges = Array.from(root.querySelectorAll('innovation-gauge')) as InnovationGauge[];
    await until(() => datas.every((d) => d.state === 'error'), 'every load to fail', 15000);
    await until(() => gauges.every((g) => items(g).length > 0), 'every gauge notice');
    for (const [i, gauge] of gauges.entries()) {
      await datas[i]!.updateComplete;
      const said = dataNotice(datas[i]!);
      expect(`${items(gauge)[0]}。`, kinds[i]).to.equal(said);
      // Only the parse kind quotes the English message (as the data element does).
      if (!kinds[i]!.includes('json?') && !kinds[i]!.includes('.csv'))
        expect(said, kinds[i]).to.not.match(/[a-z]{4,} [a-z]{4,} [a-z]{4,}/);
    }
  });

  for (const locale of LOCALES) {
    it(`a failed geo-src: the map says so in ${locale} and keeps the developers' message in its event`, async () => {
      const file = `missing-geo-${uid()}.json`;
      const { root, events } = page(
        locale,
        `<innovation-region-map geo-src="/test/fixtures/http/${file}"></innovation-region-map>`,
      );
      const el = root.querySelector('innovation-region-map')!;
      el.plan = {
        version: 1,
        plan: { id: 'p', title: 'P' },
        indicators: [{ id: 'rd', name: 'R&D', unit: '%' }],
        regions: [{ id: '500000', name: '重庆市', values: { rd: [{ year: 2020, value: 2 }] } }],
      };
      await until(() => items(el).length > 0, 'the notice');
      expect(items(el)).to.deep.equal([
        locale === 'zh-CN'
          ? `地图加载失败：${file}：服务器返回 404 错误，请检查 src 地址`
          : `The map could not be loaded: ${file}: the server answered 404 Not Found; check the src URL`,
      ]);
      await until(() => events.length > 0, 'the event');
      expect(events[0]!.problems).to.deep.include({
        path: '/geo-src',
        message: `${file}: the server answered 404 Not Found; check the src URL`,
      });
    });
  }

  for (const locale of LOCALES) {
    it(`a data id that leads nowhere: a notice in ${locale} once the page has loaded, reported once; gone when the source comes`, async () => {
      const id = `nope-${uid()}`;
      const { root, events } = page(
        locale,
        WIDGETS.map((tag) => `<${tag} data="${id}" indicator="rd-intensity"></${tag}>`).join(''),
      );
      const els = widgets(root);
      await nextFrame();
      // Waiting first: the source may still be added (aria-busy, no notice yet).
      for (const el of els) {
        expect(items(el), el.localName).to.deep.equal([]);
        expect($(el, '[aria-busy="true"]'), el.localName).to.not.equal(null);
      }
      await until(() => els.every((el) => items(el).length > 0), 'a notice in every widget');
      for (const el of els) {
        expect(items(el), el.localName).to.deep.equal([
          locale === 'zh-CN'
            ? `找不到数据源“${id}”，请检查 data 属性`
            : `data source "${id}" not found; check the data attribute`,
        ]);
        expect(el.getBoundingClientRect().height, el.localName).to.be.above(0);
        assertNoBadText(el);
      }
      const message = `data source "${id}" not found; check the data attribute`;
      // (The gauge reports through a part it loads on demand: its event may follow its notice.)
      await until(() => events.length >= WIDGETS.length, 'an event from every widget');
      expect(events.map((e) => e.from).sort()).to.deep.equal([...WIDGETS].sort());
      for (const e of events) expect(e.problems).to.deep.equal([{ path: '/data', message }]);

      // The source comes late: every widget draws it and drops the notice, with no new event.
      const data = document.createElement('innovation-data');
      data.id = id;
      data.src = `/__fixtures/plan?key=${uid()}`;
      root.firstElementChild!.append(data);
      await until(() => els.every((el) => items(el).length === 0), 'the notices gone');
      const gauge = els[0] as InnovationGauge;
      await until(() => !!gauge.gaugeScene?.value, 'the gauge drawn');
      expect($(gauge, '[part~="title"]')!.textContent).to.equal('研究与试验发展经费投入强度');
      await sleep(50);
      expect(events).to.have.length(WIDGETS.length);
    });
  }

  it(`waits MISSING_SOURCE_MS (${MISSING_SOURCE_MS} ms) before saying a source is missing`, async () => {
    const id = `nope-${uid()}`;
    const { root, events } = page('zh-CN', `<innovation-gauge data="${id}"></innovation-gauge>`);
    const gauge = root.querySelector('innovation-gauge')!;
    const t0 = performance.now();
    await until(() => items(gauge).length > 0, 'the notice');
    expect(performance.now() - t0).to.be.above(MISSING_SOURCE_MS * 0.8);
    await until(() => events.length > 0, 'the event');
    await sleep(50);
    expect(events).to.have.length(1);
  });

  for (const locale of LOCALES) {
    it(`a data id on an element that is no data source: a notice in ${locale}`, async () => {
      const id = `div-${uid()}`;
      const { root, events } = page(
        locale,
        `<div id="${id}"></div>${WIDGETS.map((tag) => `<${tag} data="${id}"></${tag}>`).join('')}`,
      );
      const els = widgets(root);
      const message = `data="${id}" points to a <div> element, not to an <innovation-data> element; check the id`;
      await until(() => els.every((el) => items(el).length > 0), 'a notice in every widget');
      for (const el of els)
        expect(items(el), el.localName).to.deep.equal([
          locale === 'zh-CN' ? `找不到数据源“${id}”，请检查 data 属性` : message,
        ]);
      await until(() => events.length >= WIDGETS.length, 'an event from every widget');
      await sleep(50);
      for (const e of events) expect(e.problems).to.deep.equal([{ path: '/data', message }]);
      expect(events).to.have.length(WIDGETS.length);
    });
  }

  for (const locale of LOCALES) {
    it(`an unknown indicator lists the first five ids, then "…" and the count (${locale})`, async () => {
      const plan = (n: number): PlanDocumentInput => ({
        version: 1,
        plan: { id: 'p', title: 'P' },
        indicators: Array.from({ length: n }, (_, i) => ({ id: `i${i + 1}`, name: `I${i + 1}` })),
      });
      const { root } = page(
        locale,
        '<innovation-gauge indicator="nope"></innovation-gauge><innovation-gauge indicator="nope"></innovation-gauge>',
      );
      const [long, short] = Array.from(root.querySelectorAll('innovation-gauge')) as InnovationGauge[];
      await withWarnings(async () => {
        long!.plan = plan(10);
        short!.plan = plan(3);
        await until(() => items(long!).length > 0 && items(short!).length > 0, 'the notices');
      });
      expect(items(long!)).to.deep.equal([
        locale === 'zh-CN'
          ? '计划中没有指标“nope”，可用：i1, i2, i3, i4, i5, …（共 10 个）'
          : 'the plan has no indicator "nope"; available: i1, i2, i3, i4, i5, … (10 in all)',
      ]);
      expect(items(short!)).to.deep.equal([
        locale === 'zh-CN'
          ? '计划中没有指标“nope”，可用：i1, i2, i3'
          : 'the plan has no indicator "nope"; available: i1, i2, i3',
      ]);
    });
  }
});
