import { defineBench } from '../shared/bench-page.js';
import './floor-gauge.js';

defineBench({
  mount(cell, item) {
    const el = document.createElement('bench-floor-gauge');
    el.value = item.value;
    el.target = item.target;
    el.min = item.min;
    el.max = item.max;
    el.label = item.name;
    el.unit = item.unit;
    cell.append(el);
    return el.updateComplete;
  },
  check: (cell) => Boolean(cell.firstElementChild?.shadowRoot?.querySelector('path.bar')),
});
