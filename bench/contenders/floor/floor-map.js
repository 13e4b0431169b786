// The FLOOR for the region map: the least a Lit + d3-geo choropleth can do — topojson.feature, one
// geoPath per feature, a fill per class. No tooltip, legend, ranking, table, validation, join report,
// resize handling or interaction.
import { LitElement, css, html, svg } from 'lit';
import { geoEqualEarth, geoIdentity, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

/**
 * Minimal choropleth (benchmark floor).
 * @summary One path per shape, filled by class.
 */
export class BenchFloorMap extends LitElement {
  static properties = {
    collection: { attribute: false },
    fills: { attribute: false },
    projectionName: { attribute: false },
    rotate: { attribute: false },
    width: { type: Number },
    height: { type: Number },
  };

  static styles = css`
    :host {
      display: block;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
    path {
      stroke: #ffffff;
      stroke-width: 0.25;
    }
  `;

  constructor() {
    super();
    this.collection = null;
    this.fills = () => '#cccccc';
    this.projectionName = 'equal-earth';
    this.rotate = 0;
    this.width = 960;
    this.height = 480;
  }

  render() {
    const fc = this.collection;
    if (!fc) return html``;
    const size = [this.width, this.height];
    const projection = (
      this.projectionName === 'identity' ? geoIdentity() : geoEqualEarth().rotate([this.rotate, 0])
    ).fitSize(size, fc);
    const path = geoPath(projection);
    return html`<svg viewBox="0 0 ${this.width} ${this.height}" role="img" aria-label="map">
      ${fc.features.map((f) => svg`<path data-id=${f.id ?? f.properties.name} fill=${this.fills(f)} d=${path(f) ?? ''}></path>`)}
    </svg>`;
  }
}

if (!customElements.get('bench-floor-map')) customElements.define('bench-floor-map', BenchFloorMap);

/** Fetch, decode, draw. */
export async function renderFloorMap(cell, spec) {
  const topology = await (await fetch(spec.url)).json();
  const el = document.createElement('bench-floor-map');
  el.collection = feature(topology, topology.objects[spec.object]);
  el.projectionName = spec.projection;
  el.rotate = spec.rotate ?? 0;
  el.width = spec.width;
  el.height = spec.height;
  el.fills = (f) => {
    const v = spec.valueOf.get(f.id != null ? String(f.id) : String(f.properties.name));
    let i = 0;
    while (i < spec.thresholds.length && v >= spec.thresholds[i]) i++;
    return spec.palette[i];
  };
  cell.append(el);
  await el.updateComplete;
}
