// The FLOOR of the platform-table scenario: the least a Lit table can do with the same rows and
// columns — a <table> with caption, column and row headers, per cell the count, the target and an
// inline bar (a span whose width is set inline). No model, formatting, sorting, validation,
// windowing, CSV or resize handling.
import { LitElement, css, html } from 'lit';

const LEVELS = ['national', 'provincial', 'municipal', 'district'];
const LEVEL_WORDS = { national: '国家级', provincial: '省级', municipal: '市级', district: '区县级' };

export class BenchFloorPlatformTable extends LitElement {
  static properties = { plan: { attribute: false } };

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
    }
    th,
    td {
      padding: 0.35em 0.5em;
      border-bottom: 1px solid #d0d7de;
      text-align: start;
      vertical-align: top;
    }
    td {
      text-align: end;
    }
    .bar {
      display: block;
      height: 6px;
      background: #0969da;
    }
    .target {
      display: block;
      color: #57606a;
    }
  `;

  render() {
    const platforms = this.plan?.platforms ?? [];
    const rows = new Map();
    const max = {};
    for (const p of platforms) {
      let row = rows.get(p.type);
      if (!row) rows.set(p.type, (row = {}));
      row[p.level] = p;
      max[p.level] = Math.max(max[p.level] ?? 0, p.count, p.target?.value ?? 0);
    }
    return html`<table>
      <caption>
        ${this.plan?.plan?.title}：平台数量
      </caption>
      <thead>
        <tr>
          <th scope="col">平台类型</th>
          ${LEVELS.map((l) => html`<th scope="col">${LEVEL_WORDS[l]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${[...rows].map(
          ([type, cells]) =>
            html`<tr>
              <th scope="row">${type}</th>
              ${LEVELS.map((l) => {
                const p = cells[l];
                return p
                  ? html`<td>
                      ${p.count}家（${p.year}年）<span
                        class="bar"
                        style="width:${((100 * p.count) / max[l]).toFixed(1)}%"
                      ></span
                      ><span class="target">目标：${p.target.value}家（${p.target.year}年）</span>
                    </td>`
                  : html`<td>—</td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

if (!customElements.get('bench-floor-platform-table'))
  customElements.define('bench-floor-platform-table', BenchFloorPlatformTable);
