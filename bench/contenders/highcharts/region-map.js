// Highcharts Maps (ESM: highcharts + modules/map): mapChart with the atlas TopoJSON given as is
// (Highcharts decodes it itself; each geometry's key copied into its properties first, since
// Highcharts keeps properties only), its own EqualEarth projection (rotated by spec.rotate) and none for a
// pre-projected atlas (y flipped in the TopoJSON transform, see below), a colorAxis with the same quantize breaks and palette as data classes
// (legend shown) and its tooltip. Animation, credits and the accessibility module off.
import { defineMapBench, fetchTopology, pointInside, shapeKey } from '../shared/region-map-page.js';
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/map.js';

let chart = null;

defineMapBench({
  async render(cell, spec) {
    const topology = await fetchTopology(spec.url);
    for (const g of topology.objects[spec.object].geometries) {
      g.properties = { ...g.properties, key: shapeKey(g) };
    }
    if (spec.projection === 'identity') {
      // Pre-projected (y down): Highcharts draws planar coordinates y up and guesses a projection
      // from the topology's bbox; so flip y in the quantization transform (O(1)) and drop the bbox.
      const { scale, translate } = topology.transform;
      topology.transform = { scale: [scale[0], -scale[1]], translate: [translate[0], -translate[1]] };
      delete topology.bbox;
    }
    const t = spec.thresholds;
    chart = Highcharts.mapChart(cell, {
      chart: { map: topology, width: spec.width, height: spec.height + 40, animation: false },
      title: { text: null },
      credits: { enabled: false },
      accessibility: { enabled: false },
      mapView:
        spec.projection === 'identity'
          ? { padding: 0 }
          : { projection: { name: 'EqualEarth', rotation: [spec.rotate ?? 0, 0] }, padding: 0 },
      colorAxis: {
        dataClasses: spec.palette.map((color, i) => ({
          ...(i > 0 ? { from: t[i - 1] } : {}),
          ...(i < t.length ? { to: t[i] } : {}),
          color,
        })),
      },
      legend: { enabled: true, margin: 4, padding: 4 },
      tooltip: { animation: false, hideDelay: 0 },
      plotOptions: { series: { animation: false, turboThreshold: 0 } },
      series: [
        {
          type: 'map',
          joinBy: ['key', 'key'],
          keys: ['key', 'value'],
          data: spec.keys.map((k, i) => [k, spec.values[i]]),
          borderColor: '#ffffff',
          borderWidth: 0.25,
          nullColor: '#cccccc',
        },
      ],
    });
  },
  count: () => chart?.series[0]?.points.filter((p) => p.graphic?.element?.getAttribute('d')).length ?? 0,
  hoverPoint: (cell, spec) =>
    pointInside(
      chart?.series[0]?.points.find((p) => p.key === spec.hoverKey || p.options.key === spec.hoverKey)
        ?.graphic?.element,
    ),
});
