// Scenario: ONE choropleth map of N shapes, each filled by a seeded synthetic value (quantize,
// 5 classes, the same palette for everyone). N = the shapes of a real atlas:
//   177  — world-atlas countries-110m.json, object `countries` (Natural Earth), Equal Earth projection;
//   3231 — us-atlas counties-10m.json, object `counties` (longitude/latitude, with Puerto Rico and the
//          island areas: the atlas the issue measured), Equal Earth centred on the data (see `centreOf`).
// Every contender FETCHES the atlas TopoJSON from the local server inside the timed span (the library
// through `geo-src`, the peers with fetch()), so the time includes fetch + JSON parse + TopoJSON decode.
// The values are computed here (Node) and handed to the page with the items, outside the timed span.
import { existsSync, readFileSync } from 'node:fs';

const ATLASES = [
  {
    file: 'world-atlas/countries-110m.json',
    object: 'countries',
    projection: 'equal-earth',
    width: 960,
    height: 480,
    // A region to hover: Brazil.
    hoverKey: '076',
  },
  {
    file: 'us-atlas/counties-10m.json',
    object: 'counties',
    projection: 'equal-earth',
    width: 960,
    height: 600,
    // San Bernardino County, CA.
    hoverKey: '06071',
  },
];

/** The same seeded generator as test fixtures use (mulberry32): values are reproducible run to run. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One dataset per atlas: the key of every shape (its TopoJSON id, or its name where it has no id —
 * three Natural Earth countries have none), its name, and a synthetic value 0…100 (one decimal).
 */
export function atlasDataset(topology, atlas, seed = 2020, centroidOf = null) {
  const geometries = topology.objects?.[atlas.object]?.geometries ?? [];
  const random = mulberry32(seed);
  const keys = [];
  const names = [];
  const values = [];
  for (const g of geometries) {
    keys.push(g.id != null ? String(g.id) : String(g.properties?.name ?? ''));
    names.push(String(g.properties?.name ?? g.id ?? ''));
    values.push(Math.round(random() * 1000) / 10);
  }
  // The hovered region's centroid in the atlas' coordinates (for peers that take data coordinates).
  const hovered = geometries.find((g) => String(g.id) === atlas.hoverKey);
  const hoverCoord = hovered && centroidOf ? centroidOf(topology, hovered, atlas) : null;
  const rotate = atlas.projection === 'identity' ? 0 : -centreOf(topology, atlas);
  return { ...atlas, url: `/${atlas.file}`, n: keys.length, keys, names, values, hoverCoord, rotate };
}

/**
 * The meridian the library centres a longitude/latitude map on: the middle of the data's longitudes,
 * the widest empty run of whole degrees (≥ 90°) left out — 0 for the world, −140 for the US counties
 * with Guam and the Aleutians. Every peer is rotated by the same amount (d3 `rotate([−centre, 0])`,
 * Highcharts `rotation`), so all draw the same picture.
 */
export function centreOf(topology, atlas) {
  const bins = new Uint8Array(360);
  const { scale = [1, 1], translate = [0, 0] } = topology.transform ?? {};
  const used = new Set();
  const collect = (a) => (Array.isArray(a) ? a.forEach(collect) : used.add(a < 0 ? ~a : a));
  for (const g of topology.objects?.[atlas.object]?.geometries ?? []) collect(g.arcs ?? []);
  for (const i of used) {
    let x = 0;
    for (const p of topology.arcs?.[i] ?? []) {
      x = topology.transform ? x + p[0] : p[0];
      const lon = x * scale[0] + translate[0];
      bins[Math.min(359, Math.max(0, Math.floor(lon + 180)))] = 1;
    }
  }
  let bestLen = 0,
    bestEnd = 0,
    run = 0;
  for (let k = 0; k < 720; k++) {
    if (bins[k % 360]) run = 0;
    else if (++run > bestLen && run <= 360) {
      bestLen = run;
      bestEnd = k % 360;
    }
  }
  if (bestLen < 90 || bestLen >= 360) return 0;
  const start = bestEnd + 1;
  return ((((start + (360 - bestLen) / 2 - 180) % 360) + 540) % 360) - 180;
}

/** Five colour-blind-safe sequential classes (ColorBrewer YlGnBu 5), light to dark. */
export const PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

/**
 * Where the atlases are read from and served: bench/node_modules/<package>/, else the library's own
 * node_modules (the same versions are its devDependencies), so `node --test bench/test/` passes in a
 * clean clone before `npm run bench` has installed bench/'s dependencies.
 */
const atlasRoot = (name) => {
  const own = new URL(`../node_modules/${name}/`, import.meta.url);
  return existsSync(own) ? own : new URL(`../../node_modules/${name}/`, import.meta.url);
};
export const ATLAS_ROOTS = {
  'world-atlas': atlasRoot('world-atlas'),
  'us-atlas': atlasRoot('us-atlas'),
};

async function load() {
  try {
    const { feature } = await import('topojson-client');
    const { geoCentroid, geoPath } = await import('d3-geo');
    const centroidOf = (topology, geometry, atlas) => {
      const f = feature(topology, geometry);
      const c = atlas.projection === 'identity' ? geoPath().centroid(f) : geoCentroid(f);
      return c.map((x) => Math.round(x * 100) / 100);
    };
    return ATLASES.map((atlas) => {
      const [pkg, ...rest] = atlas.file.split('/');
      const json = JSON.parse(readFileSync(new URL(rest.join('/'), ATLAS_ROOTS[pkg]), 'utf8'));
      return atlasDataset(json, atlas, 2020, centroidOf);
    });
  } catch {
    // bench deps not installed yet (run.mjs installs them before it imports scenarios)
    return [];
  }
}

const datasets = await load();

export default {
  id: 'region-map',
  order: 4,
  title:
    'Region map: one choropleth of N shapes (177 world countries, Equal Earth; 3,231 US counties, Equal Earth), quantize 5 classes',
  sizes: {
    quick: datasets.map((d) => d.n),
    full: datasets.map((d) => d.n),
  },
  libraryEntry: 'dist/standalone/innovation-region-map.js',
  // The library's shipped map file gets its own row in the size table.
  libraryEntrySize: { id: 'standalone-region-map', name: 'innovation-widgets standalone region map' },
  // Static roots the page fetches the atlases from (added to the bench server).
  serve: Object.fromEntries(Object.entries(ATLAS_ROOTS).map(([k, v]) => [k, v.pathname])),
  // After each run: one trusted mouse move onto a region (script time to two frames later, and the
  // DOM nodes the hover mutated).
  hover: true,
  items: { palette: PALETTE, classes: PALETTE.length, datasets },
  notes: [
    'N = shapes of ONE map. Every contender fetches the atlas TopoJSON from the local server inside the timed span (library: `geo-src`; peers: fetch()), decodes it and draws every shape filled by its class. Values are seeded synthetic (0–100), one per shape, the same for everyone; classes = quantize of [min, max] into 5, the same palette (YlGnBu 5).',
    'The 3,231 US counties are us-atlas counties-10m.json (longitude/latitude, with Puerto Rico and the island areas), the atlas the issue measured, so every contender projects (Equal Earth, centred on −140° by the same rule for all). Until 2026-11 the benchmark used the pre-projected counties-albers-10m.json (3,142 shapes, identity projection) instead.',
    'The library draws its widget as shipped (map, legend, linked ranking, tooltip, data-table twin); the floor only paths + fills; ECharts/Highcharts/Plot their map with legend and tooltip. Rendered = every shape drawn (+ one frame); the library defers the table twin of a large map (> 300 rows) to a task after its first paint, which may fall outside the timed span (its DOM nodes and heap are counted). ECharts and Plot use d3-geo geoEqualEarth for the world (ECharts through its `projection` hook: no antimeridian cutting, so Fiji and Chukotka draw a stray line), Highcharts its own EqualEarth.',
    'Hover: after each run, one trusted pointer move (CDP) to a point inside the same region (Brazil; San Bernardino County); script time = Chromium ScriptDuration from the move to two frames later, minus the same wait without a move; nodes = distinct DOM nodes (shadow roots included) the hover mutated (attributes, text, added/removed).',
  ],
  goals: {
    aheadOfPeers: true,
    timeVsFloorAt: { n: datasets.at(-1)?.n ?? 3231, limit: 0.9 },
    hoverScriptMs: 16,
    hoverNodes: 32,
  },
};
