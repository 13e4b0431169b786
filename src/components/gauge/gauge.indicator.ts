/**
 * Attributes → `Indicator` with the full readers: the pure reading behind `<innovation-gauge>`'s
 * attributes, for tests and tools. (The element binds the readers itself, loading the full ones
 * only when an attribute needs them.)
 */
import { readAttributes } from './gauge.attributes.js';
import type { GaugeAttributes, GaugeInput } from './gauge.attributes.js';
import { READERS } from './gauge.input.js';

export type { GaugeAttributes, GaugeInput } from './gauge.attributes.js';

/**
 * Attributes → `Indicator` + explicit scale + problems. `locale` only picks the language of the problem
 * messages (they are shown to editors in the notice).
 */
export function indicatorFromAttributes(input: GaugeAttributes, locale = 'zh-CN'): GaugeInput {
  // The full readers carry the messages, so the read never fails.
  return readAttributes(input, locale, READERS)!;
}
