/**
 * Reads page-supplied GeoJSON or TopoJSON into one arc-based internal form, without d3.
 *
 * Every ring is a list of arc references (TopoJSON style: `i` forward, `~i` reversed). TopoJSON
 * arcs used by the object are decoded once (quantized delta encoding + transform); each GeoJSON ring becomes its own
 * arc. Sharing arcs is what lets the projector stringify a border between two regions once.
 * Nothing here throws: bad parts are reported as problems and skipped.
 */
import type { Problem } from '../model/types.js';

/** A polygon: its rings (the first is the outer ring), each a list of arc references. */
export type ArcPolygon = number[][];

export interface ShapeRecord {
  id: string | null;
  name: string | null;
  properties: Record<string, unknown>;
  /** The polygons of the shape, as arc references. */
  polygons: ArcPolygon[];
  /** JSON pointer of the shape in the input, for problems. */
  path: string;
}

export interface GeoData {
  /** Absolute coordinates per arc, `[x0, y0, x1, y1, …]`. */
  arcs: Float64Array[];
  shapes: ShapeRecord[];
  problems: Problem[];
}

export interface ReadOptions {
  object?: string;
  idProperty?: string;
  nameProperty?: string;
}

const MAX_DEPTH = 8;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fin(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : 'a number that is not finite';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string "${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

function ownValue(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** A key value as a string id/name: finite numbers and non-empty strings; anything else is null. */
export function keyString(v: unknown): string | null {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t;
  }
  if (fin(v)) return String(v);
  return null;
}

const ID_KEYS = ['id', 'code', 'adcode'];
const NAME_KEYS = ['name', 'NAME', 'name_zh'];

class Reader {
  arcs: Float64Array[] = [];
  shapes: ShapeRecord[] = [];
  problems: Problem[] = [];
  private missingId: string[] = [];
  private missingName: string[] = [];

  constructor(private readonly options: ReadOptions) {}

  problem(path: string, message: string): void {
    // Keep the list readable on huge broken files.
    if (this.problems.length < 200) this.problems.push({ path, message });
    else if (this.problems.length === 200)
      this.problems.push({ path: '', message: 'Only the first 200 problems are listed.' });
  }

  addShape(featureId: unknown, props: unknown, polygons: ArcPolygon[], path: string): void {
    const properties: Record<string, unknown> = isObject(props) ? props : {};
    const { idProperty, nameProperty } = this.options;
    let id: string | null;
    if (idProperty) {
      id = keyString(ownValue(properties, idProperty));
      if (id === null) this.missingId.push(path);
    } else {
      id = keyString(featureId);
      for (let i = 0; id === null && i < ID_KEYS.length; i++)
        id = keyString(ownValue(properties, ID_KEYS[i]!));
    }
    let name: string | null;
    if (nameProperty) {
      name = keyString(ownValue(properties, nameProperty));
      if (name === null) this.missingName.push(path);
    } else {
      name = null;
      for (let i = 0; name === null && i < NAME_KEYS.length; i++)
        name = keyString(ownValue(properties, NAME_KEYS[i]!));
    }
    this.shapes.push({ id, name, properties, polygons, path });
  }

  notArea(path: string, type: unknown): void {
    this.problem(
      path,
      `${typeof type === 'string' ? `Geometry type "${type.slice(0, 40)}" is not an area` : 'Geometry has no type'}; use Polygon or MultiPolygon.`,
    );
  }

  finish(): void {
    const { idProperty, nameProperty } = this.options;
    const list = (paths: string[]) => paths.slice(0, 3).join(', ') + (paths.length > 3 ? ', …' : '');
    if (idProperty && this.missingId.length)
      this.problem(
        this.missingId[0]!,
        `${this.missingId.length} shape(s) have no "${idProperty}" property (id-property) with a string or number (${list(this.missingId)}); they can only join by name.`,
      );
    if (nameProperty && this.missingName.length)
      this.problem(
        this.missingName[0]!,
        `${this.missingName.length} shape(s) have no "${nameProperty}" property (name-property) with a string (${list(this.missingName)}); they can only join by id.`,
      );
    const seen = new Map<string, string>();
    let dups = 0;
    for (const s of this.shapes) {
      if (s.id === null) continue;
      const first = seen.get(s.id);
      if (first === undefined) seen.set(s.id, s.path);
      else if (dups++ < 5)
        this.problem(s.path, `Shape id "${s.id}" repeats (first at ${first || '/'}); ids must be unique.`);
    }
  }

  // ---- GeoJSON ----

  /** Reads a GeoJSON ring; returns its arc index or -1 (problem reported). */
  ring(raw: unknown, path: string): number {
    if (!Array.isArray(raw)) {
      this.problem(path, `A ring must be an array of [x, y] positions, not ${describe(raw)}.`);
      return -1;
    }
    const n = raw.length;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const p: unknown = raw[i];
      if (!Array.isArray(p) || p.length < 2 || !fin(p[0]) || !fin(p[1])) {
        this.problem(`${path}/${i}`, `A position must be [x, y] of finite numbers, not ${describe(p)}.`);
        return -1;
      }
      out.push(p[0], p[1]);
    }
    let m = out.length;
    if (m >= 2 && (out[0] !== out[m - 2] || out[1] !== out[m - 1])) {
      out.push(out[0]!, out[1]!); // close an open ring
      m += 2;
    }
    if (m < 8) {
      this.problem(path, `A ring needs 3 distinct positions or more; this one has ${n}.`);
      return -1;
    }
    this.arcs.push(Float64Array.from(out));
    return this.arcs.length - 1;
  }

  polygon(raw: unknown, path: string): ArcPolygon | null {
    if (!Array.isArray(raw) || raw.length === 0) {
      this.problem(path, `A polygon must be a non-empty array of rings, not ${describe(raw)}.`);
      return null;
    }
    const rings: number[][] = [];
    for (let i = 0; i < raw.length; i++) {
      const a = this.ring(raw[i], `${path}/${i}`);
      if (a >= 0) rings.push([a]);
      else if (i === 0) return null; // no outer ring: the holes mean nothing
    }
    return rings;
  }

  /** Polygons of a GeoJSON geometry (GeometryCollections are flattened), or null when none. */
  geometryPolygons(g: unknown, path: string, depth: number): ArcPolygon[] | null {
    if (!isObject(g)) {
      this.problem(path, `Geometry must be an object, not ${describe(g)}; skipped.`);
      return null;
    }
    const type = g['type'];
    const coords = g['coordinates'];
    if (type === 'Polygon') {
      const p = this.polygon(coords, `${path}/coordinates`);
      return p ? [p] : null;
    }
    if (type === 'MultiPolygon') {
      if (!Array.isArray(coords)) {
        this.problem(
          `${path}/coordinates`,
          `A MultiPolygon must be an array of polygons, not ${describe(coords)}.`,
        );
        return null;
      }
      const polys: ArcPolygon[] = [];
      coords.forEach((c: unknown, i: number) => {
        const p = this.polygon(c, `${path}/coordinates/${i}`);
        if (p) polys.push(p);
      });
      return polys.length ? polys : null;
    }
    if (type === 'GeometryCollection') {
      const gs = g['geometries'];
      if (!Array.isArray(gs) || depth >= MAX_DEPTH) {
        this.problem(
          `${path}/geometries`,
          'A GeometryCollection needs "geometries" (nested at most 8 deep).',
        );
        return null;
      }
      const polys: ArcPolygon[] = [];
      gs.forEach((c: unknown, i: number) => {
        const p = this.geometryPolygons(c, `${path}/geometries/${i}`, depth + 1);
        if (p) polys.push(...p);
      });
      return polys.length ? polys : null;
    }
    this.notArea(path, type);
    return null;
  }

  feature(f: unknown, path: string): void {
    if (!isObject(f) || f['type'] !== 'Feature') {
      this.problem(path, `A feature must be a GeoJSON Feature, not ${describe(f)}; skipped.`);
      return;
    }
    const g = f['geometry'];
    if (g === null || g === undefined) {
      this.problem(`${path}/geometry`, 'Feature has no geometry; skipped.');
      return;
    }
    const polys = this.geometryPolygons(g, `${path}/geometry`, 0);
    if (polys) this.addShape(f['id'], f['properties'], polys, path);
  }

  // ---- TopoJSON ----

  topology(t: Record<string, unknown>): void {
    const objects = t['objects'];
    if (!isObject(objects)) {
      this.problem('/objects', 'A Topology needs "objects".');
      return;
    }
    const names = Object.keys(objects);
    const wanted = this.options.object;
    const name = wanted ? wanted : names[0];
    if (name === undefined) {
      this.problem('/objects', 'The Topology has no objects.');
      return;
    }
    const obj = ownValue(objects, name);
    if (!isObject(obj)) {
      this.problem(
        `/objects/${name}`,
        `The TopoJSON has no object "${name}"; its objects are: ${names.map((n) => `"${n}"`).join(', ') || 'none'}.`,
      );
      return;
    }
    const arcs = t['arcs'];
    if (!Array.isArray(arcs)) {
      this.problem('/arcs', `A Topology needs an "arcs" array, not ${describe(arcs)}.`);
      return;
    }
    let sx = 1,
      sy = 1,
      tx = 0,
      ty = 0,
      quantized = false;
    const tr = t['transform'];
    if (tr !== undefined) {
      const s = isObject(tr) ? tr['scale'] : undefined;
      const tl = isObject(tr) ? tr['translate'] : undefined;
      if (!Array.isArray(s) || !Array.isArray(tl) || !fin(s[0]) || !fin(s[1]) || !fin(tl[0]) || !fin(tl[1])) {
        this.problem('/transform', 'A transform needs "scale" and "translate": two finite numbers each.');
        return;
      }
      [sx, sy, tx, ty, quantized] = [s[0], s[1], tl[0], tl[1], true];
    }
    // Decode every arc once; a bad arc is null and only the shapes using it are dropped.
    // Decode only the arcs the object uses, once each; a bad arc drops only the shapes using it.
    const EMPTY = new Float64Array(0);
    const decoded: (Float64Array | null | undefined)[] = new Array(arcs.length);
    // Every arc is a view into one buffer: thousands of small typed arrays each with its own
    // backing store cost more to allocate and collect than the coordinates themselves.
    const offsets = new Array<number>(arcs.length);
    let total = 0;
    for (let i = 0; i < arcs.length; i++) {
      const arc: unknown = arcs[i];
      offsets[i] = total;
      if (Array.isArray(arc)) total += arc.length * 2;
    }
    let pool: Float64Array | null = null;
    const decode = (index: number): Float64Array | null => {
      const arc: unknown = arcs[index];
      if (!Array.isArray(arc) || arc.length < 2) return null;
      const at = offsets[index]!;
      // An array that grew since it was measured (a getter) gets its own buffer.
      const out =
        at + arc.length * 2 <= total
          ? (pool ??= new Float64Array(total)).subarray(at, at + arc.length * 2)
          : new Float64Array(arc.length * 2);
      let x = 0,
        y = 0;
      for (let i = 0; i < arc.length; i++) {
        const p: unknown = arc[i];
        if (!Array.isArray(p) || !fin(p[0]) || !fin(p[1])) return null;
        if (quantized) {
          x += p[0];
          y += p[1];
          out[2 * i] = x * sx + tx;
          out[2 * i + 1] = y * sy + ty;
        } else {
          out[2 * i] = p[0];
          out[2 * i + 1] = p[1];
        }
      }
      return out;
    };
    this.arcs = new Array<Float64Array>(arcs.length).fill(EMPTY);
    const ringOf = (raw: unknown, path: string): number[] | null => {
      if (!Array.isArray(raw) || raw.length === 0) {
        this.problem(path, `A ring must be a non-empty array of arc indexes, not ${describe(raw)}.`);
        return null;
      }
      for (let i = 0; i < raw.length; i++) {
        const r: unknown = raw[i];
        const index = Number.isInteger(r) ? ((r as number) < 0 ? ~(r as number) : (r as number)) : -1;
        let arc: Float64Array | null | undefined;
        if (index >= 0 && index < decoded.length) {
          arc = decoded[index];
          if (arc === undefined) {
            arc = decoded[index] = decode(index);
            if (arc) this.arcs[index] = arc;
          }
        }
        if (!arc) {
          this.problem(
            `${path}/${i}`,
            arc === null
              ? `Arc ${index} must be two or more [x, y] positions of finite numbers.`
              : `No arc ${describe(r)}; the Topology has ${decoded.length}.`,
          );
          return null;
        }
      }
      // Quantization may shrink a tiny island to a degenerate ring: harmless, drawn as nothing.
      return raw as number[];
    };
    const polygonOf = (raw: unknown, path: string): ArcPolygon | null => {
      if (!Array.isArray(raw) || raw.length === 0) {
        this.problem(path, `A polygon must be a non-empty array of rings, not ${describe(raw)}.`);
        return null;
      }
      const rings: number[][] = [];
      for (let i = 0; i < raw.length; i++) {
        const r = ringOf(raw[i], `${path}/${i}`);
        if (r) rings.push(r);
        else if (i === 0) return null;
      }
      return rings;
    };
    const geometry = (g: unknown, path: string): void => {
      if (!isObject(g)) {
        this.problem(path, `Geometry must be an object, not ${describe(g)}; skipped.`);
        return;
      }
      const type = g['type'];
      let polys: ArcPolygon[] | null = null;
      if (type === 'Polygon') {
        const p = polygonOf(g['arcs'], `${path}/arcs`);
        polys = p ? [p] : null;
      } else if (type === 'MultiPolygon') {
        const a = g['arcs'];
        if (!Array.isArray(a)) this.problem(`${path}/arcs`, 'A MultiPolygon must be an array of polygons.');
        else {
          polys = [];
          for (let i = 0; i < a.length; i++) {
            const p = polygonOf(a[i], `${path}/arcs/${i}`);
            if (p) polys.push(p);
          }
          if (!polys.length) polys = null;
        }
      } else if (type === null || type === undefined) {
        this.problem(path, 'Geometry is null; skipped.');
      } else {
        this.notArea(path, type);
      }
      if (polys) this.addShape(g['id'], g['properties'], polys, path);
    };
    const base = `/objects/${name}`;
    if (obj['type'] === 'GeometryCollection') {
      const gs = obj['geometries'];
      if (!Array.isArray(gs)) {
        this.problem(`${base}/geometries`, 'A GeometryCollection needs "geometries".');
        return;
      }
      for (let i = 0; i < gs.length; i++) geometry(gs[i], `${base}/geometries/${i}`);
    } else geometry(obj, base);
  }
}

/** Reads GeoJSON or TopoJSON into the arc-based form. Never throws. */
export function readGeoData(json: unknown, options: ReadOptions = {}): GeoData {
  const r = new Reader(options);
  try {
    if (!isObject(json)) {
      r.problem('', `Geometry must be GeoJSON or TopoJSON, not ${describe(json)}.`);
    } else {
      const type = json['type'];
      if (type === 'Topology') r.topology(json);
      else if (type === 'FeatureCollection') {
        const fs = json['features'];
        if (!Array.isArray(fs)) r.problem('/features', 'A FeatureCollection needs "features".');
        else for (let i = 0; i < fs.length; i++) r.feature(fs[i], `/features/${i}`);
      } else if (type === 'Feature') r.feature(json, '');
      else if (type === 'GeometryCollection') {
        const gs = json['geometries'];
        if (!Array.isArray(gs)) r.problem('/geometries', 'A GeometryCollection needs "geometries".');
        else
          for (let i = 0; i < gs.length; i++) {
            const polys = r.geometryPolygons(gs[i], `/geometries/${i}`, 1);
            if (polys)
              r.addShape(
                undefined,
                isObject(gs[i]) ? gs[i].properties : undefined,
                polys,
                `/geometries/${i}`,
              );
          }
      } else if (type === 'Polygon' || type === 'MultiPolygon') {
        const polys = r.geometryPolygons(json, '', 0);
        if (polys) r.addShape(undefined, undefined, polys, '');
      } else {
        r.problem(
          '/type',
          `Unknown type ${describe(type)}; use Topology, FeatureCollection, Feature, GeometryCollection, Polygon or MultiPolygon.`,
        );
      }
      r.finish();
    }
  } catch (e) {
    // Getters, proxies and other exotic input: report, keep what was read.
    r.problem('', `Geometry could not be read: ${e instanceof Error ? e.message : String(e)}.`);
  }
  if (r.shapes.length === 0 && r.problems.length === 0)
    r.problem('', 'The geometry has no Polygon or MultiPolygon to draw.');
  return { arcs: r.arcs, shapes: r.shapes, problems: r.problems };
}
