// Observable Plot: no gauge mark, so a linear one per the brief — a bar (track) + bar (value) +
// rule (target) + text (value), with the name as the plot's title. One plot (an SVG in a figure)
// per cell.
import { defineBench, CELL_WIDTH, valueText } from '../shared/bench-page.js';
import { plot, barX, ruleX, text } from '@observablehq/plot';

defineBench({
  mount(cell, item) {
    cell.append(
      plot({
        width: CELL_WIDTH,
        height: 70,
        marginLeft: 8,
        marginRight: 8,
        marginTop: 28,
        marginBottom: 8,
        title: item.name,
        x: { domain: [item.min, item.max], axis: null },
        marks: [
          barX([item], { x1: item.min, x2: item.max, fill: '#e5e5e5' }),
          barX([item], { x1: item.min, x2: 'value', fill: '#1f5fa8' }),
          ruleX([item.target], { stroke: '#c00000', strokeWidth: 3, insetTop: -4, insetBottom: -4 }),
          text([item], {
            x: item.min,
            frameAnchor: 'top-left',
            dy: -22,
            text: valueText,
            fontSize: 18,
            textAnchor: 'start',
          }),
        ],
      }),
    );
  },
  check: (cell) => Boolean(cell.querySelector('svg rect')),
});
