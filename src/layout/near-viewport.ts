/**
 * Calls `onNear` with the watched elements that come near the viewport (within `margin`, an
 * IntersectionObserver rootMargin): how a long table draws its rows in full only as they are
 * scrolled to. One observer per owner, made on first use; `pause()` on disconnect and `resume()`
 * on reconnect keep the watched set. No layout is read on the caller's side.
 *
 * Elements watched during a render are observed after the next frame: the observer reports
 * nothing before that frame's layout anyway, and `observe()` of a thousand rows would otherwise
 * cost the first frame a few milliseconds of script.
 */
export class NearViewport {
  private io: IntersectionObserver | null = null;
  private readonly watched = new Set<Element>();
  private pending: Element[] = [];
  private scheduled = false;
  private paused = false;

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
    this.pending.push(el);
    this.schedule();
  }

  unwatch(el: Element): void {
    if (this.watched.delete(el)) this.io?.unobserve(el);
  }

  /** Stops watching everything. */
  clear(): void {
    this.watched.clear();
    this.pending = [];
    this.io?.disconnect();
  }

  pause(): void {
    this.paused = true;
    this.pending = [];
    this.io?.disconnect();
    this.io = null;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.pending = [];
    if (this.io || !this.watched.size) return;
    const io = this.observer();
    for (const el of this.watched) io?.observe(el);
  }

  private schedule(): void {
    if (this.scheduled) return;
    if (typeof requestAnimationFrame !== 'function') return this.flush();
    this.scheduled = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.scheduled = false;
        this.flush();
      }),
    );
  }

  private flush(): void {
    const list = this.pending;
    this.pending = [];
    if (this.paused) return;
    const io = this.observer();
    for (const el of list) if (this.watched.has(el)) io?.observe(el);
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
