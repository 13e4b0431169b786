import { expect } from 'chai';
import { LitElement, html } from 'lit';
import { inferFormat } from '../../src/components/data/data-format.js';
import { DataLoadError, clearFetchCache, fetchText } from '../../src/controllers/fetch-text.js';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { ResizeController } from '../../src/controllers/resize-controller.js';
import { defineElement } from '../../src/utils/define.js';
import { mountMarkup, until } from './harness/widget.js';

/** Tests of the data plumbing that does not need the model loaders. */

class TestLocaleWidget extends LitElement {
  static override properties = { locale: { type: String } };
  declare locale: string | undefined;
  readonly lang$ = new LocaleController(this, () => this.locale);
}
defineElement('test-locale-widget', TestLocaleWidget);

class TestSized extends LitElement {
  readonly size = new ResizeController(this);
  updates = 0;
  protected override render() {
    this.updates++;
    return html`<span>${this.size.width}</span>`;
  }
}
defineElement('test-sized', TestSized);

const containers: HTMLElement[] = [];
const uid = () => Math.random().toString(36).slice(2, 10);

const mount = (markup: string): HTMLElement => mountMarkup(markup, containers);

async function serverCount(key: string): Promise<{ count: number; cookies: string[] }> {
  const res = await fetch(`/__fixtures/count?key=${key}`, { cache: 'no-store' });
  return (await res.json()) as { count: number; cookies: string[] };
}

afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
  document.documentElement.removeAttribute('lang');
});

describe('fetchText', () => {
  beforeEach(() => clearFetchCache());

  it("fetchText('/__fixtures/plan') shares one request per URL", async () => {
    const key = uid();
    const url = `/__fixtures/plan?key=${key}`;
    const texts = await Promise.all([
      fetchText(url),
      fetchText(url),
      fetchText(new URL(url, location.href).href),
    ]);
    expect(new Set(texts).size).to.equal(1);
    expect(JSON.parse(texts[0]!).version).to.equal(1);
    expect((await serverCount(key)).count).to.equal(1);
    await fetchText(url, { reload: true });
    expect((await serverCount(key)).count).to.equal(2);
  });

  it("fetchText('/__fixtures/status/500') rejects with a DataLoadError of kind 'http'", async () => {
    const error = await fetchText(`/__fixtures/status/500?key=${uid()}`).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DataLoadError);
    expect((error as DataLoadError).kind).to.equal('http');
    expect((error as DataLoadError).status).to.equal(500);
    expect((error as DataLoadError).message).to.match(/^500: the server answered 500/);
  });

  it('fetchText(url) on 404 says what happened and what to do, and retries next time', async () => {
    const key = uid();
    const url = `/test/fixtures/http/missing-${key}.json`;
    const error = (await fetchText(url).catch((e: unknown) => e)) as DataLoadError;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.equal(
      `missing-${key}.json: the server answered 404 Not Found; check the src URL`,
    );
    // failed requests are not cached: a second call asks again (and fails again)
    const again = (await fetchText(url).catch((e: unknown) => e)) as DataLoadError;
    expect(again).to.not.equal(error);
  });

  it("fetchText(url, { timeoutMs: 150 }) rejects with kind 'timeout'", async () => {
    const t0 = performance.now();
    const error = (await fetchText(`/__fixtures/slow?ms=3000&key=${uid()}`, { timeoutMs: 150 }).catch(
      (e: unknown) => e,
    )) as DataLoadError;
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.include('150 ms');
    expect(performance.now() - t0).to.be.below(2500);
  });

  it("fetchText(url, { maxBytes }) rejects with kind 'size' from Content-Length and while streaming", async () => {
    const declared = (await fetchText(`/__fixtures/big?bytes=50000&key=${uid()}`, { maxBytes: 1000 }).catch(
      (e: unknown) => e,
    )) as DataLoadError;
    expect(declared.kind).to.equal('size');
    expect(declared.message).to.include('max-bytes');
    const streamed = (await fetchText(`/__fixtures/big?bytes=200000&length=0&key=${uid()}`, {
      maxBytes: 1000,
    }).catch((e: unknown) => e)) as DataLoadError;
    expect(streamed.kind).to.equal('size');
    const ok = await fetchText(`/__fixtures/big?bytes=900&length=0&key=${uid()}`, { maxBytes: 1000 });
    expect(ok.length).to.equal(900);
  });

  it("fetchText(url) sends no cookies by default (credentials 'omit')", async () => {
    document.cookie = 'iwtest=1; path=/';
    try {
      const omitKey = uid();
      await fetchText(`/__fixtures/plan?key=${omitKey}`);
      expect((await serverCount(omitKey)).cookies).to.deep.equal(['']);
      const includeKey = uid();
      await fetchText(`/__fixtures/plan?key=${includeKey}`, { credentials: 'include' });
      expect((await serverCount(includeKey)).cookies[0]).to.include('iwtest=1');
    } finally {
      document.cookie = 'iwtest=; path=/; max-age=0';
    }
  });
});

describe('inferFormat', () => {
  it('inferFormat(explicit, url, type, text) prefers attribute, then extension, then Content-Type, then sniffing', () => {
    expect(inferFormat('csv', '/a.json', 'application/json', '{}')).to.equal('csv');
    expect(inferFormat(undefined, '/a.csv?x=1', 'application/json', '{}')).to.equal('csv');
    expect(inferFormat('', '/data', 'text/csv; charset=utf-8', '{}')).to.equal('csv');
    expect(inferFormat(null, '/data', 'text/plain', '\uFEFF  {"version":1}')).to.equal('json');
    expect(inferFormat('xml', '/data', '', 'id,name')).to.equal('csv');
  });
});

describe('defineElement', () => {
  it('defineElement(tag, ctor) tolerates a second registration and warns once for a different class', () => {
    const warn = console.warn;
    const calls: unknown[][] = [];
    console.warn = (...args: unknown[]) => void calls.push(args);
    try {
      const tag = `test-define-${uid()}`;
      class A extends HTMLElement {}
      class B extends HTMLElement {}
      defineElement(tag, A);
      defineElement(tag, A);
      expect(calls).to.have.length(0);
      defineElement(tag, B);
      defineElement(tag, B);
      expect(calls).to.have.length(1);
      expect(customElements.get(tag)).to.equal(A);
    } finally {
      console.warn = warn;
    }
  });
});

describe('LocaleController', () => {
  it('LocaleController resolves the explicit locale, then the nearest lang, and follows <html lang>', async () => {
    const c = mount(`<div lang="en-GB"><test-locale-widget id="a"></test-locale-widget></div>
      <test-locale-widget id="b"></test-locale-widget><test-locale-widget id="c" locale="en"></test-locale-widget>`);
    const [a, b, cc] = Array.from(c.querySelectorAll('test-locale-widget')) as TestLocaleWidget[];
    await Promise.all([a!.updateComplete, b!.updateComplete, cc!.updateComplete]);
    expect(a!.lang$.locale).to.equal('en');
    expect(b!.lang$.locale).to.equal('zh-CN');
    expect(cc!.lang$.locale).to.equal('en');
    document.documentElement.lang = 'en';
    await until(() => b!.lang$.locale === 'en', 'html lang en');
    cc!.locale = 'zh-Hans';
    await cc!.updateComplete;
    expect(cc!.lang$.locale).to.equal('zh-CN');
  });
});

describe('ResizeController', () => {
  it('ResizeController reports the rounded content box and updates only on change', async () => {
    const c = mount('<test-sized></test-sized>');
    const el = c.querySelector('test-sized') as TestSized;
    el.style.setProperty('display', 'block');
    el.style.setProperty('width', '200.4px');
    await until(() => el.size.width === 200, 'width 200');
    // The host updates on the frame after the observation (never inside the observer callback).
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    const updates = el.updates;
    el.style.setProperty('width', '200.2px');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(el.updates).to.equal(updates);
    el.style.setProperty('width', '321px');
    await until(() => el.size.width === 321, 'width 321');
  });
});
