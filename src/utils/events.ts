import type { Problem } from '../model/types.js';

/** Fires a bubbling, composed `CustomEvent` (the only kind the widgets fire). */
export function fire(target: EventTarget, type: string, detail: unknown): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Logs a plan's problems and fires `innovation-data-error` with them from `target`. */
export function reportProblems(target: EventTarget, who: string, problems: Problem[]): void {
  console.warn(`${who}: the plan has ${problems.length} problem(s); the valid part is shown.`, problems);
  fire(target, 'innovation-data-error', { problems });
}
