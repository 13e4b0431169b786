// ECharts, tree-shaken: echarts/core + BarChart + Grid + MarkPoint + SVGRenderer. One chart, one
// category per row (the name as the axis label), the value as a bar over a background track and the
// target as a markPoint (a thin rect) per row, each row as a percentage of its own min…max.
import { defineTableBench, rowPercent, ROW_HEIGHT } from '../shared/bench-page.js';
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkPointComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, MarkPointComponent, SVGRenderer]);

let chart = null;

defineTableBench({
  render(cell, rows) {
    chart = init(cell, null, { renderer: 'svg', width: 720, height: rows.length * ROW_HEIGHT + 40 });
    chart.setOption({
      animation: false,
      grid: { left: 280, right: 16, top: 8, bottom: 24 },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { interval: 0, width: 270, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barWidth: 8,
          silent: true,
          itemStyle: { color: '#1f5fa8' },
          showBackground: true,
          backgroundStyle: { color: '#e5e5e5' },
          data: rows.map((r) => rowPercent(r, r.value)),
          markPoint: {
            symbol: 'rect',
            symbolSize: [3, 18],
            silent: true,
            label: { show: false },
            itemStyle: { color: '#c00000' },
            data: rows.map((r, i) => ({ coord: [rowPercent(r, r.target), i] })),
          },
        },
      ],
    });
  },
  count: (cell) => Math.min(cell.querySelectorAll('path[fill="#c00000"]').length, chart ? Infinity : 0),
});
