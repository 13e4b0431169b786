/**
 * What `<innovation-gauge>` needs only when it reads a plan, loaded beside the plan reader: the
 * indicator lookup. Like every part the element loads on demand, it imports nothing the element
 * imports (types aside), and it needs no Lit: a gauge reading a plan loads Lit's template engine
 * only when it shows extras (gauge.extras.ts, where a plan indicator's source is drawn).
 */
import type { SupportedLocale } from '../../format/index.js';
import type { Indicator, Problem } from '../../model/types.js';

/** Ids listed in the unknown-indicator message; a longer list ends with "…" and the count. */
const LISTED = 5;

const NOT_FOUND = {
  'zh-CN': (id: string, ids: string, n: number) =>
    `计划中没有指标“${id}”${ids ? `，可用：${ids}${n > LISTED ? `, …（共 ${n} 个）` : ''}` : ''}`,
  en: (id: string, ids: string, n: number) =>
    `the plan has no indicator "${id}"${ids ? `; available: ${ids}${n > LISTED ? `, … (${n} in all)` : ''}` : ''}`,
} as const;

/**
 * The plan's indicator with id `indicator` (the first when none is given), named `label` when one is
 * set; or the problem that says which ids exist.
 */
export function pickIndicator(
  list: Indicator[],
  indicator: string | undefined,
  label: string | undefined,
  locale: SupportedLocale,
): { indicator: Indicator | null; problem: Problem | null } {
  const id = typeof indicator === 'string' ? indicator.trim() : '';
  const found = id ? list.find((i) => i.id === id) : list[0];
  if (!found) {
    const ids = list
      .slice(0, LISTED)
      .map((i) => i.id)
      .join(', ');
    return {
      indicator: null,
      problem: { path: '/indicator', message: NOT_FOUND[locale](id, ids, list.length) },
    };
  }
  const name = typeof label === 'string' && label.trim() ? label.trim() : null;
  return { indicator: name ? { ...found, name } : found, problem: null };
}
