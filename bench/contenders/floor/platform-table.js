import { defineTableBench } from '../shared/platform-table-page.js';
import './floor-platform-table.js';

defineTableBench({
  mount(cell, plan) {
    const el = document.createElement('bench-floor-platform-table');
    el.plan = plan;
    cell.append(el);
    return el.updateComplete;
  },
  rows: (cell) => cell.firstElementChild?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0,
});
