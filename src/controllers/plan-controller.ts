import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inlineSourceKey, readInlinePlan } from '../dom/read-table.js';
import type { Plan, PlanDocumentInput, Problem, ValidationResult } from '../model/types.js';
import { validatePlan } from '../model/validate.js';
import { isNormalized, markNormalized } from '../utils/normalized-plan.js';

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
}

const DATA_TAG = 'innovation-data';

function isSource(el: Element | null): el is PlanSource {
  return !!el && typeof (el as Partial<PlanSource>).subscribe === 'function';
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

function problemsKey(problems: Problem[]): string {
  return problems.map((p) => `${p.path}\u0000${p.message}`).join('\u0001');
}

/**
 * Gives a widget its plan. Resolution order: the `plan` property (validated unless it is already
 * normalized) → the `data` id of an `<innovation-data>` (looked up in the host's root, then the
 * document; waited for when it is not there yet) → the nearest ancestor `<innovation-data>` → an
 * inline `<script type="application/json">` or `<table>` child. Exposes `plan`, `problems`,
 * `state` and `error`, and calls `host.requestUpdate()` on change.
 *
 * Problems found in a `plan` property or an inline child are logged once and reported with an
 * `innovation-data-error` event from the host (a source element reports its own).
 */
export class PlanController implements ReactiveController {
  plan: Plan | null = null;
  problems: Problem[] = [];
  state: DataState = 'idle';
  error: string | null = null;
  /** Where the current plan comes from. */
  origin: PlanOrigin = 'none';
  /** The `<innovation-data>` element in use, if any. */
  source: Element | null = null;

  private readonly host: PlanHost;
  private readonly readPlan: () => unknown;
  private readonly readData: () => string | null | undefined;
  private readonly inline: boolean;
  private seenPlan: unknown = undefined;
  private seenData: string | null | undefined = undefined;
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

  private teardown(): void {
    this.generation++;
    const fns = this.cleanup;
    this.cleanup = [];
    for (const fn of fns) {
      try {
        fn();
      } catch {
        // ignore
      }
    }
  }

  private set(next: Partial<DataSnapshot> & { origin?: PlanOrigin }): void {
    const changed =
      (next.plan !== undefined && next.plan !== this.plan) ||
      (next.problems !== undefined && next.problems !== this.problems) ||
      (next.state !== undefined && next.state !== this.state) ||
      (next.error !== undefined && next.error !== this.error) ||
      (next.origin !== undefined && next.origin !== this.origin);
    if (!changed) return;
    if (next.plan !== undefined) this.plan = next.plan;
    if (next.problems !== undefined) this.problems = next.problems;
    if (next.state !== undefined) this.state = next.state;
    if (next.error !== undefined) this.error = next.error;
    if (next.origin !== undefined) this.origin = next.origin;
    this.host.requestUpdate();
  }

  private resolve(): void {
    this.teardown();
    const planInput = this.readPlan();
    const dataId = this.readData();
    this.seenPlan = planInput;
    this.seenData = dataId;
    if (!this.host.isConnected && planInput == null) return;

    if (planInput != null) {
      this.source = null;
      this.useResult(this.validate(planInput), 'property');
      return;
    }
    const id = typeof dataId === 'string' ? dataId.trim() : '';
    if (id) {
      const found = this.lookup(id);
      if (found) this.attach(found, 'data');
      else this.waitFor(id);
      return;
    }
    const ancestor = findAncestorSource(this.host);
    if (ancestor) {
      this.attach(ancestor, 'ancestor');
      return;
    }
    if (this.inline) {
      this.readInline();
      this.watchInline();
      return;
    }
    this.source = null;
    this.set({ plan: null, problems: [], state: 'idle', error: null, origin: 'none' });
  }

  private validate(input: unknown): ValidationResult {
    if (isNormalized(input)) return { plan: input, problems: [] };
    if (this.validated && this.validated.input === input) return this.validated.result;
    let result: ValidationResult;
    try {
      result = validatePlan(input);
      markNormalized(result.plan);
    } catch (error) {
      result = {
        plan: emptyPlan(),
        problems: [{ path: '', message: `The plan could not be read: ${String(error)}` }],
      };
    }
    this.validated = { input, result };
    return result;
  }

  private useResult(result: ValidationResult | null, origin: PlanOrigin): void {
    if (!result) {
      this.set({ plan: null, problems: [], state: 'idle', error: null, origin: 'none' });
      return;
    }
    markNormalized(result.plan);
    this.set({ plan: result.plan, problems: result.problems, state: 'ready', error: null, origin });
    this.report(result.problems);
  }

  /** Logs problems once and fires `innovation-data-error` from the host. */
  private report(problems: Problem[]): void {
    const key = problemsKey(problems);
    if (key === this.reportedKey) return;
    this.reportedKey = key;
    if (problems.length === 0) return;
    console.warn(
      `innovation-widgets: <${this.host.localName}> plan has ${problems.length} problem(s); showing the valid part.`,
      problems,
    );
    this.host.dispatchEvent(
      new CustomEvent('innovation-data-error', { detail: { problems }, bubbles: true, composed: true }),
    );
  }

  private lookup(id: string): Element | null {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const inRoot = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    return inRoot ?? (typeof document !== 'undefined' ? document.getElementById(id) : null);
  }

  private waitFor(id: string): void {
    this.source = null;
    this.set({ plan: null, problems: [], state: 'loading', error: null, origin: 'data' });
    if (typeof MutationObserver !== 'function') return;
    const generation = this.generation;
    const observer = new MutationObserver(() => {
      if (generation !== this.generation) return;
      const found = this.lookup(id);
      if (!found) return;
      observer.disconnect();
      this.attach(found, 'data');
    });
    const options: MutationObserverInit = {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id'],
    };
    observer.observe(document, options);
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) observer.observe(root, options);
    this.cleanup.push(() => observer.disconnect());
  }

  private attach(el: Element, origin: PlanOrigin): void {
    this.source = el;
    if (isSource(el)) {
      const generation = this.generation;
      const unsubscribe = el.subscribe((snapshot) => {
        if (generation !== this.generation) return;
        this.set({ ...snapshot, origin });
      });
      this.cleanup.push(unsubscribe);
      return;
    }
    if (el.localName === DATA_TAG && typeof customElements !== 'undefined') {
      // Not upgraded yet: wait for the definition.
      this.set({ plan: null, problems: [], state: 'loading', error: null, origin });
      const generation = this.generation;
      void customElements.whenDefined(DATA_TAG).then(() => {
        if (generation !== this.generation) return;
        customElements.upgrade(el);
        if (isSource(el)) {
          this.attach(el, origin);
        }
      });
      return;
    }
    const id = this.readData() ?? '';
    this.set({
      plan: null,
      problems: [],
      state: 'error',
      error: `data="${id}" points to a <${el.localName}> element, not to an <innovation-data> element; check the id`,
      origin,
    });
  }

  private readInline(): void {
    this.source = null;
    const key = inlineSourceKey(this.host);
    if (key === this.inlineKey && this.origin === (key ? 'inline' : 'none')) return;
    this.inlineKey = key;
    if (!key) {
      this.set({ plan: null, problems: [], state: 'idle', error: null, origin: 'none' });
      return;
    }
    const result = readInlinePlan(this.host); // never throws
    if (result) this.useResult(result, 'inline');
    else this.set({ plan: null, problems: [], state: 'idle', error: null, origin: 'none' });
  }

  private watchInline(): void {
    if (typeof MutationObserver !== 'function') return;
    const generation = this.generation;
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (generation === this.generation) this.readInline();
      });
    });
    observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.cleanup.push(() => observer.disconnect());
  }
}

/** An empty normalized plan (nothing usable). */
export function emptyPlan(): Plan {
  return markNormalized({
    version: 1,
    plan: { id: '', title: '', period: null },
    indicators: [],
    platforms: [],
    regions: [],
  });
}
