// ECharts map (shared by the SVG and the canvas contenders): tree-shaken echarts/core + MapChart +
// VisualMap (piecewise: the same quantize breaks and palette) + Tooltip. The atlas is decoded with
// topojson.feature and registered with registerMap; the world uses d3-geo's geoEqualEarth through the
// series' `projection` hook (ECharts has no Equal Earth of its own), (rotated like every contender's,
// see spec.rotate); a pre-projected atlas would get an identity projection (y down, as drawn by the others). Animation off.
import { defineMapBench, fetchTopology, shapeKey } from '../shared/region-map-page.js';
import { init, use, registerMap } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { geoEqualEarth } from 'd3-geo';
import { feature } from 'topojson-client';

use([MapChart, TooltipComponent, VisualMapPiecewiseComponent]);

export function defineEchartsMap(renderer, rendererName) {
  use([renderer]);
  let chart = null;
  let current = null;
  defineMapBench({
    async render(cell, spec) {
      const topology = await fetchTopology(spec.url);
      const fc = feature(topology, topology.objects[spec.object]);
      for (const f of fc.features) f.properties.key = shapeKey(f);
      registerMap(spec.object, fc);
      const legendHeight = 40;
      const height = spec.height + legendHeight;
      let projection;
      if (spec.projection === 'identity') {
        projection = { project: (p) => p, unproject: (p) => p };
      } else {
        const p = geoEqualEarth().rotate([spec.rotate ?? 0, 0]);
        projection = { project: (x) => p(x), unproject: (x) => p.invert(x) };
      }
      const t = spec.thresholds;
      const pieces = spec.palette.map((color, i) => ({
        ...(i > 0 ? { gte: t[i - 1] } : {}),
        ...(i < t.length ? { lt: t[i] } : {}),
        color,
      }));
      chart = init(cell, null, { renderer: rendererName, width: spec.width, height });
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'item', showDelay: 0, transitionDuration: 0 },
        visualMap: {
          type: 'piecewise',
          pieces,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          itemGap: 6,
        },
        series: [
          {
            type: 'map',
            map: spec.object,
            nameProperty: 'key',
            projection,
            roam: false,
            left: 0,
            top: 0,
            width: spec.width,
            height: spec.height,
            itemStyle: { borderColor: '#ffffff', borderWidth: 0.25 },
            label: { show: false },
            emphasis: { label: { show: false } },
            data: spec.keys.map((name, i) => ({ name, value: spec.values[i] })),
          },
        ],
      });
      current = spec;
    },
    // Region count from the chart model (the canvas renderer has no DOM per shape).
    // Regions drawn: ECharts draws one CompoundPath per region (both renderers; the canvas one has
    // no DOM per shape), filled by its visual class.
    count: () =>
      chart
        ? chart
            .getZr()
            .storage.getDisplayList(true)
            .filter((el) => el.type === 'compound' && current?.palette.includes(el.style?.fill)).length
        : 0,
    hoverPoint: (cell, spec) => {
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, spec.hoverCoord);
      const box = cell.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    },
  });
}
