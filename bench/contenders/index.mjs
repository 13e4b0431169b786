// The contenders: display name, the npm package whose version is reported, and what it draws.
// A contender takes part in a scenario when `contenders/<id>/<scenario>.js` exists.
export const CONTENDERS = [
  { id: 'library', name: 'innovation-widgets', pkg: null, library: true },
  // Opt-in (`--library-src`): the gauge bundled by esbuild from src/, for when dist/ is not built.
  {
    id: 'library-src',
    name: 'innovation-widgets from src/ (esbuild; not the shipped build)',
    pkg: null,
    optIn: true,
  },
  { id: 'floor', name: 'floor (Lit + d3-shape/d3-scale)', pkg: null, floor: true },
  { id: 'echarts', name: 'ECharts (core + GaugeChart + SVGRenderer)', pkg: 'echarts' },
  { id: 'highcharts', name: 'Highcharts (+ more + solid-gauge)', pkg: 'highcharts' },
  { id: 'chartjs', name: 'Chart.js (doughnut, canvas)', pkg: 'chart.js' },
  { id: 'dsfr', name: 'DSFR Chart (gauge-chart, Vue)', pkg: '@gouvfr/dsfr-chart' },
  { id: 'plot', name: 'Observable Plot (bar + rule)', pkg: '@observablehq/plot' },
];
