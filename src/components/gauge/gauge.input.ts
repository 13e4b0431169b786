/**
 * The full readers of values as written ("2.5%以上", "241.5亿元", "提高30%", "“十三五”末"): the
 * reading itself is in gauge.attributes.ts, which the element uses with plain-number readers until
 * an attribute needs these. Loaded on demand, so it imports nothing the element imports (types
 * aside): a bundler that splits it off then keeps the element's page in one file.
 */
import { parseQuantity } from '../../model/quantity.js';
import { parseYear } from '../../model/years.js';
import type { PlanYear, Quantity, RelativeTarget } from '../../model/types.js';
import { MESSAGES, ZH_NAMES } from './gauge.messages.js';

/** The element reports its own problems with this, loaded with the readers that find most of them. */
export { reportOnce } from '../../utils/events.js';
import type { Readers } from './gauge.attributes.js';

/** `parseQuantity`, guarded: the gauge never throws, whatever the model helper does. */
function quantity(text: string): Quantity | null {
  try {
    const q = parseQuantity(text);
    return q && typeof q === 'object' ? q : null;
  } catch {
    return null;
  }
}

function year(text: string): PlanYear | null {
  try {
    return parseYear(text) ?? null;
  } catch {
    return null;
  }
}

const MAGNITUDE_PREFIX: Array<[number, string]> = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
  [1e3, '千'],
  [1e2, '百'],
];

/** The magnitude folded in a unit as written ("亿元" → 1e8, "%" → 1, "吨标煤/万元" → 1). */
export function unitMagnitude(unit: string): number {
  if (!unit) return 1;
  let m = magnitudes.get(unit);
  if (m === undefined) {
    const q = quantity(`1${unit}`)?.magnitude;
    m = typeof q === 'number' && Number.isFinite(q) && q > 0 ? q : 1;
    if (magnitudes.size < 200) magnitudes.set(unit, m);
  }
  return m;
}
const magnitudes = new Map<string, number>();

/** The unit as written from a parsed quantity: magnitude prefix + unit ("241.5亿元" → "亿元"). */
function writtenUnit(q: Quantity): string {
  const unit = q.unit === 'pp' ? '个百分点' : (q.unit ?? '');
  const prefix = MAGNITUDE_PREFIX.find(([m]) => m === q.magnitude)?.[1] ?? '';
  return prefix + unit;
}

/** Reads "提高30%", "年均增长20%", "提高12个百分点", "翻番", "+30%", "×2" as a relative target. */
export function parseRelativeTarget(text: string, baseYear: PlanYear | null): RelativeTarget | null {
  const t = text.replace(/\s+/g, '').replace(/％/g, '%').replace(/＋/g, '+');
  if (/翻一?番|倍增/.test(t)) return { type: 'multiple', factor: 2, baseYear };
  const num = '(\\d+(?:\\.\\d+)?)';
  let m = new RegExp(`^(?:年均|每年)(?:增长|提高|增加)${num}%`).exec(t);
  if (m) return { type: 'annual-growth', percent: Number(m[1]), baseYear };
  m =
    new RegExp(`^(?:提高|增长|增加|上升)${num}个百分点`).exec(t) ?? new RegExp(`^\\+${num}pp$`, 'i').exec(t);
  if (m) return { type: 'points', amount: Number(m[1]), baseYear };
  m = new RegExp(`^(?:提高|增长|增加|上升)${num}%`).exec(t) ?? new RegExp(`^\\+${num}%$`).exec(t);
  if (m) return { type: 'percent', amount: Number(m[1]), baseYear };
  m = new RegExp(`^[×xX*]${num}$`).exec(t);
  if (m) return { type: 'multiple', factor: Number(m[1]), baseYear };
  return null;
}

/** The full readers. */
export const READERS: Readers = {
  quantity,
  year,
  relative: parseRelativeTarget,
  unit: writtenUnit,
  magnitude: unitMagnitude,
  messages: { text: MESSAGES, names: ZH_NAMES },
};
