import type { Plan } from '../model/types.js';

/** Plans produced by the library's loaders/validation; they need no second validation. */
const normalized = new WeakSet<object>();

/** Marks a plan as normalized (the output of `validatePlan` or a loader). Returns it. */
export function markNormalized<T extends Plan>(plan: T): T {
  if (plan && typeof plan === 'object') normalized.add(plan);
  return plan;
}

/** True for plans marked by `markNormalized`. */
export function isNormalized(value: unknown): value is Plan {
  return typeof value === 'object' && value !== null && normalized.has(value);
}
