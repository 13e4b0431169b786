import { ReactiveElement } from '@lit/reactive-element';
import type { PropertyValues } from '@lit/reactive-element';
import { LocaleController } from '../../controllers/locale-controller.js';
import { PlanController } from '../../controllers/plan-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { messages } from '../../format/index.js';
import { element as h, place, setAttr, setText, svgElement } from '../../dom/element.js';
import { noticeElement } from '../../dom/notice.js';
import { NearViewport } from '../../layout/near-viewport.js';
import { reorderChildren } from '../../layout/reorder.js';
import type { Plan, PlanDocumentInput, Problem } from '../../model/types.js';
import { Widget } from '../../layout/widget-element.js';
import { plainIndicator, validatePlanWith } from '../../model/validate.js';
import { arrangeBars, filterIndicators, planBars } from './target-bars.layout.js';
import type {
  BarKey,
  BarsGroup,
  BarsScale,
  BarsScene,
  BarsSort,
  LazyBarsScene,
  SortDirection,
} from './target-bars.layout.js';
import { fillRow, liteRow, pct, setLiteText } from './target-bars.bar.js';
import { targetBarsStyles } from './target-bars.styles.js';

/** Containers narrower than this stack each row (name above the bar). */
export const NARROW_WIDTH = 480;
/**
 * Tables of more rows than this start most rows light (row header and sentence only) and draw
 * them in full as they come near the viewport; the first rows shown are drawn at once.
 */
const LITE_MIN = 60;
const EAGER = 30;
/** The sort each column header's button sets: 指标 (name), 进度 and 状态; null = not sortable. */
const SORT_COLUMNS: ReadonlyArray<BarsSort | null> = ['name', null, null, null, 'progress', 'status'];
/** The least height of a full row, in px: two lines of 12 px type and the cell padding. */
const ROW_MIN = 40;

/**
 * How many rows a long table draws in full at once: as many as the viewport can show (rows nearer
 * than a viewport's height below it are drawn after the first frame, as they are observed), EAGER
 * when the viewport's height is not known.
 */
function eagerRows(): number {
  const h = globalThis.innerHeight;
  return h > 0 ? Math.min(LITE_MIN, Math.ceil(h / ROW_MIN)) : EAGER;
}

/**
 * A plan's indicator table as target-vs-actual bars: one row per indicator with its baseline,
 * latest value, target (a line, an arrow for "or more"/"or less", a band for "about"/ranges), the
 * progress expected by now and a status. A real `<table>`: caption, column headers with sort
 * buttons (`aria-sort`), a row header per indicator, and each bar's full text in its cell.
 *
 * @tagname innovation-target-bars
 * @summary Target-vs-actual bars of a plan's indicators, as a sortable, groupable table.
 *
 * @attr {string} data - Id of an `<innovation-data>` element holding the plan (else the nearest ancestor one, or an inline child).
 * @attr {string} indicators - Indicator ids to show, comma-separated, in this order (default: all, in plan order).
 * @attr {string} category - Show only indicators of this category (as written, any locale).
 * @attr {'expected'|'binding'|'预期性'|'约束性'} attribute - Show only 预期性 or 约束性 indicators.
 * @attr {string} as-of - Ignore observations after this year.
 * @attr {'row'|'progress'} scale - `row` (default): each row on its own scale in its own unit; `progress`: one shared axis, 0 = baseline, 100 % = target.
 * @attr {'plan'|'name'|'progress'|'status'} sort - Row order (default `plan`: no header is marked sorted); the sort buttons change it.
 * @attr {'ascending'|'descending'} sort-direction - Direction of `sort` (default `ascending`; for `status`: off track first).
 * @attr {'category'} group-by - Group rows under their category.
 * @attr {string} locale - `zh-CN` or `en` (default: nearest `lang`).
 * @attr {'light'|'dark'|'auto'} theme - Colour theme; `auto` follows `prefers-color-scheme`.
 *
 * @prop {Plan | PlanDocumentInput | null} plan - A plan document (validated) or a normalized plan.
 *
 * @slot - An inline `<table>` (or `<script type="application/json">`) with the plan: read as the data, hidden while the bars show.
 *
 * @fires innovation-data-error - `{ problems }` when the input has problems (once per distinct set; bubbles, composed).
 *
 * @csspart base - The wrapper.
 * @csspart table - The table.
 * @csspart caption - The caption (the plan title).
 * @csspart sort-button - The sort buttons in the column headers.
 * @csspart label - The row header (indicator name, unit, badge, chips).
 * @csspart value - The baseline, latest and target cells.
 * @csspart svg - Each row's bar (decoration; the cell's text says it all).
 * @csspart track - The bar's track.
 * @csspart bar - The value bar (from the scale start, or from the baseline on the progress scale).
 * @csspart regress - Movement away from the target (between latest and baseline).
 * @csspart target - The target line, arrow or hollow marker.
 * @csspart band - The approx / between band.
 * @csspart baseline - The baseline tick.
 * @csspart expected - The expected-progress mark.
 * @csspart axis - The shared axis (progress scale).
 * @csspart status - The status cell (icon, word, progress).
 * @csspart badge - The 约束性 / binding badge.
 * @csspart chip - Relative-target, 力争 and alternative-statement chips.
 * @csspart source - The source disclosure.
 * @csspart notice - The data-problem notice.
 *
 * @cssproperty --innovation-target-bars-text - Text colour (falls back to --innovation-color-text).
 * @cssproperty --innovation-target-bars-muted - Secondary text colour.
 * @cssproperty --innovation-target-bars-background - Background.
 * @cssproperty --innovation-target-bars-track - Track and rule colour.
 * @cssproperty --innovation-target-bars-target - Target marker colour.
 * @cssproperty --innovation-target-bars-band - Band fill.
 * @cssproperty --innovation-target-bars-font - Font family; --innovation-target-bars-font-size its size.
 * @cssproperty --innovation-color-achieved - Status colours (also -on-track, -behind, -off-track, -neutral), shared with the gauge.
 */
export class InnovationTargetBars extends Widget(ReactiveElement) {
  static override styles = targetBarsStyles;

  static override properties = {
    data: {},
    indicators: {},
    category: {},
    attribute: {},
    asOf: { attribute: 'as-of' },
    scale: { reflect: true },
    sort: { reflect: true },
    sortDirection: { attribute: 'sort-direction', reflect: true },
    groupBy: { attribute: 'group-by' },
    locale: {},
    theme: { reflect: true },
    plan: { attribute: false },
  };

  declare data: string | undefined;
  declare indicators: string | undefined;
  declare category: string | undefined;
  declare attribute: string | undefined;
  declare asOf: string | number | undefined;
  declare scale: BarsScale;
  declare sort: BarsSort;
  declare sortDirection: SortDirection;
  declare groupBy: string | undefined;
  declare locale: string | undefined;
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  declare plan: Plan | PlanDocumentInput | null | undefined;

  /** The shadow DOM the element keeps and patches (made on the first update). */
  private shell: Shell | null = null;
  private readonly localeController = new LocaleController(this, () => this.locale);
  private readonly resizeController = new ResizeController(this);
  // Long plans: plain indicator records are read in one go (same output as validatePlan).
  private readonly planController = new PlanController(this, {
    validate: (input) => validatePlanWith(input, { indicator: plainIndicator }),
  });
  private scene: LazyBarsScene | null = null;
  private full: BarsScene | null = null;
  private groups: Array<BarsGroup<BarKey>> = [];
  private sceneKey: unknown[] = [];
  private arrangeKey: unknown[] = [];
  /** The groups syncRows last put in place: a render that changes neither (a resize, the theme) moves no row. */
  private synced: Array<BarsGroup<BarKey>> | null = null;
  /** Each scene row's `<tr>` (by row index), made once: a re-sort only moves them (see syncRows). */
  private rowEls: Array<HTMLTableRowElement | undefined> = [];
  /** Light rows by element: their row index. */
  private readonly liteIndex = new Map<Element, number>();
  private readonly near = new NearViewport((els) => {
    for (const el of els) this.fill(this.liteIndex.get(el));
  });
  private idle = 0;
  /** Row indices in display order. */
  private order: number[] = [];
  /** Light rows whose sentence is written. */
  private texted = new WeakSet<Element>();
  private groupEls = new Map<string, HTMLTableRowElement>();

  constructor() {
    super();
    this.scale = 'row';
    this.sort = 'plan';
    this.sortDirection = 'ascending';
  }

  /** The scene last drawn (read-only; for tests and tools): every row laid out. */
  get barsScene(): BarsScene | null {
    const s = this.scene;
    if (!s) return null;
    if (!this.full) {
      const { locale, scale, caption, headers, axis, notice } = s;
      this.full = { locale, scale, caption, headers, rows: s.keys.map((k) => s.row(k.index)), axis, notice };
    }
    return this.full;
  }

  /** Problems of the widget's own input (unknown ids) and of the plan. */
  get problems(): Problem[] {
    return [...this.ownProblems, ...this.planController.problems];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onPrint);
    this.near.resume();
    this.writeSentences();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    this.near.pause();
    if (this.idle) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout)(this.idle);
    this.idle = 0;
  }

  protected override firstUpdated(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer) this.resizeController.observe(sizer);
    this.renderRoot.addEventListener('focusin', this.onFocusIn);
  }

  /**
   * Focus in a row draws the rows after it, so that Tab reaches their source disclosures (light
   * rows have none) before the observer would.
   */
  private readonly onFocusIn = (e: Event): void => {
    if (!this.liteIndex.size) return;
    const tr = (e.target as Element).closest?.('tbody tr');
    const at = tr ? this.order.findIndex((i) => this.rowEls[i] === tr) : -1;
    if (at >= 0) for (const i of this.order.slice(at + 1, at + 1 + EAGER)) this.fill(i);
  };

  /** After `compute()` (see Widget): the shell is patched and the rows put in place. */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.renderShell();
    this.syncRows();
  }

  protected override clear(): void {
    this.scene = null;
    this.full = null;
  }

  /**
   * Printing draws every row, synchronously: the print layout follows `beforeprint`. The widget's
   * one window listener, print-only: a print media query's change comes a frame late, and the rows
   * near the viewport are drawn by an IntersectionObserver, with no scroll or resize listener.
   */
  private readonly onPrint = (): void => {
    for (const i of [...this.liteIndex.values()]) this.fill(i);
  };

  /** Draws light row `i` in full. */
  private fill(i: number | undefined): void {
    const s = this.scene;
    const tr = i === undefined ? undefined : this.rowEls[i];
    if (!s || !tr || !this.liteIndex.has(tr)) return;
    this.liteIndex.delete(tr);
    this.near.unwatch(tr);
    fillRow(tr, s.row(i!), s.headers, messages(s.locale).source);
  }

  /** After the first paint, in idle time: the sentence of every light row, a slice at a time. */
  private writeSentences(): void {
    if (this.idle || !this.liteIndex.size) return;
    const ric = typeof requestIdleCallback === 'function' ? requestIdleCallback : null;
    const step = (deadline?: IdleDeadline): void => {
      this.idle = 0;
      const s = this.scene;
      if (!s) return;
      const t0 = performance.now();
      for (const [tr, i] of this.liteIndex) {
        if (this.texted.has(tr)) continue;
        this.texted.add(tr);
        setLiteText(tr as HTMLTableRowElement, s.row(i).text);
        if (deadline ? deadline.timeRemaining() < 1 : performance.now() - t0 > 8) {
          this.idle = ric ? ric(step) : (setTimeout(step, 16) as unknown as number);
          return;
        }
      }
    };
    this.idle = ric ? ric(step) : (setTimeout(step, 16) as unknown as number);
  }

  /**
   * Puts each group's rows into its `<tbody>` (one per group, see renderShell): a row's `<tr>` is
   * made once per scene row, and a re-sort or re-group moves existing rows, fewest moves first.
   * Long tables: rows start light (see liteRow) except the first a viewport can show, drawn in
   * full, as every row is once it nears the viewport.
   */
  private syncRows(): void {
    const s = this.scene;
    const bodies = this.shell?.bodies ?? [];
    if (!s) return;
    if (this.groups === this.synced && bodies.length === this.groups.length) return;
    this.synced = this.groups;
    const lite = s.keys.length > LITE_MIN && typeof IntersectionObserver === 'function';
    const first = lite ? eagerRows() : 0;
    let shown = 0;
    this.order = this.groups.flatMap((g) => g.rows.map((k) => k.index));
    this.groups.forEach((g, gi) => {
      const body = bodies[gi];
      if (!body) return;
      const want: Element[] = [];
      if (g.label) want.push(this.groupRow(g.label));
      for (const k of g.rows) {
        const i = k.index;
        let tr = this.rowEls[i];
        const eager = !lite || shown++ < first;
        if (!tr) {
          if (eager) {
            tr = document.createElement('tr');
            fillRow(tr, s.row(i), s.headers, messages(s.locale).source);
          } else {
            tr = liteRow(k.name);
            this.liteIndex.set(tr, i);
            this.near.watch(tr);
          }
          this.rowEls[i] = tr;
        } else if (eager) this.fill(i);
        want.push(tr);
      }
      // A first render appends its new rows at once (one insertion instead of one per row); rows
      // already shown move with reorderChildren, which keeps focus and <details> state.
      if (!body.firstElementChild && !want.some((e) => e.isConnected)) body.append(...want);
      else reorderChildren(body, want);
    });
    this.writeSentences();
  }

  private groupRow(label: string): HTMLTableRowElement {
    let tr = this.groupEls.get(label);
    if (!tr) {
      tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'rowgroup';
      th.colSpan = 6;
      th.textContent = label;
      tr.append(th);
      this.groupEls.set(label, tr);
    }
    return tr;
  }

  protected override compute(): void {
    const ctl = this.planController;
    const locale = this.localeController.locale;
    const plan = ctl.plan;
    const asOfNum = Number(this.asOf);
    const asOf = this.asOf !== undefined && this.asOf !== '' && Number.isFinite(asOfNum) ? asOfNum : null;
    const scale: BarsScale = this.scale === 'progress' ? 'progress' : 'row';
    const key = [
      plan,
      ctl.problems,
      ctl.error,
      locale,
      this.indicators,
      this.category,
      this.attribute,
      asOf,
      scale,
    ];
    if (key.some((k, i) => k !== this.sceneKey[i])) {
      this.sceneKey = key;
      this.full = null;
      this.rowEls = [];
      this.liteIndex.clear();
      this.near.clear();
      if (!plan) {
        this.ownProblems = ctl.failure ? [ctl.failure] : [];
        this.scene = null;
      } else {
        const picked = filterIndicators(
          plan.indicators,
          { ids: this.indicators, category: this.category, attribute: this.attribute },
          locale,
        );
        this.ownProblems = picked.problems;
        this.scene = planBars({
          indicators: picked.indicators,
          locale,
          scale,
          period: plan.plan.period,
          asOf,
          title: plan.plan.title,
          problems: [...picked.problems, ...ctl.problems],
        });
      }
    }
    const direction = this.sortDirection === 'descending' ? 'descending' : 'ascending';
    const groupBy = this.groupBy === 'category' ? 'category' : null;
    const arrange = [this.scene, this.sort, direction, groupBy];
    if (arrange.some((k, i) => k !== this.arrangeKey[i])) {
      this.arrangeKey = arrange;
      this.groups = this.scene ? arrangeBars(this.scene.keys, this.sort, direction, groupBy, locale) : [];
    }
  }

  /** Sorts by `key`; a second press on the same key reverses the direction. */
  sortBy(key: BarsSort): void {
    if (this.sort === key) {
      this.sortDirection = this.sortDirection === 'descending' ? 'ascending' : 'descending';
    } else {
      this.sort = key;
      this.sortDirection = 'ascending';
    }
  }

  /**
   * Makes the shadow DOM match the scene: built once with DOM calls (no template engine), then
   * patched (busy state, width class, notice, caption, headers, sort state, axis, one `<tbody>`
   * per group). Rows are syncRows' business.
   */
  private renderShell(): void {
    const scene = this.scene;
    const sh = (this.shell ??= this.makeShell());
    const w = this.resizeController.width;
    setAttr(sh.base, 'class', !scene ? 'base empty' : w > 0 && w < NARROW_WIDTH ? 'base narrow' : 'base');
    setAttr(sh.base, 'aria-busy', this.planController.state === 'loading' ? 'true' : 'false');
    const own = this.ownProblems;
    const locale = this.localeController.locale;
    const notice = scene
      ? scene.notice
      : own.length
        ? {
            title: messages(locale).dataProblem,
            items: own.map((p) => this.planController.noticeText(p, locale)),
          }
        : null;
    const key = JSON.stringify(notice);
    if (key !== sh.noticeKey) {
      sh.noticeKey = key;
      sh.notice = notice && noticeElement(notice.title, notice.items);
    }
    if (scene && sh.scene !== scene) {
      // A new scene has new rows: empty bodies take them in one append each (syncRows).
      sh.scene = scene;
      for (const body of sh.bodies) body.replaceChildren();
      const hd = scene.headers;
      setText(sh.caption, scene.caption);
      [hd.name, hd.baseline, hd.latest, hd.target, hd.progress, hd.status].forEach((word, i) =>
        setText(sh.labels[i]!, word),
      );
      sh.axis?.remove();
      sh.axis = scene.axis.length ? axisSvg(scene.axis) : null;
      if (sh.axis) sh.heads[4]!.append(sh.axis);
    }
    // aria-sort only on the column the rows are sorted by: none in plan order (the default).
    SORT_COLUMNS.forEach((key, column) => {
      if (key)
        setAttr(
          sh.heads[column]!,
          'aria-sort',
          key === this.sort ? (this.sortDirection === 'descending' ? 'descending' : 'ascending') : null,
        );
    });
    const n = scene ? this.groups.length : 0;
    while (sh.bodies.length > n) sh.bodies.pop()!.remove();
    while (sh.bodies.length < n) sh.table.append((sh.bodies[sh.bodies.length] = h('tbody')));
    place(sh.base, [sh.notice, scene && sh.table, sh.slot]);
  }

  /** The shadow DOM: the sizer, and the base with the table (caption, header row with three sort buttons). */
  private makeShell(): Shell {
    const labels: Text[] = [];
    const text = () => labels[labels.push(document.createTextNode('')) - 1]!;
    const heads = ['n', 'v num', 'v num', 'v num', 'bar', 'status'].map((cls, i) => {
      const key = SORT_COLUMNS[i];
      if (!key) return h('th', { scope: 'col', class: cls }, text());
      const button = h(
        'button',
        { type: 'button', part: 'sort-button' },
        text(),
        svgElement(
          'svg',
          { class: 'sort-icon', viewBox: '0 0 10 10', 'aria-hidden': 'true' },
          svgElement('path', { d: 'M5,1L9,8H1Z' }),
        ),
      );
      button.addEventListener('click', () => this.sortBy(key));
      return h('th', { scope: 'col', class: cls }, button);
    });
    const caption = h('caption', { part: 'caption' });
    const table = h('table', { part: 'table' }, caption, h('thead', {}, h('tr', {}, ...heads)));
    const base = h('div', { part: 'base', class: 'base' });
    this.renderRoot.append(h('div', { class: 'sizer' }), base);
    const slot = h('slot', { class: 'fallback' });
    base.append(slot);
    return {
      base,
      slot,
      notice: null,
      noticeKey: '',
      table,
      caption,
      labels,
      heads,
      axis: null,
      bodies: [],
      scene: null,
    };
  }
}

/** The shared axis of the progress scale: a tick and a label per point. */
function axisSvg(axis: LazyBarsScene['axis']): SVGElement {
  const n = axis.length;
  return svgElement(
    'svg',
    { class: 'chart axis', part: 'axis', 'aria-hidden': 'true' },
    ...axis.flatMap((t, i) => {
      const x = pct(t.at);
      const label = svgElement('text', {
        x,
        y: '8',
        'text-anchor': i === 0 && t.at === 0 ? 'start' : i === n - 1 && t.at === 1 ? 'end' : 'middle',
      });
      label.textContent = t.label;
      return [svgElement('line', { x1: x, x2: x, y1: '10', y2: '14' }), label];
    }),
  );
}

interface Shell {
  base: HTMLDivElement;
  slot: HTMLSlotElement;
  notice: HTMLDivElement | null;
  noticeKey: string;
  table: HTMLTableElement;
  caption: HTMLTableCaptionElement;
  /** The six column headers' texts. */
  labels: Text[];
  /** The six column headers (指标, 基期, 最新, 目标, 进度, 状态). */
  heads: HTMLTableCellElement[];
  axis: SVGElement | null;
  bodies: HTMLTableSectionElement[];
  /** The scene whose caption, headers and axis the table shows. */
  scene: LazyBarsScene | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'innovation-target-bars': InnovationTargetBars;
  }
}
