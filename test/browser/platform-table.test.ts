import { expect } from 'chai';
import '../../src/components/platform-table/define.js';
import type { InnovationPlatformTable } from '../../src/components/platform-table/innovation-platform-table.js';
import { toTsv } from '../../src/components/platform-table/platform-table.csv.js';
import { sortPlatformRows } from '../../src/components/platform-table/platform-table.model.js';
import { samplePlanDocument } from '../../src/model/sample-plan.js';
import type { PlanDocumentInput } from '../../src/model/types.js';
import { baodingPlatforms, manyPlatforms } from '../fixtures/platform-plans.js';
import { expectNoAxeViolations } from './harness/axe.js';
import { expectCleanCspReport, openCspPage } from './harness/csp.js';
import {
  assertNoBadText,
  cleanupFixtures,
  fixture,
  mount,
  nextFrame,
  shadowText,
} from './harness/fixture.js';
import { $, $$ } from './harness/widget.js';
import { checkXssSafety } from './harness/xss.js';

type El = InnovationPlatformTable;

async function make(plan: PlanDocumentInput, attrs: Record<string, string> = {}): Promise<El> {
  const el = document.createElement('innovation-platform-table') as El;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.plan = plan;
  return mount(el);
}

const rowLabels = (el: El) =>
  $$(el, 'tbody th[scope="row"]').map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
const sortButton = (el: El, i: number) => $$(el, 'thead [part="sort-button"]')[i]!;

/**
 * Waits frame by frame (each frame's updates committed) until `ok()` holds, at most `max` frames;
 * returns the frames waited, or -1. The window follows the viewport through an IntersectionObserver:
 * it reports after the frame a scroll lands in, and the window moves in the frame after.
 */
async function framesUntil(el: El, ok: () => boolean, max = 12): Promise<number> {
  for (let i = 0; i <= max; i++) {
    await el.updateComplete;
    if (ok()) return i;
    await nextFrame();
  }
  return -1;
}

/**
 * Lets a freshly drawn window settle (its first placement takes a frame or two), so that what a
 * test sees after a scroll is the observer's doing, not a placement still pending from the render.
 */
async function quiet(el: El): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

/** The rendered rows (not the spacers) of a windowed table, with their `aria-rowindex`. */
const windowRows = (el: El) => $$(el, 'tbody tr[role="row"]');

/**
 * Whether the rendered rows cover the part of the table's body inside `[top, bottom]` (viewport
 * coordinates; the viewport by default, or a scrolling ancestor's box): no spacer shows there.
 */
function covers(el: El, top = 0, bottom = innerHeight): boolean {
  const rows = windowRows(el);
  if (!rows.length) return false;
  const body = $(el, 'tbody')!.getBoundingClientRect();
  const from = Math.max(top, body.top);
  const to = Math.min(bottom, body.bottom);
  if (from >= to) return true; // the body is outside the range
  return (
    rows[0]!.getBoundingClientRect().top <= from + 1 &&
    rows[rows.length - 1]!.getBoundingClientRect().bottom >= to - 1
  );
}

/** The rendered rows are consecutive, each with its own `aria-rowindex` and the label of its row. */
function expectConsistentWindow(el: El): number {
  const rows = windowRows(el);
  const first = Number(rows[0]!.getAttribute('aria-rowindex'));
  rows.forEach((tr, i) => {
    expect(tr.getAttribute('aria-rowindex')).to.equal(String(first + i));
    expect(tr.querySelector('th')!.textContent!.trim()).to.equal(el.shownRows[first + i - 2]!.label);
  });
  return first;
}

describe('<innovation-platform-table>', () => {
  afterEach(cleanupFixtures);

  it('renders the Chongqing platforms as a native table with caption, column and row headers', async () => {
    const el = await make(samplePlanDocument, { locale: 'zh-CN' });
    const table = $(el, 'table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal(
      '重庆市科技创新“十三五”规划：平台数量',
    );
    const heads = $$(el, 'thead th');
    expect(heads.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(6).fill('col'));
    expect(heads.map((th) => th.textContent!.trim())).to.deep.equal([
      '平台类型',
      '国家级',
      '市级',
      '区县级',
      '部市级',
      '未注明',
    ]);
    expect($$(el, 'tbody tr')).to.have.length(29);
    expect($$(el, 'tbody th[scope="row"]')).to.have.length(29);
    expect(heads.some((th) => th.hasAttribute('aria-sort'))).to.equal(false);
    // Bars are decoration; the numbers are text.
    const bars = $$(el, '[part="bar"]');
    expect(bars.length).to.be.greaterThan(0);
    for (const bar of bars) expect(bar.getAttribute('aria-hidden')).to.equal('true');
    const text = shadowText(el);
    expect(text).to.include('目标：力争50家（2020年）');
    expect(text).to.include('+23个（新增）');
    expect(text).to.include('其中：市属本科高校牵头建设的市级“2011协同创新中心”');
    // Members behind a disclosure.
    const details = $$(el, 'details[part="members"]');
    expect(details).to.have.length(4);
    expect(details[0]!.querySelector('summary')!.textContent).to.equal('名单（10）');
    expect((details[0] as HTMLDetailsElement).open).to.equal(false);
    assertNoBadText(el);
    await expectNoAxeViolations(el);
    (details[0] as HTMLDetailsElement).open = true;
    await expectNoAxeViolations(el);
  });

  it('draws each bar on its column scale: the fill by the count, the target mark at the target, none without figures', async () => {
    const el = await make({
      version: 1,
      plan: { id: 'b', title: '标题' },
      platforms: [
        { id: 'a', type: '重点实验室', level: 'national', count: 10, target: { value: 40 } },
        { id: 'b', type: '工程实验室', level: 'national', count: 20 },
        { id: 'c', type: '技术中心', level: 'national', count: 50, target: { value: 80 } },
        { id: 'd', type: '孵化器', level: 'national', count: 0 },
      ],
    } as unknown as PlanDocumentInput);
    const bars = $$(el, 'tbody [part="bar"]');
    expect(bars).to.have.length(4);
    // Column scale: the largest figure, targets included (80); a mark never overruns the track.
    // One element per bar: its fill length and the mark's background-position set through CSSOM
    // (no style attribute in the markup); a bar without a target has no mark.
    const fill = (b: Element) => (b as HTMLElement).style.getPropertyValue('--b');
    const mark = (b: Element) => (b as HTMLElement).style.getPropertyValue('--m');
    expect(bars.map(fill)).to.deep.equal(['12.50%', '25.00%', '62.50%', '']);
    expect(bars.map(mark)).to.deep.equal(['50.76%', '', '100.00%', '']);
    // The mark's left edge at the target: 40 of 80 is half the track; 80 is flush with the end.
    const [a, , c] = bars as HTMLElement[];
    const edge = (b: HTMLElement) => {
      // A background-position percentage p places an image of width w at p × (1 − w) of the box.
      const style = getComputedStyle(b);
      const size = parseFloat(style.backgroundSize.split(',')[0]!) / 100;
      return (parseFloat(style.backgroundPosition.split(',')[0]!) / 100) * (1 - size);
    };
    expect(edge(a!)).to.be.closeTo(0.5, 0.001);
    expect(edge(c!) + 0.015).to.be.closeTo(1, 0.001);
    expect(getComputedStyle(a!).backgroundImage.match(/linear-gradient/g)).to.have.length(2);
    // Drawn: an empty span, yet a box the width of its cell.
    for (const b of [a!, c!]) {
      const box = b.getBoundingClientRect();
      expect(box.height).to.equal(6);
      expect(box.width).to.be.above(20);
    }
    expect(bars[3]!.classList.contains('none')).to.equal(true);
    expect(getComputedStyle(bars[3]!).display).to.equal('none');
    for (const b of bars) expect(b.getAttribute('aria-hidden')).to.equal('true');
  });

  it('sorts by a click on a header button, sets aria-sort on that header only, and reverses on a second click', async () => {
    const el = await make(baodingPlatforms, { locale: 'zh-CN' });
    sortButton(el, 4).click(); // 未注明
    await el.updateComplete;
    const heads = $$(el, 'thead th');
    expect(heads.map((th) => th.getAttribute('aria-sort'))).to.deep.equal([
      null,
      null,
      null,
      null,
      'ascending',
      null,
    ]);
    expect(rowLabels(el)).to.deep.equal([
      '科技创新平台（国家、省、市三级）（总数）',
      '其中：产业研究院',
      '其中：重点实验室',
      '其中：重点实验室',
      '其中：工程技术中心',
      '其中：工程技术中心',
    ]);
    await expectNoAxeViolations(el);
    sortButton(el, 4).click();
    await el.updateComplete;
    expect(heads[4]!.getAttribute('aria-sort')).to.equal('descending');
    expect(rowLabels(el).slice(1, 3)).to.deep.equal(['其中：工程技术中心', '其中：工程技术中心']);
    sortButton(el, 0).click();
    await el.updateComplete;
    expect(heads[4]!.hasAttribute('aria-sort')).to.equal(false);
    expect(heads[0]!.getAttribute('aria-sort')).to.equal('ascending');
    await expectNoAxeViolations(el);
  });

  it('keeps an opened member list with its row when a sort rewrites the rows in place', async () => {
    const el = await make(samplePlanDocument, { locale: 'zh-CN' });
    const details = $$(el, 'details[part="members"]') as HTMLDetailsElement[];
    const label = (d: Element) =>
      d.closest('tr')!.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim();
    const opened = label(details[0]!);
    details[0]!.open = true;
    await new Promise((r) => setTimeout(r)); // the toggle event is queued
    for (const dir of [0, 0, 1]) {
      sortButton(el, dir).click();
      await el.updateComplete;
      const open = $$(el, 'details[open]');
      expect(open).to.have.length(1);
      expect(label(open[0]!)).to.equal(opened);
    }
  });

  it('is operable by keyboard only: Tab to a sort button, Enter and Space sort', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const el = await make(baodingPlatforms, { locale: 'en' });
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    // Download, Copy, then the first sort button (type), then National.
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(sortButton(el, 1));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, 'thead th')[1]!.getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($$(el, 'thead th')[1]!.getAttribute('aria-sort')).to.equal('descending');
    expect(el.shadowRoot!.activeElement).to.equal(sortButton(el, 1));
    // Focus is visible.
    expect(getComputedStyle(sortButton(el, 1)).outlineStyle).to.equal('solid');
    before.remove();
  });

  it('downloads exactly what is shown as a CSV Blob (BOM, CRLF) named after the plan id, with no request', async () => {
    const el = await make(baodingPlatforms, { locale: 'zh-CN' });
    sortButton(el, 4).click();
    await el.updateComplete;
    const blobs: Blob[] = [];
    const clicks: Array<{ href: string; download: string }> = [];
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    const entries = performance.getEntriesByType('resource').length;
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      blobs.push(obj as Blob);
      return originalCreate.call(URL, obj);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    };
    try {
      $$(el, '[part="button"]')[0]!.click();
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(blobs).to.have.length(1);
    expect(clicks).to.have.length(1);
    expect(clicks[0]!.download).to.equal('baoding-sti-platforms.csv');
    expect(clicks[0]!.href.startsWith('blob:')).to.equal(true);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).to.equal(
      '\uFEFF平台类型,国家级,省级,市级,未注明,合计\r\n' +
        '科技创新平台（国家、省、市三级）（总数）,,,,120家（现有）,\r\n' +
        '其中：产业研究院,,,,2家,\r\n' +
        '其中：重点实验室,,,,24家,\r\n' +
        '其中：重点实验室,2家,13家,9家,,24家\r\n' +
        '其中：工程技术中心,,,,94家,\r\n' +
        '其中：工程技术中心,1家,24家,,,\r\n',
    );
    expect(text).to.equal(el.csv);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(performance.getEntriesByType('resource').length).to.equal(entries);
  });

  it('copies tab-separated text with navigator.clipboard, and shows a visible fallback when it is refused', async () => {
    const el = await make(baodingPlatforms, { locale: 'zh-CN' });
    const copied: string[] = [];
    const desc = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    const use = (writeText: (t: string) => Promise<void>) =>
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    try {
      use(async (t) => {
        copied.push(t);
      });
      $$(el, '[part="button"]')[1]!.click();
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(copied).to.deep.equal([toTsv(el.tableModel!.columns, el.shownRows)]);
      expect(copied[0]!.split('\r\n')[0]).to.equal('平台类型\t国家级\t省级\t市级\t未注明\t合计');
      expect($(el, '[part="status"]')!.textContent).to.equal('已复制表格');
      expect($(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
      use(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      $$(el, '[part="button"]')[1]!.click();
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      const area = $(el, 'textarea') as HTMLTextAreaElement;
      expect(area).to.not.equal(null);
      expect(area.value).to.equal(copied[0]!.replace(/\r\n/g, '\n')); // a textarea's value normalizes CRLF
      expect(el.shadowRoot!.activeElement).to.equal(area);
      expect($(el, '[part="status"]')!.textContent).to.equal('无法使用剪贴板，请手动复制下方文本');
      await expectNoAxeViolations(el);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (desc && !Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard'))
        Object.defineProperty(Navigator.prototype, 'clipboard', desc);
    }
  });

  it('becomes stacked cards below 520 px and keeps table semantics and the same text', async () => {
    const wrap = await fixture<HTMLDivElement>('<div class="narrow-host"></div>');
    wrap.style.setProperty('width', '320px');
    const el = document.createElement('innovation-platform-table') as El;
    el.plan = baodingPlatforms;
    el.setAttribute('locale', 'zh-CN');
    wrap.appendChild(el);
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    expect($(el, '.base')!.classList.contains('narrow')).to.equal(true);
    const td = $$(el, 'tbody td:not(.blank)')[0]!;
    expect(getComputedStyle(td).display).to.equal('block');
    expect(getComputedStyle(td, '::before').content).to.include('未注明');
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(el.shadowRoot!.querySelector('table')!.scrollWidth).to.be.at.most(320);
    expect($(el, 'table')!.getAttribute('role')).to.equal('table');
    expect(td.getAttribute('role')).to.equal('cell');
    assertNoBadText(el);
    await expectNoAxeViolations(el);
    wrap.style.setProperty('width', '900px');
    // Observed in the next frame's ResizeObserver step; the widget updates one frame later.
    await nextFrame();
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    expect($(el, '.base')!.classList.contains('narrow')).to.equal(false);
  });

  it('reads an inline <table> child (the no-JS view) and hides it while the widget shows', async () => {
    const el = await fixture<El>(`<innovation-platform-table locale="zh-CN">
      <table>
        <caption>保定市科技创新平台</caption>
        <thead><tr><th>类型</th><th>级别</th><th>数量</th><th>年份</th></tr></thead>
        <tbody>
          <tr><td>重点实验室</td><td>国家级</td><td>2家</td><td>2015</td></tr>
          <tr><td>重点实验室</td><td>省级</td><td>13家</td><td>2015</td></tr>
          <tr><td>重点实验室</td><td>市级</td><td>9家</td><td>2015</td></tr>
        </tbody>
      </table></innovation-platform-table>`);
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(1);
    expect($$(el, 'tbody td').map((td) => td.textContent!.trim())).to.deep.equal([
      '2家（2015年）',
      '13家（2015年）',
      '9家（2015年）',
      '24家（2015年）',
    ]);
    const slot = $(el, 'slot')!;
    expect(getComputedStyle(slot).display).to.equal('none');
    await expectNoAxeViolations(el);
  });

  it('on bad input shows a notice, fires innovation-data-error, still shows the rows, and never shows NaN/undefined/null', async () => {
    const events: CustomEvent[] = [];
    const listener = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('innovation-data-error', listener);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await make(
        {
          version: 1,
          plan: { id: 'bad', title: '坏数据' },
          platforms: [
            { id: 'a', type: '孵化器', level: 'galactic', count: 'abc' },
            { id: 'b', type: '实验室', count: 5, partOf: 'c' },
            { id: 'c', type: '中心', count: 3, partOf: 'b' },
            { id: 'd', type: '基地', count: '——', partOf: 'nowhere' },
          ],
        },
        { levels: 'national,moon', locale: 'zh-CN' },
      );
      await el.updateComplete;
      const notice = $(el, '[part="notice"]')!;
      expect(notice).to.not.equal(null);
      expect(notice.textContent).to.include('moon');
      expect(events.length).to.be.at.least(2); // the plan's problems, and the levels option
      assertNoBadText(el);
      await expectNoAxeViolations(el);
      el.removeAttribute('levels');
      await el.updateComplete;
      expect(rowLabels(el).length).to.be.at.least(3);
      assertNoBadText(el);
      await expectNoAxeViolations(el);
    } finally {
      console.warn = warn;
      document.removeEventListener('innovation-data-error', listener);
    }
  });

  it('renders in English, dark theme, with no axe violations', async () => {
    const el = await make(samplePlanDocument, { locale: 'en', theme: 'dark' });
    expect($$(el, 'thead th').map((th) => th.textContent!.trim())[0]).to.equal('Platform type');
    expect(shadowText(el)).to.include('target: 50 (2020, stretch)');
    assertNoBadText(el);
    await expectNoAxeViolations(el);
  });

  it('keeps type names, levels, members and quotes as text (XSS helper)', async () => {
    const render = (payload: string, field: string) => {
      const platform: Record<string, unknown> = {
        id: 'x',
        type: '类型',
        level: 'national',
        count: 3,
        members: ['甲'],
      };
      if (field === 'type') platform['type'] = payload;
      if (field === 'level') platform['level'] = payload;
      if (field === 'member') platform['members'] = [payload, '乙'];
      if (field === 'count') platform['count'] = payload;
      const plan = {
        version: 1,
        plan: { id: 'x', title: field === 'title' ? payload : '标题' },
        // A second platform with an invalid level: every render has the notice.
        platforms: [platform, { id: 'zz', type: '其他', level: 'zzz', count: 1 }],
      };
      const el = document.createElement('innovation-platform-table') as El;
      el.plan = plan as unknown as PlanDocumentInput;
      return mount(el);
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      await checkXssSafety({
        fields: ['type', 'title', 'member', 'level', 'count'],
        visibleFields: ['type', 'title', 'member'],
        allowGrowth: ['span', 'li', 'div', 'td', 'th', 'rect', 'svg', 'details', 'summary', 'ul'],
        // Counts: the baseline is a number (a bar); payloads without one draw less, never more.
        baselineRender: (field) => render(field === 'count' ? '5' : '基线文本 baseline', field),
        render,
      });
    } finally {
      console.warn = warn;
    }
  });

  it('sorts 5,000 rows within one frame of script time (median of 5 clicks; best of 3 rounds on a loaded machine)', async () => {
    const el = await make(manyPlatforms(5000), { locale: 'zh-CN' });
    const rows = el.tableModel!.rows;
    expect(rows).to.have.length(5000);
    // The pure sort.
    sortPlatformRows(rows, 1, 'ascending');
    const t0 = performance.now();
    sortPlatformRows(rows, 2, 'descending');
    const pure = performance.now() - t0;
    // Click → Lit update committed (sort + re-render of one window of rows; script only, no layout).
    // Columns 1–4 and both directions, each sort a new order. A round passes when its median is
    // under one frame; other engineers' jobs share the 2 cores, so up to 3 rounds are tried.
    const medians: number[] = [];
    const all: string[] = [];
    let click = 0;
    for (let round = 0; round < 3; round++) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++, click++) {
        await nextFrame();
        const t1 = performance.now();
        sortButton(el, 1 + (click % 4)).click();
        await el.updateComplete;
        times.push(performance.now() - t1);
      }
      all.push(times.map((t) => t.toFixed(1)).join(', '));
      medians.push(times.sort((a, b) => a - b)[2]!);
      if (medians[round]! < 16) break;
    }
    console.log(
      `platform-table: sort 5,000 rows: pure ${pure.toFixed(1)} ms; click→update ${all.join(' | ')} ms (medians ${medians.map((m) => m.toFixed(1)).join(', ')})`,
    );
    expect(pure).to.be.below(16);
    expect(Math.min(...medians)).to.be.below(16);
    // Still a whole table for assistive technology and for the CSV: every row in the current order.
    const shown = el.shownRows;
    expect(shown).to.have.length(5000);
    expect($(el, 'table')!.getAttribute('aria-rowcount')).to.equal('5001');
    const trs = $$(el, 'tbody tr[role="row"]');
    expect(trs.length).to.be.within(40, 200);
    trs.forEach((tr, i) => expect(tr.getAttribute('aria-rowindex')).to.equal(String(i + 2)));
    expect(rowLabels(el).slice(0, 3)).to.deep.equal(shown.slice(0, 3).map((r) => r.label));
    const csv = el.csv.split('\r\n');
    expect(csv).to.have.length(5002); // header, 5,000 rows, the final CRLF
    expect(csv[1]!.split(',')[0]).to.equal(shown[0]!.label);
    expect(csv[5000]!.split(',')[0]).to.equal(shown[4999]!.label);
  });

  it('renders a large table in windows: aria-rowcount, aria-rowindex, hidden spacer rows; the window follows the scroll', async () => {
    const el = await make(manyPlatforms(1000), { locale: 'en' });
    const table = $(el, 'table')!;
    expect(table.getAttribute('aria-rowcount')).to.equal('1001');
    expect($(el, 'thead tr')!.getAttribute('aria-rowindex')).to.equal('1');
    const gaps = $$(el, 'tbody tr.gap');
    expect(gaps).to.have.length(2);
    for (const g of gaps) expect(g.getAttribute('aria-hidden')).to.equal('true');
    // The spacers stand for the rows below: the table is about as tall as all its rows.
    const rendered = windowRows(el);
    expect(rendered.length).to.be.below(200);
    const rowH =
      rendered[rendered.length - 1]!.getBoundingClientRect().bottom -
      rendered[0]!.getBoundingClientRect().top;
    expect(table.getBoundingClientRect().height).to.be.above(((1000 * rowH) / rendered.length) * 0.8);
    expect(rowLabels(el)[0]).to.equal(el.shownRows[0]!.label);
    // Scroll to the middle: the rows at the viewport are real rows with their own index and text.
    await quiet(el);
    const top = table.getBoundingClientRect().top + scrollY;
    scrollTo(0, top + table.getBoundingClientRect().height / 2);
    try {
      expect(await framesUntil(el, () => covers(el))).to.be.within(0, 12);
      const first = expectConsistentWindow(el);
      expect(first).to.be.above(300);
      // Scrolled on slowly, a row height at a time: the window moves along, never showing a spacer.
      for (let i = 0; i < 30; i++) {
        scrollBy(0, 40);
        await nextFrame();
      }
      expect(await framesUntil(el, () => covers(el))).to.be.within(0, 12);
      expect(expectConsistentWindow(el)).to.be.above(first);
      assertNoBadText(el);
      await expectNoAxeViolations(el);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('brings the rows at the viewport into the DOM within a few frames of a jump far down the page', async () => {
    const el = await make(manyPlatforms(5000), { locale: 'zh-CN' });
    await quiet(el);
    const table = $(el, 'table')!;
    const box = table.getBoundingClientRect();
    const tableY = box.top + scrollY;
    // Into the lower spacer, thousands of rows past the window: no rendered row is near the viewport.
    scrollTo(0, tableY + box.height * 0.8);
    try {
      expect(covers(el)).to.equal(false);
      const frames = await framesUntil(el, () => covers(el));
      console.log(`platform-table: the rows at the viewport ${frames} frames after a jump of 4,000 rows`);
      expect(frames, 'frames until the rows at the viewport are rendered').to.be.within(1, 8);
      const first = expectConsistentWindow(el);
      expect(first).to.be.within(3500, 4300);
      expect(windowRows(el).length).to.be.below(200);
      // The row at the middle of the viewport is a real row, not a spacer.
      const mid = el.shadowRoot!.elementFromPoint(innerWidth / 2, innerHeight / 2)!.closest('tr')!;
      expect(mid.getAttribute('role')).to.equal('row');
      // And back to the top: the first rows again.
      scrollTo(0, tableY - 10);
      expect(await framesUntil(el, () => covers(el) && expectConsistentWindow(el) === 2)).to.be.within(1, 8);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('windows correctly inside a scrolling ancestor (overflow: auto) when that box scrolls', async () => {
    const box = document.createElement('div');
    box.style.cssText = 'height: 300px; overflow: auto';
    const el = document.createElement('innovation-platform-table') as El;
    el.setAttribute('locale', 'en');
    el.plan = manyPlatforms(1000);
    box.append(el);
    await mount(box);
    await quiet(el);
    expect(el.windowed).to.equal(true);
    const clip = () => box.getBoundingClientRect();
    const inBox = () => covers(el, clip().top, clip().bottom);
    expect(inBox()).to.equal(true);
    // The page does not scroll; only the box does (a scroll event of the box, not of the window).
    const pageY = scrollY;
    box.scrollTop = box.scrollHeight / 2;
    expect(await framesUntil(el, inBox)).to.be.within(1, 8);
    expect(scrollY).to.equal(pageY);
    const first = expectConsistentWindow(el);
    expect(first).to.be.within(300, 700);
    // A jump to the very end of the box: the last row is rendered.
    box.scrollTop = box.scrollHeight;
    expect(await framesUntil(el, inBox)).to.be.within(1, 8);
    const rows = windowRows(el);
    expect(rows[rows.length - 1]!.getAttribute('aria-rowindex')).to.equal('1001');
    expectConsistentWindow(el);
    // And slowly back up by wheel-sized steps.
    for (let i = 0; i < 20; i++) {
      box.scrollTop -= 100;
      await nextFrame();
    }
    expect(await framesUntil(el, inBox)).to.be.within(0, 8);
    expectConsistentWindow(el);
  });

  it('covers a taller viewport without a resize listener (the rows entering it are observed)', async () => {
    const { setViewport } = await import('@web/test-runner-commands');
    const [width, height] = [innerWidth, innerHeight];
    const el = await make(manyPlatforms(2000), { locale: 'en' });
    await quiet(el);
    const table = $(el, 'table')!;
    scrollTo(0, table.getBoundingClientRect().top + scrollY + table.getBoundingClientRect().height / 2);
    try {
      expect(await framesUntil(el, () => covers(el))).to.be.within(1, 8);
      await quiet(el);
      const before = windowRows(el).length;
      await setViewport({ width, height: height * 4 });
      expect(innerHeight).to.equal(height * 4);
      // Rows and the lower spacer now inside the taller viewport report; the window grows to cover it.
      expect(covers(el)).to.equal(false);
      expect(await framesUntil(el, () => covers(el))).to.be.within(1, 12);
      await quiet(el);
      expect(covers(el)).to.equal(true);
      expect(windowRows(el).length).to.be.above(before);
      expectConsistentWindow(el);
    } finally {
      await setViewport({ width, height });
      scrollTo(0, 0);
    }
  });

  it('adds no scroll or resize listener to the window; its viewport observer exists only while a windowed table is connected', async () => {
    const added: string[] = [];
    const removed: string[] = [];
    const made: IntersectionObserver[] = [];
    const disconnected = new Set<IntersectionObserver>();
    const { addEventListener: add, removeEventListener: remove, IntersectionObserver: IO } = window;
    const spy = (list: string[], fn: typeof add) =>
      function (this: unknown, type: string, ...rest: unknown[]) {
        list.push(type);
        return (fn as (...a: unknown[]) => void).call(this ?? window, type, ...rest);
      } as typeof add;
    window.addEventListener = spy(added, add);
    window.removeEventListener = spy(removed, remove);
    window.IntersectionObserver = class extends IO {
      constructor(...args: ConstructorParameters<typeof IO>) {
        super(...args);
        made.push(this);
      }
      override disconnect(): void {
        disconnected.add(this);
        super.disconnect();
      }
    };
    try {
      // A small table: no observer at all (its first render pays for nothing it does not need).
      const small = await make(manyPlatforms(50), { locale: 'zh-CN' });
      expect(small.windowed).to.equal(false);
      expect(made).to.have.length(0);
      const el = await make(manyPlatforms(1000), { locale: 'zh-CN' });
      expect(el.windowed).to.equal(true);
      await quiet(el);
      scrollTo(0, $(el, 'table')!.getBoundingClientRect().top + scrollY + 20000);
      expect(await framesUntil(el, () => covers(el))).to.be.within(1, 8);
      expect(made).to.have.length(1);
      // Printing is the one kind of window event listened to.
      for (const type of ['scroll', 'resize', 'wheel', 'touchmove']) {
        expect(added, `window ${type} listeners`).to.not.include(type);
      }
      expect(added).to.include('beforeprint');
      // Disconnected: the observer is disconnected, the print listeners removed.
      const parent = el.parentElement!;
      el.remove();
      expect(disconnected.has(made[0]!)).to.equal(true);
      expect(removed).to.include('beforeprint');
      expect(removed).to.include('afterprint');
      // Reconnected: a new observer watches the rows drawn before, and the window follows again.
      parent.append(el);
      expect(made).to.have.length(2);
      await quiet(el);
      scrollTo(0, 0);
      expect(await framesUntil(el, () => covers(el) && expectConsistentWindow(el) === 2)).to.be.within(1, 8);
      expect(added).to.not.include('scroll');
      expect(added).to.not.include('resize');
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
      window.IntersectionObserver = IO;
      scrollTo(0, 0);
    }
  });

  it('renders every row when printing (beforeprint), and windows again after (afterprint)', async () => {
    const el = await make(manyPlatforms(400), { locale: 'zh-CN' });
    expect(windowRows(el).length).to.be.below(400);
    dispatchEvent(new Event('beforeprint'));
    // Synchronous: the print layout follows the event.
    expect(windowRows(el)).to.have.length(400);
    expect($$(el, 'tbody tr.gap')).to.have.length(0);
    expect($(el, 'table')!.hasAttribute('aria-rowcount')).to.equal(false);
    expect(rowLabels(el)).to.deep.equal(el.shownRows.map((r) => r.label));
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(windowRows(el).length).to.be.below(400);
    expect($(el, 'table')!.getAttribute('aria-rowcount')).to.equal('401');
    // Windowed again, the window still follows the viewport.
    await quiet(el);
    const table = $(el, 'table')!;
    scrollTo(0, table.getBoundingClientRect().top + scrollY + table.getBoundingClientRect().height * 0.7);
    try {
      expect(await framesUntil(el, () => covers(el))).to.be.within(1, 8);
      expect(expectConsistentWindow(el)).to.be.above(100);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('renders every row of a scrolled 5,000-row table when printing (beforeprint)', async () => {
    const el = await make(manyPlatforms(5000), { locale: 'en' });
    const table = $(el, 'table')!;
    scrollTo(0, table.getBoundingClientRect().top + scrollY + table.getBoundingClientRect().height / 2);
    try {
      await framesUntil(el, () => covers(el));
      expect(windowRows(el).length).to.be.below(200);
      dispatchEvent(new Event('beforeprint'));
      const rows = windowRows(el);
      expect(rows).to.have.length(5000);
      expect(rows.every((tr) => !tr.hasAttribute('aria-rowindex'))).to.equal(true);
      expect($$(el, 'tbody tr.gap')).to.have.length(0);
      expect(rowLabels(el)[4999]).to.equal(el.shownRows[4999]!.label);
    } finally {
      dispatchEvent(new Event('afterprint'));
      scrollTo(0, 0);
    }
    await el.updateComplete;
    expect(windowRows(el).length).to.be.below(200);
  });

  it('no-window renders every row of a large table; tables of 200 rows or fewer are never windowed', async () => {
    const all = await make(manyPlatforms(300), { locale: 'zh-CN', 'no-window': '' });
    expect($$(all, 'tbody tr')).to.have.length(300);
    expect($(all, 'table')!.hasAttribute('aria-rowcount')).to.equal(false);
    const small = await make(manyPlatforms(200), { locale: 'zh-CN' });
    expect($$(small, 'tbody tr')).to.have.length(200);
    expect($$(small, 'tbody tr[aria-rowindex]')).to.have.length(0);
  });

  it('runs under a strict CSP page (after the tag is registered in src/define.ts and built)', async function () {
    const res = await fetch('/dist/innovation-widgets.iife.js');
    if (!res.ok || !(await res.text()).includes('innovation-platform-table')) this.skip();
    const { doc, report } = await openCspPage(
      `<innovation-platform-table locale="zh-CN"><table>
        <thead><tr><th>类型</th><th>级别</th><th>数量</th></tr></thead>
        <tbody><tr><td>重点实验室</td><td>国家级</td><td>2家</td></tr><tr><td>重点实验室</td><td>省级</td><td>13家</td></tr></tbody>
      </table></innovation-platform-table>`,
      {
        waitFor: (d) => !!d.querySelector('innovation-platform-table')?.shadowRoot?.querySelector('tbody tr'),
      },
    );
    const el = doc.querySelector('innovation-platform-table')!;
    (el.shadowRoot!.querySelector('[part="sort-button"]') as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('th[aria-sort]')).to.not.equal(null);
    expectCleanCspReport(report);
  });
});
