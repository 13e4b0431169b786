import { SVG_NS, place, setAttr, setText } from '../../dom/element.js';
import { ReactiveElement, adoptStyles, unsafeCSS } from '@lit/reactive-element';
import type { CSSResult, PropertyValues } from '@lit/reactive-element';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { ResizeController } from '../../controllers/resize-controller.js';
import type { PlanController } from '../../controllers/plan-controller.js';
import { assessIndicator } from '../../model/assess.js';
import type { Indicator, Period, Plan, PlanDocumentInput, Problem } from '../../model/types.js';
import { PLAIN, readAttributes } from './gauge.attributes.js';
import type { GaugeAttributes, GaugeInput, Readers } from './gauge.attributes.js';
import { layoutGauge } from './gauge.layout.js';
import { numberText as str } from '../../format/number.js';
import { messages } from '../../format/words.js';
import type { GaugeLayoutInput, GaugeScene, GaugeVariant } from './gauge.layout.js';
import { gaugeStyles } from './gauge.styles.js';

const warnedNoName = new WeakSet<Element>();

const NAME_FALLBACK = { 'zh-CN': '指标', en: 'Indicator' } as const;
/** The properties read as the indicator when the gauge has no plan (`indicator` is passed as `id`). */
const INDICATOR_PROPERTIES = {
  value: {},
  target: {},
  targetMax: { attribute: 'target-max' },
  baseline: {},
  min: {},
  max: {},
  unit: {},
  label: {},
  year: {},
  baselineYear: { attribute: 'baseline-year' },
  targetYear: { attribute: 'target-year' },
  comparator: {},
  direction: {},
  attribute: {},
};
const ATTRIBUTE_KEYS = Object.keys(INDICATOR_PROPERTIES) as Array<keyof typeof INDICATOR_PROPERTIES>;

/**
 * Arc and ring are laid out once in this fixed viewBox and scaled by CSS; the width-dependent parts
 * (secondary labels hidden below 180 px, chart and text side by side from 440 px) are CSS container
 * queries. They need no ResizeObserver and render once on first paint.
 */
const RADIAL_WIDTH = 240;

/**
 * The linear variant's track length follows its width (its marks keep their pixel size), so it is
 * the one shape that measures itself, through the page's shared ResizeObserver (ResizeController),
 * watching the meter element, whose height does not depend on its width.
 */
/** Non-empty lines joined by a line break (shown with `white-space: pre-line`). */
const lines = (...list: string[]) => list.filter(Boolean).join('\n');

type MarkName = 'band' | 'regress' | 'baseline' | 'expected' | 'arrow' | 'overflow';

/** The elements a gauge updates; optional ones are made the first time they are needed. */
interface GaugeDom {
  base: HTMLElement;
  title: HTMLElement;
  badge?: HTMLElement;
  body: HTMLElement;
  chart: HTMLElement;
  svg: SVGSVGElement;
  marks: { track: Element; value: Element; target: Element; text: Element } & Partial<
    Record<MarkName, Element>
  >;
  text: HTMLElement;
  valueLine?: HTMLElement;
  year: HTMLElement;
  status: HTMLElement;
  lines: HTMLElement;
  secondary: HTMLElement;
  slot: HTMLSlotElement;
}

/** Sets `hidden` only when it changes. */
function setHidden(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}

/**
 * Set by each render: it fills a fresh clone of the skeleton, which holds no attribute a render sets
 * but the base's class (overwritten), no text and nothing hidden, so `attr`, `text` and `hidden`
 * write without reading first (≈5 µs a gauge of reads, measured) and have nothing to remove.
 */
let fresh = false;
const attr = (el: Element, name: string, value: string | null): void => {
  if (!fresh) setAttr(el, name, value);
  else if (value !== null) el.setAttribute(name, value);
};
const text = (node: Node, value: string): void => {
  if (!fresh) setText(node, value);
  else if (value) node.textContent = value;
};
const hidden = (el: HTMLElement, hide: boolean): void => {
  if (!fresh) setHidden(el, hide);
  else if (hide) el.hidden = true;
};

/** An optional SVG path with its `d`, or null when it has no geometry (kept for reuse). */
function mark(
  marks: GaugeDom['marks'],
  name: MarkName,
  cls: string,
  part: string,
  d: string | undefined,
  evenodd = false,
): Element | null {
  if (!d) return null;
  const el = (marks[name] ??= document.createElementNS(SVG_NS, 'path'));
  if (evenodd) el.setAttribute('fill-rule', 'evenodd');
  setAttr(el, 'part', part);
  setAttr(el, 'class', cls);
  setAttr(el, 'd', d);
  return el;
}

/**
 * What an update laid out, kept instead of its scene to lay it out again: an attribute gauge keeps
 * the attributes it read rather than the indicator read from them.
 */
interface Drawn extends Omit<GaugeLayoutInput, 'assessment'> {
  attrs: GaugeAttributes | null;
  period: Period | null;
  asOf: number | null;
}

// Parts loaded on demand (value readers with the problem reporter, extras, plan reader, resize reader) import
// no module this file imports statically, types aside: a bundler that splits code puts every module
// reachable from both sides into a shared chunk, and the page then loads two files up front (5–8 ms
// more import time, measured). What they need from here is passed in (styles, the source's label).
// test/unit/package-shape.test.ts holds every widget to this.

/** Logs a part that could not load (the gauge then goes on without it). */
const warnLoad = (what: string) => (error: unknown) =>
  console.warn(`innovation-widgets: <innovation-gauge> could not load its ${what}`, error);

/** The readers of values as written ("2.5%以上", "“十三五”末"), loaded by the first gauge that has one. */
let fullReaders: Readers | null = null;
let fullReadersLoading: Promise<void> | null = null;
/**
 * Logging and `innovation-data-error` for a gauge's own problems, which come almost only from values
 * as written: it loads with their readers.
 */
let reportOnce: typeof import('./gauge.input.js').reportOnce | null = null;

function loadFullReaders(): Promise<void> {
  return (fullReadersLoading ??= import('./gauge.input.js').then(
    (m) => {
      fullReaders = m.READERS;
      reportOnce = m.reportOnce;
    },
    (error: unknown) => {
      // Then only plain attributes without a problem are drawn.
      fullReaders = PLAIN;
      warnLoad('value reader')(error);
    },
  ));
}

/** Lit's extras renderer, once loaded; `false` when it could not load (the extras are then left out). */
let extras: typeof import('./gauge.extras.js') | false | null = null;
let extrasLoading: Promise<void> | null = null;
/** The extras' styles, made once; adopted by a gauge's shadow root the first time it shows extras. */
let extrasStyles: CSSResult | null = null;
const extrasStyled = new WeakSet<ShadowRoot>();

function loadExtras(): Promise<void> {
  return (extrasLoading ??= import('./gauge.extras.js').then(
    (m) => {
      extras = m;
      extrasStyles = unsafeCSS(m.EXTRAS_CSS);
    },
    (error: unknown) => {
      extras = false;
      warnLoad('extras')(error);
    },
  ));
}

/** An element with its class, part, other attributes (`ns`: SVG) and children. */
function h(
  tag: string,
  cls: string,
  part: string,
  children: Node[] = [],
  attrs: Record<string, string> = {},
  ns?: string,
): Element {
  const el = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  attrs = { class: cls, part, ...attrs };
  for (const name in attrs) if (attrs[name]) el.setAttribute(name, attrs[name]!);
  el.append(...children);
  return el;
}

/** The skeleton, and the optional badge and value line, cloned when a gauge needs them. */
let skeleton: [base: HTMLElement, badge: Node, valueLine: Node] | null = null;

/**
 * The parts every drawn gauge has, built once per page by plain DOM calls (no template, so no HTML
 * parser and Trusted Types have nothing to check) and cloned per gauge; the badge and the linear
 * value line are kept apart to be cloned when needed.
 */
function buildSkeleton(): [HTMLElement, Node, Node] {
  const evenodd = { 'fill-rule': 'evenodd' };
  const svg = (tag: string, cls: string, part: string, attrs?: Record<string, string>) =>
    h(tag, cls, part, [], attrs, SVG_NS);
  const base = h('div', 'base empty', 'base', [
    h('span', 'title', 'title label', [], { id: 'title' }),
    h('div', 'body', '', [
      h(
        'div',
        'chart',
        'meter',
        [
          h(
            'svg',
            '',
            'svg',
            [
              svg('path', 'track', 'track', evenodd),
              svg('path', 'value', 'value', evenodd),
              svg('path', 'target-line', 'target'),
              svg('text', 'value-number', 'value', { 'text-anchor': 'middle' }),
            ],
            { 'aria-hidden': 'true', focusable: 'false' },
            SVG_NS,
          ),
        ],
        { role: 'meter' },
      ),
      h('div', 'text', '', [
        h('div', 'year', 'label'),
        h('div', 'status', 'status label'),
        h('div', 'lines', 'label'),
        h('div', 'lines secondary', 'label'),
      ]),
    ]),
    h('slot', 'fallback', ''),
  ]) as HTMLElement;
  const line = h('div', 'value-line', 'label value', [document.createTextNode(''), h('span', 'year', '')]);
  return [base, h('span', 'badge', 'badge'), line];
}

/** One slotchange listener for every gauge (no closure per gauge): a new child may be a plan to read. */
function onSlotChange(this: HTMLSlotElement): void {
  ((this.getRootNode() as ShadowRoot).host as InnovationGauge).ensurePlanController();
}

/** A gauge's own copy of the skeleton. */
function createDom(): GaugeDom {
  const base = (skeleton ??= buildSkeleton())[0].cloneNode(true) as HTMLElement;
  const [title, chart, svg, track, value, target, text, year, status, lines, secondary] =
    base.querySelectorAll<HTMLElement>('[part]');
  const slot = base.lastChild as HTMLSlotElement;
  slot.addEventListener('slotchange', onSlotChange);
  return {
    base,
    title: title!,
    body: chart!.parentNode as HTMLElement,
    chart: chart!,
    svg: svg as unknown as SVGSVGElement,
    marks: { track: track!, value: value!, target: target!, text: text! },
    text: year!.parentNode as HTMLElement,
    year: year!,
    status: status!,
    lines: lines!,
    secondary: secondary!,
    slot,
  };
}

/**
 * One plan indicator at a glance: where it started, where it is, where it must get to and whether it
 * is on the way. Reads plain attributes, a plan (`plan` property, or `data` = the id of an
 * `<innovation-data>`, with `indicator`), or an inline `<table>` child (which stays the no-JS view).
 *
 * @tagname innovation-gauge
 * @summary A gauge of one plan indicator against its target (arc, ring or linear).
 *
 * @attr {string} value - The latest value, a number or as written ("1.57", "1.57%").
 * @attr {string} target - The target, a number or as written ("2.5%以上", "3~4个", "翻番").
 * @attr {string} target-max - Upper end of a `between` target.
 * @attr {string} baseline - The baseline value (e.g. the value in the year before the plan).
 * @attr {string} min - Scale minimum (else from the data).
 * @attr {string} max - Scale maximum (else from the data); values beyond it are clipped with a mark.
 * @attr {string} unit - Unit as written ("%", "家", "亿元"); else taken from the values.
 * @attr {string} label - Indicator name; the accessible name of the meter.
 * @attr {string} year - Year of `value` ("2018", "20XX" is kept as written).
 * @attr {string} baseline-year - Year of `baseline`.
 * @attr {string} target-year - Year of `target`.
 * @attr {'eq'|'gte'|'gt'|'lte'|'lt'|'approx'|'between'} comparator - Overrides the comparator written in `target`.
 * @attr {'increase'|'decrease'} direction - `decrease` when lower is better.
 * @attr {'expected'|'binding'} attribute - 预期性 / 约束性; `binding` shows a badge.
 * @attr {string} data - Id of an `<innovation-data>` element holding the plan.
 * @attr {string} indicator - Indicator id in the plan (default: the first).
 * @attr {string} as-of - Ignore observations after this year.
 * @attr {string} locale - `zh-CN` or `en` (default: nearest `lang`).
 * @attr {'arc'|'ring'|'linear'} variant - Shape (default `arc`).
 * @attr {'light'|'dark'|'auto'} theme - Colour theme; `auto` follows `prefers-color-scheme`.
 * @attr {boolean} no-animation - Turn off the value transition.
 *
 * @prop {Plan | PlanDocumentInput | null} plan - A plan document (validated) or a normalized plan.
 *
 * @slot - An inline `<table>` (or `<script type="application/json">`) with the data: read as the plan,
 *   hidden while the chart shows, shown when there is nothing to draw.
 *
 * @fires innovation-data-error - `{ problems }` when the input has problems (once per distinct set; bubbles, composed).
 *
 * @csspart base - The wrapper.
 * @csspart title - The indicator name (also `label`).
 * @csspart label - Every text label.
 * @csspart badge - The 约束性 / binding badge.
 * @csspart meter - The `role="meter"` element around the chart.
 * @csspart svg - The SVG.
 * @csspart track - The full track.
 * @csspart value - The value arc/bar (also the value label).
 * @csspart regress - Movement away from the target (between latest and baseline).
 * @csspart band - The approx / between band.
 * @csspart target - The target line and arrow.
 * @csspart baseline - The baseline tick.
 * @csspart expected - The expected-progress tick.
 * @csspart overflow - The clipping mark of a value beyond the scale.
 * @csspart status - The status text with its icon.
 * @csspart chips - The relative-target chip list; each chip is part `chip`.
 * @csspart notice - The data-problem notice.
 * @csspart source-button - The button that shows the source.
 * @csspart source - The source (quote, locator).
 *
 * @cssproperty --innovation-gauge-text - Text colour (falls back to --innovation-color-text).
 * @cssproperty --innovation-gauge-muted - Secondary text colour.
 * @cssproperty --innovation-gauge-background - Background.
 * @cssproperty --innovation-gauge-track - Track colour.
 * @cssproperty --innovation-gauge-value - Value colour (default: the status colour).
 * @cssproperty --innovation-gauge-target - Target marker colour.
 * @cssproperty --innovation-gauge-band - Band fill.
 * @cssproperty --innovation-gauge-achieved - Status colour: achieved.
 * @cssproperty --innovation-gauge-on-track - Status colour: on track.
 * @cssproperty --innovation-gauge-behind - Status colour: behind.
 * @cssproperty --innovation-gauge-off-track - Status colour: off track.
 * @cssproperty --innovation-gauge-neutral - Status colour: no assessment.
 * @cssproperty --innovation-gauge-chip-background - Chip background.
 * @cssproperty --innovation-gauge-badge - Badge text; --innovation-gauge-badge-background its background.
 * @cssproperty --innovation-gauge-notice-background - Notice background.
 * @cssproperty --innovation-gauge-font - Font family; --innovation-gauge-font-size its size.
 */
export class InnovationGauge extends ReactiveElement {
  static override styles = gaugeStyles;

  static override properties = {
    ...INDICATOR_PROPERTIES,
    data: {},
    indicator: {},
    asOf: { attribute: 'as-of' },
    locale: {},
    // The default arc is not written back: no attribute (and its callback) per gauge.
    variant: { reflect: true, converter: { toAttribute: (v: string) => (v === 'arc' ? null : v) } },
    theme: { reflect: true },
    // Not reflected: the update would write the attribute back and run attributeChangedCallback
    // once per gauge; the styles read a class on the base instead.
    noAnimation: { type: Boolean, attribute: 'no-animation' },
    plan: { attribute: false },
    _sourceOpen: { state: true },
  };

  declare value: string | number | undefined;
  declare target: string | number | undefined;
  declare targetMax: string | number | undefined;
  declare baseline: string | number | undefined;
  declare min: string | number | undefined;
  declare max: string | number | undefined;
  declare unit: string | undefined;
  declare label: string | undefined;
  declare year: string | number | undefined;
  declare baselineYear: string | number | undefined;
  declare targetYear: string | number | undefined;
  declare comparator: string | undefined;
  declare direction: string | undefined;
  declare attribute: string | undefined;
  declare data: string | undefined;
  declare indicator: string | undefined;
  declare asOf: string | number | undefined;
  declare locale: string | undefined;
  declare variant: GaugeVariant;
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  declare noAnimation: boolean;
  declare plan: Plan | PlanDocumentInput | null | undefined;
  declare private _sourceOpen: boolean;

  private readonly localeController = new LocaleController(this, () => this.locale);
  /** Loaded on demand (plan property, data id, ancestor <innovation-data>, inline child): keeps the attribute-only gauge small. */
  private planController: PlanController | null = null;
  private planModule: typeof import('./gauge.plan.js') | null = null;
  private planLoading: Promise<void> | null = null;
  /** Set while a part this update needs loads (value reader, extras); `updateComplete` waits for it. */
  private loading: Promise<void> | null = null;
  /** Problems of the gauge's own input (unknown ids, a failed load, a thrown layout). */
  protected ownProblems: Problem[] = [];
  private reportedKey = '';
  /**
   * The scene is dropped once drawn (its path and label strings were most of a gauge's heap) and
   * laid out again from `drawn` only when read through `gaugeScene`.
   */
  private scene: GaugeScene | null = null;
  private drawn: Drawn | null = null;
  private busy = false;
  /** Linear variant only: measures the meter (0 wide until measured). */
  private lineSize: ResizeController | null = null;
  private lineSizeLoading = false;
  private dom: GaugeDom | null = null;

  constructor() {
    super();
    this.variant = 'arc';
    this.noAnimation = false;
    this._sourceOpen = false;
  }

  /** The scene last drawn (read-only; for tests and tools). */
  get gaugeScene(): GaugeScene | null {
    const d = this.drawn;
    if (this.scene || !d) return this.scene;
    const indicator = d.attrs ? (this.read(d.attrs, d.locale)?.indicator ?? null) : d.indicator;
    return (this.scene = this.layout(d, indicator));
  }

  /** Problems found in the gauge's own input (attributes, indicator lookup); plan problems come from the plan. */
  get problems(): Problem[] {
    return [...this.ownProblems, ...(this.planController?.problems ?? [])];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ensurePlanController();
  }

  /** True when the gauge reads a plan rather than its attributes. */
  private needsPlan(): boolean {
    if (this.plan != null) return true;
    if (typeof this.data === 'string' && this.data.trim() !== '') return true;
    // One native closest() per tree scope (out of shadow roots to their hosts), not a JS step per ancestor.
    if (this.closest('innovation-data')) return true;
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      if (root.host.closest('innovation-data')) return true;
    }
    for (let el = this.firstElementChild; el; el = el.nextElementSibling) {
      if (
        el.localName === 'table' ||
        (el.localName === 'script' &&
          (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json')
      )
        return true;
    }
    return false;
  }

  /** @internal */
  ensurePlanController(): void {
    if (this.planController || this.planLoading || !this.needsPlan()) return;
    // Fetched side by side: no extra round trip before the plan reader when modules load unbundled.
    this.planLoading = Promise.all([
      import('../../controllers/plan-controller.js'),
      import('./gauge.plan.js'),
    ]).then(
      ([m, g]) => {
        this.planModule = g;
        this.planController = new m.PlanController(this);
        this.requestUpdate();
      },
      (error: unknown) => {
        this.planLoading = null;
        warnLoad('plan reader')(error);
      },
    );
    this.requestUpdate();
  }

  /**
   * `attrs` read by the plain readers, which fail on anything but plain numbers and years without a
   * problem to tell; then by the full ones, loaded the first time (null while they load).
   */
  private read(attrs: GaugeAttributes, locale: string): GaugeInput | null {
    const input = readAttributes(attrs, locale, fullReaders ?? PLAIN);
    if (!input && !fullReaders) this.wait(loadFullReaders());
    return input;
  }

  /** Updates again once `load` is done; until then `updateComplete` waits for it. */
  private wait(load: Promise<void>): void {
    this.loading ??= load.then(() => this.requestUpdate());
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // The plan reader counts too: a page (or test) awaiting the first plan-driven render must not
    // see the empty gauge that shows while the reader loads.
    const loading = this.loading ?? (this.planController ? null : this.planLoading);
    if (!loading) return done;
    await loading;
    return this.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('plan') || changed.has('data')) this.ensurePlanController();
  }

  /**
   * One `compute()` per update (after the controllers' `hostUpdate`), which never throws out: a throw
   * becomes one problem and drops the scene. Then the skeleton is updated in place (see `render`).
   */
  protected override update(changed: PropertyValues): void {
    this.loading = null;
    try {
      this.compute();
    } catch (error) {
      this.scene = this.drawn = null;
      this.ownProblems = [{ path: '', message: String(error) }];
    }
    const base = this.render();
    super.update(changed);
    if (base.parentNode !== this.renderRoot) this.renderRoot.append(base);
  }

  private compute(): void {
    const locale = this.localeController.locale;
    const ctl = this.planController ?? {
      plan: null,
      problems: [] as Problem[],
      state: this.planLoading ? 'loading' : 'idle',
      error: null,
      origin: 'none',
    };
    let own: Problem[] = [];
    /** The notice's list when it differs from `own` (a failed source, said in the gauge's locale). */
    let shown: Problem[] | null = null;
    const failure = this.planController?.failure;
    let indicator: Indicator | null = null;
    let attrs: GaugeAttributes | null = null;
    let period = null;
    let min: number | null = null;
    let max: number | null = null;
    this.busy = ctl.state === 'loading';
    if (ctl.plan && ctl.origin !== 'none') {
      const picked = this.planModule!.pickIndicator(ctl.plan.indicators, this.indicator, this.label, locale);
      indicator = picked.indicator;
      if (picked.problem) own.push(picked.problem);
      period = ctl.plan.plan.period;
      const scale = this.read({ min: this.min, max: this.max }, locale);
      if (scale) {
        ({ min, max } = scale);
        own.push(...scale.problems);
      } else this.busy = this.loading !== null;
    } else if (failure) {
      own.push(failure);
      shown = [{ path: '', message: this.planController!.noticeText(failure, locale) }];
    } else if (ctl.origin === 'none' && ctl.state !== 'loading') {
      attrs = { id: this.indicator };
      for (const key of ATTRIBUTE_KEYS) attrs[key] = this[key];
      const input = this.read(attrs, locale);
      if (input) {
        ({ indicator, min, max } = input);
        own = input.problems;
      } else this.busy = this.loading !== null;
    }
    const asOfNum = Number(this.asOf);
    const asOf = this.asOf !== undefined && this.asOf !== '' && Number.isFinite(asOfNum) ? asOfNum : null;
    this.ownProblems = own;
    this.drawn =
      indicator || own.length > 0
        ? {
            attrs,
            indicator: attrs ? null : indicator,
            period,
            asOf,
            locale,
            variant: this.variant,
            width: this.variant === 'linear' ? (this.lineSize?.width ?? 0) : RADIAL_WIDTH,
            min,
            max,
            problems: shown ?? (ctl.problems.length ? [...own, ...ctl.problems] : own),
          }
        : null;
    this.scene = this.drawn && this.layout(this.drawn, indicator);
  }

  private layout(d: Drawn, indicator: Indicator | null): GaugeScene {
    const assessment = indicator ? assessIndicator(indicator, d) : null;
    return layoutGauge({ ...d, indicator, assessment });
  }

  protected override updated(): void {
    // The linear variant measures its meter; arc and ring never need to.
    const meter = this.scene?.variant === 'linear' ? this.renderRoot.querySelector('.chart') : null;
    if (meter) this.measureLine(meter);
    // Own problems, once per distinct set (the plan's problems are reported by the plan's source).
    if (this.ownProblems.length || this.reportedKey) {
      if (reportOnce) this.reportedKey = reportOnce(this, this.reportedKey, this.ownProblems);
      else this.wait(loadFullReaders());
    }
    if ((this.scene?.value || this.scene?.target) && !warnedNoName.has(this) && !this.accessibleName()) {
      warnedNoName.add(this);
      console.warn(
        'innovation-widgets: <innovation-gauge> has no accessible name; set its label attribute (or aria-label).',
      );
    }
    this.scene = null;
  }

  /** Linear only, so the measuring code is loaded the first time a linear gauge draws. */
  private measureLine(meter: Element): void {
    if (this.lineSize) return this.lineSize.observe(meter);
    if (this.lineSizeLoading) return;
    this.lineSizeLoading = true;
    import('../../controllers/resize-controller.js').then(
      (m) => {
        this.lineSize = new m.ResizeController(this, { manual: true });
        // The meter drawn now (the variant may have changed while loading).
        const chart = this.variant === 'linear' ? this.renderRoot.querySelector('.chart') : null;
        if (chart) this.lineSize.observe(chart);
      },
      (error: unknown) => {
        this.lineSizeLoading = false;
        warnLoad('resize reader')(error);
      },
    );
  }

  private accessibleName(): string {
    const own = this.getAttribute('aria-label');
    if (own && own.trim()) return own.trim();
    return this.scene?.labels.title ?? '';
  }

  private toggleSource(): void {
    this._sourceOpen = !this._sourceOpen;
  }

  // DOM budget (a page may hold hundreds of gauges): the chart and its text are one skeleton cloned
  // per gauge and updated by plain DOM calls (textContent, setAttribute), not a Lit template: no
  // marker comment, part object or blank text node per binding, which is most of a template's cost
  // when a page mounts a hundred gauges at once. The rare extras (chips, notice, source) stay a Lit
  // template rendered into `.text` when a gauge first has one. The status icon is CSS.
  private render(): Node {
    const scene = this.scene;
    fresh = !this.dom;
    const dom = (this.dom ??= createDom());
    attr(dom.base, 'aria-busy', this.busy ? 'true' : null);
    if (!scene) {
      attr(dom.base, 'class', 'base empty');
      place(dom.base, [dom.slot]);
      return dom.base;
    }
    const drawable = !!(scene.value || scene.target);
    const inline = scene.variant === 'linear' || !drawable;
    const l = scene.labels;
    attr(
      dom.base,
      'class',
      `base ${scene.status ?? 'none'} ${scene.variant}${drawable ? '' : ' empty'}${this.noAnimation ? ' still' : ''}`,
    );
    text(dom.title, l.title);
    let badge: HTMLElement | null = null;
    if (scene.badge) {
      badge = dom.badge ??= skeleton![1].cloneNode(true) as HTMLElement;
      setText(badge, scene.badge);
    }
    place(dom.base, [dom.title, badge, dom.body, dom.slot]);
    if (drawable) {
      const hostLabel = this.getAttribute('aria-label')?.trim();
      const name = hostLabel || (l.title ? null : NAME_FALLBACK[scene.locale]);
      const chart = dom.chart;
      attr(chart, 'aria-valuemin', str(scene.aria.min));
      attr(chart, 'aria-valuemax', str(scene.aria.max));
      attr(chart, 'aria-valuenow', str(scene.aria.now));
      attr(chart, 'aria-valuetext', scene.aria.text);
      attr(chart, 'aria-labelledby', name === null ? 'title' : null);
      attr(chart, 'aria-label', name ?? null);
      this.renderSvg(dom, scene);
    }
    place(dom.body, [drawable ? dom.chart : null, dom.text]);
    if (inline) {
      const line = (dom.valueLine ??= skeleton![2].cloneNode(true) as HTMLElement);
      const value = line.firstChild as Text;
      if (value.data !== l.value) value.data = l.value;
      setText(line.lastChild as HTMLElement, l.valueYear ? ` ${l.valueYear}` : '');
      if (dom.text.firstChild !== line) dom.text.insertBefore(line, dom.text.firstChild);
    } else {
      dom.valueLine?.remove();
    }
    hidden(dom.year, inline || !l.valueYear);
    text(dom.year, inline ? '' : l.valueYear);
    hidden(dom.status, !scene.status);
    text(dom.status, l.status);
    text(dom.lines, lines(l.target, l.overflow, l.regress));
    hidden(dom.secondary, !(l.baseline || l.expected || l.pace));
    text(dom.secondary, lines(l.baseline, l.expected, l.pace));
    const extra = scene.chips.length || scene.notice || scene.source;
    // Lit renders the extras after the last text line, so anything there means they were shown.
    if (extra || dom.text.lastChild !== dom.secondary) {
      if (extras) {
        const root = this.renderRoot;
        if (root instanceof ShadowRoot && !extrasStyled.has(root)) {
          extrasStyled.add(root);
          adoptStyles(root, [...InnovationGauge.elementStyles, extrasStyles!]);
        }
        const { source } = messages(scene.locale);
        extras.renderExtras(
          dom.text,
          extra ? scene : null,
          this,
          this._sourceOpen,
          source,
          this.toggleSource,
        );
      } else if (extras === null) this.wait(loadExtras());
    }
    return dom.base;
  }

  private renderSvg(dom: GaugeDom, scene: GaugeScene): void {
    const t = scene.target;
    const linear = scene.variant === 'linear';
    const vt = scene.valueText;
    const overflow = scene.overflow.map((o) => o.d).join('');
    const { svg, marks } = dom;
    attr(svg, 'viewBox', scene.viewBox);
    attr(svg, 'width', linear ? str(scene.width) : null);
    attr(svg, 'height', linear ? str(scene.height) : null);
    attr(marks.track, 'd', scene.track);
    attr(marks.value, 'd', scene.value?.d || null);
    attr(marks.target, 'd', t?.d || null);
    const number = marks.text;
    attr(number, 'x', vt ? str(vt.x) : null);
    attr(number, 'y', vt ? str(vt.y) : null);
    attr(number, 'font-size', vt ? str(vt.size) : null);
    text(number, vt?.text ?? '');
    place(svg, [
      marks.track,
      mark(marks, 'band', 'band', 'band', t?.band?.d, true),
      marks.value,
      mark(marks, 'regress', 'regress', 'regress', scene.regress?.d),
      mark(marks, 'baseline', 'baseline-tick', 'baseline', scene.baseline?.d),
      mark(marks, 'expected', 'expected-tick', 'expected', scene.expected?.d),
      marks.target,
      mark(marks, 'arrow', t?.arrow?.filled ? 'target-arrow' : 'target-arrow open', 'target', t?.arrow?.d),
      mark(marks, 'overflow', 'overflow-mark', 'overflow', overflow),
      number,
    ]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovation-gauge': InnovationGauge;
  }
}
