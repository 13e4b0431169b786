// Tests of the test harness itself, on small test-only elements: each helper must pass good
// output AND fail bad output (a checker that cannot fail proves nothing).
import { expect } from 'chai';
import { LitElement, html, css } from 'lit';
import {
  assertNoBadText,
  cleanupFixtures,
  fixture,
  fixtures,
  nextFrame,
  shadowText,
} from './harness/fixture.js';
import { expectNoAxeViolations } from './harness/axe.js';

/** A meter-like test element; `broken` renders the mistakes the helpers must catch. */
class HarnessMeter extends LitElement {
  static override properties = {
    value: { type: Number },
    label: {},
    broken: {},
  };
  static override styles = css`
    :host {
      display: block;
      color: #1a1a1a;
      background: #ffffff;
    }
    .pale {
      color: #dddddd;
    }
  `;
  declare value: number | undefined;
  declare label: string;
  declare broken: string;
  constructor() {
    super();
    this.value = undefined;
    this.label = '研发投入强度';
    this.broken = '';
  }
  override render() {
    if (this.broken === 'text') {
      return html`<div
        role="meter"
        aria-label=${this.label}
        aria-valuenow="0"
        aria-valuetext="${String(this.value)} %"
      >
        ${this.label}: ${String(this.value)}
      </div>`;
    }
    if (this.broken === 'a11y') {
      // A meter with no accessible name, and low-contrast text.
      return html`<div role="meter" aria-valuenow="1"></div>
        <span class="pale">1.57</span>`;
    }
    const v = this.value ?? 0;
    return html`<div
      role="meter"
      aria-label=${this.label}
      aria-valuenow=${v}
      aria-valuemin="0"
      aria-valuemax="100"
    >
      <slot name="before"></slot><span part="label">${this.label}</span>
      <span part="value">${v.toFixed(2)}%</span>
    </div>`;
  }
}
customElements.define('harness-meter', HarnessMeter);

class HarnessOuter extends LitElement {
  override render() {
    return html`<p>外层</p>
      <harness-meter value="2.5" label="内层"></harness-meter>`;
  }
}
customElements.define('harness-outer', HarnessOuter);

describe('fixture', () => {
  afterEach(cleanupFixtures);

  it('fixture(string) mounts markup in document.body and awaits the first render', async () => {
    const el = await fixture<HarnessMeter>('<harness-meter value="1.57"></harness-meter>');
    expect(el.isConnected).to.equal(true);
    expect(el.shadowRoot?.querySelector('[part=value]')?.textContent).to.equal('1.57%');
  });

  it('fixture(TemplateResult) mounts a Lit template with property bindings', async () => {
    const el = await fixture<HarnessMeter>(html`<harness-meter .value=${3.14159} label="x"></harness-meter>`);
    expect(el.shadowRoot?.querySelector('[part=value]')?.textContent).to.equal('3.14%');
  });

  it('fixture() awaits nested Lit elements inside shadow roots', async () => {
    const el = await fixture('<harness-outer></harness-outer>');
    expect(shadowText(el)).to.equal('外层 内层 2.50%');
  });

  it('fixture(string) never runs <script> elements in the markup', async () => {
    let ran = false;
    (window as unknown as { __fixtureRan: () => void }).__fixtureRan = () => (ran = true);
    await fixture('<div><script>window.__fixtureRan()</script></div>');
    await new Promise((r) => setTimeout(r, 100));
    expect(ran).to.equal(false);
  });

  it('fixtures([...]) mounts many at once', async () => {
    const els = await fixtures<HarnessMeter>([
      '<harness-meter value="1"></harness-meter>',
      '<harness-meter value="2"></harness-meter>',
    ]);
    expect(els.map((e) => shadowText(e))).to.deep.equal(['研发投入强度 1.00%', '研发投入强度 2.00%']);
  });

  it('cleanupFixtures() removes every container', async () => {
    await fixture('<harness-meter></harness-meter>');
    await cleanupFixtures();
    expect(document.querySelectorAll('[data-fixture]').length).to.equal(0);
  });

  it('nextFrame() resolves after a frame', async () => {
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    await nextFrame();
    expect(framed).to.equal(true);
  });

  it('shadowText() puts slotted light-DOM text in place of the slot, glued to inline neighbours', async () => {
    const el = await fixture('<harness-meter value="1"><b slot="before">前缀</b></harness-meter>');
    expect(shadowText(el)).to.equal('前缀研发投入强度 1.00%');
  });

  it('assertNoBadText() passes clean output', async () => {
    const el = await fixture('<harness-meter value="1.57"></harness-meter>');
    assertNoBadText(el);
  });

  it('assertNoBadText() catches "undefined" in text and aria-valuetext', async () => {
    const el = await fixture('<harness-meter broken="text"></harness-meter>');
    expect(() => assertNoBadText(el)).to.throw(
      /text contains "undefined"[\s\S]*aria-valuetext="undefined %"/,
    );
  });

  it('assertNoBadText() catches NaN, Infinity, null and [object Object]', async () => {
    for (const bad of [NaN, Infinity, null, {}]) {
      const el = await fixture<HarnessMeter>(
        html`<harness-meter broken="text" .value=${bad as never}></harness-meter>`,
      );
      expect(() => assertNoBadText(el), String(bad)).to.throw(/leaked values/);
    }
  });
});

describe('expectNoAxeViolations', () => {
  afterEach(cleanupFixtures);

  it('passes an accessible element (open shadow root)', async () => {
    const el = await fixture('<harness-meter value="1.57"></harness-meter>');
    await expectNoAxeViolations(el);
  });

  it('fails an element with a nameless meter and low contrast, naming rule, target and html', async () => {
    const el = await fixture('<harness-meter broken="a11y"></harness-meter>');
    let message = '';
    try {
      await expectNoAxeViolations(el);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).to.match(/aria-meter-name/);
    expect(message).to.match(/color-contrast/);
    expect(message).to.match(/target: harness-meter >>> div\[role="meter"\]/);
    expect(message).to.match(/html: {3}<div role="meter"/);
  });

  it('runs on a whole document', async () => {
    await expectNoAxeViolations(document, {
      disableRules: {
        'html-has-lang': 'the @web/test-runner page is not ours',
        'document-title': 'the @web/test-runner page is not ours',
      },
    });
  });

  it('refuses to disable a rule without a reason', async () => {
    const el = await fixture('<harness-meter value="1"></harness-meter>');
    let message = '';
    await expectNoAxeViolations(el, { disableRules: { 'color-contrast': ' ' } }).catch(
      (e: Error) => (message = e.message),
    );
    expect(message).to.match(/needs a reason/);
  });

  it('serializes concurrent runs', async () => {
    const els = await fixtures([
      '<harness-meter value="1"></harness-meter>',
      '<harness-meter value="2"></harness-meter>',
    ]);
    await Promise.all(els.map((el) => expectNoAxeViolations(el)));
    await nextFrame();
  });
});
