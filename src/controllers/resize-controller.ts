import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResizeControllerOptions {
  /** The element to observe; the host by default. */
  target?: Element | null;
  /** Called after the rounded size changed (before `host.requestUpdate()`). */
  onResize?: (width: number, height: number) => void;
}

/**
 * Observes the content box of the host (or of `options.target`) with a ResizeObserver (no window
 * listeners). `width` and `height` are integers (rounded); `host.requestUpdate()` is called only
 * when the rounded size changes. Without ResizeObserver (old browsers, server rendering) the size
 * stays 0 × 0 and nothing is observed; widgets then fall back to their default size.
 */
export class ResizeController implements ReactiveController {
  /** Content-box width in CSS pixels, rounded. 0 until the first observation. */
  width = 0;
  /** Content-box height in CSS pixels, rounded. 0 until the first observation. */
  height = 0;

  private readonly host: ReactiveControllerHost & Element;
  private readonly options: ResizeControllerOptions;
  private observer: ResizeObserver | null = null;
  private observed: Element | null = null;

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
    if (!ResizeController.supported) return;
    const target = this.options.target ?? this.host;
    if (!this.observer) {
      this.observer = new ResizeObserver((entries) => this.handle(entries));
    }
    if (this.observed !== target) {
      if (this.observed) this.observer.unobserve(this.observed);
      this.observed = target;
      this.observer.observe(target);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = null;
  }

  /** Observe another element instead (e.g. a shadow wrapper once rendered). */
  observe(target: Element): void {
    this.options.target = target;
    if (this.host.isConnected) this.hostConnected();
  }

  private handle(entries: ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    let w: number;
    let h: number;
    const box = entry.contentBoxSize as unknown;
    const first = Array.isArray(box) ? box[0] : (box as ResizeObserverSize | undefined);
    if (first && typeof first.inlineSize === 'number') {
      // contentBoxSize is in writing-mode terms; widgets are horizontal, so inline = width.
      w = first.inlineSize;
      h = first.blockSize;
    } else {
      w = entry.contentRect.width;
      h = entry.contentRect.height;
    }
    const width = Number.isFinite(w) ? Math.max(0, Math.round(w)) : 0;
    const height = Number.isFinite(h) ? Math.max(0, Math.round(h)) : 0;
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.options.onResize?.(width, height);
    this.host.requestUpdate();
  }
}
