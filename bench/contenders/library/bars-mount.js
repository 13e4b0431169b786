// How the benchmark drives <innovation-target-bars> (shared by the dist and the from-source
// contenders): one plan document with the rows' indicators (2010/2015 observations, 2020 target).

const PLAN = { id: 'cq-sti-13fyp', title: '重庆市科技创新“十三五”规划', period: { start: 2016, end: 2020 } };

export function renderLibraryBars(cell, rows) {
  const el = document.createElement('innovation-target-bars');
  el.plan = {
    version: 1,
    plan: PLAN,
    indicators: rows.map((r) => ({ ...r.indicator, id: r.id })),
  };
  cell.append(el);
  return el.updateComplete;
}

export const libraryBarsCount = (cell) =>
  cell.firstElementChild?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
