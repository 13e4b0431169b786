import { LitElement, html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { PlanController } from '../../controllers/plan-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { messages } from '../../format/index.js';
import { assessIndicator } from '../../model/assess.js';
import type { Indicator, Plan, PlanDocumentInput, Problem, Status } from '../../model/types.js';
import { indicatorFromAttributes } from './gauge.input.js';
import { layoutGauge } from './gauge.layout.js';
import type { GaugeScene, GaugeVariant } from './gauge.layout.js';
import { gaugeStyles } from './gauge.styles.js';

const warnedNoName = new WeakSet<Element>();

/** Status icons: a shape per status, so status never rests on colour alone. */
const STATUS_ICONS: Record<Status, string> = {
  achieved: 'M1,8.5L3,6.5L6.5,10L13,3.5L15,5.5L6.5,14Z', // check
  'on-track': 'M2,13L8,3L14,13Z', // up triangle
  behind: 'M3,3H13V13H3Z', // square
  'off-track': 'M3,5L5,3L8,6L11,3L13,5L10,8L13,11L11,13L8,10L5,13L3,11L6,8Z', // cross
  'target-only': 'M8,2A6,6 0 1 1 8,14A6,6 0 1 1 8,2ZM8,5A3,3 0 1 0 8,11A3,3 0 1 0 8,5Z', // ring
  'no-current-data': 'M2,7H5V10H2ZM6.5,7H9.5V10H6.5ZM11,7H14V10H11Z', // ellipsis: waiting for data
  'not-assessable': 'M7,3H9V10H7ZM7,11.5H9V13.5H7Z', // !
};

const NAME_FALLBACK = { 'zh-CN': '指标', en: 'Indicator' } as const;
const NOT_FOUND = {
  'zh-CN': (id: string, ids: string) => `计划中没有指标“${id}”${ids ? `，可用：${ids}` : ''}`,
  en: (id: string, ids: string) => `the plan has no indicator "${id}"${ids ? `; available: ${ids}` : ''}`,
} as const;

function problemsKey(problems: Problem[]): string {
  return problems.map((p) => `${p.path}\u0000${p.message}`).join('\u0001');
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
export class InnovationGauge extends LitElement {
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
  private readonly resizeController = new ResizeController(this);
  /** Loaded on demand (plan property, data id, ancestor <innovation-data>, inline child): keeps the attribute-only gauge small. */
  private planController: PlanController | null = null;
  private planLoading: Promise<void> | null = null;
  private scene: GaugeScene | null = null;
  private ownProblems: Problem[] = [];
  private reportedKey = '';
  private busy = false;

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

  protected override firstUpdated(): void {
    // Observe a zero-height sizer, not the host: the host's height follows our own render, and
    // observing it would re-fire the observer in the same frame (ResizeObserver loop errors).
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer) this.resizeController.observe(sizer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('plan') || changed.has('data')) this.ensurePlanController();
  }

  override update(changed: PropertyValues): void {
    // After controllers' hostUpdate (locale, plan), before render: one computation per update.
    try {
      this.compute();
    } catch (error) {
      this.scene = null;
      this.ownProblems = [{ path: '', message: String(error) }];
    }
    super.update(changed);
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
    const own: Problem[] = [];
    let indicator: Indicator | null = null;
    let period = null;
    const scale = indicatorFromAttributes({ min: this.min, max: this.max }, locale);
    let min = scale.min;
    let max = scale.max;
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
      own.push(...scale.problems);
    } else if (ctl.state === 'error' && ctl.error) {
      own.push({ path: '/data', message: ctl.error });
    } else if (ctl.origin === 'none' && ctl.state !== 'loading') {
      const input = indicatorFromAttributes(
        {
          value: this.value,
          target: this.target,
          targetMax: this.targetMax,
          baseline: this.baseline,
          min: this.min,
          max: this.max,
          unit: this.unit,
          label: this.label,
          year: this.year,
          baselineYear: this.baselineYear,
          targetYear: this.targetYear,
          comparator: this.comparator,
          direction: this.direction,
          attribute: this.attribute,
          id: this.indicator,
        },
        locale,
      );
      indicator = input.indicator;
      min = input.min;
      max = input.max;
      own.push(...input.problems);
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
            width: this.resizeController.width,
            min,
            max,
            problems: [...own, ...ctl.problems],
          })
        : null;
  }

  protected override updated(): void {
    // Report the gauge's own problems once per distinct set (plan problems are reported by the plan's source).
    const key = problemsKey(this.ownProblems);
    if (key !== this.reportedKey) {
      this.reportedKey = key;
      if (this.ownProblems.length > 0) {
        console.warn(
          `innovation-widgets: <innovation-gauge> input has ${this.ownProblems.length} problem(s); showing what is valid.`,
          this.ownProblems,
        );
        this.dispatchEvent(
          new CustomEvent('innovation-data-error', {
            detail: { problems: this.ownProblems },
            bubbles: true,
            composed: true,
          }),
        );
      }
    }
    if (this.scene?.value || this.scene?.target) {
      if (!this.accessibleName() && !warnedNoName.has(this)) {
        warnedNoName.add(this);
        console.warn(
          'innovation-widgets: <innovation-gauge> has no accessible name; set its label attribute (or aria-label).',
        );
      }
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

  override render(): TemplateResult {
    const scene = this.scene;
    if (!scene) {
      return html`<div class="sizer"></div>
        <div part="base" class="base empty" aria-busy=${this.busy ? 'true' : 'false'}>
          <slot class="fallback" @slotchange=${this.ensurePlanController}></slot>
        </div>`;
    }
    const locale = scene.locale;
    const words = messages(locale);
    const drawable = !!(scene.value || scene.target);
    const statusClass = scene.status ?? 'none';
    const classes = [
      'base',
      statusClass,
      `variant-${scene.variant}`,
      scene.wide ? 'wide' : '',
      scene.compact ? 'compact' : '',
      drawable ? '' : 'empty',
    ]
      .filter(Boolean)
      .join(' ');
    const title = scene.labels.title;
    const hostLabel = this.getAttribute('aria-label');
    const name = hostLabel && hostLabel.trim() ? hostLabel.trim() : title ? null : NAME_FALLBACK[locale];
    const l = scene.labels;
    return html`<div class="sizer"></div>
      <div part="base" class=${classes} aria-busy=${this.busy ? 'true' : 'false'}>
        ${
          title || scene.badge
            ? html`<div class="head">
                ${title ? html`<span id="title" class="title" part="title label">${title}</span>` : nothing}
                ${scene.badge ? html`<span class="badge" part="badge">${scene.badge}</span>` : nothing}
              </div>`
            : nothing
        }
        <div class="body">
          ${
            drawable
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
              : nothing
          }
          <div class="text">
            ${
              scene.variant === 'linear' || !drawable
                ? html`<div class="value-line" part="label value">
                    ${l.value}${l.valueYear ? html`<span class="year"> ${l.valueYear}</span>` : nothing}
                  </div>`
                : l.valueYear
                  ? html`<div class="year" part="label">${l.valueYear}</div>`
                  : nothing
            }
            ${
              scene.status
                ? html`<div class="status" part="status label">
                    <svg class="status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                      <path d=${STATUS_ICONS[scene.status]}></path>
                    </svg>
                    <span>${l.status}</span>
                  </div>`
                : nothing
            }
            ${l.target ? html`<div part="label target-label">${l.target}</div>` : nothing}
            ${l.overflow ? html`<div part="label overflow-label">${l.overflow}</div>` : nothing}
            ${l.regress ? html`<div part="label regress-label">${l.regress}</div>` : nothing}
            ${l.baseline ? html`<div class="secondary" part="label baseline-label">${l.baseline}</div>` : nothing}
            ${l.expected ? html`<div class="secondary" part="label expected-label">${l.expected}</div>` : nothing}
            ${l.pace ? html`<div class="secondary" part="label pace-label">${l.pace}</div>` : nothing}
            ${
              scene.chips.length
                ? html`<ul class="chips" part="chips">
                    ${scene.chips.map((c) => html`<li class="chip" part="chip">${c}</li>`)}
                  </ul>`
                : nothing
            }
            ${
              scene.notice
                ? html`<div class="notice" part="notice" role="note">
                    <strong>${scene.notice.title}</strong>
                    <ul>
                      ${scene.notice.items.map((item) => html`<li>${item}</li>`)}
                    </ul>
                  </div>`
                : nothing
            }
            ${scene.source ? this.renderSource(scene, words.source) : nothing}
          </div>
        </div>
        <slot class="fallback" @slotchange=${this.ensurePlanController}></slot>
      </div>`;
  }

  private renderSource(scene: GaugeScene, word: string): TemplateResult {
    const src = scene.source!;
    const open = this._sourceOpen;
    const label = scene.locale === 'en' ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    return html`<button
        type="button"
        class="source-button"
        part="source-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="source"
        @click=${this.toggleSource}
      >
        ${label}
      </button>
      <div id="source" class="source" part="source" role="region" aria-label=${label} ?hidden=${!open}>
        ${src.quote ? html`<q>${src.quote}</q>` : nothing}
        ${src.locator ? html`<span>${src.locator}</span>` : nothing}
        ${src.title ? html`<div>${src.title}</div>` : nothing}
      </div>`;
  }

  private renderSvg(scene: GaugeScene): TemplateResult {
    const t = scene.target;
    return html`<svg
      part="svg"
      viewBox=${scene.viewBox}
      width=${scene.width}
      height=${scene.height}
      aria-hidden="true"
      focusable="false"
    >
      <path class="track" part="track" d=${scene.track} fill-rule="evenodd"></path>
      ${t?.band ? svg`<path class="band" part="band" d=${t.band.d} fill-rule="evenodd"></path>` : nothing}
      ${scene.value?.d ? svg`<path class="value" part="value" d=${scene.value.d} fill-rule="evenodd"></path>` : nothing}
      ${scene.regress ? svg`<path class="regress" part="regress" d=${scene.regress.d}></path>` : nothing}
      ${scene.baseline ? svg`<path class="baseline-tick" part="baseline" d=${scene.baseline.d}></path>` : nothing}
      ${scene.expected ? svg`<path class="expected-tick" part="expected" d=${scene.expected.d}></path>` : nothing}
      ${t ? svg`<path class="target-line" part="target" d=${t.d}></path>` : nothing}
      ${
        t?.arrow
          ? svg`<path class=${t.arrow.filled ? 'target-arrow' : 'target-arrow open'} part="target" d=${t.arrow.d}></path>`
          : nothing
      }
      ${scene.overflow.map((o) =>
        o.d ? svg`<path class="overflow-mark" part="overflow" d=${o.d}></path>` : nothing,
      )}
      ${
        scene.valueText
          ? svg`<text
            class="value-number"
            part="value"
            x=${scene.valueText.x}
            y=${scene.valueText.y}
            font-size=${scene.valueText.size}
            text-anchor="middle"
          >${scene.valueText.text}</text>`
          : nothing
      }
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovation-gauge': InnovationGauge;
  }
}
