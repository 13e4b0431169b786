import { LitElement } from 'lit';
import type { PropertyValues } from 'lit';
import type { Problem } from '../model/types.js';
import { reportOnce } from '../utils/events.js';

/**
 * What the widgets share around their render: one `compute()` per update (after the controllers'
 * `hostUpdate`, before render) that never throws out (a throw becomes one problem and `clear()`
 * drops the scene), and their own problems reported once per distinct set after the update
 * (`innovation-data-error`; the plan's problems are reported by the plan's source).
 */
export abstract class WidgetElement extends LitElement {
  /** Problems of the widget's own input (unknown ids, a failed load, a thrown layout). */
  protected ownProblems: Problem[] = [];
  private reportedKey = '';

  /** Computes the scene from properties and controllers; sets `ownProblems`. */
  protected abstract compute(): void;

  /** Drops the scene after `compute()` threw. */
  protected abstract clear(): void;

  override update(changed: PropertyValues): void {
    try {
      this.compute();
    } catch (error) {
      this.clear();
      this.ownProblems = [{ path: '', message: String(error) }];
    }
    super.update(changed);
  }

  protected override updated(): void {
    this.reportedKey = reportOnce(this, this.reportedKey, this.ownProblems);
  }
}
