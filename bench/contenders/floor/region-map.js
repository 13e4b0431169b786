import { defineMapBench, pointInside } from '../shared/region-map-page.js';
import { renderFloorMap } from './floor-map.js';

defineMapBench({
  render: renderFloorMap,
  count: (cell) => cell.firstElementChild?.shadowRoot?.querySelectorAll('path[d]:not([d=""])').length ?? 0,
  hoverPoint: (cell, spec) =>
    pointInside(cell.firstElementChild?.shadowRoot?.querySelector(`path[data-id="${spec.hoverKey}"]`)),
});
