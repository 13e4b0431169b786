import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableIndices } from '../../src/layout/reorder.js';

/** Moves a keyed reorder makes: every wanted entry outside the stable run. */
const moves = (positions: number[]) => positions.length - stableIndices(positions).length;

describe('stableIndices', () => {
  it('stableIndices([2, 0, 1, -1, 3]) keeps 0, 1, 3 and moves the 2 and the new entry', () => {
    expect(stableIndices([2, 0, 1, -1, 3])).toEqual([1, 2, 4]);
  });

  it('stableIndices of an unchanged order keeps every entry (a re-render moves nothing)', () => {
    expect(stableIndices([0, 1, 2, 3, 4])).toEqual([0, 1, 2, 3, 4]);
  });

  it('stableIndices([1, 2, …, n−1, 0]) moves one row when the first row goes last', () => {
    const n = 1000;
    const positions = Array.from({ length: n }, (_, i) => (i + 1) % n);
    expect(moves(positions)).toBe(1);
  });

  it('stableIndices of a reversed order keeps one entry (n − 1 moves, the minimum)', () => {
    expect(stableIndices([4, 3, 2, 1, 0])).toHaveLength(1);
  });

  it('stableIndices([]) and all-new entries ([-1, -1]) keep nothing', () => {
    expect(stableIndices([])).toEqual([]);
    expect(stableIndices([-1, -1])).toEqual([]);
  });

  it('stableIndices returns a strictly increasing run of present entries, as long as any other', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 30 }), { maxLength: 40 }), (raw) => {
        // Positions are distinct among present entries (each child has one place).
        const seen = new Set<number>();
        const positions = raw.map((p) => (p >= 0 && !seen.has(p) ? (seen.add(p), p) : -1));
        const kept = stableIndices(positions);
        for (let k = 1; k < kept.length; k++) {
          expect(kept[k]!).toBeGreaterThan(kept[k - 1]!);
          expect(positions[kept[k]!]!).toBeGreaterThan(positions[kept[k - 1]!]!);
        }
        for (const i of kept) expect(positions[i]!).toBeGreaterThanOrEqual(0);
        // Longest: compare with an O(n²) dynamic programme.
        const best: number[] = positions.map(() => 0);
        let longest = 0;
        positions.forEach((p, i) => {
          if (p < 0) return;
          best[i] = 1;
          for (let j = 0; j < i; j++)
            if (positions[j]! >= 0 && positions[j]! < p) best[i] = Math.max(best[i]!, best[j]! + 1);
          longest = Math.max(longest, best[i]!);
        });
        expect(kept.length).toBe(longest);
      }),
    );
  });
});
