/**
 * Geometry for `<innovation-region-map>`: reads page-supplied GeoJSON/TopoJSON and projects it to
 * SVG path text. The only module of the library that imports d3-geo and topojson-client; the
 * element loads it with a dynamic import.
 *
 * Speed: arcs (TopoJSON arcs, or GeoJSON rings) are projected and written once, in integer tenths
 * of a pixel with relative steps, and joined per ring, so a border between two regions costs once.
 * Spherical projections use d3-geo's own projection stream (rotation, antimeridian clip, adaptive
 * resampling) per arc; a shape with a ring that touches or crosses the clip meridian, or comes
 * near a pole, goes through d3-geo's full geoPath instead, so Russia, Fiji and Antarctica draw
 * exactly as d3 draws them. Results are cached per collection, projection and size.
 */
import {
  geoArea,
  geoConicEqualArea,
  geoEqualEarth,
  geoMercator,
  geoPath,
  geoStream,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStream,
} from 'd3-geo';
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import type { MultiPolygon, Position } from 'geojson';
import type { Problem } from '../model/types.js';
import { ArcText, shapeAnchor } from './arc-path.js';
import { readGeoData, type GeoData, type ReadOptions } from './read-geometry.js';

export type ProjectionName = 'mercator' | 'equal-earth' | 'conic-equal-area' | 'identity';

export const PROJECTIONS: readonly ProjectionName[] = [
  'mercator',
  'equal-earth',
  'conic-equal-area',
  'identity',
];

export interface GeoShape {
  /** Join id: `properties[idProperty]`, else the feature id, else `properties.id`/`code`/`adcode`. */
  id: string | null;
  /** Join name: `properties[nameProperty]`, else `properties.name`/`NAME`/`name_zh`. */
  name: string | null;
  properties: Record<string, unknown>;
}

/** Shapes read from geometry. Pass the object itself to `projectShapes` (its drawing data is kept privately). */
export interface GeoCollection {
  shapes: GeoShape[];
  problems: Problem[];
}

export interface ProjectedShapes {
  /** SVG path text per shape (same order as `collection.shapes`); '' when a shape cannot be drawn. */
  paths: string[];
  /** Label/tooltip anchor per shape: the centroid of its largest polygon, in pixels; null when none. */
  centroids: Array<[number, number] | null>;
  width: number;
  height: number;
  /** Box of the drawn content [x0, y0, x1, y1] inside width × height (a viewBox crops to it). */
  bounds?: [number, number, number, number] | null;
  problems: Problem[];
}

interface Internal {
  data: GeoData;
  /** Results per `projection|width|height`; a handful, newest last. */
  results: Map<string, ProjectedShapes>;
  /** GeoJSON geometry per shape for d3-geo's full path, built on demand. */
  fallback: (MultiPolygon | undefined)[];
  frame?: Frame;
}

/** Where the data sits on the globe: centre meridian and latitude range. */
interface Frame {
  lonLat: boolean;
  centre: number;
  rotate: boolean;
  minLat: number;
  maxLat: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const INTERNAL = new WeakMap<GeoCollection, Internal>();
/** Collections per input object and options: reading the same parsed JSON again is free. */
const READ = new WeakMap<object, Map<string, GeoCollection>>();
const MAX_RESULTS = 6;
const DEFAULT_WIDTH = 960;
const DEFAULT_HEIGHT = 600;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/**
 * Reads a TopoJSON Topology (`object` names the object, default the first), a GeoJSON
 * FeatureCollection, a Feature, or a bare Polygon / MultiPolygon / GeometryCollection.
 * Invalid parts are reported and skipped; never throws. The same input object and options give
 * the same (read-only) collection back, so its projections stay cached across re-renders; a page
 * that edits geometry in place must pass a new object.
 */
export function readGeometry(
  json: unknown,
  options?: { object?: string; idProperty?: string; nameProperty?: string },
): GeoCollection {
  const o: ReadOptions = {};
  if (options && typeof options === 'object') {
    const object = str(options.object),
      idProperty = str(options.idProperty),
      nameProperty = str(options.nameProperty);
    if (object) o.object = object;
    if (idProperty) o.idProperty = idProperty;
    if (nameProperty) o.nameProperty = nameProperty;
  }
  const cacheKey = `${o.object ?? ''}\u0000${o.idProperty ?? ''}\u0000${o.nameProperty ?? ''}`;
  const byOptions = typeof json === 'object' && json !== null ? READ.get(json) : undefined;
  const known = byOptions?.get(cacheKey);
  if (known) return known;
  const data = readGeoData(json, o);
  const collection: GeoCollection = {
    shapes: data.shapes.map((s) => ({ id: s.id, name: s.name, properties: s.properties })),
    problems: data.problems,
  };
  INTERNAL.set(collection, { data, results: new Map(), fallback: [] });
  if (typeof json === 'object' && json !== null) {
    const map = byOptions ?? new Map<string, GeoCollection>();
    map.set(cacheKey, collection);
    READ.set(json, map);
  }
  return collection;
}

// ---------------------------------------------------------------------------------------------

function frameOf(data: GeoData): Frame {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  const bins = new Uint8Array(360);
  // Only the arcs the shapes use: a Topology may hold other objects elsewhere.
  const used: Float64Array[] = [];
  const seen = new Uint8Array(data.arcs.length);
  for (const s of data.shapes)
    for (const rings of s.polygons)
      for (const refs of rings)
        for (const r of refs) {
          const i = arcIndex(r);
          if (!seen[i]) {
            seen[i] = 1;
            used.push(data.arcs[i]!);
          }
        }
  for (const a of used) {
    for (let i = 0; i < a.length; i += 2) {
      const x = a[i]!,
        y = a[i + 1]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  const e = 1e-9;
  const lonLat = x0 >= -180 - e && x1 <= 180 + e && y0 >= -90 - e && y1 <= 90 + e;
  let centre = 0,
    rotate = false;
  if (lonLat) {
    for (const a of used)
      for (let i = 0; i < a.length; i += 2) bins[Math.min(359, Math.max(0, Math.floor(a[i]! + 180)))] = 1;
    // The widest run of empty degrees (circular) is the part of the globe without data.
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
    if (bestLen >= 90 && bestLen < 360) {
      // Data spans from the end of the gap round to its start.
      const start = bestEnd + 1;
      const span = 360 - bestLen;
      centre = ((((start + span / 2 - 180) % 360) + 540) % 360) - 180;
      rotate = true;
    }
  }
  return { lonLat, centre, rotate, minLat: y0, maxLat: y1, x0, y0, x1, y1 };
}

function makeProjection(name: ProjectionName, frame: Frame): GeoProjection {
  const rotation: [number, number] = [frame.rotate ? -frame.centre : 0, 0];
  if (name === 'mercator') return geoMercator().rotate(rotation);
  if (name === 'conic-equal-area') {
    // Standard parallels one sixth in from each end of the data's latitudes: [25, 47] for China,
    // [29, 45] for the contiguous US; the centre meridian is the data's (105°E for China).
    const span = frame.maxLat - frame.minLat;
    const p0 = frame.minLat + span / 6,
      p1 = frame.maxLat - span / 6;
    return geoConicEqualArea()
      .parallels([Math.round(p0 * 10) / 10, Math.round(p1 * 10) / 10])
      .rotate([-frame.centre, 0]);
  }
  return geoEqualEarth().rotate(rotation);
}

/** Collects projected points of one line. */
class PointSink implements GeoStream {
  pts: number[] = [];
  point(x: number, y: number): void {
    this.pts.push(x, y);
  }
  lineStart(): void {}
  lineEnd(): void {}
  polygonStart(): void {}
  polygonEnd(): void {}
  sphere(): void {}
}

/** Collects the bounds of everything streamed. */
class BoundsSink implements GeoStream {
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  point(x: number, y: number): void {
    if (x < this.x0) this.x0 = x;
    if (x > this.x1) this.x1 = x;
    if (y < this.y0) this.y0 = y;
    if (y > this.y1) this.y1 = y;
  }
  lineStart(): void {}
  lineEnd(): void {}
  polygonStart(): void {}
  polygonEnd(): void {}
  sphere(): void {}
}

/** Scale and offset that fit bounds into width × height, centred (d3's fitSize), never NaN. */
function fitTransform(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  width: number,
  height: number,
): { k: number; tx: number; ty: number; box: [number, number, number, number] | null } {
  const dx = x1 - x0,
    dy = y1 - y0;
  let k = Math.min(dx > 0 ? width / dx : Infinity, dy > 0 ? height / dy : Infinity);
  if (!Number.isFinite(k)) k = 1;
  const tx = (width - k * (x1 + x0)) / 2,
    ty = (height - k * (y1 + y0)) / 2;
  if (!Number.isFinite(tx) || !Number.isFinite(ty)) return { k: 1, tx: 0, ty: 0, box: null };
  // Where the fitted content lies in the box (what a viewBox crops to).
  const box: [number, number, number, number] = [tx + k * x0, ty + k * y0, tx + k * x1, ty + k * y1];
  return { k, tx, ty, box: box.every(Number.isFinite) ? box : null };
}

function streamArc(arc: Float64Array, stream: GeoStream): void {
  stream.lineStart();
  for (let i = 0; i < arc.length; i += 2) stream.point(arc[i]!, arc[i + 1]!);
  stream.lineEnd();
}

/** Points scaled by k, shifted by (tx, ty), in integer tenths; null when any is not finite. */
function toTenths(pts: readonly number[], k: number, tx: number, ty: number): Int32Array | null {
  const out = new Int32Array(pts.length);
  const a = 10 * k,
    bx = 10 * tx,
    by = 10 * ty;
  for (let i = 0; i < pts.length; i += 2) {
    const x = Math.round(pts[i]! * a + bx),
      y = Math.round(pts[i + 1]! * a + by);
    if (!(Math.abs(x) < 2e9 && Math.abs(y) < 2e9)) return null;
    out[i] = x;
    out[i + 1] = y;
  }
  return out;
}

/** A shape as GeoJSON for d3-geo's full path; rings wound the wrong way (RFC 7946 order) are turned round. */
function fallbackGeometry(internal: Internal, index: number): MultiPolygon {
  const cached = internal.fallback[index];
  if (cached) return cached;
  const { data } = internal;
  const shape = data.shapes[index]!;
  let polygons: Position[][][];
  if (data.topology && shape.object) {
    const f = topoFeature(data.topology as unknown as Topology, shape.object as GeometryObject);
    const g = 'geometry' in f ? f.geometry : null;
    polygons =
      g && g.type === 'Polygon' ? [g.coordinates] : g && g.type === 'MultiPolygon' ? g.coordinates : [];
  } else {
    polygons = shape.polygons.map((rings) =>
      rings.map((refs) => {
        const ring: Position[] = [];
        for (const ref of refs) {
          const a = data.arcs[ref < 0 ? ~ref : ref]!;
          const pts: Position[] = [];
          for (let i = 0; i < a.length; i += 2) pts.push([a[i]!, a[i + 1]!]);
          if (ref < 0) pts.reverse();
          ring.push(...(ring.length ? pts.slice(1) : pts));
        }
        return ring;
      }),
    );
  }
  polygons = polygons.map((rings) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
      ? rings.map((r) => r.slice().reverse())
      : rings,
  );
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
  internal.fallback[index] = geometry;
  return geometry;
}

function arcIndex(ref: number): number {
  return ref < 0 ? ~ref : ref;
}

/**
 * Fits the whole collection into width × height with the named projection and returns one SVG
 * path per shape and a label anchor per shape. `identity` is for pre-projected coordinates
 * (fitted, y not flipped). Never throws; the same object comes back for the same arguments.
 */
export function projectShapes(
  collection: GeoCollection,
  projection: ProjectionName,
  width: number,
  height: number,
): ProjectedShapes {
  const problems: Problem[] = [];
  const count = collection && Array.isArray(collection.shapes) ? collection.shapes.length : 0;
  const w =
    typeof width === 'number' && Number.isFinite(width) && width > 0 ? Math.min(width, 1e5) : DEFAULT_WIDTH;
  const h =
    typeof height === 'number' && Number.isFinite(height) && height > 0
      ? Math.min(height, 1e5)
      : DEFAULT_HEIGHT;
  if (w !== width || h !== height)
    problems.push({
      path: 'size',
      message: `Map size must be two positive numbers of pixels (at most 100000); drawn at ${w} × ${h}.`,
    });
  const internal = collection ? INTERNAL.get(collection) : undefined;
  if (!internal) {
    problems.push({
      path: '',
      message:
        'This collection was not made by readGeometry (or was copied); read the geometry again to draw it.',
    });
    return {
      paths: new Array<string>(count).fill(''),
      centroids: new Array(count).fill(null),
      width: w,
      height: h,
      problems,
    };
  }
  let name: ProjectionName = PROJECTIONS.includes(projection) ? projection : 'equal-earth';
  if (name !== projection)
    problems.push({
      path: 'projection',
      message: `Unknown projection "${String(projection).slice(0, 40)}"; use mercator, equal-earth, conic-equal-area or identity. Drawn with equal-earth.`,
    });
  const frame = (internal.frame ??= frameOf(internal.data));
  if (name !== 'identity' && !frame.lonLat && internal.data.shapes.length) {
    problems.push({
      path: 'projection',
      message: `Coordinates reach beyond longitude ±180 / latitude ±90, so they look pre-projected; drawn with projection "identity" instead of "${name}".`,
    });
    name = 'identity';
  }
  const key = `${name}|${w}|${h}|${problems.map((p) => p.message).join('|')}`;
  const hit = internal.results.get(key);
  if (hit) return hit;
  let result: ProjectedShapes;
  try {
    result =
      name === 'identity'
        ? planar(internal, frame, w, h, problems)
        : spherical(internal, frame, name, w, h, problems);
  } catch (e) {
    problems.push({
      path: '',
      message: `The map could not be projected: ${e instanceof Error ? e.message : String(e)}.`,
    });
    result = {
      paths: new Array<string>(count).fill(''),
      centroids: new Array(count).fill(null),
      width: w,
      height: h,
      problems,
    };
  }
  internal.results.set(key, result);
  if (internal.results.size > MAX_RESULTS) internal.results.delete(internal.results.keys().next().value!);
  return result;
}

/** Pre-projected coordinates: one affine fit, no d3 at all. */
function planar(
  internal: Internal,
  frame: Frame,
  w: number,
  h: number,
  problems: Problem[],
): ProjectedShapes {
  const { data } = internal;
  const { k, tx, ty, box } = fitTransform(frame.x0, frame.y0, frame.x1, frame.y1, w, h);
  const a = 10 * k,
    bx = 10 * tx,
    by = 10 * ty;
  const projected: (Int32Array | null)[] = data.arcs.map((arc) => {
    const out = new Int32Array(arc.length);
    for (let i = 0; i < arc.length; i += 2) {
      out[i] = Math.round(arc[i]! * a + bx);
      out[i + 1] = Math.round(arc[i + 1]! * a + by);
    }
    return out;
  });
  return { ...assemble(internal, projected, null, null, w, h, problems), bounds: box };
}

function spherical(
  internal: Internal,
  frame: Frame,
  name: ProjectionName,
  w: number,
  h: number,
  problems: Problem[],
): ProjectedShapes {
  const { data } = internal;
  const projection = makeProjection(name, frame);
  const rot = projection.rotate()[0];
  // An arc is safe when, after rotation, it stays clear of the clip meridian and the poles: then
  // d3's clip passes it through unchanged and it can be projected and written once for all rings.
  const safe = data.arcs.map((arc) => {
    if (arc.length < 4) return false;
    let prev = NaN;
    for (let i = 0; i < arc.length; i += 2) {
      let lon = arc[i]! + rot;
      lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
      if (Math.abs(lon) > 179.999 || Math.abs(arc[i + 1]!) > 85) return false;
      if (Math.abs(lon - prev) >= 180) return false;
      prev = lon;
    }
    return true;
  });
  const full = data.shapes.map((s) =>
    s.polygons.some((rings) => rings.some((refs) => refs.some((r) => !safe[arcIndex(r)]))),
  );
  const used = new Uint8Array(data.arcs.length);
  data.shapes.forEach((s, i) => {
    if (!full[i])
      for (const rings of s.polygons) for (const refs of rings) for (const r of refs) used[arcIndex(r)] = 1;
  });

  // Fit like d3's fitSize, but resample each arc only once: a cheap estimate of the scale from the
  // vertices alone, then one resampled pass at that scale whose exact bounds give the final fit
  // (a uniform scale very close to 1 and a shift, applied to the collected points).
  const precision = projection.precision();
  projection.scale(150).translate([0, 0]).precision(0);
  const bounds = new BoundsSink();
  let boundsStream = projection.stream(bounds);
  data.arcs.forEach((arc, i) => {
    if (used[i]) streamArc(arc, boundsStream);
  });
  full.forEach((f, i) => {
    if (f) geoStream(fallbackGeometry(internal, i) as GeoPermissibleObjects, boundsStream);
  });
  const estimate = fitTransform(bounds.x0, bounds.y0, bounds.x1, bounds.y1, w, h);
  const scale = 150 * estimate.k;
  projection.scale(scale).precision(precision);
  const exact = new BoundsSink();
  boundsStream = projection.stream(exact);
  const sink = new PointSink();
  const stream = projection.stream(sink);
  const raw: (number[] | null)[] = data.arcs.map((arc, i) => {
    if (!used[i]) return null;
    sink.pts = [];
    streamArc(arc, stream);
    const pts = sink.pts;
    for (let j = 0; j < pts.length; j += 2) exact.point(pts[j]!, pts[j + 1]!);
    return pts;
  });
  full.forEach((f, i) => {
    if (f) geoStream(fallbackGeometry(internal, i) as GeoPermissibleObjects, boundsStream);
  });
  const { k, tx, ty, box } = fitTransform(exact.x0, exact.y0, exact.x1, exact.y1, w, h);
  projection.scale(scale * k).translate([tx, ty]);
  const projected = raw.map((pts) => (pts && pts.length >= 4 ? toTenths(pts, k, tx, ty) : null));
  return { ...assemble(internal, projected, full, projection, w, h, problems), bounds: box };
}

function assemble(
  internal: Internal,
  projected: (Int32Array | null)[],
  full: boolean[] | null,
  projection: GeoProjection | null,
  w: number,
  h: number,
  problems: Problem[],
): ProjectedShapes {
  const { data } = internal;
  const text = new ArcText(projected);
  const path = projection ? geoPath(projection).digits(1) : null;
  const paths: string[] = [];
  const centroids: Array<[number, number] | null> = [];
  data.shapes.forEach((shape, i) => {
    if (full?.[i] && path) {
      const g = fallbackGeometry(internal, i);
      const d = path(g) ?? '';
      let anchor: [number, number] | null = null;
      let best = -1;
      for (const rings of g.coordinates) {
        const poly = { type: 'Polygon' as const, coordinates: rings };
        const area = path.area(poly);
        if (area > best) {
          const [x, y] = path.centroid(poly);
          if (Number.isFinite(x) && Number.isFinite(y)) {
            best = area;
            anchor = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
          }
        }
      }
      if (!d)
        problems.push({
          path: shape.path,
          message: 'Shape projects to nothing (outside the map); not drawn.',
        });
      paths.push(d);
      centroids.push(anchor);
      return;
    }
    const bad = shape.polygons.some((rings) =>
      rings.some((refs) => refs.some((r) => !projected[arcIndex(r)])),
    );
    if (bad) {
      problems.push({
        path: shape.path,
        message: 'Shape has coordinates that cannot be projected (non-finite after projection); not drawn.',
      });
      paths.push('');
      centroids.push(null);
      return;
    }
    paths.push(text.shape(shape.polygons));
    centroids.push(shapeAnchor(projected, shape.polygons));
  });
  return { paths, centroids, width: w, height: h, problems };
}
