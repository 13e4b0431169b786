// Page side of the platform-table scenario: ONE table of n rows in a full-width cell (not n widgets
// in 240×170 cells). `mount(cell, plan)` renders the table and returns a promise; `rows(cell)` says
// how many data rows the rendered table holds (a windowed table counts its aria-rowcount).

/** n platform rows over four levels, two cells each: test/fixtures/platform-plans.ts `manyPlatforms`. */
export function manyPlatforms(n) {
  const levels = ['national', 'provincial', 'municipal', 'district'];
  const platforms = [];
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < 2; l++) {
      platforms.push({
        id: `p${i}-${l}`,
        type: `平台类型 ${i}`,
        level: levels[(i + l) % 4],
        count: ((i * 7919 + l * 104729) % 997) + 1,
        year: 2015,
        target: { year: 2020, value: ((i * 31 + l) % 1500) + 10 },
      });
    }
  }
  return { version: 1, plan: { id: 'many', title: `${n} 行` }, platforms };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

export function defineTableBench({ mount, rows }) {
  let cell = null;
  let expected = 0;
  window.benchRun = async (n) => {
    const root = document.getElementById('root');
    cell = document.createElement('div');
    cell.className = 'table-cell';
    cell.style.setProperty('width', '100%');
    root.append(cell);
    expected = n;
    await mount(cell, manyPlatforms(n));
    void root.offsetHeight; // lay the table out (both contenders)
    await nextFrame();
    return n;
  };
  // benchCheck must equal n: 1..n when the table holds n data rows, else 0.
  window.benchCheck = () => (cell && rows(cell) === expected ? expected : 0);
}
