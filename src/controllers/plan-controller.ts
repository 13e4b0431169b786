import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inlineSourceKey, observeInline, readInlinePlan } from '../dom/read-table.js';
import type { SupportedLocale } from '../format/locale.js';
import { loadErrorText, sourceErrorText } from '../format/load-error.js';
import type { Plan, PlanDocumentInput, Problem, ValidationResult } from '../model/types.js';
import { validatePlan } from '../model/validate.js';
import { reportProblems } from '../utils/events.js';
import { isNormalized } from '../utils/normalized-plan.js';

export { emptyPlan } from '../model/validate.js';

/** Loading state of a data source or of a widget's plan. */
export type DataState = 'idle' | 'loading' | 'ready' | 'error';

/** What a data source publishes to its subscribers. */
export interface DataSnapshot {
  state: DataState;
  /** The current plan; on error, the last plan that loaded. */
  plan: Plan | null;
  problems: Problem[];
  /** A message for editors when loading failed, else `null`. */
  error: string | null;
  /** The zh-CN wording of `error`'s reason, when the source knows it (`zhLoadReason`), else null. */
  errorZh?: string | null;
}

/** An element that publishes plans (`<innovation-data>`). */
export interface PlanSource extends Element {
  subscribe(listener: (snapshot: DataSnapshot) => void): () => void;
}

/** Where a widget's plan comes from. */
export type PlanOrigin = 'none' | 'property' | 'data' | 'ancestor' | 'inline';

type PlanHost = ReactiveControllerHost & HTMLElement;

export interface PlanControllerOptions {
  /** Reads the host's `plan` property (default: `host.plan`). */
  plan?: () => Plan | PlanDocumentInput | null | undefined;
  /** Reads the host's `data` id (default: `host.data`). */
  data?: () => string | null | undefined;
  /** Read an inline `<script type="application/json">` or `<table>` child (default true). */
  inline?: boolean;
  /** Validates a `plan` property that is not normalized yet (default `validatePlan`). */
  validate?: (input: unknown) => ValidationResult;
}

const DATA_TAG = 'innovation-data';
/**
 * How long after the page has loaded a `data` id may lead to no element before the widget says so
 * (the source may still come: the widget keeps waiting, and draws when it does).
 */
export const MISSING_SOURCE_MS = 1000;

function isSource(el: Element): el is PlanSource {
  return typeof (el as Partial<PlanSource>).subscribe === 'function';
}

/** The nearest `<innovation-data>` above `el`, crossing shadow roots. */
function findAncestorSource(el: Element): Element | null {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === DATA_TAG) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

type ControllerState = DataSnapshot & { origin: PlanOrigin };
const STATE_KEYS = ['plan', 'problems', 'state', 'error', 'errorZh', 'origin'] as const;

/**
 * Gives a widget its plan. Resolution order: the `plan` property (validated unless it is already
 * normalized) → the `data` id of an `<innovation-data>` (looked up in the host's root, then the
 * document; waited for when it is not there yet, and an error once the page has loaded and
 * MISSING_SOURCE_MS have passed without it) → the nearest ancestor `<innovation-data>` → an
 * inline `<script type="application/json">` or `<table>` child. Exposes `plan`, `problems`,
 * `state` and `error`, and calls `host.requestUpdate()` on change.
 *
 * Problems found in a `plan` property or an inline child are logged once and reported with an
 * `innovation-data-error` event from the host (a source element reports its own).
 */
export class PlanController implements ReactiveController, ControllerState {
  plan: Plan | null = null;
  problems: Problem[] = [];
  state: DataState = 'idle';
  error: string | null = null;
  errorZh: string | null = null;
  /** Where the current plan comes from. */
  origin: PlanOrigin = 'none';
  /** The `<innovation-data>` element in use, if any. */
  source: Element | null = null;
  /** The `data` id when `error` is the controller's own (the id leads to no source), else null. */
  private badId: string | null = null;
  private failed: Problem | null = null;

  private readonly host: PlanHost;
  private readonly readPlan: () => unknown;
  private readonly readData: () => string | null | undefined;
  private readonly inline: boolean;
  private readonly validator: (input: unknown) => ValidationResult;
  private seenPlan: unknown = undefined;
  private seenData: string | null | undefined = undefined;
  /** Bumped on every teardown: callbacks of an older resolution do nothing. */
  private generation = 0;
  private cleanup: Array<() => void> = [];
  private reportedKey = '';
  private inlineKey = '';
  private validated: { input: unknown; result: ValidationResult } | null = null;

  constructor(host: PlanHost, options: PlanControllerOptions = {}) {
    this.host = host;
    const loose = host as unknown as { plan?: unknown; data?: unknown };
    this.readPlan = options.plan ?? (() => loose.plan);
    this.readData = options.data ?? (() => (typeof loose.data === 'string' ? loose.data : undefined));
    this.inline = options.inline ?? true;
    this.validator = options.validate ?? validatePlan;
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.teardown();
  }

  hostUpdate(): void {
    if (this.readPlan() !== this.seenPlan || this.readData() !== this.seenData) this.resolve();
  }

  /** Resolves the source again (e.g. after the page moved the element). */
  refresh(): void {
    this.resolve();
  }

  /**
   * `error` as one of the widget's own problems (path `/data`, the message in English for the
   * console and `innovation-data-error`), or null; the same object while the error stays.
   */
  get failure(): Problem | null {
    const message = this.state === 'error' ? this.error : null;
    if (this.failed?.message !== message) this.failed = message ? { path: '/data', message } : null;
    return this.failed;
  }

  /** What the editors' notice says for the widget's problem `p`: `failure` in `locale`, any other as it is. */
  noticeText(p: Problem, locale: SupportedLocale): string {
    const id = this.badId;
    if (p !== this.failed || (id !== null && locale === 'en')) return p.message;
    return id !== null ? sourceErrorText(id) : loadErrorText(p.message, this.errorZh, locale);
  }

  private teardown(): void {
    this.generation++;
    for (const fn of this.cleanup.splice(0)) {
      try {
        fn();
      } catch {
        // a source's unsubscribe failed: nothing to undo
      }
    }
  }

  /** Runs `fn` only while the resolution that scheduled it is current. */
  private current<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    const generation = this.generation;
    return (...args) => {
      if (generation === this.generation) fn(...args);
    };
  }

  /** Applies the defined values of `next`; requests an update when one changed. */
  private set(next: Partial<ControllerState>, badId: string | null = null): void {
    this.badId = badId;
    const self = this as unknown as Record<string, unknown>;
    let changed = false;
    for (const key of STATE_KEYS) {
      if (next[key] !== undefined && self[key] !== next[key]) {
        self[key] = next[key];
        changed = true;
      }
    }
    if (changed) this.host.requestUpdate();
  }

  /** No plan (yet): idle, loading, or an error message. */
  private clear(
    state: DataState = 'idle',
    origin: PlanOrigin = 'none',
    error: string | null = null,
    badId: string | null = null,
  ): void {
    this.set({ plan: null, problems: [], state, error, errorZh: null, origin }, badId);
  }

  private resolve(): void {
    this.teardown();
    const planInput = (this.seenPlan = this.readPlan());
    const dataId = (this.seenData = this.readData());
    if (!this.host.isConnected && planInput == null) return;
    this.source = null;
    const id = typeof dataId === 'string' ? dataId.trim() : '';
    // The ancestor walk only when neither a plan nor an id decides the source.
    const ancestor = planInput != null || id ? null : findAncestorSource(this.host);
    if (planInput != null) this.useResult(this.validate(planInput), 'property');
    else if (id) {
      const found = this.lookup(id);
      if (found) this.attach(found, 'data');
      else this.waitFor(id);
    } else if (ancestor) this.attach(ancestor, 'ancestor');
    else if (this.inline) {
      this.readInline();
      this.cleanup.push(
        observeInline(
          this.host,
          this.current(() => this.readInline()),
        ),
      );
    } else this.clear();
  }

  private validate(input: unknown): ValidationResult {
    if (isNormalized(input)) return { plan: input, problems: [] };
    // The same input object is validated once.
    if (this.validated?.input !== input) this.validated = { input, result: this.validator(input) };
    return this.validated!.result;
  }

  private useResult(result: ValidationResult, origin: PlanOrigin): void {
    const { plan, problems } = result;
    this.set({ plan, problems, state: 'ready', error: null, origin });
    // Logs problems once and fires `innovation-data-error` from the host.
    const key = JSON.stringify(problems);
    if (key === this.reportedKey) return;
    this.reportedKey = key;
    if (problems.length > 0)
      reportProblems(this.host, `innovation-widgets: <${this.host.localName}>`, problems);
  }

  private lookup(id: string): Element | null {
    const root = this.host.getRootNode() as Partial<Document>;
    return root.getElementById?.(id) ?? document.getElementById(id);
  }

  private waitFor(id: string): void {
    this.clear('loading', 'data');
    // Once the page has loaded and a moment has passed, an id that leads nowhere is an error (the
    // observer below still attaches a source that comes later).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const missing = this.current(() =>
      this.clear('error', 'data', `data source "${id}" not found; check the data attribute`, id),
    );
    const start = () => (timer = setTimeout(missing, MISSING_SOURCE_MS));
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
    this.cleanup.push(() => {
      clearTimeout(timer);
      removeEventListener('load', start);
    });
    if (typeof MutationObserver !== 'function') return;
    const observer = new MutationObserver(
      this.current(() => {
        const found = this.lookup(id);
        if (!found) return;
        observer.disconnect();
        this.attach(found, 'data');
      }),
    );
    const options = { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] };
    observer.observe(document, options);
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) observer.observe(root, options);
    this.cleanup.push(() => observer.disconnect());
  }

  private attach(el: Element, origin: PlanOrigin): void {
    this.source = el;
    if (isSource(el)) {
      this.cleanup.push(
        el.subscribe(
          // A source of an older version publishes no errorZh: none, not the last one's.
          this.current((snapshot: DataSnapshot) => this.set({ errorZh: null, ...snapshot, origin })),
        ),
      );
    } else if (el.localName === DATA_TAG) {
      // Not upgraded yet: wait for the definition.
      this.clear('loading', origin);
      void customElements.whenDefined(DATA_TAG).then(
        this.current(() => {
          customElements.upgrade(el);
          if (isSource(el)) this.attach(el, origin);
        }),
      );
    } else {
      const id = el.id;
      this.clear(
        'error',
        origin,
        `data="${id}" points to a <${el.localName}> element, not to an <innovation-data> element; check the id`,
        id,
      );
    }
  }

  private readInline(): void {
    this.source = null;
    const key = inlineSourceKey(this.host);
    if (key === this.inlineKey && this.origin === (key ? 'inline' : 'none')) return;
    this.inlineKey = key;
    const result = key ? readInlinePlan(this.host) : null; // never throws
    if (result) this.useResult(result, 'inline');
    else this.clear();
  }
}
