import { ReactiveElement } from '@lit/reactive-element';
import type { PropertyValues } from '@lit/reactive-element';
import { LocaleController } from '../../controllers/locale-controller.js';
import { PlanController } from '../../controllers/plan-controller.js';
import {
  element as el,
  place,
  setAttr as attr,
  setText as text,
  svgElement as svgEl,
} from '../../dom/element.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { messages } from '../../format/words.js';
import { plainPlatform, validatePlanWith } from '../../model/validate.js';
import type { Plan, PlanDocumentInput, Problem } from '../../model/types.js';
import { Widget } from '../../layout/widget-element.js';
import { noticeElement } from '../../dom/notice.js';
import { toCsv, toTsv } from './platform-table.csv.js';
import { WORDS, buildPlatformTable, sortPlatformRows } from './platform-table.model.js';
import type {
  PlatformCell,
  PlatformRow,
  PlatformTableModel,
  SortDirection,
  Words,
} from './platform-table.model.js';
import { platformTableStyles } from './platform-table.styles.js';

/** Below this width (CSS px) rows become stacked cards. */
const NARROW = 520;
/**
 * Tables of more rows than this render in windows: only the rows near the viewport are real `<tr>`
 * (with `aria-rowindex`; the table has `aria-rowcount`), spacer rows stand for the rest, so a sort
 * re-renders one window instead of moving every row. Printing renders every row.
 */
const WINDOW_MIN = 200;
/** Rows kept above the viewport, and the least rows in a window. */
const ABOVE = 10;
const SPAN = 40;

const UI = {
  'zh-CN': {
    download: '下载 CSV',
    copy: '复制',
    copied: '已复制表格',
    failed: '无法使用剪贴板，请手动复制下方文本',
  },
  en: {
    download: 'Download CSV',
    copy: 'Copy',
    copied: 'Table copied',
    failed: 'The clipboard is not available: copy the text below',
  },
} as const;

/**
 * Body skeletons, built once and cloned: the body rows are the bulk of a first render, and a clone
 * with a few texts set costs a fraction of a template instance per cell.
 */
interface Skeletons {
  row: HTMLTableRowElement;
  cell: HTMLTableCellElement;
  blank: HTMLTableCellElement;
  change: HTMLSpanElement;
  target: HTMLSpanElement;
  added: HTMLSpanElement;
}
let skeleton: Skeletons | null = null;

function skeletons(): Skeletons {
  return (skeleton ??= {
    row: el(
      'tr',
      { role: 'row', class: 'type d0' },
      el('th', { scope: 'row', role: 'rowheader', part: 'label' }),
    ),
    cell: el(
      'td',
      { role: 'cell', class: 'num' },
      el('span', { class: 'count', part: 'value' }),
      el('span', { class: 'bar', part: 'bar', 'aria-hidden': 'true' }),
    ),
    blank: el('td', { role: 'cell', class: 'num blank' }, '—'),
    change: el('span', { class: 'change' }),
    target: el('span', { class: 'target', part: 'target' }),
    added: el('span', { class: 'added' }),
  });
}

/** The parts of the shell kept between updates. */
interface Shell {
  base: HTMLDivElement;
  bar: HTMLDivElement;
  table: HTMLTableElement;
  slot: HTMLSlotElement;
  area?: HTMLTextAreaElement | null;
  /** The text last given to the copy fallback (set again only when it changes: keeps the selection). */
  areaText?: string | null;
}

/** A clone of a skeleton span holding `text`. */
function span(skel: HTMLSpanElement, text: string): Node {
  const s = skel.cloneNode() as HTMLSpanElement;
  s.textContent = text;
  return s;
}

/**
 * Counts of labs, centres, parks and incubators by type and level, as a real sortable table with
 * inline bars: counts as of a year, targets with their comparator, the change since the previous
 * count, `added` increments, subsets (其中) under their parent, stated totals as their own rows, and
 * CSV download / copy of exactly what is shown. Reads a plan (`plan` property, `data` = the id of an
 * `<innovation-data>`, an ancestor `<innovation-data>`, or an inline `<table>` child, which stays the
 * no-JS view).
 *
 * @tagname innovation-platform-table
 * @summary A sortable table of a plan's platforms by type and level, with CSV download and copy.
 *
 * @attr {string} data - Id of an `<innovation-data>` element holding the plan.
 * @attr {string} levels - Levels to show as columns, in order: a comma list of `national`, `provincial`, `municipal`, `district`, `unknown` (or 国家级, 省级, 市级, 区县级, 未注明, or a written label like 国家级和省级). Default: every level present.
 * @attr {string} as-of - Ignore counts dated after this year.
 * @attr {boolean} no-targets - Hide targets.
 * @attr {boolean} no-change - Hide the change since the previous count.
 * @attr {boolean} no-window - Render every row as a real `<tr>` even in large tables (over 200 rows are
 *   otherwise rendered in windows around the viewport, with `aria-rowcount`/`aria-rowindex`; slower,
 *   but find-in-page and screen-reader browse mode then reach every row). Printing always shows every row.
 * @attr {string} label - Caption (default: the plan title and 平台数量).
 * @attr {string} locale - `zh-CN` or `en` (default: nearest `lang`).
 * @attr {'light'|'dark'|'auto'} theme - Colour theme; `auto` follows `prefers-color-scheme`.
 *
 * @prop {Plan | PlanDocumentInput | null} plan - A plan document (validated) or a normalized plan.
 *
 * @slot - An inline `<table>` (or `<script type="application/json">`) with the platforms: read as
 *   the plan, hidden while the widget shows, shown when there is nothing to draw.
 *
 * @fires innovation-data-error - `{ problems }` when the input has problems (once per distinct set; bubbles, composed).
 *
 * @csspart base - The wrapper.
 * @csspart toolbar - The row of buttons above the table.
 * @csspart button - The download and copy buttons.
 * @csspart status - The copy status message.
 * @csspart table - The `<table>`.
 * @csspart caption - The `<caption>`.
 * @csspart sort-button - The sort button in each column header.
 * @csspart label - Row headers (platform types).
 * @csspart value - Counts.
 * @csspart bar - The inline bars (decoration; the numbers are text).
 * @csspart target - Targets (text and the mark on the bar).
 * @csspart note - A parts-vs-total note.
 * @csspart members - The disclosure listing named platforms.
 * @csspart notice - The data-problem notice.
 *
 * @cssproperty --innovation-platform-table-text - Text colour (falls back to --innovation-color-text).
 * @cssproperty --innovation-platform-table-muted - Secondary text colour.
 * @cssproperty --innovation-platform-table-background - Background.
 * @cssproperty --innovation-platform-table-header-background - Header and row-header background.
 * @cssproperty --innovation-platform-table-border - Rule colour.
 * @cssproperty --innovation-platform-table-bar - Bar colour.
 * @cssproperty --innovation-platform-table-target - Target mark colour.
 * @cssproperty --innovation-platform-table-focus - Focus ring colour.
 * @cssproperty --innovation-platform-table-notice-background - Notice background.
 * @cssproperty --innovation-platform-table-sticky-top - Offset of the sticky header (e.g. under a fixed page header).
 * @cssproperty --innovation-platform-table-font - Font family; --innovation-platform-table-font-size its size.
 */
export class InnovationPlatformTable extends Widget(ReactiveElement) {
  static override styles = platformTableStyles;

  static override properties = {
    data: {},
    levels: {},
    asOf: { attribute: 'as-of' },
    noTargets: { type: Boolean, attribute: 'no-targets' },
    noChange: { type: Boolean, attribute: 'no-change' },
    noWindow: { type: Boolean, attribute: 'no-window' },
    label: {},
    locale: {},
    theme: { reflect: true },
    plan: { attribute: false },
  };

  declare data: string | undefined;
  declare levels: string | undefined;
  declare asOf: string | number | undefined;
  declare noTargets: boolean;
  declare noChange: boolean;
  declare noWindow: boolean;
  declare label: string | undefined;
  declare locale: string | undefined;
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  declare plan: Plan | PlanDocumentInput | null | undefined;
  // Internal state: plain fields whose writers call requestUpdate() (no accessors to define).
  private _sort: { column: number; direction: SortDirection } | null = null;
  private _status = '';
  private _fallback = '';
  /** First row of the window. */
  private _first = 0;
  /** Printing: every row is rendered. */
  private _print = false;

  private readonly localeController = new LocaleController(this, () => this.locale);
  // Watches the sizer (from the first update on), never the host: observing the host first cost a
  // second observe and a notification that changed nothing.
  private readonly resizeController = new ResizeController(this, { manual: true });
  // Long plans: plain platform records are read in one go (same output as validatePlan).
  private readonly planController = new PlanController(this, {
    validate: (input) => validatePlanWith(input, { platform: plainPlatform }),
  });
  private model: PlatformTableModel | null = null;
  private modelKey: unknown[] = [];
  private sorted: PlatformRow[] = [];
  private sortedKey: unknown[] = [];
  /** Estimated row height (CSS px) for the spacers; measured from the rendered rows. */
  private rowH = 60;
  private span = SPAN;
  private frame = 0;
  /** Windowed only: watches the rows of the window and the spacers (see `watch()`). */
  private io: IntersectionObserver | null = null;
  /** Cells whose member list is open (a row drawn anew opens it again). */
  private readonly opened = new Set<string>();
  /** Body rows drawn, with their `aria-rowindex` (0: not windowed). */
  private drawn = new Map<PlatformRow, [HTMLTableRowElement, number]>();
  /** The spacer rows of a windowed table. */
  private readonly gap = el('tr', { class: 'gap', 'aria-hidden': 'true' }, el('td'));
  private readonly gapEnd = this.gap.cloneNode(true) as HTMLTableRowElement;
  private shell: Shell | null = null;

  constructor() {
    super();
    this.noTargets = false;
    this.noChange = false;
    this.noWindow = false;
  }

  /** The table model last drawn (read-only; for tests and tools). */
  get tableModel(): PlatformTableModel | null {
    return this.model;
  }

  /** The rows in their shown order. */
  get shownRows(): readonly PlatformRow[] {
    return this.sorted;
  }

  /** Problems of the widget's own options and of its plan. */
  get problems(): Problem[] {
    return [...this.ownProblems, ...this.planController.problems];
  }

  /** The CSV text of what is shown (UTF-8 BOM, CRLF), as the download writes it. */
  get csv(): string {
    return this.model ? toCsv(this.model.columns, this.sorted) : '';
  }

  /** Whether rows are rendered in windows (large tables, not printing, no `no-window`). */
  get windowed(): boolean {
    return this.sorted.length > WINDOW_MIN && !this.noWindow && !this._print;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen(addEventListener);
    // Reconnected: the rows drawn before are watched again (a first connection has none yet).
    if (this.windowed && this.drawn.size) this.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listen(removeEventListener);
    this.unwatch();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  // Printing, the one window listener kept: only `beforeprint` precedes the print layout (matchMedia: late).
  private listen(on: typeof addEventListener): void {
    on('beforeprint', this.onPrint);
    on('afterprint', this.onPrint);
  }

  /**
   * Printing renders every row, synchronously: the print layout follows `beforeprint` (fired by
   * every current browser, for the print dialog and for `window.print()` alike).
   */
  private readonly onPrint = (e: Event): void => {
    this._print = e.type === 'beforeprint';
    this.requestUpdate();
    this.performUpdate();
  };

  /**
   * Windowed tables only: the rows of the window and the two spacers are watched by an
   * IntersectionObserver on the viewport (clipped by any scrolling ancestor too, so no scroll or
   * resize listener is needed). Whenever one enters or leaves it (a scroll, a jump into a spacer, a
   * taller viewport), `place()` runs in the next frame; rows watched anew report once, so a moved
   * window is checked again until it covers the viewport. No rootMargin: the window reaches 5 to 15
   * rows past each edge of the viewport, and rows inside a wider margin would not report as the
   * viewport nears a spacer.
   */
  private watch(): void {
    if (!this.isConnected) return;
    const io = (this.io ??= new IntersectionObserver(this.schedule));
    // The rows that left the window are watched no longer; each watched anew reports once.
    io.disconnect();
    io.observe(this.gap);
    io.observe(this.gapEnd);
    for (const [tr] of this.drawn.values()) io.observe(tr);
  }

  private unwatch(): void {
    this.io?.disconnect();
    this.io = null;
  }

  private readonly schedule = (): void => {
    if (this.windowed && !this.frame) this.frame = requestAnimationFrame(this.place);
  };

  /** Moves the window to the rows at the viewport (one layout read per frame at most). */
  private readonly place = (): void => {
    this.frame = 0;
    const rows = this.renderRoot.querySelectorAll('tbody > tr[aria-rowindex]');
    const n = this.sorted.length;
    if (!this.windowed || !rows.length) return;
    const top = rows[0]!.getBoundingClientRect().top;
    const height = rows[rows.length - 1]!.getBoundingClientRect().bottom - top;
    if (!(height > 0)) return; // not laid out (hidden)
    this.rowH = Math.max(12, height / rows.length);
    // Enough rows for the viewport and ABOVE rows on each side, from ABOVE rows before the row at
    // the top of the viewport; moved when that drifts by ABOVE / 2 rows (or reaches an end).
    const span = Math.max(SPAN, Math.ceil(innerHeight / this.rowH) + 2 * ABOVE);
    const first = Math.max(0, Math.min(n - span, this._first + Math.floor(-top / this.rowH) - ABOVE));
    const d = Math.abs(first - this._first);
    if (span > this.span || (d && (d >= ABOVE / 2 || !first || first === n - span))) {
      this.span = Math.max(span, this.span);
      this._first = first;
      this.requestUpdate();
    } else this.sizeGaps();
  };

  /** Spacer heights (CSSOM, allowed under a strict CSP) for the rows outside the window. */
  private sizeGaps(): void {
    const n = this.sorted.length;
    const first = Math.min(this._first, Math.max(0, n - this.span));
    const gaps = this.renderRoot.querySelectorAll<HTMLElement>('tr.gap');
    gaps[0]?.style.setProperty('height', `${first * this.rowH}px`);
    gaps[1]?.style.setProperty('height', `${Math.max(0, n - first - this.span) * this.rowH}px`);
  }

  protected override firstUpdated(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer) this.resizeController.observe(sizer);
  }

  /** The model and the shown order from properties and controllers; sets `ownProblems`. */
  protected override compute(): void {
    const ctl = this.planController;
    const locale = this.localeController.locale;
    const asOfNum = Number(this.asOf);
    const asOf = this.asOf !== undefined && this.asOf !== '' && Number.isFinite(asOfNum) ? asOfNum : null;
    const key = [ctl.plan, ctl.error, locale, this.levels, asOf, this.noTargets, this.noChange, this.label];
    if (key.some((v, i) => v !== this.modelKey[i])) {
      this.modelKey = key;
      this.model = ctl.plan
        ? buildPlatformTable(ctl.plan, {
            locale,
            levels: this.levels ?? null,
            asOf,
            targets: !this.noTargets,
            change: !this.noChange,
            caption: this.label ?? null,
          })
        : null;
      const failure = ctl.failure;
      this.ownProblems = failure ? [failure] : (this.model?.problems ?? []);
    }
    const m = this.model;
    const s = this._sort;
    if (m && (m !== this.sortedKey[0] || s !== this.sortedKey[1])) {
      this.sortedKey = [m, s];
      this.sorted = s ? sortPlatformRows(m.rows, s.column, s.direction, m.locale) : m.rows;
    }
  }

  /** After `compute()` (see Widget): the DOM. */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.drawBody(this.drawShell());
  }

  protected override clear(): void {
    this.model = null;
  }

  /** Windowed tables size their spacers (then the widget's own problems are reported, see Widget). */
  protected override updated(changed: PropertyValues): void {
    if (this.windowed) {
      this.sizeGaps();
      this.watch();
      this.schedule();
    } else this.unwatch();
    super.updated(changed);
  }

  /** Sorts by column `index` (0 = type); a second activation reverses the order. */
  sortBy(index: number, direction?: SortDirection): void {
    const cur = this._sort;
    const next: SortDirection =
      direction ??
      (cur && cur.column === index && cur.direction === 'ascending' ? 'descending' : 'ascending');
    this._sort = { column: index, direction: next };
    this.requestUpdate();
  }

  private readonly onToggle = (e: Event): void => {
    const d = e.currentTarget as HTMLDetailsElement;
    const key = d.dataset['key']!;
    if (d.open) this.opened.add(key);
    else this.opened.delete(key);
  };

  private readonly onSort = (e: Event): void => {
    const i = Number((e.currentTarget as HTMLElement).dataset['col']);
    if (Number.isInteger(i)) this.sortBy(i);
  };

  private download(): void {
    const m = this.model;
    if (!m) return;
    const url = URL.createObjectURL(
      new Blob([toCsv(m.columns, this.sorted)], { type: 'text/csv;charset=utf-8' }),
    );
    const a = el('a', { href: url, download: m.fileName, hidden: '' });
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async copy(): Promise<void> {
    const m = this.model;
    if (!m) return;
    const ui = UI[m.locale];
    const text = toTsv(m.columns, this.sorted);
    try {
      await navigator.clipboard.writeText(text);
      this._fallback = '';
      this._status = ui.copied;
      this.requestUpdate();
    } catch {
      this._fallback = text;
      this._status = ui.failed;
      this.requestUpdate();
      await this.updateComplete;
      const area = this.renderRoot.querySelector('textarea');
      area?.focus();
      area?.select();
    }
  }

  /**
   * The shell around the body (toolbar, caption, header, notice), plain DOM like the body rows: a
   * first render then compiles and runs no template machinery, and later updates set only what
   * changed, so focused buttons and the copy fallback's selection stay.
   */
  private drawShell(): HTMLTableSectionElement | null {
    const m = this.model;
    const problems = this.problems;
    const k = (this.shell ??= this.buildShell());
    const width = this.resizeController.width;
    k.base.className = !m ? 'base empty' : width > 0 && width < NARROW ? 'base narrow' : 'base';
    k.base.setAttribute('aria-busy', String(this.planController.state === 'loading'));
    const want: Node[] = [];
    if (m) {
      const ui = UI[m.locale];
      const [download, copy, status] = k.bar.children;
      text(download!, ui.download);
      text(copy!, ui.copy);
      text(status!, this._status);
      want.push(k.bar);
      if (this._fallback) {
        const area = (k.area ??= el('textarea', { readonly: '', rows: '4' }));
        area.setAttribute('aria-label', ui.copy);
        if (k.areaText !== this._fallback) area.value = k.areaText = this._fallback;
        want.push(area);
      } else k.area = k.areaText = null;
      want.push(
        m.rows.length
          ? this.drawHead(k.table, m)
          : el('p', { part: 'caption' }, `${m.caption}: ${messages(m.locale).noData}`),
      );
    }
    if (problems.length) {
      // The editors' notice, built anew (rare: bad input only).
      const locale = this.localeController.locale;
      const shown = problems.slice(0, 5).map((p) => String(this.planController.noticeText(p, locale)));
      if (problems.length > 5) shown.push(`+${problems.length - 5}`);
      want.push(noticeElement(messages(locale).dataProblem, shown));
    }
    want.push(k.slot);
    place(k.base, want);
    return m?.rows.length ? k.table.tBodies[0]! : null;
  }

  private buildShell(): Shell {
    const base = el('div', { part: 'base' });
    const button = (click: () => void) => {
      const b = el('button', { type: 'button', part: 'button' }, '');
      b.addEventListener('click', click);
      return b;
    };
    this.renderRoot.append(el('div', { class: 'sizer' }), base);
    return {
      base,
      bar: el(
        'div',
        { class: 'toolbar', part: 'toolbar' },
        button(() => this.download()),
        button(() => void this.copy()),
        el('span', { class: 'status', part: 'status', role: 'status' }, ''),
      ),
      table: el(
        'table',
        { part: 'table', role: 'table' },
        el('caption', { part: 'caption' }, ''),
        el('thead', {}, el('tr', { role: 'row' })),
        el('tbody'),
      ),
      slot: el('slot', { class: 'fallback' }),
    };
  }

  /** Caption, windowing attributes and the header row; header cells are kept by position. */
  private drawHead(t: HTMLTableElement, m: PlatformTableModel): HTMLTableElement {
    const win = this.windowed;
    t.className = win ? 'windowed' : '';
    attr(t, 'aria-rowcount', win ? String(this.sorted.length + 1) : null);
    text(t.caption!, m.caption);
    const head = t.tHead!.rows[0]!;
    attr(head, 'aria-rowindex', win ? '1' : null);
    const s = this._sort;
    const cols = m.columns;
    cols.forEach((c, i) => {
      let th = head.cells[i];
      if (!th) {
        const button = el(
          'button',
          { type: 'button', part: 'sort-button', 'data-col': String(i) },
          '',
          svgEl('svg', { class: 'arrow', viewBox: '0 0 10 10', 'aria-hidden': 'true' }, svgEl('path')),
        );
        button.addEventListener('click', this.onSort);
        head.append((th = el('th', { scope: 'col', role: 'columnheader', class: i ? 'num' : '' }, button)));
      }
      const dir = s?.column === i ? s.direction : null;
      attr(th, 'aria-sort', dir);
      const button = th.firstChild!;
      text(button.firstChild!, c.label);
      (button.lastChild!.firstChild as Element).setAttribute(
        'd',
        dir ? (dir === 'ascending' ? 'M1,7L5,2L9,7Z' : 'M1,3L5,8L9,3Z') : 'M2,4L5,1L8,4ZM2,6L5,9L8,6Z',
      );
    });
    while (head.cells.length > cols.length) head.lastChild!.remove();
    return t;
  }

  /**
   * Draws the body rows (plain DOM, outside Lit's template): every row, or (windowed) the rows of
   * the window between two spacer rows. A row already drawn at the same position is kept (moved
   * when a sort reorders the rows), so its open member list stays open; other rows are built anew.
   */
  private drawBody(body: HTMLTableSectionElement | null): void {
    const m = this.model;
    if (!m || !body) {
      this.drawn = new Map();
      return;
    }
    const rows = this.sorted;
    const win = this.windowed;
    const first = win ? Math.min(this._first, Math.max(0, rows.length - this.span)) : 0;
    const shown = win ? rows.slice(first, first + this.span) : rows;
    const w = WORDS[m.locale];
    // Per column: the skeleton cells with the column's label (cards show it) already set.
    const k = skeletons();
    const cols = m.columns.slice(1).map((c) => {
      const cell = k.cell.cloneNode(true) as HTMLTableCellElement;
      const blank = k.blank.cloneNode(true) as HTMLTableCellElement;
      cell.dataset['label'] = blank.dataset['label'] = c.label;
      return [cell, blank] as const;
    });
    const old = this.drawn;
    const next = new Map<PlatformRow, [HTMLTableRowElement, number]>();
    const want: Node[] = [];
    if (win) {
      this.gap.firstElementChild!.setAttribute('colspan', String(m.columns.length));
      want.push(this.gap);
    }
    shown.forEach((r, i) => {
      const index = win ? first + i + 2 : 0;
      const had = old.get(r);
      const tr = had && had[1] === index ? had[0] : this.drawRow(r, w, cols, index);
      next.set(r, [tr, index]);
      want.push(tr);
    });
    if (win) want.push(this.gapEnd);
    this.drawn = next;
    place(body, want);
  }

  /** `index`: the row's `aria-rowindex` when windowed (the header row is 1), else 0. */
  private drawRow(
    r: PlatformRow,
    w: Words,
    cols: ReadonlyArray<readonly [HTMLTableCellElement, HTMLTableCellElement]>,
    index: number,
  ): HTMLTableRowElement {
    const tr = skeletons().row.cloneNode(true) as HTMLTableRowElement;
    if (r.kind !== 'type' || r.depth) tr.className = `${r.kind} d${Math.min(r.depth, 3)}`;
    if (index) tr.setAttribute('aria-rowindex', String(index));
    const th = tr.firstChild as HTMLElement;
    const of = r.kind === 'subset' ? w.of : '';
    const stated = r.statedTotal ? w.stated : '';
    // The usual row header is one text (one node, not three).
    if (r.sameType) {
      if (of) th.append(of);
      th.append(el('span', { class: 'sr' }, r.label));
      if (stated) th.append(stated);
    } else th.textContent = `${of}${r.label}${stated}`;
    if (r.note) th.append(el('span', { class: 'note', part: 'note' }, r.note));
    r.cells.forEach((c, i) => {
      const col = cols[i]!;
      tr.append(c ? this.drawCell(c, col[0], w, `${r.key}\u0002${i}`) : col[1].cloneNode(true));
    });
    return tr;
  }

  private drawCell(c: PlatformCell, skel: HTMLTableCellElement, w: Words, key: string): HTMLTableCellElement {
    const k = skeletons();
    const td = skel.cloneNode(true) as HTMLTableCellElement;
    (td.firstChild as HTMLElement).textContent = c.count;
    // One element per bar, painted by two gradients (was an svg of two rects: a third of the
    // elements, 1 ms less style and layout at 50 rows). Its lengths go through CSSOM, which a
    // strict CSP allows (no style attribute in markup).
    const bar = td.lastChild as HTMLElement;
    if (c.bar === null && c.mark === null) bar.className = 'bar none';
    else {
      bar.style.setProperty('--b', `${((c.bar ?? 0) * 100).toFixed(2)}%`);
      // A background-position percentage: 0 % puts the mark at the start, 100 % flush with the end
      // (0.985: the track less the mark's 1.5 % width in the styles).
      if (c.mark !== null) bar.style.setProperty('--m', `${(Math.min(1, c.mark / 0.985) * 100).toFixed(2)}%`);
    }
    if (c.change) td.append(span(k.change, c.change));
    if (c.target) td.append(span(k.target, c.target));
    if (c.added) td.append(span(k.added, c.added));
    if (c.members.length) {
      const d = el(
        'details',
        { part: 'members', 'data-key': key },
        el('summary', {}, w.list(c.members.length)),
        el('ul', {}, ...c.members.map((n) => el('li', {}, n))),
      );
      d.open = this.opened.has(key);
      d.addEventListener('toggle', this.onToggle);
      td.append(d);
    }
    return td;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovation-platform-table': InnovationPlatformTable;
  }
}
