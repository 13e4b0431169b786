import { expect } from 'chai';
import '../../src/components/gauge/define.js';
import '../../src/components/data/define.js';
import type { InnovationGauge } from '../../src/components/gauge/innovation-gauge.js';
import { samplePlanDocument } from '../../src/model/sample-plan.js';
import { expectNoAxeViolations } from './harness/axe.js';
import {
  assertNoBadText,
  cleanupFixtures,
  fixture,
  mount,
  nextFrame,
  settle,
  shadowText,
} from './harness/fixture.js';
import { until, withWarnings } from './harness/widget.js';
import { checkXssSafety } from './harness/xss.js';

const RD = `label="研究与试验发展经费投入强度" value="1.57" year="2015" target="2.5" target-year="2020" unit="%"`;

function meter(el: InnovationGauge): HTMLElement {
  const m = el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');
  if (!m) throw new Error('no role=meter element');
  return m;
}

function part(el: InnovationGauge, name: string): Element | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

describe('<innovation-gauge>', () => {
  afterEach(cleanupFixtures);

  it('renders attributes: value, target label, status and aria-valuetext', async () => {
    const el = await fixture<InnovationGauge>(`<innovation-gauge ${RD}></innovation-gauge>`);
    const text = shadowText(el);
    expect(text).to.include('研究与试验发展经费投入强度');
    expect(text).to.include('1.57%');
    expect(text).to.include('目标 2.5%（2020年）');
    const m = meter(el);
    expect(m.getAttribute('aria-valuemin')).to.equal('0');
    expect(m.getAttribute('aria-valuemax')).to.equal('2.5');
    expect(m.getAttribute('aria-valuenow')).to.equal('1.57');
    expect(m.getAttribute('aria-valuetext')).to.equal(
      '研究与试验发展经费投入强度 1.57%（2015年），2020年目标 2.5%，暂无最新数据',
    );
    assertNoBadText(el);
  });

  it('animates the value unless no-animation is set, as attribute or property (the attribute is not written back)', async () => {
    const duration = (el: InnovationGauge) =>
      getComputedStyle(el.shadowRoot!.querySelector('path.value')!).transitionDuration;
    const moving = await fixture<InnovationGauge>(`<innovation-gauge ${RD}></innovation-gauge>`);
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return; // no transition to see
    expect(duration(moving)).to.equal('0.3s');
    const byAttribute = await fixture<InnovationGauge>(
      `<innovation-gauge ${RD} no-animation></innovation-gauge>`,
    );
    expect(byAttribute.noAnimation).to.equal(true);
    expect(duration(byAttribute)).to.equal('0s');
    moving.noAnimation = true;
    await moving.updateComplete;
    expect(duration(moving)).to.equal('0s');
    expect(moving.hasAttribute('no-animation')).to.equal(false);
    moving.noAnimation = false;
    await moving.updateComplete;
    expect(duration(moving)).to.equal('0.3s');
  });

  it('draws geometry that matches the value: the value arc ends at 62.8 % of the track', async () => {
    const el = await fixture<InnovationGauge>(
      `<innovation-gauge ${RD} variant="linear" no-animation style="width: 320px"></innovation-gauge>`,
    );
    await until(() => el.gaugeScene?.width === 320, 'the 320 px layout');
    await el.updateComplete;
    const track = part(el, 'track') as SVGPathElement;
    const value = el.shadowRoot!.querySelector('path[part="value"]') as SVGPathElement;
    const t = track.getBBox();
    const v = value.getBBox();
    expect(t.width).to.be.closeTo(300, 1);
    expect(v.width / t.width).to.be.closeTo(0.628, 0.005);
    const target = el.shadowRoot!.querySelector('path.target-line') as SVGPathElement;
    expect(target.getBBox().x).to.be.closeTo(t.x + t.width, 1);
  });

  it('colours the value by its status (behind is amber, not the neutral grey)', async () => {
    const el = await fixture<InnovationGauge>(
      `<innovation-gauge label="技术合同成交额" unit="亿元" baseline="30" baseline-year="2015" value="45" year="2018" target="70" target-year="2020"></innovation-gauge>`,
    );
    expect(el.gaugeScene?.status).to.equal('behind');
    const value = el.shadowRoot!.querySelector('path[part~="value"]')!;
    expect(getComputedStyle(value).fill).to.equal('rgb(154, 103, 0)');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(getComputedStyle(value).fill).to.equal('rgb(210, 153, 34)');
  });

  it('reads the whole story in English with locale="en" and takes its name from label', async () => {
    const el = await fixture<InnovationGauge>(
      `<innovation-gauge locale="en" label="R&amp;D intensity" baseline="1.57" baseline-year="2015" value="1.8" year="2018" target="2.5%以上" target-year="2020"></innovation-gauge>`,
    );
    const m = meter(el);
    expect(m.getAttribute('aria-valuetext')).to.equal(
      'R&D intensity 1.8% (2018), baseline 1.57% (2015), 2020 target at least 2.5%, behind',
    );
    const labelledBy = m.getAttribute('aria-labelledby');
    expect(labelledBy).to.equal('title');
    expect(el.shadowRoot!.getElementById(labelledBy!)!.textContent).to.equal('R&D intensity');
    expect(shadowText(el)).to.include('Target ≥2.5% (2020)');
    expect(shadowText(el)).to.include('behind');
    await expectNoAxeViolations(el);
  });

  it('renders a burst of 100 attribute changes once per frame', async () => {
    const el = await fixture<InnovationGauge>(`<innovation-gauge ${RD}></innovation-gauge>`);
    // Let the first size observation land (it may re-render once), then count.
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    let updates = 0;
    const original = (el as unknown as { updated: (c: unknown) => void }).updated;
    (el as unknown as { updated: (c: unknown) => void }).updated = function (
      this: InnovationGauge,
      c: unknown,
    ) {
      updates++;
      original.call(this, c);
    };
    const changed: string[] = [];
    const originalWill = (el as unknown as { willUpdate: (c: Map<string, unknown>) => void }).willUpdate;
    (el as unknown as { willUpdate: (c: Map<string, unknown>) => void }).willUpdate = function (
      this: InnovationGauge,
      c: Map<string, unknown>,
    ) {
      changed.push([...c.keys()].join(','));
      originalWill.call(this, c);
    };
    for (let i = 0; i < 100; i++) el.setAttribute('value', String(1 + i / 100));
    await el.updateComplete;
    await nextFrame();
    expect(updates, changed.join(' | ')).to.equal(1);
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('1.99');
  });

  it('toggles the source with the keyboard: Tab focuses the button, Enter and Space toggle aria-expanded', async () => {
    const el = document.createElement('innovation-gauge') as InnovationGauge;
    el.plan = samplePlanDocument;
    el.indicator = 'rd-intensity';
    await mount(el);
    await until(() => !!el.shadowRoot!.querySelector('button'), 'the source button');
    const button = el.shadowRoot!.querySelector('button')!;
    const region = () => el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region().hidden).to.equal(true);
    const { sendKeys } = await import('@web/test-runner-commands');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(region().hidden).to.equal(false);
    expect(region().getAttribute('role')).to.equal('region');
    expect(region().textContent).to.include('专栏2');
    await expectNoAxeViolations(el);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region().hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    before.remove();
  });

  it('on bad input shows a notice, logs once, fires innovation-data-error once, and shows no NaN/undefined/null', async () => {
    const events: CustomEvent[] = [];
    const listener = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('innovation-data-error', listener);
    try {
      const { result: el, warnings } = await withWarnings(() =>
        fixture<InnovationGauge>(
          `<innovation-gauge label="x" value="abc" target="2.5" min="5" max="1" year="20XX"></innovation-gauge>`,
        ),
      );
      const notice = part(el, 'notice');
      expect(notice, 'notice').to.not.equal(null);
      expect(notice!.textContent).to.include('数值“abc”不是数值');
      expect(events).to.have.length(1);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(events[0]!.detail.problems.map((p: { path: string }) => p.path)).to.deep.equal([
        '/value',
        '/year',
        '/min',
      ]);
      expect(warnings.filter((w) => String(w[0]).includes('problem'))).to.have.length(1);
      assertNoBadText(el);
      // The same problems again: no new event. A different set: one more.
      el.setAttribute('label', 'y');
      await el.updateComplete;
      expect(events).to.have.length(1);
      await withWarnings(async () => {
        el.setAttribute('value', 'def');
        await el.updateComplete;
      });
      expect(events).to.have.length(2);
      await expectNoAxeViolations(el);
    } finally {
      document.removeEventListener('innovation-data-error', listener);
    }
  });

  it('styles the extras it loads on demand: chips in a wrapping row, rounded, in both gauges of a page', async () => {
    const attrs = `label="高新技术企业" value="1035" year="2015" target="翻番" target-year="2020" unit="家"`;
    const [a, b] = await Promise.all([
      fixture<InnovationGauge>(`<innovation-gauge ${attrs}></innovation-gauge>`),
      fixture<InnovationGauge>(`<innovation-gauge ${attrs} variant="ring"></innovation-gauge>`),
    ]);
    for (const el of [a!, b!]) {
      await until(() => !!part(el, 'chip'), 'the relative-target chip');
      const chips = getComputedStyle(part(el, 'chips')!);
      expect(chips.display).to.equal('flex');
      expect(chips.flexWrap).to.equal('wrap');
      expect(getComputedStyle(part(el, 'chip')!).borderTopLeftRadius).to.not.equal('0px');
      expect(part(el, 'chip')!.textContent).to.include('翻番');
    }
  });

  it('never shows NaN/undefined/null for odd inputs and never throws', async () => {
    const odd = [
      `<innovation-gauge label="a"></innovation-gauge>`,
      `<innovation-gauge label="a" value="" target=""></innovation-gauge>`,
      `<innovation-gauge label="a" value="NaN" target="Infinity" max="undefined"></innovation-gauge>`,
      `<innovation-gauge label="a" target="翻番"></innovation-gauge>`,
      `<innovation-gauge label="a" value="1e400" target="-1e400"></innovation-gauge>`,
      `<innovation-gauge label="a" value="5" variant="pie" locale="xx" comparator="null"></innovation-gauge>`,
    ];
    await withWarnings(async () => {
      for (const markup of odd) {
        const el = await fixture<InnovationGauge>(markup);
        assertNoBadText(el);
        await expectNoAxeViolations(el);
      }
    });
  });

  it('reads a plan property with an indicator id (the Chongqing sample plan)', async () => {
    const el = document.createElement('innovation-gauge') as InnovationGauge;
    el.plan = samplePlanDocument;
    el.indicator = 'high-tech-enterprises';
    el.setAttribute('locale', 'en');
    await mount(el);
    await until(() => !!el.shadowRoot!.querySelector('[role="meter"]'), 'the meter');
    const m = meter(el);
    expect(m.getAttribute('aria-valuemax')).to.equal('3000');
    expect(m.getAttribute('aria-valuenow')).to.equal('1035');
    expect(m.getAttribute('aria-valuetext')).to.include('no current data');
    expect(shadowText(el)).to.include('other statement');
    assertNoBadText(el);
    await expectNoAxeViolations(el);
  });

  it('resolves updateComplete only once a plan-driven gauge has drawn its indicator', async () => {
    const el = document.createElement('innovation-gauge') as InnovationGauge;
    el.plan = samplePlanDocument;
    el.indicator = 'high-tech-enterprises';
    document.body.append(el);
    try {
      await el.updateComplete;
      // No settle, no frame: the plan reader loads on demand and a caller awaiting updateComplete
      // must not see the empty gauge shown meanwhile.
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('1035');
      expect(meter(el).hasAttribute('aria-busy')).to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('says so when the plan has no such indicator', async () => {
    const { result: el } = await withWarnings(async () => {
      const g = document.createElement('innovation-gauge') as InnovationGauge;
      g.plan = samplePlanDocument;
      g.indicator = 'nope';
      await mount(g);
      await until(() => !!part(g, 'notice'), 'the notice');
      return g;
    });
    expect(part(el, 'notice')!.textContent).to.include('nope');
    assertNoBadText(el);
  });

  it('reads an <innovation-data> by id', async () => {
    const json = JSON.stringify(samplePlanDocument).replace(/</g, '\\u003c');
    const el = await fixture<HTMLElement>(
      `<div><innovation-data id="cq-test"><script type="application/json">${json}</script></innovation-data>
       <innovation-gauge data="cq-test" indicator="rd-intensity"></innovation-gauge></div>`,
    );
    const gauge = el.querySelector('innovation-gauge') as InnovationGauge;
    await until(() => !!gauge.shadowRoot!.querySelector('[role="meter"]'), 'the meter');
    await settle(el);
    expect(meter(gauge).getAttribute('aria-valuetext')).to.equal(
      '研究与试验发展经费投入强度 1.57%（2015年），2020年目标 2.5%，暂无最新数据',
    );
    await expectNoAxeViolations(gauge);
  });

  it('reads an inline <table> and hides it while the chart shows', async () => {
    const el = await fixture<InnovationGauge>(`<innovation-gauge locale="zh-CN">
      <table>
        <thead><tr><th>指标</th><th>单位</th><th>2015年</th><th>2020年目标</th></tr></thead>
        <tbody><tr><td>每万人口发明专利拥有量</td><td>件</td><td>4.3</td><td>8.6</td></tr></tbody>
      </table></innovation-gauge>`);
    await until(() => !!el.shadowRoot!.querySelector('[role="meter"]'), 'the meter');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal(
      '每万人口发明专利拥有量 4.3件（2015年），2020年目标 8.6件，暂无最新数据',
    );
    const table = el.querySelector('table')!;
    expect(table.getBoundingClientRect().height).to.equal(0);
    await expectNoAxeViolations(el);
  });

  it('reads a one-row plan table without a 目标 header: “十二五”末 baseline, 2020年 target as written (3~4个)', async () => {
    const el = await fixture<InnovationGauge>(`<innovation-gauge locale="zh-CN">
      <table>
        <thead><tr><th>指标</th><th>单位</th><th>“十二五”末</th><th>2020年</th><th>属性</th></tr></thead>
        <tbody><tr><th>新建国家重点实验室</th><td>个</td><td>2</td><td>3~4个</td><td>预期性</td></tr></tbody>
      </table></innovation-gauge>`);
    await until(() => !!el.shadowRoot!.querySelector('[role="meter"]'), 'the meter');
    expect(part(el, 'notice')).to.equal(null);
    expect(meter(el).getAttribute('aria-valuetext')).to.equal(
      '新建国家重点实验室 2个（“十二五”末），2020年目标 3~4个，暂无最新数据',
    );
    expect(part(el, 'band')).to.not.equal(null); // the 3–4 range, not a single mark
    assertNoBadText(el);
  });

  it('shows an overflow mark and says so when the value is beyond max', async () => {
    const el = await fixture<InnovationGauge>(
      `<innovation-gauge label="x" value="2.4" target="2" min="0" max="2" unit="%"></innovation-gauge>`,
    );
    expect(part(el, 'overflow')).to.not.equal(null);
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('2');
    expect(meter(el).getAttribute('aria-valuetext')).to.include('超出刻度上限');
  });

  it('passes axe in every status and variant, light and dark', async () => {
    const states = [
      `baseline="40" baseline-year="2015" value="75" year="2018" target="70" target-year="2020"`, // achieved
      `baseline="40" baseline-year="2015" value="58" year="2018" target="70" target-year="2020"`, // on-track
      `baseline="40" baseline-year="2015" value="45" year="2018" target="70" target-year="2020"`, // behind
      `baseline="40" baseline-year="2015" value="35" year="2018" target="70" target-year="2020"`, // off-track
      `target="70" target-year="2020"`, // target-only
      `value="40" year="2015" target="70" target-year="2020"`, // no-current-data
      `value="40" year="20XX" target="70" target-year="2020"`, // not-assessable
    ];
    const expected = ['达标', '正常推进', '滞后', '偏离', '仅有目标', '暂无最新数据', '无法评估'];
    await withWarnings(async () => {
      for (const [i, attrs] of states.entries()) {
        for (const variant of ['arc', 'ring', 'linear']) {
          const theme = i % 2 ? 'dark' : 'light';
          const el = await fixture<InnovationGauge>(
            `<innovation-gauge label="指标" attribute="binding" variant="${variant}" theme="${theme}" ${attrs}></innovation-gauge>`,
          );
          expect(part(el, 'status')!.textContent).to.include(expected[i]!);
          await expectNoAxeViolations(el);
        }
      }
    });
  });

  it('is readable at 120 px: secondary labels hidden, the value fits inside the arc', async () => {
    const el = await fixture<InnovationGauge>(
      `<innovation-gauge label="技术合同成交额" baseline="168" baseline-year="2010" value="241.5亿元" year="2015" target="400" target-year="2020" style="width:120px"></innovation-gauge>`,
    );
    await nextFrame();
    const svgEl = el.shadowRoot!.querySelector('svg[part="svg"]') as SVGSVGElement;
    expect(svgEl.getBoundingClientRect().width).to.be.at.most(120);
    const text = el.shadowRoot!.querySelector('text') as SVGTextElement;
    const track = el.shadowRoot!.querySelector('path.track') as SVGPathElement;
    expect(text.getBBox().width).to.be.lessThan(track.getBBox().width * 0.8);
    // Secondary labels (here the baseline) are hidden by a container query below 180 px.
    const secondary = el.shadowRoot!.querySelector('.secondary') as HTMLElement;
    expect(secondary.textContent).to.include('基期');
    expect(getComputedStyle(secondary).display).to.equal('none');
    el.style.width = '300px';
    await nextFrame();
    expect(getComputedStyle(secondary).display).to.equal('block');
    // The value sits inside the inner radius at every width: the fixed viewBox scales as a whole.
    const inner = 86.4 - 8;
    const box = text.getBBox();
    const corner = Math.hypot(
      Math.max(Math.abs(box.x - 120), Math.abs(box.x + box.width - 120)),
      120 - box.y,
    );
    expect(corner).to.be.at.most(inner + 6);
  });

  it('keeps every text input as text (XSS helper)', async () => {
    const make = (attrs: Record<string, string>) => {
      const el = document.createElement('innovation-gauge');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      return mount(el);
    };
    await withWarnings(async () => {
      // Text fields: the payload is shown as text (label) or read and never rendered as markup.
      await checkXssSafety({
        fields: ['label', 'unit', 'year', 'target-year', 'comparator', 'direction', 'locale', 'variant'],
        visibleFields: ['label'],
        render: (payload, field) => make({ value: '1.57', target: '2.5', label: 'x', [field]: payload }),
      });
      // Values as written: a payload may or may not hold a number, so the drawing may gain marks;
      // the baseline render has every mark and a notice.
      const full = {
        baseline: '1',
        'baseline-year': '2015',
        value: '1.5',
        year: '2018',
        target: '2.5',
        'target-year': '2020',
        label: 'x',
      };
      await checkXssSafety({
        fields: ['value', 'target', 'baseline', 'min', 'max', 'target-max'],
        visibleFields: [],
        allowGrowth: ['path', 'li', 'div', 'span', 'tspan'],
        baselineRender: (field) =>
          make({ ...full, [field]: '基线文本 baseline', attribute: 'x', 'as-of': '2030' }),
        render: (payload, field) => make({ ...full, [field]: payload }),
      });
    });
  });
});
