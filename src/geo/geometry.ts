/**
 * Geometry for `<innovation-region-map>`: reads page-supplied GeoJSON/TopoJSON and projects it to
 * SVG path text. The only module of the library that imports d3-geo; the element loads it with a
 * dynamic import.
 *
 * Speed: arcs (TopoJSON arcs, or GeoJSON rings) are projected and written once, in integer tenths
 * of a pixel with relative steps, and joined per ring, so a border between two regions costs once.
 * Spherical projections stream each arc through d3-geo's pipeline (rotation, antimeridian clip,
 * adaptive resampling; see `projectionStream`); a shape with a ring that touches or crosses the
 * clip meridian, or comes near a pole, is streamed whole as polygons instead, so d3's clip can cut
 * and rejoin its rings and Russia, Fiji and Antarctica draw as d3's geoPath draws them (the same
 * path text; in Mercator, where the pole is cut off, the same area written in fewer pieces).
 * Results are cached per collection, projection and size.
 */
import {
  geoClipAntimeridian,
  geoConicEqualAreaRaw,
  geoEqualEarthRaw,
  geoMercatorRaw,
  type GeoRawProjection,
  type GeoStream,
} from 'd3-geo';
import type { MultiPolygon, Position } from 'geojson';
import type { Problem } from '../model/types.js';
import { PathWriter, shapeAnchor } from './arc-path.js';
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

/** Where the data sits on the globe: centre meridian, and bounds (y0…y1 the latitude range). */
interface Frame {
  lonLat: boolean;
  centre: number;
  rotate: boolean;
  /**
   * Every point lies in one of the whole degrees the frame found data in, so, rotated, within half
   * the span of the centre meridian. True when that is at most 89.5°, no point is past 85° and every
   * used arc has two points or more: then no arc nears the clip meridian or a step of 179.9°, and
   * every arc is safe (see `spherical`) unread.
   */
  narrow: boolean;
  /** 1 for each arc the shapes use. */
  seen: Uint8Array;
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
  if (options && typeof options === 'object')
    for (const key of ['object', 'idProperty', 'nameProperty'] as const) {
      const v = str(options[key]);
      if (v) o[key] = v;
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
  // Whole degrees of longitude that hold a point, filled in the same pass as the bounds (ignored
  // unless the data turn out to be longitude/latitude). Indexed loops and no Math calls: this runs
  // once per page load, before the optimizing compiler has seen it.
  const bins = new Uint8Array(360);
  const arcs = data.arcs,
    shapes = data.shapes;
  // Only the arcs the shapes use: a Topology may hold other objects elsewhere.
  const seen = new Uint8Array(arcs.length);
  let short = false;
  for (let s = 0; s < shapes.length; s++) {
    const polygons = shapes[s]!.polygons;
    for (let p = 0; p < polygons.length; p++) {
      const rings = polygons[p]!;
      for (let q = 0; q < rings.length; q++) {
        const refs = rings[q]!;
        for (let k = 0; k < refs.length; k++) {
          const r = refs[k]!;
          const i = r < 0 ? ~r : r;
          if (seen[i]) continue;
          seen[i] = 1;
          const a = arcs[i]!;
          if (a.length < 4) short = true;
          for (let j = 0; j < a.length; j += 2) {
            const x = a[j]!,
              y = a[j + 1]!;
            if (x < x0) x0 = x;
            if (x > x1) x1 = x;
            if (y < y0) y0 = y;
            if (y > y1) y1 = y;
            const d = (x + 180) | 0;
            bins[d < 0 ? 0 : d > 359 ? 359 : d] = 1;
          }
        }
      }
    }
  }
  const e = 1e-9;
  const lonLat = x0 >= -180 - e && x1 <= 180 + e && y0 >= -90 - e && y1 <= 90 + e;
  let centre = 0,
    rotate = false,
    narrow = false;
  if (lonLat) {
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
      narrow = span <= 179 && y0 >= -85 && y1 <= 85 && !short;
    }
  }
  return { lonLat, centre, rotate, narrow, seen, x0, y0, x1, y1 };
}

const RAD = Math.PI / 180;
const HALF_PI = Math.PI / 2;
/** d3-geo's resampling: at most 16 halvings, and never a step over 30° of arc. */
const MAX_DEPTH = 16;
const COS_MIN_DISTANCE = Math.cos(30 * RAD);

/**
 * What this module needs of a d3-geo projection, assembled from d3's raw projections and clips
 * with d3's own arithmetic (so paths match d3's): rotation by a longitude, the antimeridian clip,
 * adaptive resampling, scale and translation, and, for Mercator, a cut to d3's square world.
 * d3's projection object would also bring circle and extent clipping, fitting and inversion,
 * which the map never uses.
 */
interface Projection {
  raw: GeoRawProjection;
  /** Rotation in radians (longitude only). */
  rot: number;
  /** d3's projection centre in raw units (conic-equal-area's default centre is 33.6442°N). */
  cx: number;
  cy: number;
  k: number;
  tx: number;
  ty: number;
  /** Squared precision in pixels; 0 projects vertices only. */
  delta2: number;
  mercator: boolean;
}

function makeProjection(name: ProjectionName, frame: Frame): Projection {
  let raw: GeoRawProjection = geoEqualEarthRaw,
    rot = frame.rotate ? -frame.centre : 0,
    centre = 0;
  if (name === 'mercator') raw = geoMercatorRaw;
  if (name === 'conic-equal-area') {
    // Standard parallels one sixth in from each end of the data's latitudes: [25, 47] for China,
    // [29, 45] for the contiguous US; the centre meridian is the data's (105°E for China).
    const span = frame.y1 - frame.y0;
    const p0 = frame.y0 + span / 6,
      p1 = frame.y1 - span / 6;
    raw = geoConicEqualAreaRaw(Math.round(p0 * 10) * (RAD / 10), Math.round(p1 * 10) * (RAD / 10));
    rot = -frame.centre;
    centre = 33.6442;
  }
  const [cx, cy] = raw(0, centre * RAD);
  return {
    raw,
    rot: (rot % 360) * RAD,
    cx,
    cy,
    k: 150,
    tx: 0,
    ty: 0,
    delta2: 0.5,
    mercator: raw === geoMercatorRaw,
  };
}

interface ProjectionStream extends GeoStream {
  /** Degrees into the resampling, past the clip (for lines the clip passes unchanged). */
  line: GeoStream;
}

/**
 * A stream of degrees through the projection into `sink` (d3's projection.stream); `line` skips
 * the clip, for lines it would pass unchanged (see `spherical`).
 */
function projectionStream(p: Projection, sink: GeoStream): ProjectionStream {
  const { raw, k, rot } = p,
    pi = Math.PI;
  const dx = p.tx - k * p.cx,
    dy = p.ty + k * p.cy;
  // Into one scratch pair (read at once by the resampling): no array per projected point.
  const xy = new Float64Array(2);
  const project = (x: number, y: number): Float64Array => {
    const q = raw(x, y);
    xy[0] = dx + k * q[0];
    xy[1] = dy - k * q[1];
    return xy;
  };
  const line = resample(project, p.delta2, p.mercator ? clipBand(p.ty - pi * k, p.ty + pi * k, sink) : sink);
  const out = geoClipAntimeridian(line);
  /** Degrees to radians, rotated, into `s`. */
  const rotated = (s: GeoStream) => (x: number, y: number) => {
    let lambda = x * RAD + rot;
    if (Math.abs(lambda) > pi) lambda -= Math.round(lambda / (2 * pi)) * 2 * pi;
    s.point(lambda, y * RAD);
  };
  return {
    line: { ...line, point: rotated(line) },
    point: rotated(out),
    lineStart: () => out.lineStart(),
    lineEnd: () => out.lineEnd(),
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
  };
}

/**
 * d3's Mercator clips to its square world (±π·scale round the centre). Across it, x spans exactly
 * ±π·scale after the antimeridian clip, so only y can leave the square: rings are cut to the band
 * y0…y1 (Sutherland–Hodgman, which keeps every point's winding inside the band, so the filled
 * area is d3's), and lines, which never come near the poles here, pass through.
 */
function clipBand(y0: number, y1: number, sink: GeoStream): GeoStream {
  let ring: number[] | null = null,
    polygon = false;
  return {
    point(x, y) {
      // Poles project to ±Infinity; d3 clamps to ±1e9 before clipping too.
      y = Math.max(-1e9, Math.min(1e9, y));
      if (ring) ring.push(x, y);
      else sink.point(x, y);
    },
    lineStart() {
      if (polygon) ring = [];
      else sink.lineStart();
    },
    lineEnd() {
      if (!ring) return sink.lineEnd();
      const pts = cutBelow(cutBelow(ring, y0, 1), y1, -1);
      ring = null;
      if (!pts.length) return;
      sink.lineStart();
      for (let i = 0; i < pts.length; i += 2) sink.point(pts[i]!, pts[i + 1]!);
      sink.lineEnd();
    },
    polygonStart() {
      polygon = true;
      sink.polygonStart();
    },
    polygonEnd() {
      polygon = false;
      sink.polygonEnd();
    },
  };
}

/** The part of a closed ring [x, y, …] where s·(y − edge) ≥ 0. */
function cutBelow(p: number[], edge: number, s: number): number[] {
  const out: number[] = [],
    n = p.length;
  for (let i = 0, xa = p[n - 2]!, ya = p[n - 1]!; i < n; i += 2) {
    const xb = p[i]!,
      yb = p[i + 1]!;
    const inside = s * (yb - edge) >= 0;
    if (inside !== s * (ya - edge) >= 0) out.push(xa + ((xb - xa) * (edge - ya)) / (yb - ya), edge);
    if (inside) out.push(xb, yb);
    xa = xb;
    ya = yb;
  }
  return out;
}

/** d3-geo's adaptive resampling of projected lines (projection/resample.js), ported as is. */
function resample(
  project: (x: number, y: number) => Float64Array,
  delta2: number,
  stream: GeoStream,
): GeoStream {
  let inLine = false,
    ring = false,
    first = false,
    l00 = 0,
    x00 = 0,
    y00 = 0,
    a00 = 0,
    b00 = 0,
    c00 = 0,
    l0 = 0,
    x0 = NaN,
    y0 = 0,
    a0 = 0,
    b0 = 0,
    c0 = 0,
    p0 = 0;
  const lineTo = (
    x0: number,
    y0: number,
    l0: number,
    a0: number,
    b0: number,
    c0: number,
    x1: number,
    y1: number,
    l1: number,
    a1: number,
    b1: number,
    c1: number,
    depth: number,
  ): void => {
    const dx = x1 - x0,
      dy = y1 - y0,
      d2 = dx * dx + dy * dy;
    if (d2 > 4 * delta2 && depth--) {
      let a = a0 + a1,
        b = b0 + b1,
        c = c0 + c1;
      const m = Math.sqrt(a * a + b * b + c * c);
      c /= m;
      const phi = c > 1 ? HALF_PI : c < -1 ? -HALF_PI : Math.asin(c),
        lambda =
          Math.abs(Math.abs(c) - 1) < 1e-6 || Math.abs(l0 - l1) < 1e-6 ? (l0 + l1) / 2 : Math.atan2(b, a),
        p = project(lambda, phi),
        x2 = p[0]!,
        y2 = p[1]!,
        dx2 = x2 - x0,
        dy2 = y2 - y0,
        dz = dy * dx2 - dx * dy2;
      if (
        (dz * dz) / d2 > delta2 ||
        Math.abs((dx * dx2 + dy * dy2) / d2 - 0.5) > 0.3 ||
        a0 * a1 + b0 * b1 + c0 * c1 < COS_MIN_DISTANCE
      ) {
        lineTo(x0, y0, l0, a0, b0, c0, x2, y2, lambda, (a /= m), (b /= m), c, depth);
        stream.point(x2, y2);
        lineTo(x2, y2, lambda, a, b, c, x1, y1, l1, a1, b1, c1, depth);
      }
    }
  };
  // The last point's unit vector, when a step needs it: lineTo does nothing over a step of at
  // most 2√δ² (nor from a line's first point, x0 = NaN), so most short steps need none (a0 = NaN).
  const unit0 = (): void => {
    if (a0 === a0) return;
    const cosPhi = Math.cos(p0);
    a0 = cosPhi * Math.cos(l0);
    b0 = cosPhi * Math.sin(l0);
    c0 = Math.sin(p0);
  };
  return {
    point(lambda, phi) {
      const p = project(lambda, phi);
      if (!inLine || !delta2) return stream.point(p[0], p[1]);
      const x = p[0]!,
        y = p[1]!,
        dx = x - x0,
        dy = y - y0;
      if (dx * dx + dy * dy > 4 * delta2) {
        unit0();
        const cosPhi = Math.cos(phi),
          a = cosPhi * Math.cos(lambda),
          b = cosPhi * Math.sin(lambda),
          c = Math.sin(phi);
        lineTo(x0, y0, l0, a0, b0, c0, x, y, lambda, a, b, c, MAX_DEPTH);
        a0 = a;
        b0 = b;
        c0 = c;
      } else a0 = NaN;
      x0 = x;
      y0 = y;
      l0 = lambda;
      p0 = phi;
      stream.point(x, y);
      if (first) {
        unit0();
        l00 = l0;
        x00 = x0;
        y00 = y0;
        a00 = a0;
        b00 = b0;
        c00 = c0;
        first = false;
      }
    },
    lineStart() {
      x0 = NaN;
      inLine = true;
      first = ring;
      stream.lineStart();
    },
    lineEnd() {
      if (ring && delta2) {
        unit0();
        lineTo(x0, y0, l0, a0, b0, c0, x00, y00, l00, a00, b00, c00, MAX_DEPTH);
      }
      inLine = false;
      stream.lineEnd();
    },
    polygonStart() {
      stream.polygonStart();
      ring = true;
    },
    polygonEnd() {
      stream.polygonEnd();
      ring = false;
    },
  };
}

/** Streams a Polygon (d3's geoStream: a ring's closing position is not repeated). */
function streamPolygon(rings: Position[][], stream: GeoStream): void {
  stream.polygonStart();
  for (const ring of rings) {
    stream.lineStart();
    for (let i = 0; i < ring.length - 1; i++) stream.point(ring[i]![0]!, ring[i]![1]!);
    stream.lineEnd();
  }
  stream.polygonEnd();
}

/**
 * What the projection stream gives for one polygon: the path d3's geoPath would write (one
 * decimal), and the planar area and centroid of d3's path.area and path.centroid.
 */
class PolygonSink implements GeoStream {
  d = '';
  area = 0;
  private sum = 0;
  private n = 0;
  private x00 = 0;
  private y00 = 0;
  private x0 = 0;
  private y0 = 0;
  // d3's centroid sums: of points (X0, Y0, Z0), of ring lengths (X1…), of ring areas (X2…).
  private c = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  reset(): void {
    this.d = '';
    this.area = 0;
    this.c.fill(0);
  }
  point(x: number, y: number): void {
    this.d += `${this.n ? 'L' : 'M'}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
    this.add(x, y);
  }
  private add(x: number, y: number): void {
    const c = this.c,
      { x0, y0 } = this;
    if (this.n++) {
      this.sum += y0 * x - x0 * y;
      const dx = x - x0,
        dy = y - y0;
      let z = Math.sqrt(dx * dx + dy * dy);
      c[3] += (z * (x0 + x)) / 2;
      c[4] += (z * (y0 + y)) / 2;
      c[5] += z;
      z = y0 * x - x0 * y;
      c[6] += z * (x0 + x);
      c[7] += z * (y0 + y);
      c[8] += z * 3;
    } else {
      this.x00 = x;
      this.y00 = y;
    }
    c[0] += x;
    c[1] += y;
    c[2]++;
    this.x0 = x;
    this.y0 = y;
  }
  lineStart(): void {
    this.n = 0;
  }
  lineEnd(): void {
    if (this.n) this.add(this.x00, this.y00);
    this.d += 'Z';
  }
  polygonStart(): void {
    this.sum = 0;
  }
  polygonEnd(): void {
    this.area += Math.abs(this.sum) / 2;
  }
  centroid(): number[] {
    const c = this.c;
    const i = c[8] ? 6 : c[5] ? 3 : 0;
    return [c[i]! / c[i + 2]!, c[i + 1]! / c[i + 2]!];
  }
}

/** Collects the bounds of everything streamed, and its points into one growing buffer while `collect`. */
class PointsSink implements GeoStream {
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  pts = new Float64Array(1 << 12);
  n = 0;
  constructor(public collect: boolean) {}
  point(x: number, y: number): void {
    if (this.collect) {
      let pts = this.pts;
      if (this.n + 2 > pts.length) {
        pts = new Float64Array(pts.length * 2);
        pts.set(this.pts);
        this.pts = pts;
      }
      pts[this.n++] = x;
      pts[this.n++] = y;
    }
    if (x < this.x0) this.x0 = x;
    if (x > this.x1) this.x1 = x;
    if (y < this.y0) this.y0 = y;
    if (y > this.y1) this.y1 = y;
  }
  lineStart(): void {}
  lineEnd(): void {}
  polygonStart(): void {}
  polygonEnd(): void {}
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

/** d3-geo's geoArea of one polygon (steradians), ported to skip its stream and exact sums. */
function sphericalArea(rings: Position[][]): number {
  let sum = 0;
  for (const ring of rings) {
    const n = ring.length - 1;
    let lambda0 = 0,
      cos0 = 0,
      sin0 = 0;
    for (let i = 0; i <= n && n > 0; i++) {
      const [x, y] = ring[i % n]!;
      const lambda = x! * RAD,
        phi = (y! * RAD) / 2 + Math.PI / 4;
      const cosPhi = Math.cos(phi),
        sinPhi = Math.sin(phi);
      if (i) {
        const d = lambda - lambda0,
          s = d >= 0 ? 1 : -1,
          ad = s * d,
          k = sin0 * sinPhi;
        sum += Math.atan2(k * s * Math.sin(ad), cos0 * cosPhi + k * Math.cos(ad));
      }
      lambda0 = lambda;
      cos0 = cosPhi;
      sin0 = sinPhi;
    }
  }
  return 2 * (sum < 0 ? 2 * Math.PI + sum : sum);
}

/** A shape as GeoJSON for d3-geo's full path; rings wound the wrong way (RFC 7946 order) are turned round. */
function fallbackGeometry(internal: Internal, index: number): MultiPolygon {
  const cached = internal.fallback[index];
  if (cached) return cached;
  const { data } = internal;
  const shape = data.shapes[index]!;
  // Stitched as topojson-client's feature() does: each arc after the first replaces the last
  // point so far; a ring of fewer than four points repeats its first.
  let polygons = shape.polygons.map((rings) =>
    rings.map((refs) => {
      const ring: Position[] = [];
      for (const ref of refs) {
        const a = data.arcs[arcIndex(ref)]!;
        const pts: Position[] = [];
        for (let i = 0; i < a.length; i += 2) pts.push([a[i]!, a[i + 1]!]);
        if (ref < 0) pts.reverse();
        ring.pop();
        ring.push(...pts);
      }
      while (ring.length && ring.length < 4) ring.push(ring[0]!);
      return ring;
    }),
  );
  polygons = polygons.map((rings) =>
    sphericalArea(rings) > 2 * Math.PI ? rings.map((r) => r.slice().reverse()) : rings,
  );
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
  internal.fallback[index] = geometry;
  return geometry;
}

function arcIndex(ref: number): number {
  return ref < 0 ? ~ref : ref;
}

/** A box side: a positive number up to 1e5, else `fallback`. */
function boxSize(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.min(v, 1e5) : fallback;
}

/** No drawing: `count` empty paths (input that cannot be drawn, said in `problems`). */
function nothing(count: number, width: number, height: number, problems: Problem[]): ProjectedShapes {
  return {
    paths: new Array<string>(count).fill(''),
    centroids: new Array(count).fill(null),
    width,
    height,
    problems,
  };
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
  const w = boxSize(width, DEFAULT_WIDTH),
    h = boxSize(height, DEFAULT_HEIGHT);
  if (w !== width || h !== height)
    problems.push({
      path: 'size',
      message: `Map size must be 1–100000 pixels each way; drawn at ${w} × ${h}.`,
    });
  const internal = collection ? INTERNAL.get(collection) : undefined;
  if (!internal) {
    problems.push({
      path: '',
      message: 'Not a collection from readGeometry; read the geometry with it to draw.',
    });
    return nothing(count, w, h, problems);
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
      message: `Coordinates pass ±180° / ±90°, so look pre-projected; drawn with "identity", not "${name}".`,
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
    result = nothing(count, w, h, problems);
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
  // One buffer for every arc (views into it): see the reader.
  let total = 0;
  for (const arc of data.arcs) total += arc.length;
  const pool = new Int32Array(total);
  let at = 0;
  const projected: (Int32Array | null)[] = data.arcs.map((arc) => {
    const out = pool.subarray(at, (at += arc.length));
    for (let i = 0; i < arc.length; i += 2) {
      out[i] = Math.round(arc[i]! * a + bx);
      out[i + 1] = Math.round(arc[i + 1]! * a + by);
    }
    return out;
  });
  const result = assemble(internal, projected, null, null, w, h, problems);
  result.bounds = box;
  return result;
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
  const rot = projection.rot / RAD;
  // An arc is safe when, after rotation, it stays clear of the clip meridian and the poles: then
  // d3's clip passes it through unchanged and it can be projected and written once for all rings.
  // 2 = safe, and no step comes near 180° either, so the clip cannot take it for a pole crossing:
  // it is streamed straight into the resampling (no clip, no rotation wrapper per point).
  const arcs = data.arcs,
    shapes = data.shapes,
    all = frame.narrow;
  const safe = new Uint8Array(arcs.length);
  if (all) safe.fill(2);
  else
    for (let a = 0; a < arcs.length; a++) {
      const arc = arcs[a]!;
      if (arc.length < 4) continue;
      let prev = NaN,
        ok = 2;
      for (let i = 0; i < arc.length && ok; i += 2) {
        let lon = arc[i]! + rot;
        lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        const step = Math.abs(lon - prev);
        if (Math.abs(lon) > 179.999 || Math.abs(arc[i + 1]!) > 85 || step >= 180) ok = 0;
        else if (step >= 179.9) ok = 1;
        prev = lon;
      }
      safe[a] = ok;
    }
  // Shapes with an arc that is not safe are streamed whole; the others' arcs are used (all the
  // shapes' arcs when every arc is safe).
  const full = shapes.map(
    (s) => !all && s.polygons.some((rings) => rings.some((refs) => refs.some((r) => !safe[arcIndex(r)]))),
  );
  let used = frame.seen;
  if (!all) {
    used = new Uint8Array(arcs.length);
    shapes.forEach((s, i) => {
      if (!full[i])
        for (const rings of s.polygons) for (const refs of rings) for (const r of refs) used[arcIndex(r)] = 1;
    });
  }

  // Fit like d3's fitSize, but resample each arc only once: a cheap estimate of the scale from the
  // vertices alone, then one resampled pass at that scale whose exact bounds give the final fit
  // (a uniform scale very close to 1 and a shift, applied to the collected points).
  const streamFull = (stream: GeoStream) =>
    full.forEach((f, i) => {
      if (f) for (const rings of fallbackGeometry(internal, i).coordinates) streamPolygon(rings, stream);
    });
  /** A used arc into `stream`: straight into its resampling when the clip has nothing to do. */
  const streamUsed = (a: number, stream: ProjectionStream) => {
    const arc = arcs[a]!,
      s = safe[a] === 2 ? stream.line : stream;
    s.lineStart();
    for (let i = 0; i < arc.length; i += 2) s.point(arc[i]!, arc[i + 1]!);
    s.lineEnd();
  };
  const bounds = new PointsSink(false);
  const boundsStream = projectionStream({ ...projection, delta2: 0 }, bounds);
  for (let a = 0; a < arcs.length; a++) if (used[a]) streamUsed(a, boundsStream);
  streamFull(boundsStream);
  const estimate = fitTransform(bounds.x0, bounds.y0, bounds.x1, bounds.y1, w, h);
  const scale = 150 * estimate.k;
  projection.k = scale;
  // Every used arc's resampled points in one buffer: [start, end) of arc a at ends[a], ends[a + 1].
  const exact = new PointsSink(true);
  const stream = projectionStream(projection, exact);
  const ends = new Int32Array(arcs.length + 1);
  for (let a = 0; a < arcs.length; a++) {
    if (used[a]) streamUsed(a, stream);
    ends[a + 1] = exact.n;
  }
  exact.collect = false;
  streamFull(stream);
  const { k, tx, ty, box } = fitTransform(exact.x0, exact.y0, exact.x1, exact.y1, w, h);
  Object.assign(projection, { k: scale * k, tx, ty });
  // In integer tenths, each arc a view into one buffer (thousands of typed arrays with their own
  // buffers cost the collector); an arc with a point that is not finite is null.
  const pts = exact.pts,
    pool = new Int32Array(exact.n),
    a10 = 10 * k,
    bx = 10 * tx,
    by = 10 * ty;
  const projected: (Int32Array | null)[] = new Array<Int32Array | null>(arcs.length).fill(null);
  for (let a = 0; a < arcs.length; a++) {
    const from = ends[a]!,
      to = ends[a + 1]!;
    let i = from;
    if (to - from < 4) continue;
    for (; i < to; i++) {
      const v = Math.round(pts[i]! * a10 + (i & 1 ? by : bx));
      if (!(Math.abs(v) < 2e9)) break;
      pool[i] = v;
    }
    if (i === to) projected[a] = pool.subarray(from, to);
  }
  const result = assemble(internal, projected, full, projection, w, h, problems);
  result.bounds = box;
  return result;
}

function assemble(
  internal: Internal,
  projected: (Int32Array | null)[],
  full: boolean[] | null,
  projection: Projection | null,
  w: number,
  h: number,
  problems: Problem[],
): ProjectedShapes {
  const { data } = internal;
  const text = new PathWriter(projected);
  // Where each shape's text starts and ends in the writer: [shape, start, end, …].
  const spans: number[] = [];
  const sink = new PolygonSink();
  const stream = projection && projectionStream(projection, sink);
  const paths: string[] = [];
  // Anchors of shapes streamed whole come with their path; the others are computed when first
  // read (keyboard moves): the first paint does not need them.
  const anchors: Array<[number, number] | null | undefined> = [];
  data.shapes.forEach((shape, i) => {
    if (full?.[i] && stream) {
      let d = '';
      let anchor: [number, number] | null = null;
      let best = -1;
      for (const rings of fallbackGeometry(internal, i).coordinates) {
        sink.reset();
        streamPolygon(rings, stream);
        d += sink.d;
        if (sink.area > best) {
          const [x, y] = sink.centroid() as [number, number];
          if (Number.isFinite(x) && Number.isFinite(y)) {
            best = sink.area;
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
      anchors.push(anchor);
      return;
    }
    const start = text.length;
    if (!text.shape(shape.polygons)) {
      problems.push({
        path: shape.path,
        message: 'Shape projects to non-finite coordinates; not drawn.',
      });
      paths.push('');
      anchors.push(null);
      return;
    }
    spans.push(i, start, text.length);
    paths.push('');
    anchors.push(undefined);
  });
  const all = text.text();
  for (let k = 0; k < spans.length; k += 3) paths[spans[k]!] = all.slice(spans[k + 1], spans[k + 2]);
  let centroids: Array<[number, number] | null> | undefined;
  return {
    paths,
    get centroids() {
      return (centroids ??= anchors.map((a, i) =>
        a === undefined ? shapeAnchor(projected, data.shapes[i]!.polygons) : a,
      ));
    },
    width: w,
    height: h,
    problems,
  };
}
