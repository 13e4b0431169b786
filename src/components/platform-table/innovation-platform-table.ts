import { LitElement, html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { PlanController } from '../../controllers/plan-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { messages } from '../../format/words.js';
import type { Plan, PlanDocumentInput, Problem } from '../../model/types.js';
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

const UI = {
  'zh-CN': {
    download: '下载 CSV',
    copy: '复制',
    copied: '已复制表格',
    failed: '无法使用剪贴板，请手动复制下方文本',
    of: '其中：',
    stated: '总数',
  },
  en: {
    download: 'Download CSV',
    copy: 'Copy',
    copied: 'Table copied',
    failed: 'The clipboard is not available: copy the text below',
    of: 'of which: ',
    stated: 'stated total',
  },
} as const;

function problemsKey(problems: Problem[]): string {
  return problems.map((p) => `${p.path}\u0000${p.message}`).join('\u0001');
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
export class InnovationPlatformTable extends LitElement {
  static override styles = platformTableStyles;

  static override properties = {
    data: {},
    levels: {},
    asOf: { attribute: 'as-of' },
    noTargets: { type: Boolean, attribute: 'no-targets' },
    noChange: { type: Boolean, attribute: 'no-change' },
    label: {},
    locale: {},
    theme: { reflect: true },
    plan: { attribute: false },
    _sort: { state: true },
    _status: { state: true },
    _fallback: { state: true },
  };

  declare data: string | undefined;
  declare levels: string | undefined;
  declare asOf: string | number | undefined;
  declare noTargets: boolean;
  declare noChange: boolean;
  declare label: string | undefined;
  declare locale: string | undefined;
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  declare plan: Plan | PlanDocumentInput | null | undefined;
  declare private _sort: { column: number; direction: SortDirection } | null;
  declare private _status: string;
  declare private _fallback: string;

  private readonly localeController = new LocaleController(this, () => this.locale);
  private readonly resizeController = new ResizeController(this);
  private readonly planController = new PlanController(this);
  private model: PlatformTableModel | null = null;
  private modelKey: unknown[] = [];
  private sorted: PlatformRow[] = [];
  private sortedKey: unknown[] = [];
  private ownProblems: Problem[] = [];
  private reportedKey = '';

  constructor() {
    super();
    this.noTargets = false;
    this.noChange = false;
    this._sort = null;
    this._status = '';
    this._fallback = '';
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

  protected override firstUpdated(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer) this.resizeController.observe(sizer);
  }

  override update(changed: PropertyValues): void {
    try {
      this.compute();
    } catch (error) {
      this.model = null;
      this.ownProblems = [{ path: '', message: String(error) }];
    }
    super.update(changed);
  }

  private compute(): void {
    const ctl = this.planController;
    const locale = this.localeController.locale;
    const asOfNum = Number(this.asOf);
    const asOf = this.asOf !== undefined && this.asOf !== '' && Number.isFinite(asOfNum) ? asOfNum : null;
    const key = [ctl.plan, locale, this.levels, asOf, this.noTargets, this.noChange, this.label];
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
      this.ownProblems = this.model?.problems ?? [];
      if (ctl.state === 'error' && ctl.error) this.ownProblems = [{ path: '/data', message: ctl.error }];
    }
    const m = this.model;
    const s = this._sort;
    if (m && (m !== this.sortedKey[0] || s !== this.sortedKey[1])) {
      this.sortedKey = [m, s];
      this.sorted = s ? sortPlatformRows(m.rows, s.column, s.direction, m.locale) : m.rows;
    }
  }

  protected override updated(): void {
    const key = problemsKey(this.ownProblems);
    if (key !== this.reportedKey) {
      this.reportedKey = key;
      if (this.ownProblems.length > 0) {
        console.warn(
          `innovation-widgets: <innovation-platform-table> has ${this.ownProblems.length} problem(s); showing what is valid.`,
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
  }

  /** Sorts by column `index` (0 = type); a second activation reverses the order. */
  sortBy(index: number, direction?: SortDirection): void {
    const cur = this._sort;
    const next: SortDirection =
      direction ??
      (cur && cur.column === index && cur.direction === 'ascending' ? 'descending' : 'ascending');
    this._sort = { column: index, direction: next };
  }

  private onSort(e: Event): void {
    const i = Number((e.currentTarget as HTMLElement).dataset['col']);
    if (Number.isInteger(i)) this.sortBy(i);
  }

  private download(): void {
    const m = this.model;
    if (!m) return;
    const url = URL.createObjectURL(
      new Blob([toCsv(m.columns, this.sorted)], { type: 'text/csv;charset=utf-8' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = m.fileName;
    a.hidden = true;
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
    } catch {
      this._fallback = text;
      this._status = ui.failed;
      await this.updateComplete;
      const area = this.renderRoot.querySelector('textarea');
      area?.focus();
      area?.select();
    }
  }

  override render(): TemplateResult {
    const m = this.model;
    const ctl = this.planController;
    const problems = [...this.ownProblems, ...ctl.problems];
    const busy = ctl.state === 'loading' ? 'true' : 'false';
    if (!m) {
      return html`<div class="sizer"></div>
        <div part="base" class="base empty" aria-busy=${busy}>
          ${this.renderNotice(problems)}
          <slot class="fallback"></slot>
        </div>`;
    }
    const ui = UI[m.locale];
    const w = WORDS[m.locale];
    const narrow = this.resizeController.width > 0 && this.resizeController.width < NARROW;
    const s = this._sort;
    const cols = m.columns;
    return html`<div class="sizer"></div>
      <div part="base" class=${narrow ? 'base narrow' : 'base'} aria-busy=${busy}>
        <div class="toolbar" part="toolbar">
          <button type="button" part="button" @click=${this.download}>${ui.download}</button>
          <button type="button" part="button" @click=${this.copy}>${ui.copy}</button>
          <span class="status" part="status" role="status">${this._status}</span>
        </div>
        ${
          this._fallback
            ? html`<textarea readonly rows="4" aria-label=${ui.copy} .value=${this._fallback}></textarea>`
            : nothing
        }
        ${
          m.rows.length
            ? html`<table part="table" role="table">
                <caption part="caption">
                  ${m.caption}
                </caption>
                <thead>
                  <tr role="row">
                    ${cols.map(
                      (c, i) =>
                        html`<th
                          scope="col"
                          role="columnheader"
                          class=${i ? 'num' : ''}
                          aria-sort=${s && s.column === i ? s.direction : nothing}
                        >
                          <button type="button" part="sort-button" data-col=${i} @click=${this.onSort}>
                            ${c.label}<svg class="arrow" viewBox="0 0 10 10" aria-hidden="true">
                              <path
                                d=${s?.column === i ? (s.direction === 'ascending' ? 'M1,7L5,2L9,7Z' : 'M1,3L5,8L9,3Z') : 'M2,4L5,1L8,4ZM2,6L5,9L8,6Z'}
                              ></path>
                            </svg>
                          </button>
                        </th>`,
                    )}
                  </tr>
                </thead>
                <tbody>
                  ${repeat(
                  this.sorted,
                  (r) => r.key,
                  (r) => guard([r], () => this.renderRow(r, m, w)),
                )}
                </tbody>
              </table>`
            : html`<p part="caption">${m.caption}: ${messages(m.locale).noData}</p>`
        }
        ${this.renderNotice(problems)}
        <slot class="fallback"></slot>
      </div>`;
  }

  private renderRow(r: PlatformRow, m: PlatformTableModel, w: Words): TemplateResult {
    const cols = m.columns;
    return html`<tr role="row" class=${`${r.kind} d${Math.min(r.depth, 3)}`}>
      <th scope="row" role="rowheader" part="label">
        ${r.kind === 'subset' ? w.of : ''}${
          r.sameType ? html`<span class="vh">${r.label}</span>` : r.label
        }${r.statedTotal ? w.stated : ''}${
          r.note ? html`<span class="note" part="note">${r.note}</span>` : nothing
        }
      </th>
      ${r.cells.map((c, i) => this.renderCell(c, cols[i + 1]?.label ?? '', w))}
    </tr>`;
  }

  private renderCell(c: PlatformCell | null, label: string, w: Words): TemplateResult {
    if (!c) return html`<td role="cell" class="num blank" data-label=${label}>—</td>`;
    return html`<td role="cell" class="num" data-label=${label}>
      ${c.count ? html`<span class="count" part="value">${c.count}</span>` : nothing}
      ${
        c.bar !== null || c.mark !== null
          ? html`<svg
              class="bar"
              part="bar"
              viewBox="0 0 100 6"
              preserveAspectRatio="none"
              aria-hidden="true"
            >
              ${c.bar !== null ? svg`<rect width=${(c.bar * 100).toFixed(2)} height="6"></rect>` : nothing}
              ${
                c.mark !== null
                  ? svg`<rect class="mark" x=${Math.min(98.5, c.mark * 100).toFixed(2)} width="1.5" height="6"></rect>`
                  : nothing
              }
            </svg>`
          : nothing
      }
      ${c.change ? html`<span class="change">${c.change}</span>` : nothing}
      ${c.target ? html`<span class="target" part="target">${c.target}</span>` : nothing}
      ${c.added ? html`<span class="added">${c.added}</span>` : nothing}
      ${
        c.members.length
          ? html`<details part="members">
              <summary>${w.list(c.members.length)}</summary>
              <ul>
                ${c.members.map((n) => html`<li>${n}</li>`)}
              </ul>
            </details>`
          : nothing
      }
    </td>`;
  }

  private renderNotice(problems: Problem[]): TemplateResult | typeof nothing {
    if (!problems.length) return nothing;
    const words = messages(this.localeController.locale);
    return html`<div class="notice" part="notice" role="note">
      <strong>${words.dataProblem}</strong>
      <ul>
        ${problems.slice(0, 5).map((p) => html`<li>${p.message}</li>`)}
        ${problems.length > 5 ? html`<li>+${problems.length - 5}</li>` : nothing}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovation-platform-table': InnovationPlatformTable;
  }
}
