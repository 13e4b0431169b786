import type { PropertyValues, ReactiveElement } from '@lit/reactive-element';
import type { Problem } from '../model/types.js';
import { reportOnce } from '../utils/events.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base takes any arguments
type ElementClass = abstract new (...args: any[]) => ReactiveElement;

/** What {@link Widget} adds to an element class (declared apart so the mixin's type can be emitted). */
export declare abstract class WidgetMembers {
  /** Problems of the widget's own input (unknown ids, a failed load, a thrown layout). */
  protected ownProblems: Problem[];
  /** Computes the scene from properties and controllers; sets `ownProblems`. */
  protected abstract compute(): void;
  /** Drops the scene after `compute()` threw. */
  protected abstract clear(): void;
}

/**
 * What the widgets share around their render: one `compute()` per update (after the controllers'
 * `hostUpdate`, before anything is drawn) that never throws out (a throw becomes one problem and
 * `clear()` drops the scene), and their own problems reported once per distinct set after the
 * update (`innovation-data-error`; the plan's problems are reported by the plan's source).
 * A mixin, so a widget drawn with Lit templates (`Widget(LitElement)`) and one drawn by DOM calls
 * (`Widget(ReactiveElement)`, without Lit's template engine in its bundle) share it.
 */
export function Widget<B extends ElementClass>(Base: B) {
  abstract class WidgetElement extends Base {
    protected ownProblems: Problem[] = [];
    private reportedKey = '';

    protected abstract compute(): void;

    protected abstract clear(): void;

    protected override update(changed: PropertyValues): void {
      try {
        this.compute();
      } catch (error) {
        this.clear();
        this.ownProblems = [{ path: '', message: String(error) }];
      }
      super.update(changed);
    }

    protected override updated(changed: PropertyValues): void {
      super.updated(changed);
      this.reportedKey = reportOnce(this, this.reportedKey, this.ownProblems);
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same signature as ElementClass
  return WidgetElement as unknown as (abstract new (...args: any[]) => WidgetMembers) & B;
}
