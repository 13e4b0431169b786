// Highcharts + highcharts-more + solid-gauge (ESM builds). One chart per cell: a solid gauge on a
// semicircle pane (the pane background is the track), the target a yAxis plot line, the value a
// data label, the name the chart title. Animation, credits, tooltip and accessibility module off
// (the accessibility module is a separate import and is not loaded here).
import { defineBench, CELL_WIDTH, CELL_HEIGHT, valueText } from '../shared/bench-page.js';
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/highcharts-more.js';
import 'highcharts/esm/modules/solid-gauge.js';

defineBench({
  mount(cell, item) {
    Highcharts.chart(cell, {
      chart: { type: 'solidgauge', width: CELL_WIDTH, height: CELL_HEIGHT, animation: false },
      title: { text: item.name, style: { fontSize: '12px' } },
      credits: { enabled: false },
      tooltip: { enabled: false },
      accessibility: { enabled: false },
      pane: {
        center: ['50%', '88%'],
        size: '150%',
        startAngle: -90,
        endAngle: 90,
        background: {
          innerRadius: '73%',
          outerRadius: '100%',
          shape: 'arc',
          backgroundColor: '#e5e5e5',
          borderWidth: 0,
        },
      },
      yAxis: {
        min: item.min,
        max: item.max,
        lineWidth: 0,
        tickPositions: [],
        minorTickInterval: null,
        plotLines: [{ value: item.target, color: '#c00000', width: 3, zIndex: 5 }],
      },
      plotOptions: {
        solidgauge: {
          animation: false,
          innerRadius: '73%',
          color: '#1f5fa8',
          enableMouseTracking: false,
          dataLabels: { y: -28, borderWidth: 0, style: { fontSize: '22px' }, format: valueText(item) },
        },
      },
      series: [{ name: item.id, data: [item.value] }],
    });
  },
  check: (cell) => Boolean(cell.querySelector('svg .highcharts-point')),
});
