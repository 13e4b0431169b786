// How the benchmark drives <innovation-gauge> (shared by the dist and the from-source contenders).

export function mountLibraryGauge(cell, item) {
  const el = document.createElement('innovation-gauge');
  el.label = item.name;
  el.unit = item.unit;
  el.value = item.value;
  el.year = item.year;
  el.target = item.target;
  el.targetYear = item.targetYear;
  el.min = item.min;
  el.max = item.max;
  el.noAnimation = true;
  cell.append(el);
  return el.updateComplete;
}

export const libraryGaugeRendered = (cell) =>
  Boolean(cell.firstElementChild?.shadowRoot?.querySelector('svg'));
