import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  geoEqualEarth,
  geoIdentity,
  geoMercator,
  geoPath,
  type GeoIdentityTransform,
  type GeoProjection,
} from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import { projectShapes, readGeometry, type ProjectionName } from '../../src/geo/geometry.js';
import { arcSteps } from '../../src/geo/arc-path.js';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const squaresTopo = json('../fixtures/geo/two-squares.topo.json');
const squaresGeo = json('../fixtures/geo/two-squares.geo.json');
const broken = json('../fixtures/geo/broken.geo.json');
const world = json('../../node_modules/world-atlas/countries-110m.json') as Topology;
const counties = json('../../node_modules/us-atlas/counties-albers-10m.json') as Topology;
const counties10m = json('../../node_modules/us-atlas/counties-10m.json') as Topology;

/** Bounds of an SVG path made of M/L/l/Z commands with implicit repeats (what d3 and we write). */
function pathBounds(d: string): [number, number, number, number] {
  const tokens = d.match(/[MLlZz]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  let cmd = 'M',
    x = 0,
    y = 0,
    x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (/[MLlZz]/.test(t)) {
      cmd = t;
      i++;
      continue;
    }
    const a = Number(t),
      b = Number(tokens[i + 1]);
    i += 2;
    if (cmd === 'l') {
      x += a;
      y += b;
    } else {
      x = a;
      y = b;
      if (cmd === 'M') cmd = 'L';
    }
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

describe('readGeometry', () => {
  it("readGeometry(topology) reads the first object's shapes with ids as strings and names", () => {
    const c = readGeometry(squaresTopo);
    expect(c.problems).toEqual([]);
    expect(c.shapes.map((s) => [s.id, s.name])).toEqual([
      ['500101', '万州区'],
      ['500102', '涪陵区'],
    ]);
    expect(c.shapes[0]!.properties['role']).toBe('渝东北');
  });

  it('readGeometry(topology, { object }) reads the named object', () => {
    const c = readGeometry(squaresTopo, { object: 'outline' });
    expect(c.shapes).toHaveLength(1);
    expect(c.shapes[0]!.id).toBeNull();
  });

  it('readGeometry(topology, { object: missing }) names the objects that exist and reads no shapes', () => {
    const c = readGeometry(squaresTopo, { object: 'provinces' });
    expect(c.shapes).toEqual([]);
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]!.message).toContain('"provinces"');
    expect(c.problems[0]!.message).toContain('"zones", "outline"');
  });

  it('readGeometry(FeatureCollection) reads feature ids and names', () => {
    const c = readGeometry(squaresGeo);
    expect(c.problems).toEqual([]);
    expect(c.shapes.map((s) => s.id)).toEqual(['500101', '500102']);
  });

  it('readGeometry(json, { idProperty, nameProperty }) takes the join keys from those properties', () => {
    const c = readGeometry(squaresGeo, { idProperty: 'role', nameProperty: 'role' });
    expect(c.shapes[0]).toMatchObject({ id: '渝东北', name: '渝东北' });
    expect(c.shapes[1]).toMatchObject({ id: null, name: null });
    expect(c.problems.map((p) => p.path)).toEqual(['/features/1', '/features/1']);
    expect(c.problems[0]!.message).toContain('"role"');
  });

  it('readGeometry falls back to properties.id, code, adcode for ids and name, NAME, name_zh for names', () => {
    const poly = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'a', NAME: 'A' }, geometry: poly },
        { type: 'Feature', properties: { code: 2, name_zh: '乙' }, geometry: poly },
        { type: 'Feature', properties: { adcode: 500000, name: '重庆市' }, geometry: poly },
        { type: 'Feature', id: 7, properties: { adcode: 1 }, geometry: poly },
      ],
    };
    expect(readGeometry(fc).shapes.map((s) => [s.id, s.name])).toEqual([
      ['a', 'A'],
      ['2', '乙'],
      ['500000', '重庆市'],
      ['7', null],
    ]);
  });

  it('readGeometry(Feature), a bare Polygon and a bare GeometryCollection each give shapes', () => {
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    expect(
      readGeometry({ type: 'Feature', properties: { name: 'x' }, geometry: polygon }).shapes,
    ).toHaveLength(1);
    expect(readGeometry(polygon).shapes).toHaveLength(1);
    expect(readGeometry({ type: 'GeometryCollection', geometries: [polygon, polygon] }).shapes).toHaveLength(
      2,
    );
  });

  it('readGeometry reports invalid features by path and keeps the valid ones', () => {
    const c = readGeometry(broken);
    expect(c.shapes.map((s) => s.name)).toEqual(['北京市', '内蒙古自治区']);
    const paths = c.problems.map((p) => p.path);
    expect(paths).toContain('/features/1/geometry'); // null geometry
    expect(paths).toContain('/features/2/geometry/coordinates/0/1'); // "115"
    expect(paths).toContain('/features/3/geometry'); // a Point
    expect(paths).toContain('/features/4/geometry/coordinates/1/0'); // a two-point ring
    expect(paths).toContain('/features/5');
    expect(c.problems.find((p) => p.path === '/features/3/geometry')!.message).toMatch(
      /Point.*Polygon or MultiPolygon/,
    );
  });

  it('readGeometry never throws on junk: null, strings, numbers, arrays, cycles, throwing getters, bad arcs', () => {
    const cyclic: Record<string, unknown> = { type: 'GeometryCollection' };
    cyclic['geometries'] = [cyclic];
    const getter = {
      type: 'FeatureCollection',
      get features(): never {
        throw new Error('boom');
      },
    };
    const badArcs = {
      type: 'Topology',
      objects: {
        a: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[5]] },
            { type: 'Polygon', arcs: [[0]] },
          ],
        },
      },
      arcs: [
        [
          [0, 0],
          [NaN, 1],
        ],
      ],
    };
    for (const input of [null, undefined, 'x', 42, [], {}, { type: 'Topology' }, cyclic, getter, badArcs]) {
      const c = readGeometry(input);
      expect(c.shapes).toEqual([]);
      expect(c.problems.length).toBeGreaterThan(0);
      for (const p of c.problems) expect(p.message).not.toMatch(/undefined|NaN/);
    }
    expect(readGeometry(badArcs).problems.map((p) => p.path)).toEqual([
      '/objects/a/geometries/0/arcs/0/0',
      '/objects/a/geometries/1/arcs/0/0',
    ]);
  });
});

describe('projectShapes', () => {
  it("projectShapes(squares, 'identity', 200, 100) fits the box and writes each shared arc once per direction", () => {
    const r = projectShapes(readGeometry(squaresTopo), 'identity', 200, 100);
    expect(r.problems).toEqual([]);
    expect(r.paths).toEqual(['M100,0l 0,100-100,0 0-100 100,0Z', 'M100,100l 0-100 100,0 0,100-100,0Z']);
    expect(r.centroids).toEqual([
      [50, 50],
      [150, 50],
    ]);
    expect([r.width, r.height]).toEqual([200, 100]);
  });

  it('projectShapes gives the same paths for a Topology and the same shapes as GeoJSON', () => {
    for (const p of ['identity', 'equal-earth', 'mercator', 'conic-equal-area'] as ProjectionName[]) {
      const a = projectShapes(readGeometry(squaresTopo), p, 300, 200);
      const b = projectShapes(readGeometry(squaresGeo), p, 300, 200);
      expect(b.paths).toEqual(a.paths);
    }
    const fc = feature(world, world.objects['countries']!) as FeatureCollection;
    expect(projectShapes(readGeometry(fc), 'equal-earth', 960, 600).paths).toEqual(
      projectShapes(readGeometry(world), 'equal-earth', 960, 600).paths,
    );
  });

  it('projectShapes returns the cached result for the same collection, projection and size', () => {
    const c = readGeometry(world);
    const a = projectShapes(c, 'equal-earth', 960, 600);
    expect(projectShapes(c, 'equal-earth', 960, 600)).toBe(a);
    expect(projectShapes(c, 'equal-earth', 800, 600)).not.toBe(a);
  });

  it('readGeometry(json) returns the same collection for the same object and options', () => {
    expect(readGeometry(world)).toBe(readGeometry(world));
    expect(readGeometry(world, { nameProperty: 'name' })).not.toBe(readGeometry(world));
  });

  it('projectShapes fits the chosen TopoJSON object, not every arc of the Topology', () => {
    const topo = {
      type: 'Topology',
      objects: { near: { type: 'Polygon', arcs: [[0]] }, far: { type: 'Polygon', arcs: [[1]] } },
      arcs: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
        [
          [10, 10],
          [12, 10],
          [12, 12],
          [10, 10],
        ],
      ],
    };
    const r = projectShapes(readGeometry(topo, { object: 'far' }), 'identity', 100, 100);
    expect(r.paths).toEqual(['M0,0l 100,0 0,100-100-100Z']);
  });

  it('projectShapes reports a bad size or projection name and draws with defaults', () => {
    const c = readGeometry(squaresTopo);
    const r = projectShapes(c, 'robinson' as ProjectionName, NaN, -1);
    expect([r.width, r.height]).toEqual([960, 600]);
    expect(r.problems.map((p) => p.path)).toEqual(['size', 'projection']);
    expect(r.paths.every((d) => d.startsWith('M'))).toBe(true);
  });

  it('projectShapes draws pre-projected coordinates with identity when a globe projection was asked for', () => {
    const r = projectShapes(readGeometry(counties), 'equal-earth', 960, 600);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toContain('identity');
    expect(r.paths).toEqual(projectShapes(readGeometry(counties), 'identity', 960, 600).paths);
  });

  it('projectShapes never throws on a collection it did not make', () => {
    const r = projectShapes(
      { shapes: [{ id: 'a', name: null, properties: {} }], problems: [] },
      'identity',
      10,
      10,
    );
    expect(r.paths).toEqual(['']);
    expect(r.centroids).toEqual([null]);
    expect(r.problems).toHaveLength(1);
    // @ts-expect-error junk on purpose
    expect(projectShapes(null, 'identity', 10, 10).paths).toEqual([]);
  });

  it('projectShapes writes at most one decimal and never NaN, Infinity or undefined', () => {
    for (const p of ['equal-earth', 'mercator', 'conic-equal-area'] as ProjectionName[]) {
      const r = projectShapes(readGeometry(world), p, 960, 600);
      expect(r.problems).toEqual([]);
      for (const d of r.paths) {
        expect(d).toMatch(/^M/);
        expect(d).not.toMatch(/\d\.\d\d|NaN|Infinity|undefined|null/);
      }
      for (const c of r.centroids) expect(c && Number.isFinite(c[0]) && Number.isFinite(c[1])).toBe(true);
    }
  });

  /** Our shape bounds against d3's own geoPath(projection.fitSize(...)) per feature, within rounding. */
  function compareWithD3(
    topo: Topology,
    object: string,
    name: ProjectionName,
    d3projection: GeoProjection | GeoIdentityTransform,
  ) {
    const fc = feature(topo, topo.objects[object]!) as FeatureCollection;
    const path = geoPath(d3projection.fitSize([960, 600], fc));
    const ours = projectShapes(readGeometry(topo, { object }), name, 960, 600);
    expect(ours.paths).toHaveLength(fc.features.length);
    let worst = 0;
    fc.features.forEach((f: Feature, i: number) => {
      const d = path(f);
      if (!d) return expect(ours.paths[i]).toBe('');
      const a = pathBounds(ours.paths[i]!),
        b = pathBounds(d);
      for (let k = 0; k < 4; k++) worst = Math.max(worst, Math.abs(a[k]! - b[k]!));
    });
    return worst;
  }

  it("projectShapes(world, 'equal-earth') matches d3-geo's own paths within 0.1 px, Russia, Fiji and Antarctica included", () => {
    expect(compareWithD3(world, 'countries', 'equal-earth', geoEqualEarth())).toBeLessThan(0.1);
  });

  it("projectShapes(world, 'mercator') matches d3-geo's own paths within 0.1 px", () => {
    expect(compareWithD3(world, 'countries', 'mercator', geoMercator())).toBeLessThan(0.1);
  });

  it("projectShapes(world, 'mercator') cuts Antarctica at the square world's edge: the same area as d3's", () => {
    /** Signed area of an absolute M/L/Z path (what d3 and our cut shapes write). */
    const area = (d: string): number =>
      d
        .split(/(?=M)/)
        .map((ring) =>
          ring
            .replace(/Z$/, '')
            .slice(1)
            .split('L')
            .map((p) => p.split(',').map(Number)),
        )
        .reduce((sum, pts) => {
          let a = 0;
          pts.forEach(([x0, y0], i) => {
            const [x1, y1] = pts[(i + 1) % pts.length]!;
            a += x0! * y1! - x1! * y0!;
          });
          return sum + a / 2;
        }, 0);
    const fc = feature(world, world.objects['countries']!) as FeatureCollection;
    const i = fc.features.findIndex((f) => f.properties?.['name'] === 'Antarctica');
    const theirs = geoPath(geoMercator().fitSize([960, 600], fc))(fc.features[i]!)!;
    const ours = projectShapes(readGeometry(world), 'mercator', 960, 600).paths[i]!;
    expect(ours).not.toMatch(/l/);
    expect(Math.abs(area(ours) - area(theirs))).toBeLessThan(0.001 * Math.abs(area(theirs)));
  });

  it("projectShapes(us counties, 'identity') matches d3-geo's geoIdentity paths within 0.1 px", () => {
    expect(compareWithD3(counties, 'counties', 'identity', geoIdentity())).toBeLessThan(0.11);
  });

  it('projectShapes keeps every world shape inside the box and fills it in one direction', () => {
    const r = projectShapes(readGeometry(world), 'equal-earth', 960, 600);
    const all = r.paths.map(pathBounds);
    const [x0, y0, x1, y1] = [
      Math.min(...all.map((b) => b[0])),
      Math.min(...all.map((b) => b[1])),
      Math.max(...all.map((b) => b[2])),
      Math.max(...all.map((b) => b[3])),
    ];
    expect(x0).toBeGreaterThanOrEqual(-0.1);
    expect(y0).toBeGreaterThanOrEqual(-0.1);
    expect(x1).toBeLessThanOrEqual(960.1);
    expect(y1).toBeLessThanOrEqual(600.1);
    expect(x1 - x0 > 959.5 || y1 - y0 > 599.5).toBe(true);
  });

  it('projectShapes draws a ring wound the RFC 7946 way as its small interior, also across the antimeridian', () => {
    // Counter-clockwise rings (RFC 7946): d3 alone would fill the rest of the globe.
    const ccw = (x0: number, x1: number) => ({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x0, -1],
            [x1, -1],
            [x1, 1],
            [x0, 1],
            [x0, -1],
          ],
        ],
      },
    });
    // Spread round the globe (no wide gap, so no re-centring): the first two touch the antimeridian.
    const fc = {
      type: 'FeatureCollection',
      features: [
        ccw(170, 180),
        ccw(-180, -170),
        ccw(-120, -110),
        ccw(-60, -50),
        ccw(0, 10),
        ccw(60, 70),
        ccw(120, 130),
      ],
    };
    const r = projectShapes(readGeometry(fc), 'equal-earth', 960, 600);
    expect(r.problems).toEqual([]);
    const widths = r.paths.map((d) => pathBounds(d)[2] - pathBounds(d)[0]);
    // 10° boxes on a whole-globe map: each well under a fifth of the width.
    for (const w of widths) expect(w).toBeLessThan(960 / 5);
  });

  it('projectShapes centres a regional map: China-sized data fills the box with conic-equal-area', () => {
    const box = {
      type: 'Polygon',
      coordinates: [
        [
          [73.5, 18],
          [73.5, 53.5],
          [135, 53.5],
          [135, 18],
          [73.5, 18],
        ],
      ],
    };
    const r = projectShapes(readGeometry(box), 'conic-equal-area', 960, 600);
    const [x0, y0, x1, y1] = pathBounds(r.paths[0]!);
    expect(r.problems).toEqual([]);
    // Centred on 104.25°E: the box is symmetric left-right.
    expect(Math.abs(x0 - (960 - x1))).toBeLessThan(0.1);
    expect(Math.abs(y0 - (600 - y1))).toBeLessThan(0.1);
  });
});

describe('projectShapes output, pinned', () => {
  // sha256 of every path (joined by newlines) as drawn before the speed work of session 5: the
  // projection's fast paths must give the same bytes, not merely paths within a rounding error.
  const sha = (paths: string[]) => createHash('sha256').update(paths.join('\n')).digest('hex');
  const cases: Array<[string, Topology, string, ProjectionName, number, number, string]> = [
    [
      'world',
      world,
      'countries',
      'equal-earth',
      960,
      480,
      'e15933128a4bc16889d35f801d86b9868b338d615471ddecab3e88f22267a47c',
    ],
    [
      'world',
      world,
      'countries',
      'mercator',
      960,
      600,
      '83049373dc9348d240edc542cf5affdc82677a5d7f1de76437547a905b6fad12',
    ],
    [
      'world',
      world,
      'countries',
      'conic-equal-area',
      960,
      600,
      'da9fcdae82c1db57e8937245b7ab7a76ef6966807debea31630e7dd128633097',
    ],
    [
      'us counties',
      counties10m,
      'counties',
      'equal-earth',
      960,
      600,
      '0c29050098c52affa36e126da8e4a3717e9b5a75b5f8bb5cf1ff0d282dbc4119',
    ],
    [
      'us counties',
      counties10m,
      'counties',
      'conic-equal-area',
      960,
      600,
      '31ac623734e62a87dcd30f7a19f59751a407f797814749cec4aaae868e00c4ec',
    ],
    [
      'us counties (Albers)',
      counties,
      'counties',
      'identity',
      960,
      600,
      'f8f84b02f22d6ab26de8fc50c7628a6ed310b4df4a396573d437dc6a02e07cae',
    ],
  ];
  for (const [label, topo, object, projection, w, h, hash] of cases)
    it(`projectShapes(${label}, '${projection}', ${w}, ${h}) writes the same bytes as before`, () => {
      const r = projectShapes(readGeometry(topo, { object }), projection, w, h);
      expect(r.problems).toEqual([]);
      expect(sha(r.paths)).toBe(hash);
    });
});

describe('arcSteps', () => {
  it('arcSteps(tenths, reversed) writes relative steps, skips zero steps and reverses exactly', () => {
    const pts = Int32Array.from([0, 0, 15, -5, 15, -5, 5, 20]);
    expect(arcSteps(pts, false)).toBe(' 1.5-0.5-1,2.5');
    expect(arcSteps(pts, true)).toBe(' 1-2.5-1.5,0.5');
  });
});
