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

/** A key for a set of problems: equal sets (same paths and messages, same order) give equal keys. */
export function problemsKey(problems: Problem[]): string {
  return problems.map((p) => `${p.path}\u0000${p.message}`).join('\u0001');
}

/**
 * Reports a widget's own `problems` (logged, `innovation-data-error` fired from `target`) unless
 * they are the set whose key is `lastKey`; returns the key to pass next time (once per distinct set).
 */
export function reportOnce(target: Element, lastKey: string, problems: Problem[]): string {
  const key = problemsKey(problems);
  if (key !== lastKey && problems.length > 0) {
    reportProblems(target, `innovation-widgets: <${target.localName}>`, problems);
  }
  return key;
}
