import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResizeControllerOptions {
  /** The element to observe; the host by default. */
  target?: Element | null;
  /** Observe nothing until `observe(el)` is called (for an element inside the shadow root). */
  manual?: boolean;
  /** Which change re-renders the host: `width` (default; a widget's height follows its own render) or `both`. */
  dimension?: 'width' | 'both';
  /** Called after the watched size changed (before the host is asked to update). */
  onResize?: (width: number, height: number) => void;
}

/** One ResizeObserver for every widget on the page, dispatching to the controller of each target. */
let shared: ResizeObserver | undefined;
const controllers = new WeakMap<Element, ResizeController>();

function sharedObserver(): ResizeObserver {
  shared ??= new ResizeObserver((entries) => {
    for (const entry of entries) controllers.get(entry.target)?.handle(entry);
  });
  return shared;
}

/**
 * Observes the content box of the host (or of `options.target`) with the page's shared
 * ResizeObserver (no window listeners). `width` and `height` are integers (rounded). The host is
 * asked to update only when the watched dimension changes, and on the next animation frame: an
 * update inside the observer callback would resize the host again in the same frame, which the
 * browser reports as "ResizeObserver loop completed with undelivered notifications". Without
 * ResizeObserver (old browsers, server rendering) the size stays 0 × 0 and widgets fall back to
 * their default size.
 */
export class ResizeController implements ReactiveController {
  /** Content-box width in CSS pixels, rounded. 0 until the first observation. */
  width = 0;
  /** Content-box height in CSS pixels, rounded. 0 until the first observation. */
  height = 0;

  private readonly host: ReactiveControllerHost & Element;
  private readonly options: ResizeControllerOptions;
  private observed: Element | null = null;
  private frame = 0;

  constructor(host: ReactiveControllerHost & Element, options: ResizeControllerOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** True when ResizeObserver exists in this environment. */
  static get supported(): boolean {
    return typeof globalThis.ResizeObserver === 'function';
  }

  hostConnected(): void {
    const target = this.options.target ?? (this.options.manual ? null : this.host);
    if (!ResizeController.supported || !target || this.observed === target) return;
    this.unobserve();
    this.observed = target;
    controllers.set(target, this);
    sharedObserver().observe(target);
  }

  hostDisconnected(): void {
    this.unobserve();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Observe another element instead (e.g. a shadow-root element once rendered). */
  observe(target: Element): void {
    this.options.target = target;
    if (this.host.isConnected) this.hostConnected();
  }

  private unobserve(): void {
    if (!this.observed) return;
    shared?.unobserve(this.observed);
    controllers.delete(this.observed);
    this.observed = null;
  }

  /** @internal Called by the shared observer. */
  handle(entry: ResizeObserverEntry): void {
    const box = entry.contentBoxSize as unknown;
    const first = Array.isArray(box) ? box[0] : (box as ResizeObserverSize | undefined);
    // contentBoxSize is in writing-mode terms; widgets are horizontal, so inline = width.
    const w = first && typeof first.inlineSize === 'number' ? first.inlineSize : entry.contentRect.width;
    const h = first && typeof first.blockSize === 'number' ? first.blockSize : entry.contentRect.height;
    const width = Number.isFinite(w) ? Math.max(0, Math.round(w)) : 0;
    const height = Number.isFinite(h) ? Math.max(0, Math.round(h)) : 0;
    const changed = width !== this.width || (this.options.dimension === 'both' && height !== this.height);
    this.width = width;
    this.height = height;
    if (!changed) return;
    this.options.onResize?.(width, height);
    if (typeof requestAnimationFrame !== 'function') {
      this.host.requestUpdate();
    } else if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.host.requestUpdate();
      });
    }
  }
}
