// The FLOOR for target bars: the least a Lit + d3-scale bullet table can do — per row the name, a
// track, a value bar and a target line on the row's own scale (min…max), in a <table>. No formatting,
// no validation, no assessment, no sorting, no resize handling.
import { LitElement, css, html, svg } from 'lit';
import { scaleLinear } from 'd3-scale';

/**
 * Minimal bullet rows (benchmark floor).
 * @summary Name, value bar and target line per row.
 */
export class BenchFloorBars extends LitElement {
  static properties = { rows: { attribute: false } };

  static styles = css`
    :host {
      display: block;
      font:
        14px/1.4 system-ui,
        sans-serif;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    th {
      width: 40%;
      text-align: start;
      font-weight: 400;
    }
    svg {
      display: block;
      width: 100%;
      height: 16px;
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
  `;

  constructor() {
    super();
    this.rows = [];
  }

  render() {
    return html`<table>
      <tbody>
        ${this.rows.map((r) => {
          const x = scaleLinear().domain([r.min, r.max]).range([0, 100]).clamp(true);
          const t = `${x(r.target)}%`;
          return html`<tr>
            <th scope="row">${r.name}</th>
            <td>
              <svg aria-hidden="true">
                ${svg`<rect class="track" width="100%" height="16"></rect><rect class="bar" y="4" width=${`${x(r.value)}%`} height="8"></rect><line class="target" x1=${t} x2=${t} y1="0" y2="16"></line>`}
              </svg>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}

if (!customElements.get('bench-floor-bars')) customElements.define('bench-floor-bars', BenchFloorBars);
