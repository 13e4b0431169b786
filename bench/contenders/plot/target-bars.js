// Observable Plot: one plot, one band per row (the name as the y tick label): barX (track) + barX
// (value) + tickX (target), each row as a percentage of its own min…max.
import { defineTableBench, rowPercent, ROW_HEIGHT } from '../shared/bench-page.js';
import { plot, barX, tickX } from '@observablehq/plot';

defineTableBench({
  render(cell, rows) {
    const names = new Map(rows.map((r) => [r.id, r.name]));
    cell.append(
      plot({
        width: 720,
        height: rows.length * ROW_HEIGHT + 30,
        marginLeft: 280,
        x: { domain: [0, 100] },
        y: { domain: rows.map((r) => r.id), tickFormat: (id) => names.get(id), label: null },
        marks: [
          barX(rows, { y: 'id', x1: 0, x2: 100, fill: '#e5e5e5', insetTop: 6, insetBottom: 6 }),
          barX(rows, {
            y: 'id',
            x1: 0,
            x2: (r) => rowPercent(r, r.value),
            fill: '#1f5fa8',
            insetTop: 8,
            insetBottom: 8,
          }),
          tickX(rows, { y: 'id', x: (r) => rowPercent(r, r.target), stroke: '#c00000', strokeWidth: 3 }),
        ],
      }),
    );
  },
  count: (cell) => cell.querySelectorAll('g[aria-label="tick"] line').length,
});
