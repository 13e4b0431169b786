// The FLOOR: the least a Lit + d3-shape/d3-scale gauge can do — a semicircle track, a value arc,
// a target line and the value as text, plus the indicator name and role="meter". No formatting,
// no validation, no resize handling, no animation. Whatever the library's gauge costs above this
// is the price of its features.
import { LitElement, css, html } from 'lit';
import { arc } from 'd3-shape';
import { scaleLinear } from 'd3-scale';

const OUTER = 90;
const INNER = 66;
const HALF = Math.PI / 2;
const arcPath = arc();
const TRACK = arcPath({ innerRadius: INNER, outerRadius: OUTER, startAngle: -HALF, endAngle: HALF });

/**
 * Minimal semicircle gauge (benchmark floor).
 * @summary Value arc, target line and value text on a semicircle track.
 */
export class BenchFloorGauge extends LitElement {
  static properties = {
    value: { type: Number },
    target: { type: Number },
    min: { type: Number },
    max: { type: Number },
    label: {},
    unit: {},
  };

  static styles = css`
    :host {
      display: block;
      font:
        12px/1.3 system-ui,
        sans-serif;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
    .track {
      fill: #e5e5e5;
    }
    .bar {
      fill: #1f5fa8;
    }
    .target {
      stroke: #c00000;
      stroke-width: 3;
    }
    .value {
      font-size: 22px;
      font-weight: 600;
      text-anchor: middle;
    }
    p {
      margin: 0;
    }
  `;

  constructor() {
    super();
    this.value = 0;
    this.target = 0;
    this.min = 0;
    this.max = 1;
    this.label = '';
    this.unit = '';
  }

  render() {
    const angle = scaleLinear().domain([this.min, this.max]).range([-HALF, HALF]).clamp(true);
    const a = angle(this.value);
    const t = angle(this.target);
    const bar = arcPath({ innerRadius: INNER, outerRadius: OUTER, startAngle: -HALF, endAngle: a });
    const sin = Math.sin(t);
    const cos = Math.cos(t);
    const text = `${this.value}${this.unit}`;
    return html`<div
      role="meter"
      aria-label=${this.label}
      aria-valuenow=${this.value}
      aria-valuemin=${this.min}
      aria-valuemax=${this.max}
      aria-valuetext=${text}
    >
      <p>${this.label}</p>
      <svg viewBox="0 0 200 104" aria-hidden="true">
        <g transform="translate(100 100)">
          <path class="track" d=${TRACK}></path>
          <path class="bar" d=${bar}></path>
          <line
            class="target"
            x1=${sin * (INNER - 6)}
            y1=${-cos * (INNER - 6)}
            x2=${sin * (OUTER + 6)}
            y2=${-cos * (OUTER + 6)}
          ></line>
          <text class="value" y="-6">${text}</text>
        </g>
      </svg>
    </div>`;
  }
}

if (!customElements.get('bench-floor-gauge')) customElements.define('bench-floor-gauge', BenchFloorGauge);
