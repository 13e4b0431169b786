// Chart.js, tree-shaken: one horizontal bar chart (indexAxis 'y'), one label per row (every name
// drawn: autoSkip off), the value as a bar and the target as a second dataset of points drawn as
// vertical lines (pointStyle 'line' rotated 90°; no annotation plugin), each row as a percentage of
// its own min…max. Canvas, no responsiveness, no animation, no events.
import { defineTableBench, rowPercent, ROW_HEIGHT } from '../shared/bench-page.js';
import {
  Chart,
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
);

defineTableBench({
  render(cell, rows) {
    const canvas = document.createElement('canvas');
    canvas.width = 720;
    canvas.height = rows.length * ROW_HEIGHT + 40;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'target bars');
    cell.append(canvas);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.name),
        datasets: [
          {
            type: 'line',
            order: 1,
            showLine: false,
            pointStyle: 'line',
            rotation: 90,
            radius: 9,
            borderColor: '#c00000',
            borderWidth: 3,
            data: rows.map((r) => rowPercent(r, r.target)),
          },
          {
            order: 2,
            backgroundColor: '#1f5fa8',
            barThickness: 8,
            data: rows.map((r) => rowPercent(r, r.value)),
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: false,
        animation: false,
        events: [],
        scales: { x: { min: 0, max: 100 }, y: { ticks: { autoSkip: false } } },
      },
    });
  },
  count: (cell) => {
    const chart = Chart.getChart(cell.querySelector('canvas'));
    return chart ? chart.getDatasetMeta(0).data.length : 0;
  },
});
