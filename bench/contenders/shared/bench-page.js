// The page side of the benchmark, shared by every contender's page script.
// A contender calls defineBench({ mount, check }) and the runner then calls
//   await window.benchRun(n, items)   — mounts n widgets (items cycled) and resolves once they are
//                                      rendered and one animation frame has passed;
//   window.benchCheck()               — how many cells really hold a rendered widget (sanity check).
// `mount(cell, item, index)` renders one widget into `cell` (a 240×170 px div already in the
// document) and returns nothing (synchronous renderers) or a promise (web components:
// `updateComplete`). `check(cell)` says whether the cell shows a rendered widget.

export const CELL_WIDTH = 240;
export const CELL_HEIGHT = 170;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

export function defineBench({ mount, check }) {
  window.benchRun = async (n, items) => {
    const root = document.getElementById('root');
    const pending = [];
    for (let i = 0; i < n; i++) {
      const cell = document.createElement('div');
      cell.className = 'cell';
      root.append(cell);
      const result = mount(cell, items[i % items.length], i);
      if (result && typeof result.then === 'function') pending.push(result);
    }
    await Promise.all(pending);
    await nextFrame();
    return n;
  };
  window.benchCheck = () => {
    let ok = 0;
    for (const cell of document.querySelectorAll('#root > .cell')) if (check(cell)) ok++;
    return ok;
  };
}

/** The value as the plan writes it with its unit: 1.57 + "%" → "1.57%", 1035 + "家" → "1035家". */
export const valueText = (item) => `${item.value}${item.unit}`;

/** A caption element (for contenders that have no title of their own). */
export function caption(text) {
  const p = document.createElement('p');
  p.className = 'caption';
  p.textContent = text;
  return p;
}

/**
 * Table scenarios (target-bars): ONE widget with n rows instead of n widgets. `render(cell, rows)`
 * draws all rows into one wide cell (`.table-cell`) and returns nothing or a promise; `count(cell)`
 * says how many rows it shows (benchCheck must equal n). Rows are the items cycled, each with a
 * unique `id` (`<item id>-<i>`) and its `index`.
 */
export function defineTableBench({ render, count }) {
  window.benchRun = async (n, items) => {
    const cell = document.createElement('div');
    cell.className = 'table-cell';
    document.getElementById('root').append(cell);
    const rows = Array.from({ length: n }, (_, i) => {
      const item = items[i % items.length];
      return { ...item, id: `${item.id}-${i}`, index: i };
    });
    await render(cell, rows);
    await nextFrame();
    return n;
  };
  window.benchCheck = () => {
    const cell = document.querySelector('#root > .table-cell');
    return cell ? count(cell) : 0;
  };
}

/** Where a value lies on its row's own scale, in percent (0…100, clamped): rows of different units compare. */
export const rowPercent = (item, v) =>
  Math.max(0, Math.min(100, ((v - item.min) / (item.max - item.min)) * 100));

/** Row height of the chart peers (one category per indicator). */
export const ROW_HEIGHT = 24;
