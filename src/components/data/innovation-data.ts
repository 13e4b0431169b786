import { ReactiveElement, css } from '@lit/reactive-element';
import type { PropertyValues } from '@lit/reactive-element';
import { DataLoadError, fetchResource, shortName } from '../../controllers/fetch-text.js';
import { zhLoadReason } from '../../format/load-error.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { DataSnapshot, DataState } from '../../controllers/plan-controller.js';
import { element as h } from '../../dom/element.js';
import { inlineSourceKey, observeInline, readInlinePlan } from '../../dom/read-table.js';
import { loadPlanCsv, loadPlanJson } from '../../model/loaders.js';
import { NOT_JSON } from '../../model/validate.js';
import type { Plan, Problem, ValidationResult } from '../../model/types.js';
import { fire, reportProblems } from '../../utils/events.js';
import { markNormalized } from '../../utils/normalized-plan.js';
import { inferFormat } from './data-format.js';
import type { DataFormat } from './data-format.js';

export type { DataSnapshot, DataState };

/** Calls a subscriber; its errors are logged, never thrown into the data element. */
function call(listener: (snapshot: DataSnapshot) => void, snapshot: DataSnapshot): void {
  try {
    listener(snapshot);
  } catch (error) {
    console.error(error);
  }
}

/** Detail of `innovation-data-load`. */
export interface InnovationDataLoadDetail {
  plan: Plan;
  problems: Problem[];
}

/** Detail of `innovation-data-error`. */
export interface InnovationDataErrorDetail {
  /** Why loading failed (absent when the data loaded with validation problems). */
  error?: string;
  problems: Problem[];
}

const CREDENTIALS = ['omit', 'same-origin', 'include'];
const NOTICE_PROBLEMS = 3;

/** Reads a loaded text; throws a `DataLoadError` when it holds no usable plan. */
function parseLoaded(text: string, format: DataFormat, url: string): ValidationResult {
  const json = format === 'json';
  const result = json ? loadPlanJson(text) : loadPlanCsv(text);
  const { plan, problems } = result;
  const first = problems[0];
  if (first && !plan.indicators.length && !plan.platforms.length && !plan.regions.length) {
    const { path, message } = first;
    throw new DataLoadError(
      'parse',
      `${shortName(url)}: ${
        json && !path && message.startsWith(NOT_JSON)
          ? `the file is not valid JSON${message.slice(NOT_JSON.length)}`
          : `no usable plan data in this ${format.toUpperCase()} file (${path || '/'}: ${message})`
      }`,
      { url },
    );
  }
  return result;
}

/**
 * A data source for the widgets inside it (or pointing to it with `data="id"`). Loads a plan
 * document from `src` (JSON or CSV, one request per URL per page), or reads an inline
 * `<script type="application/json">` or `<table>` child, validates it, and publishes the result
 * to subscribed widgets. In layout it behaves like `display: contents`: only its notice takes
 * space. Light-DOM children stay visible (an inline table is the no-JS, print and screen-reader
 * view); an inline script is never shown.
 *
 * On a failed load the last good plan is kept and a notice for editors says so. Data that loads
 * but is partly invalid is used for its valid part: state `ready`, a notice with the number of
 * problems and the first few, one console warning with all of them, and `innovation-data-error`.
 *
 * @tagname innovation-data
 * @summary Loads, validates and shares an innovation plan with the widgets inside it.
 *
 * @slot - Widgets, and optionally an inline `<script type="application/json">` or `<table>` source.
 *
 * @attr src - URL of a plan document (JSON, or CSV as documented in the README).
 * @attr format - 'json' | 'csv'. Default: inferred from the URL extension, then Content-Type, then the text.
 * @attr timeout - Milliseconds before a load is abandoned. Default 10000.
 * @attr max-bytes - Largest accepted file size in bytes. Default 5000000.
 * @attr credentials - 'omit' (default, no cookies) | 'same-origin' | 'include'.
 * @attr locale - Language of the notice ('zh-CN' | 'en'); default from the nearest `lang`.
 *
 * @csspart notice - The editor notice shown when loading failed or the data has problems.
 *
 * @cssproperty --innovation-data-notice-color - Notice text colour (falls back to --innovation-color-warning-text, #5c3c00).
 * @cssproperty --innovation-data-notice-background - Notice background (falls back to --innovation-color-warning-background, #fff4d6).
 * @cssproperty --innovation-data-notice-border - Notice border colour (falls back to --innovation-color-warning, #c98a00).
 * @cssproperty --innovation-data-notice-font - Notice font (falls back to --innovation-font-body).
 *
 * @fires innovation-data-load - A plan loaded (also with validation problems). Detail `{ plan, problems }`.
 * @fires innovation-data-error - Loading failed (detail `{ error, problems: [] }`; the last good plan is kept), or the data has validation problems (detail `{ problems }`).
 */
export class InnovationData extends ReactiveElement {
  static override properties = {
    src: { type: String, reflect: true },
    format: { type: String },
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    credentials: { type: String },
    locale: { type: String },
  };

  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
    [hidden] {
      display: none !important;
    }
    [part='notice'] {
      display: block;
      box-sizing: border-box;
      margin: 0 0 0.5em;
      padding: 0.5em 0.75em;
      border-inline-start: 4px solid
        var(--innovation-data-notice-border, var(--innovation-color-warning, #c98a00));
      background: var(
        --innovation-data-notice-background,
        var(--innovation-color-warning-background, #fff4d6)
      );
      color: var(--innovation-data-notice-color, var(--innovation-color-warning-text, #5c3c00));
      font: var(--innovation-data-notice-font, var(--innovation-font-body, inherit));
      font-size: 0.875em;
      line-height: 1.5;
    }
    ul {
      margin: 0.25em 0 0;
      padding-inline-start: 1.25em;
    }
  `;

  /** URL of a plan document (JSON or CSV). Changing it loads anew. */
  declare src: string | undefined;
  /** 'json' | 'csv'; inferred when absent. */
  declare format: string | undefined;
  /** Milliseconds before a load is abandoned. */
  declare timeout: number;
  /** Largest accepted file size in bytes. */
  declare maxBytes: number;
  /** 'omit' (default) | 'same-origin' | 'include'. */
  declare credentials: string;
  /** Language of the notice; default from the nearest `lang` attribute. */
  declare locale: string | undefined;

  private readonly localeController = new LocaleController(this, () => this.locale);
  private _snapshot: DataSnapshot = { state: 'idle', plan: null, problems: [], error: null, errorZh: null };
  private readonly listeners = new Set<(snapshot: DataSnapshot) => void>();
  private loadToken = 0;
  private started = false;
  private inlineKey: string | null = null;
  private unwatch: (() => void) | null = null;
  private warned = new Set<string>();
  /** The notice (made by the first update, the slot after it) and what it shows now. */
  private box: HTMLDivElement | null = null;
  private shown = '';

  constructor() {
    super();
    this.timeout = 10000;
    this.maxBytes = 5_000_000;
    this.credentials = 'omit';
  }

  /** 'idle' (no source yet) | 'loading' | 'ready' | 'error' (the last good plan, if any, is kept). */
  get state(): DataState {
    return this._snapshot.state;
  }

  /** The current plan; after a failed load, the last plan that loaded; `null` before any. */
  get plan(): Plan | null {
    return this._snapshot.plan;
  }

  /** Validation problems of the current plan (`{ path, message }`). */
  get problems(): Problem[] {
    return this._snapshot.problems;
  }

  /** Why the last load failed, or `null`. */
  get error(): string | null {
    return this._snapshot.error;
  }

  /** The current state, plan, problems and error. */
  get snapshot(): DataSnapshot {
    return { ...this._snapshot };
  }

  /**
   * Calls `listener` at once with the current snapshot and after every change.
   * Returns a function that unsubscribes.
   */
  subscribe(listener: (snapshot: DataSnapshot) => void): () => void {
    if (typeof listener !== 'function') return () => undefined;
    this.listeners.add(listener);
    call(listener, this.snapshot);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Loads `src` again from the network (or re-reads the inline source). Resolves when done; never rejects. */
  async reload(): Promise<void> {
    this.started = true;
    await this.loadNow(true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.started && !this.hasSrc()) this.watchInline();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopInline();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first update loads; later, only changes to what is fetched load again
    // (timeout and max-bytes apply to the next load).
    const first = !this.started;
    this.started = true;
    if (first || changed.has('src') || changed.has('format') || changed.has('credentials')) {
      void this.loadNow(false);
    }
  }

  private hasSrc(): boolean {
    return typeof this.src === 'string' && this.src.trim() !== '';
  }

  private publish(next: Partial<DataSnapshot>): void {
    const snapshot = (this._snapshot = { ...this._snapshot, ...next });
    for (const listener of Array.from(this.listeners)) call(listener, snapshot);
    this.requestUpdate();
  }

  /** One console warning per distinct message. */
  private warn(message: string, problems?: Problem[]): void {
    const key = message + JSON.stringify(problems);
    const who = `innovation-data${this.id ? `#${this.id}` : ''}`;
    if (this.warned.has(key)) {
      if (problems) fire(this, 'innovation-data-error', { problems });
      return;
    }
    this.warned.add(key);
    if (problems) reportProblems(this, who, problems);
    else console.warn(`${who}: ${message}`);
  }

  private async loadNow(reload: boolean): Promise<void> {
    const token = ++this.loadToken;
    if (!this.hasSrc()) {
      this.watchInline();
      this.readInline(reload);
      return;
    }
    this.stopInline();
    const src = this.src!.trim();
    this.publish({ state: 'loading', error: null, errorZh: null });
    const { credentials } = this;
    try {
      const fetched = await fetchResource(src, {
        timeoutMs: this.timeout,
        maxBytes: this.maxBytes,
        credentials: (CREDENTIALS.includes(credentials) ? credentials : 'omit') as RequestCredentials,
        reload,
      });
      if (token !== this.loadToken) return;
      const format = inferFormat(this.format, fetched.url, fetched.contentType, fetched.text);
      this.accept(parseLoaded(fetched.text, format, fetched.url));
    } catch (error) {
      if (token === this.loadToken)
        this.fail(
          error instanceof DataLoadError
            ? error
            : new DataLoadError('network', `${shortName(src)}: ${String(error)}`, { url: src }),
        );
    }
  }

  private accept({ plan, problems }: ValidationResult): void {
    markNormalized(plan);
    this.publish({ state: 'ready', plan, problems, error: null, errorZh: null });
    fire(this, 'innovation-data-load', { plan, problems });
    if (problems.length > 0) this.warn('', problems);
  }

  private fail(error: DataLoadError): void {
    const { message } = error;
    // Keep the last good plan (and its problems) so widgets keep showing it.
    this.publish({
      state: 'error',
      error: message,
      errorZh: zhLoadReason(error, error.url ? shortName(error.url) : ''),
    });
    this.warn(message);
    fire(this, 'innovation-data-error', { error: message, problems: [] });
  }

  private readInline(force: boolean): void {
    const key = inlineSourceKey(this);
    if (!force && key === this.inlineKey) return;
    this.inlineKey = key;
    if (key) {
      const result = readInlinePlan(this);
      if (result) this.accept(result);
    } else if (this.state !== 'idle' || this.plan)
      this.publish({ state: 'idle', plan: null, problems: [], error: null, errorZh: null });
  }

  private watchInline(): void {
    this.unwatch ??= observeInline(this, () => {
      if (!this.hasSrc()) this.readInline(false);
    });
  }

  private stopInline(): void {
    this.unwatch?.();
    this.unwatch = null;
  }

  private noticeText(): { text: string; items: string[] } | null {
    const zh = this.localeController.locale === 'zh-CN';
    const { state, error, errorZh, plan, problems } = this._snapshot;
    const n = problems.length;
    if (state === 'error' && error) {
      const reason = (zh && errorZh) || error;
      return {
        text: zh
          ? `数据加载失败：${reason}。${plan ? '显示的是上次成功加载的数据。' : ''}`
          : `Data could not be loaded: ${reason}.${plan ? ' Showing the data that last loaded.' : ''}`,
        items: [],
      };
    }
    if (!n) return null;
    const items = problems
      .slice(0, NOTICE_PROBLEMS)
      .map((p) => (p.path ? `${p.path}${zh ? '：' : ': '}${p.message}` : p.message));
    const more = n - NOTICE_PROBLEMS;
    if (more > 0)
      items.push(zh ? `……另有 ${more} 处，详见浏览器控制台` : `… and ${more} more (see the browser console)`);
    return {
      text: zh
        ? `数据中有 ${n} 处问题，已显示有效部分：`
        : `The data has ${n} problem${n === 1 ? '' : 's'}; the valid part is shown:`,
      items,
    };
  }

  // Drawn with DOM calls, not a Lit template: this element's bundle then holds no copy of Lit's
  // template engine, whose Trusted Types policy ("lit-html") a strict CSP lets a page create once.
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    let box = this.box;
    if (!box) {
      box = this.box = h('div', { part: 'notice', role: 'status' });
      this.renderRoot.append(box, h('slot'));
    }
    const notice = this.noticeText();
    box.hidden = !notice;
    // Touched only when the notice changes (a status region announces what changes in it).
    const key = notice ? JSON.stringify(notice) : '';
    if (key === this.shown) return;
    this.shown = key;
    box.textContent = notice ? notice.text : '';
    if (notice?.items.length) box.append(h('ul', {}, ...notice.items.map((i) => h('li', {}, i))));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovation-data': InnovationData;
  }
  interface HTMLElementEventMap {
    'innovation-data-load': CustomEvent<InnovationDataLoadDetail>;
    'innovation-data-error': CustomEvent<InnovationDataErrorDetail>;
  }
}
