// Chart.js, tree-shaken: a half doughnut (rotation −90°, circumference 180°) as the gauge, the name
// through the Title plugin, and a small inline plugin that draws the target line and the value text
// (Chart.js has neither for doughnuts). Canvas, no responsiveness, no animation.
import { defineBench, CELL_WIDTH, CELL_HEIGHT, valueText } from '../shared/bench-page.js';
import { Chart, DoughnutController, ArcElement, Title } from 'chart.js';

const gaugeExtras = {
  id: 'benchGauge',
  afterDatasetsDraw(chart, _args, opts) {
    const arc = chart.getDatasetMeta(0).data[0];
    if (!arc) return;
    const { x, y, innerRadius, outerRadius } = arc.getProps(['x', 'y', 'innerRadius', 'outerRadius'], true);
    const share = Math.min(1, Math.max(0, (opts.target - opts.min) / (opts.max - opts.min)));
    const angle = Math.PI + share * Math.PI;
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = '#c00000';
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(x + Math.cos(angle) * (innerRadius - 6), y + Math.sin(angle) * (innerRadius - 6));
    ctx.lineTo(x + Math.cos(angle) * (outerRadius + 6), y + Math.sin(angle) * (outerRadius + 6));
    ctx.stroke();
    ctx.fillStyle = '#000';
    ctx.font = '600 22px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.fillText(opts.text, x, y - 6);
    ctx.restore();
  },
};

Chart.register(DoughnutController, ArcElement, Title, gaugeExtras);

defineBench({
  mount(cell, item) {
    const canvas = document.createElement('canvas');
    canvas.width = CELL_WIDTH;
    canvas.height = CELL_HEIGHT;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${item.name} ${valueText(item)}`);
    cell.append(canvas);
    const value = Math.min(item.max, Math.max(item.min, item.value));
    new Chart(canvas, {
      type: 'doughnut',
      data: {
        datasets: [
          {
            data: [value - item.min, item.max - value],
            backgroundColor: ['#1f5fa8', '#e5e5e5'],
            borderWidth: 0,
          },
        ],
      },
      options: {
        responsive: false,
        animation: false,
        events: [],
        rotation: -90,
        circumference: 180,
        cutout: '73%',
        layout: { padding: { left: 8, right: 8, bottom: 4 } },
        plugins: {
          title: { display: true, text: item.name, font: { size: 12, weight: 'normal' } },
          benchGauge: { target: item.target, min: item.min, max: item.max, text: valueText(item) },
        },
      },
    });
  },
  check: (cell) => Boolean(cell.querySelector('canvas') && Chart.getChart(cell.querySelector('canvas'))),
});
