// ECharts, tree-shaken: echarts/core + GaugeChart + SVGRenderer. One chart per cell; the value is a
// progress arc on a semicircle track, the target a second gauge series showing only a thin pointer,
// the value text the gauge `detail`, the name the gauge `title`. Animation off.
import { defineBench, CELL_WIDTH, CELL_HEIGHT, valueText } from '../shared/bench-page.js';
import { init, use } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';

use([GaugeChart, SVGRenderer]);

// The filled rectangle spans y 0..3.6 of a 0..10 box (the zero-area second subpath stretches it).
const TARGET_TICK = 'path://M0,0L1,0L1,3.6L0,3.6Z M0,10L1,10Z';

const common = {
  type: 'gauge',
  startAngle: 180,
  endAngle: 0,
  center: ['50%', '85%'],
  radius: '95%',
  splitLine: { show: false },
  axisTick: { show: false },
  axisLabel: { show: false },
};

defineBench({
  mount(cell, item) {
    const chart = init(cell, null, { renderer: 'svg', width: CELL_WIDTH, height: CELL_HEIGHT });
    chart.setOption({
      animation: false,
      series: [
        {
          ...common,
          min: item.min,
          max: item.max,
          progress: { show: true, width: 24, itemStyle: { color: '#1f5fa8' } },
          axisLine: { lineStyle: { width: 24, color: [[1, '#e5e5e5']] } },
          pointer: { show: false },
          title: { offsetCenter: [0, '-112%'], fontSize: 12, color: '#000' },
          detail: {
            offsetCenter: [0, '-15%'],
            fontSize: 22,
            fontWeight: 600,
            formatter: () => valueText(item),
          },
          data: [{ value: item.value, name: item.name }],
        },
        {
          ...common,
          min: item.min,
          max: item.max,
          axisLine: { show: false },
          progress: { show: false },
          // A pointer whose drawn part is only its outer third: a target tick across the track.
          pointer: {
            show: true,
            icon: TARGET_TICK,
            width: 3,
            length: '100%',
            itemStyle: { color: '#c00000' },
          },
          title: { show: false },
          detail: { show: false },
          data: [{ value: item.target }],
        },
      ],
    });
  },
  check: (cell) => Boolean(cell.querySelector('svg path')),
});
