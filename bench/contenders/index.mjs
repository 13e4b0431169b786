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
  {
    id: 'floor',
    name: 'floor (minimal hand-written Lit element, D3 where it helps)',
    pkg: null,
    floor: true,
  },
  { id: 'echarts', name: 'ECharts (tree-shaken, SVG renderer)', pkg: 'echarts' },
  { id: 'echarts-canvas', name: 'ECharts (tree-shaken, canvas renderer)', pkg: 'echarts' },
  { id: 'highcharts', name: 'Highcharts (+ the modules each chart needs)', pkg: 'highcharts' },
  { id: 'chartjs', name: 'Chart.js (tree-shaken, canvas)', pkg: 'chart.js' },
  { id: 'dsfr', name: 'DSFR Chart (Vue web components)', pkg: '@gouvfr/dsfr-chart' },
  { id: 'plot', name: 'Observable Plot', pkg: '@observablehq/plot' },
];
