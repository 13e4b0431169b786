// Observable Plot: one plot with a geo mark (topojson.feature of the atlas object), Equal Earth fitted
// to the world (rotated by spec.rotate; identity for a pre-projected atlas), a threshold colour scale on the same
// quantize breaks and palette, its colour legend, and `tip: true` (pointer tooltip).
import { defineMapBench, fetchTopology, pointInside, shapeKey } from '../shared/region-map-page.js';
import { plot, geo } from '@observablehq/plot';
import { feature } from 'topojson-client';

const paths = (cell) => cell.querySelectorAll('g[aria-label="geo"] path');

let featuresShown = [];

defineMapBench({
  async render(cell, spec) {
    const topology = await fetchTopology(spec.url);
    const fc = feature(topology, topology.objects[spec.object]);
    featuresShown = fc.features;
    cell.append(
      plot({
        width: spec.width,
        height: spec.height,
        margin: 0,
        projection:
          spec.projection === 'identity'
            ? { type: 'identity', domain: fc }
            : { type: 'equal-earth', rotate: [spec.rotate ?? 0, 0], domain: fc },
        color: { type: 'threshold', domain: spec.thresholds, range: spec.palette, legend: true },
        marks: [
          geo(fc, {
            fill: (f) => spec.valueOf.get(shapeKey(f)),
            stroke: '#ffffff',
            strokeWidth: 0.25,
            title: (f) => `${f.properties.name}: ${spec.valueOf.get(shapeKey(f))}`,
            tip: true,
          }),
        ],
      }),
    );
  },
  count: (cell) => [...paths(cell)].filter((p) => p.getAttribute('d')).length,
  hoverPoint: (cell, spec) => {
    const i = featuresShown.findIndex((f) => shapeKey(f) === spec.hoverKey);
    return pointInside(paths(cell)[i]);
  },
});
