// Highcharts + bullet module (ESM builds): one inverted bullet chart, one category per row (the
// name as the axis label), the value as the bullet bar and the target as its target marker, each
// row as a percentage of its own min…max. Animation, credits, tooltip, legend, mouse tracking and
// the accessibility module off (the latter is a separate import and is not loaded).
import { defineTableBench, rowPercent, ROW_HEIGHT } from '../shared/bench-page.js';
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/bullet.js';

let chart = null;

defineTableBench({
  render(cell, rows) {
    chart = Highcharts.chart(cell, {
      chart: {
        type: 'bullet',
        inverted: true,
        width: 720,
        height: rows.length * ROW_HEIGHT + 60,
        animation: false,
      },
      title: { text: null },
      credits: { enabled: false },
      tooltip: { enabled: false },
      legend: { enabled: false },
      accessibility: { enabled: false },
      xAxis: { categories: rows.map((r) => r.name) },
      yAxis: {
        min: 0,
        max: 100,
        gridLineWidth: 0,
        title: { text: null },
        plotBands: [{ from: 0, to: 100, color: '#e5e5e5' }],
      },
      plotOptions: {
        series: {
          animation: false,
          enableMouseTracking: false,
          turboThreshold: 0,
          pointPadding: 0.25,
          borderWidth: 0,
          color: '#1f5fa8',
          targetOptions: { width: '140%', height: 3, color: '#c00000' },
        },
      },
      series: [{ data: rows.map((r) => ({ y: rowPercent(r, r.value), target: rowPercent(r, r.target) })) }],
    });
  },
  count: () => chart?.series[0]?.points.filter((p) => p.graphic && p.targetGraphic).length ?? 0,
});
