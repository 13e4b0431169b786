import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { PlanController } from '../../controllers/plan-controller.js';
import { messages } from '../../format/index.js';
import { assessIndicator } from '../../model/assess.js';
import type { Indicator, Plan, PlanDocumentInput, Problem } from '../../model/types.js';
import { WidgetElement } from '../../layout/widget-element.js';
import { indicatorFromAttributes } from './gauge.input.js';
import type { GaugeAttributes } from './gauge.input.js';
import { layoutGauge } from './gauge.layout.js';
import type { GaugeScene, GaugeVariant } from './gauge.layout.js';
import { gaugeStyles } from './gauge.styles.js';

const warnedNoName = new WeakSet<Element>();

const NAME_FALLBACK = { 'zh-CN': '指标', en: 'Indicator' } as const;
const NOT_FOUND = {
  'zh-CN': (id: string, ids: string) => `计划中没有指标“${id}”${ids ? `，可用：${ids}` : ''}`,
  en: (id: string, ids: string) => `the plan has no indicator "${id}"${ids ? `; available: ${ids}` : ''}`,
} as const;

/** The properties read as the indicator when the gauge has no plan (`indicator` is passed as `id`). */
const ATTRIBUTE_KEYS = [
  'value',
  'target',
  'targetMax',
  'baseline',
  'min',
  'max',
  'unit',
  'label',
  'year',
  'baselineYear',
  'targetYear',
  'comparator',
  'direction',
  'attribute',
] as const;

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
/** One SVG path of the chart; nothing when it has no geometry. */
const path = (cls: string, part: string, d: string | undefined, evenodd = false) =>
  d
    ? svg`<path class=${cls} part=${part} d=${d} fill-rule=${evenodd ? 'evenodd' : nothing}></path>`
    : nothing;

/** Non-empty lines joined by a line break (shown with `white-space: pre-line`). */
const lines = (...list: string[]) => list.filter(Boolean).join('\n');

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
export class InnovationGauge extends WidgetElement {
  static override styles = gaugeStyles;

  static override properties = {
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
    data: {},
    indicator: {},
    asOf: { attribute: 'as-of' },
    locale: {},
    variant: { reflect: true },
    theme: { reflect: true },
    noAnimation: { type: Boolean, attribute: 'no-animation', reflect: true },
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
  private planLoading: Promise<void> | null = null;
  private scene: GaugeScene | null = null;
  private busy = false;
  /** Linear variant only: measures the meter (0 wide until measured). */
  private readonly lineSize = new ResizeController(this, { manual: true });

  constructor() {
    super();
    this.variant = 'arc';
    this.noAnimation = false;
    this._sourceOpen = false;
  }

  /** The scene last drawn (read-only; for tests and tools). */
  get gaugeScene(): GaugeScene | null {
    return this.scene;
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
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element && node.localName === 'innovation-data') return true;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return Array.from(this.children).some(
      (el) =>
        el.localName === 'table' ||
        (el.localName === 'script' &&
          (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json'),
    );
  }

  private ensurePlanController(): void {
    if (this.planController || this.planLoading || !this.needsPlan()) return;
    this.planLoading = import('../../controllers/plan-controller.js').then(
      (m) => {
        this.planController = new m.PlanController(this);
        this.requestUpdate();
      },
      (error: unknown) => {
        this.planLoading = null;
        console.warn('innovation-widgets: <innovation-gauge> could not load its plan reader', error);
      },
    );
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('plan') || changed.has('data')) this.ensurePlanController();
  }

  protected override clear(): void {
    this.scene = null;
  }

  protected override compute(): void {
    const locale = this.localeController.locale;
    const ctl = this.planController ?? {
      plan: null,
      problems: [] as Problem[],
      state: this.planLoading ? 'loading' : 'idle',
      error: null,
      origin: 'none',
    };
    let own: Problem[] = [];
    let indicator: Indicator | null = null;
    let period = null;
    let min: number | null = null;
    let max: number | null = null;
    this.busy = ctl.state === 'loading';
    if (ctl.plan && ctl.origin !== 'none') {
      const list = ctl.plan.indicators;
      const id = typeof this.indicator === 'string' ? this.indicator.trim() : '';
      const found = id ? list.find((i) => i.id === id) : list[0];
      if (!found) {
        const ids = list
          .slice(0, 5)
          .map((i) => i.id)
          .join(', ');
        own.push({ path: '/indicator', message: NOT_FOUND[locale](id, ids) });
      } else {
        const label = typeof this.label === 'string' && this.label.trim() ? this.label.trim() : null;
        indicator = label ? { ...found, name: label } : found;
      }
      period = ctl.plan.plan.period;
      const scale = indicatorFromAttributes({ min: this.min, max: this.max }, locale);
      ({ min, max } = scale);
      own.push(...scale.problems);
    } else if (ctl.state === 'error' && ctl.error) {
      own.push({ path: '/data', message: ctl.error });
    } else if (ctl.origin === 'none' && ctl.state !== 'loading') {
      const attrs: GaugeAttributes = { id: this.indicator };
      for (const key of ATTRIBUTE_KEYS) attrs[key] = this[key];
      const input = indicatorFromAttributes(attrs, locale);
      ({ indicator, min, max } = input);
      own = input.problems;
    }
    const asOfNum = Number(this.asOf);
    const asOf = this.asOf !== undefined && this.asOf !== '' && Number.isFinite(asOfNum) ? asOfNum : null;
    const assessment = indicator ? assessIndicator(indicator, { period, asOf }) : null;
    this.ownProblems = own;
    this.scene =
      indicator || own.length > 0
        ? layoutGauge({
            indicator,
            assessment,
            locale,
            variant: this.variant,
            width: this.variant === 'linear' ? this.lineSize.width : RADIAL_WIDTH,
            min,
            max,
            problems: ctl.problems.length ? [...own, ...ctl.problems] : own,
          })
        : null;
  }

  protected override updated(): void {
    // The linear variant measures its meter; arc and ring never need to.
    const meter = this.scene?.variant === 'linear' ? this.renderRoot.querySelector('.chart') : null;
    if (meter) this.lineSize.observe(meter);
    // Own problems, once per distinct set (WidgetElement).
    super.updated();
    if ((this.scene?.value || this.scene?.target) && !warnedNoName.has(this) && !this.accessibleName()) {
      warnedNoName.add(this);
      console.warn(
        'innovation-widgets: <innovation-gauge> has no accessible name; set its label attribute (or aria-label).',
      );
    }
  }

  private accessibleName(): string {
    const own = this.getAttribute('aria-label');
    if (own && own.trim()) return own.trim();
    return this.scene?.labels.title ?? '';
  }

  private toggleSource(): void {
    this._sourceOpen = !this._sourceOpen;
  }

  // DOM budget (a page may hold hundreds of gauges): text goes in with `.textContent` (no Lit marker
  // comment per text), rare parts share one marker, the status icon is CSS (clip-path on ::before),
  // and templates have no whitespace between tags (line breaks sit inside tags), so no blank text nodes.
  override render(): TemplateResult {
    const scene = this.scene;
    const busy = this.busy ? 'true' : nothing;
    const fallback = html`<slot class="fallback" @slotchange=${this.ensurePlanController}></slot>`;
    if (!scene) return html`<div part="base" class="base empty" aria-busy=${busy}>${fallback}</div>`;
    const drawable = !!(scene.value || scene.target);
    const inline = scene.variant === 'linear' || !drawable;
    const l = scene.labels;
    const hostLabel = this.getAttribute('aria-label')?.trim();
    const name = hostLabel || (l.title ? null : NAME_FALLBACK[scene.locale]);
    const chart = drawable
      ? html`<div
          class="chart"
          part="meter"
          role="meter"
          aria-valuemin=${String(scene.aria.min)}
          aria-valuemax=${String(scene.aria.max)}
          aria-valuenow=${String(scene.aria.now)}
          aria-valuetext=${scene.aria.text}
          aria-labelledby=${name === null ? 'title' : nothing}
          aria-label=${name ?? nothing}
        >
          ${this.renderSvg(scene)}
        </div>`
      : nothing;
    const valueLine = inline
      ? html`<div class="value-line" part="label value">
          ${l.value}<span class="year" .textContent=${l.valueYear ? ` ${l.valueYear}` : ''}></span>
        </div>`
      : nothing;
    return html`<div
      part="base"
      class="base ${scene.status ?? 'none'} ${scene.variant}${drawable ? '' : ' empty'}"
      aria-busy=${busy}
    >
      <span id="title" class="title" part="title label" .textContent=${l.title}></span
      >${scene.badge ? html`<span class="badge" part="badge" .textContent=${scene.badge}></span>` : nothing}
      <div class="body">
        ${chart}
        <div class="text">
          ${valueLine}
          <div
            class="year"
            part="label"
            ?hidden=${inline || !l.valueYear}
            .textContent=${inline ? '' : l.valueYear}
          ></div>
          <div class="status" part="status label" ?hidden=${!scene.status} .textContent=${l.status}></div>
          <div class="lines" part="label" .textContent=${lines(l.target, l.overflow, l.regress)}></div>
          <div
            class="lines secondary"
            part="label"
            ?hidden=${!(l.baseline || l.expected || l.pace)}
            .textContent=${lines(l.baseline, l.expected, l.pace)}
          ></div>
          ${scene.chips.length || scene.notice || scene.source ? this.renderExtras(scene) : nothing}
        </div>
      </div>
      ${fallback}
    </div>`;
  }

  /** Chips, notice and source: rare, so one marker for all three. */
  private renderExtras(scene: GaugeScene): TemplateResult {
    const src = scene.source;
    const open = this._sourceOpen;
    const word = messages(scene.locale).source;
    const label = scene.locale === 'en' ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    const chips = scene.chips.length
      ? html`<ul class="chips" part="chips">
          ${scene.chips.map((c) => html`<li class="chip" part="chip" .textContent=${c}></li>`)}
        </ul>`
      : nothing;
    const notice = scene.notice
      ? html`<div class="notice" part="notice" role="note">
          <strong .textContent=${scene.notice.title}></strong>
          <ul>
            ${scene.notice.items.map((item) => html`<li .textContent=${item}></li>`)}
          </ul>
        </div>`
      : nothing;
    // The source region stays in the DOM while collapsed (hidden): printing shows it, and its text
    // is part of the gauge's content. It is rendered only for indicators that have a source.
    const source = src
      ? html`<button
            type="button"
            class="source-button"
            part="source-button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="source"
            @click=${this.toggleSource}
            .textContent=${label}
          ></button>
          <div id="source" class="source" part="source" role="region" aria-label=${label} ?hidden=${!open}>
            ${src.quote ? html`<q .textContent=${src.quote}></q> ` : nothing}${src.locator}${
              src.title ? html`<div .textContent=${src.title}></div>` : nothing
            }
          </div>`
      : nothing;
    return html`${chips}${notice}${source}`;
  }

  private renderSvg(scene: GaugeScene): TemplateResult {
    const t = scene.target;
    const linear = scene.variant === 'linear';
    const vt = scene.valueText;
    const overflow = scene.overflow.map((o) => o.d).join('');
    const under =
      scene.regress || scene.baseline || scene.expected
        ? svg`${path('regress', 'regress', scene.regress?.d)}${path('baseline-tick', 'baseline', scene.baseline?.d)}${path('expected-tick', 'expected', scene.expected?.d)}`
        : nothing;
    const over =
      t?.arrow || overflow
        ? svg`${path(t?.arrow?.filled ? 'target-arrow' : 'target-arrow open', 'target', t?.arrow?.d)}${path('overflow-mark', 'overflow', overflow)}`
        : nothing;
    return html`<svg
      part="svg"
      viewBox=${scene.viewBox}
      width=${linear ? scene.width : nothing}
      height=${linear ? scene.height : nothing}
      aria-hidden="true"
      focusable="false"
    >
      <path class="track" part="track" d=${scene.track} fill-rule="evenodd"></path>
      ${path('band', 'band', t?.band?.d, true)}
      <path class="value" part="value" d=${scene.value?.d || nothing} fill-rule="evenodd"></path>
      ${under}
      <path class="target-line" part="target" d=${t?.d || nothing}></path>
      ${over}
      <text
        class="value-number"
        part="value"
        x=${vt?.x ?? nothing}
        y=${vt?.y ?? nothing}
        font-size=${vt?.size ?? nothing}
        text-anchor="middle"
        .textContent=${vt?.text ?? ''}
      ></text>
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovation-gauge': InnovationGauge;
  }
}
