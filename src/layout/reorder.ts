/**
 * Keyed reordering of an element's children with the fewest moves: the children already in a
 * longest increasing run of their wanted positions stay, every other one moves once. Moves use
 * `moveBefore` where the browser has it (an atomic move: no removal/insertion steps, focus and
 * `<details>` state kept, about half the cost of `insertBefore`), else `insertBefore`. A re-sort of
 * 1000 table rows is then one DOM call per moved row and nothing else.
 */

/**
 * Indices (into `positions`) of a longest strictly increasing subsequence of the non-negative
 * entries; negative entries (not present yet) are never part of it. Pure, O(n log n).
 * `stableIndices([2, 0, 1, -1, 3])` → [1, 2, 4].
 */
export function stableIndices(positions: readonly number[]): number[] {
  const tails: number[] = []; // tails[k] = index of the smallest tail of a run of length k + 1
  const prev: number[] = new Array<number>(positions.length).fill(-1);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    if (!(p >= 0)) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[tails[mid]!]! < p) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: number[] = new Array<number>(tails.length);
  for (let k = tails.length - 1, i = tails[k] ?? -1; k >= 0; k--, i = prev[i]!) out[k] = i;
  return out;
}

type Movable = Element & { moveBefore?: (node: Node, child: Node | null) => void };

function move(parent: Movable, node: Element, before: Element | null): void {
  if (parent.moveBefore && node.isConnected && parent.isConnected) {
    try {
      parent.moveBefore(node, before);
      return;
    } catch {
      // Different roots or an older engine: fall back to a plain insert.
    }
  }
  parent.insertBefore(node, before);
}

/** Makes `wanted` the element children of `parent`, in order, with the fewest moves; others are removed. */
export function reorderChildren(parent: Element, wanted: readonly Element[]): void {
  const keep = new Set(wanted);
  for (let c = parent.firstElementChild; c;) {
    const next = c.nextElementSibling;
    if (!keep.has(c)) c.remove();
    c = next;
  }
  const at = new Map<Element, number>();
  let i = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) at.set(c, i++);
  const positions = wanted.map((w) => at.get(w) ?? -1);
  const stable = new Set(stableIndices(positions));
  let before: Element | null = null;
  for (let k = wanted.length - 1; k >= 0; k--) {
    const w = wanted[k]!;
    if (!stable.has(k)) move(parent, w, before);
    before = w;
  }
}
