/**
 * Calls `onNear` with the watched elements that come near the viewport (within `margin`, an
 * IntersectionObserver rootMargin): how a long table draws its rows in full only as they are
 * scrolled to. One observer per owner, made on first `watch`; `pause()` on disconnect and
 * `resume()` on reconnect keep the watched set. No layout is read on the caller's side.
 */
export class NearViewport {
  private io: IntersectionObserver | null = null;
  private readonly watched = new Set<Element>();

  constructor(
    private readonly onNear: (elements: Element[]) => void,
    private readonly margin = '100% 0px',
  ) {}

  get size(): number {
    return this.watched.size;
  }

  watch(el: Element): void {
    if (this.watched.has(el)) return;
    this.watched.add(el);
    this.observer()?.observe(el);
  }

  unwatch(el: Element): void {
    if (this.watched.delete(el)) this.io?.unobserve(el);
  }

  /** Stops watching everything. */
  clear(): void {
    this.watched.clear();
    this.io?.disconnect();
  }

  pause(): void {
    this.io?.disconnect();
    this.io = null;
  }

  resume(): void {
    if (this.io || !this.watched.size) return;
    const io = this.observer();
    for (const el of this.watched) io?.observe(el);
  }

  private observer(): IntersectionObserver | null {
    if (!this.io && typeof IntersectionObserver === 'function') {
      this.io = new IntersectionObserver(
        (entries) => {
          const near = entries
            .filter((e) => e.isIntersecting && this.watched.has(e.target))
            .map((e) => e.target);
          if (near.length) this.onNear(near);
        },
        { rootMargin: this.margin },
      );
    }
    return this.io;
  }
}
