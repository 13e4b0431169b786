import { defineTableBench } from '../shared/bench-page.js';
import './floor-bars.js';

defineTableBench({
  render(cell, rows) {
    const el = document.createElement('bench-floor-bars');
    el.rows = rows;
    cell.append(el);
    return el.updateComplete;
  },
  count: (cell) => cell.firstElementChild?.shadowRoot?.querySelectorAll('line.target').length ?? 0,
});
