// innovation-widgets: the standalone platform-table build as shipped, bundled into this page like the peers' packages.
import { defineTableBench } from '../shared/platform-table-page.js';
import '/dist/standalone/innovation-platform-table.js';

defineTableBench({
  mount(cell, plan) {
    const el = document.createElement('innovation-platform-table');
    el.setAttribute('locale', 'zh-CN');
    el.plan = plan;
    cell.append(el);
    return el.updateComplete;
  },
  // Rows of the table: a windowed table renders only some as <tr> and states the rest in aria-rowcount.
  rows: (cell) => {
    const root = cell.firstElementChild?.shadowRoot;
    const table = root?.querySelector('table');
    if (!table) return 0;
    const count = Number(table.getAttribute('aria-rowcount'));
    return count > 0 ? count - 1 : root.querySelectorAll('tbody tr[role="row"]').length;
  },
});
