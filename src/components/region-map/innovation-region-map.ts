import { SVG_NS } from '../../dom/element.js';
import { LitElement, html, nothing, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { DataLoadError, fetchText, shortName } from '../../controllers/fetch-text.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { PlanController } from '../../controllers/plan-controller.js';
import { localize, messages } from '../../format/index.js';
import { loadErrorText, zhLoadReason } from '../../format/load-error.js';
import { SCENE_WORDS, finite } from '../../layout/scene.js';
import { noticeTemplate } from '../../layout/notice.js';
import { Widget } from '../../layout/widget-element.js';
import type { Plan, PlanDocumentInput, Problem } from '../../model/types.js';
import { plainRegion, validatePlanWith } from '../../model/validate.js';
import { CLASSIFY_METHODS } from '../../scales/classify.js';
import { CHINA_PROVINCE_GRID, parseGridLayout } from '../../geo/tile-grid.js';
import type { GridTile } from '../../geo/tile-grid.js';
import type { GeoCollection, ProjectedShapes, ProjectionName } from '../../geo/geometry.js';
import { fire } from '../../utils/events.js';
import { errorText } from '../../utils/text.js';
import { layoutRegionMap } from './region-map.layout.js';
import type { MapScene, MapShape } from './region-map.layout.js';
import { regionMapStyles } from './region-map.styles.js';

type GeoModule = typeof import('../../geo/geometry.js');

/** Size of the box geometry is projected into; the SVG scales to the container (viewBox). */
const GEO_WIDTH = 960;
const GEO_HEIGHT = 600;
/** Grid cell in SVG units. */
const CELL = 100;
/** Largest on-screen tile (px): a five-tile layout stays a small figure on a wide page. */
const TILE_PX = 64;
/** Ranking rows shown (the table holds every region). */
const RANKING_ROWS = 10;
/**
 * The data table twin (and every region's label) is built after the map's first paint; up to
 * this many regions, a later scene then updates it in place, larger maps defer it every time.
 */
const EAGER_TABLE_ROWS = 300;

// The projection names are repeated here, not imported: geometry.ts is the lazily loaded chunk.
const PROJECTIONS: readonly ProjectionName[] = ['mercator', 'equal-earth', 'conic-equal-area', 'identity'];

const WORDS = {
  'zh-CN': {
    table: '表格',
    loading: '正在加载地图',
    schematic: '示意图，方块位置不代表实际边界',
    region: '地区',
    value: (unit: string) => (unit ? `数值（${unit}）` : '数值'),
    rank: '排名',
    cls: '分级',
    category: '类别',
    more: (n: number) => `另有${n}个地区，见表格`,
    noShape: '图上无此区域',
    parent: '上级区域',
  },
  en: {
    table: 'Table',
    loading: 'Loading the map',
    schematic: 'Schematic tile grid; tile positions are not boundaries',
    region: 'Region',
    value: (unit: string) => (unit ? `Value (${unit})` : 'Value'),
    rank: 'Rank',
    cls: 'Class',
    category: 'Category',
    more: (n: number) => `${n} more regions in the table`,
    noShape: 'not on the map',
    parent: 'parent region',
  },
} as const;

/** Font size (SVG units) that fits a tile label in a tile: 30 for up to 2–3 characters, smaller beyond. */
function labelSize(label: string): number {
  let em = 0;
  for (const ch of label) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.62;
  return Math.max(12, Math.min(30, Math.floor(84 / Math.max(em, 1))));
}

const toNumber = (v: unknown): number | null => {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

/**
 * Regions compared on a map: a choropleth (or categorical map) drawn from geometry the page gives
 * (`geo-src`, GeoJSON or TopoJSON), or a tile grid where there is none (the 34 provincial-level
 * divisions of GB/T 2260 built in, or a custom layout). A ranking list is linked both ways with the
 * map, a data table twin holds every region (behind the 表格 / Table toggle, always read by screen
 * readers), and a tooltip shows value, year, rank and source on hover and focus.
 *
 * Keyboard: Tab into the map, arrow keys move between regions (the nearest in that direction),
 * Enter or Space fires `innovation-region-select`; in the ranking, arrow keys move between rows.
 *
 * @tagname innovation-region-map
 * @summary Regions on a map or tile grid, classified by value or category, with a linked ranking.
 *
 * @attr {string} data - Id of an `<innovation-data>` element holding the plan (else the nearest ancestor one, or an inline child `<table>` / `<script type="application/json">`).
 * @attr {string} indicator - Indicator id of the regions' values (default: the first one the regions give).
 * @attr {number} year - Year of the values (default: the latest year any region gives).
 * @attr {string} geo-src - URL of GeoJSON or TopoJSON geometry (same-origin or CORS; one fetch per URL, 10 s timeout, 5 MB limit).
 * @attr {string} object - The TopoJSON object to draw (default: the first).
 * @attr {string} id-property - Feature property holding the region id (default: the feature id, else `id`/`code`/`adcode`).
 * @attr {string} name-property - Feature property holding the region name (default `name`).
 * @attr {'mercator'|'equal-earth'|'conic-equal-area'|'identity'} projection - Projection fitted to the map box (default `equal-earth`; `identity` for pre-projected shapes).
 * @attr {string} credit - The geometry's source and approval number (审图号), shown under the map.
 * @attr {'geo'|'grid'} layout - `grid` draws the tile grid even when geometry is given (default: geometry when given, else the grid).
 * @attr {string} grid - A custom grid layout as JSON: `[{"id","row","col","label"?}]` (default: the China provincial grid).
 * @attr {'quantize'|'quantile'|'threshold'|'diverging'|'categorical'} classify - Classification (default `quantize`; `categorical` when the regions only have a role or group).
 * @attr {number} classes - Number of classes (2–9, default 5).
 * @attr {string} breaks - Author breaks for `threshold`, comma-separated, ascending.
 * @attr {number} reference - The midpoint of `diverging` (e.g. the national figure).
 * @attr {'role'|'group'} category - What a categorical map colours by (default `role`).
 * @attr {string} palette - Class colours, comma-separated (default: colour-blind-safe palettes).
 * @attr {string} label - The figure's title (default: the indicator name).
 * @attr {string} unit - Unit of the values when the plan gives none (an inline table).
 * @attr {boolean} no-ranking - Hide the ranking list.
 * @attr {boolean} no-legend - Hide the legend.
 * @attr {string} locale - `zh-CN` or `en` (default: nearest `lang`).
 * @attr {'light'|'dark'|'auto'} theme - Colour theme; `auto` follows `prefers-color-scheme`.
 *
 * @prop {Plan | PlanDocumentInput | null} plan - A plan document (validated) or a normalized plan.
 * @prop {object | null} geometry - Parsed GeoJSON or TopoJSON, instead of `geo-src`.
 * @prop {GridTile[] | null} gridLayout - A custom grid layout, instead of the `grid` attribute.
 *
 * @slot - An inline `<table>` (region, value) or `<script type="application/json">` plan: read as the data, shown while the map has none.
 *
 * @fires innovation-region-select - `{ id, name, value }` when a reader selects a region (click, Enter or Space).
 * @fires innovation-data-error - `{ problems }` when the input has problems (once per distinct set).
 *
 * @csspart base - The wrapper.
 * @csspart svg - The map's SVG.
 * @csspart region - Each region's shape or tile (`data-id` holds its id).
 * @csspart legend - The legend.
 * @csspart ranking - The ranking list.
 * @csspart table - The data table.
 * @csspart caption - The title.
 * @csspart toggle - The 表格 / Table toggle.
 * @csspart tooltip - The tooltip.
 * @csspart credit - The geometry credit (or the tile grid's schematic note).
 * @csspart notice - The data-problem notice.
 *
 * @cssproperty --innovation-region-map-outline - Region outline colour.
 * @cssproperty --innovation-region-map-no-data - Fill of regions without data.
 * @cssproperty --innovation-region-map-highlight - Outline of the highlighted region.
 * @cssproperty --innovation-region-map-bar - Ranking bar colour.
 * @cssproperty --innovation-region-map-tooltip-background - Tooltip background.
 * @cssproperty --innovation-region-map-text - Text colour (also -muted, -background, -track, -focus, as the other widgets).
 * @cssproperty --innovation-region-map-font - Font family; --innovation-region-map-font-size its size.
 */
export class InnovationRegionMap extends Widget(LitElement) {
  static override styles = regionMapStyles;

  static override properties = {
    data: {},
    indicator: {},
    year: {},
    geoSrc: { attribute: 'geo-src' },
    object: {},
    idProperty: { attribute: 'id-property' },
    nameProperty: { attribute: 'name-property' },
    projection: {},
    credit: {},
    layout: {},
    grid: {},
    classify: {},
    classes: {},
    breaks: {},
    reference: {},
    category: {},
    palette: {},
    label: {},
    unit: {},
    noRanking: { type: Boolean, attribute: 'no-ranking' },
    noLegend: { type: Boolean, attribute: 'no-legend' },
    locale: {},
    theme: { reflect: true },
    plan: { attribute: false },
    geometry: { attribute: false },
    gridLayout: { attribute: false },
    showTable: { state: true },
    tableReady: { state: true },
    geo: { state: true },
  };

  declare data: string | undefined;
  declare indicator: string | undefined;
  declare year: string | number | undefined;
  declare geoSrc: string | undefined;
  declare object: string | undefined;
  declare idProperty: string | undefined;
  declare nameProperty: string | undefined;
  declare projection: string | undefined;
  declare credit: string | undefined;
  declare layout: string | undefined;
  declare grid: string | undefined;
  declare classify: string | undefined;
  declare classes: string | number | undefined;
  declare breaks: string | undefined;
  declare reference: string | number | undefined;
  declare category: string | undefined;
  declare palette: string | undefined;
  declare label: string | undefined;
  declare unit: string | undefined;
  declare noRanking: boolean;
  declare noLegend: boolean;
  declare locale: string | undefined;
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  declare plan: Plan | PlanDocumentInput | null | undefined;
  declare geometry: unknown;
  declare gridLayout: GridTile[] | null | undefined;
  declare showTable: boolean;
  declare tableReady: boolean;
  /** The loaded geometry: its collection, or the last good one with the error of the latest load. */
  declare geo: {
    collection: GeoCollection | null;
    module: GeoModule | null;
    error: string | null;
    /** The zh-CN reason of `error` when the fetch says which failure it was (`zhLoadReason`). */
    errorZh?: string | null;
    loading: boolean;
  };

  private readonly localeController = new LocaleController(this, () => this.locale);
  // Region tables run to thousands of rows: plain region records are read in one go (same output).
  private readonly planController = new PlanController(this, {
    validate: (input) => validatePlanWith(input, { region: plainRegion }),
  });
  private scene: MapScene | null = null;
  private sceneKey: unknown[] = [];
  private shapes: MapShape[] = [];
  private tiles: GridTile[] = [];
  private projected: ProjectedShapes | null = null;
  /** Tile centres in SVG units, for keyboard moves (maps use their shapes' centroids). */
  private gridPoints: Array<[number, number] | null> = [];
  private viewBox = `0 0 ${GEO_WIDTH} ${GEO_HEIGHT}`;
  private gridWidth = 0;
  private drawnScene: MapScene | null = null;
  private drawnShapes: { paths: readonly string[]; grid: boolean } | null = null;
  private regionEls: SVGElement[] = [];
  /** Item index per drawn element; built on the first pointer or focus event, not for the first paint. */
  private regionIndex: WeakMap<Element, number> | null = null;
  private labelled = false;
  private active = 0;
  private hovered = -1;
  private geoRequest = 0;
  private geoKey: unknown[] = [];
  private loggedUnjoined = '';
  /** The problem of a failed geometry load (its notice says it in the map's locale). */
  private geoFailure: Problem | null = null;

  constructor() {
    super();
    this.noRanking = false;
    this.noLegend = false;
    this.showTable = false;
    this.tableReady = false;
    this.geo = { collection: null, module: null, error: null, loading: false };
  }

  /** The scene last drawn (read-only; for tests and tools). */
  get mapScene(): MapScene | null {
    return this.scene;
  }

  /** Problems of the widget's own input (geometry, layout, join, classes) and of the plan. */
  get problems(): Problem[] {
    return [...this.ownProblems, ...this.planController.problems];
  }

  override connectedCallback(): void {
    // The geometry's fetch and chunk start before the plan is read (controllers connect in
    // super.connectedCallback): the network overlaps that work instead of following it.
    this.loadGeometry();
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    // Compares its own inputs: a no-op unless the geometry's source or reading options changed.
    this.loadGeometry();
  }

  /** Loads (or re-reads) the geometry; a failed load keeps the last good collection and says so. */
  private loadGeometry(): void {
    const key = [this.geoSrc, this.geometry, this.object, this.idProperty, this.nameProperty];
    if (key.every((k, i) => k === this.geoKey[i])) return;
    this.geoKey = key;
    const src = this.geoSrc?.trim();
    const given = this.geometry;
    if (!src && (given === undefined || given === null)) {
      this.geo = { collection: null, module: this.geo.module, error: null, loading: false };
      return;
    }
    const request = ++this.geoRequest;
    this.geo = { ...this.geo, loading: true };
    const options: { object?: string; idProperty?: string; nameProperty?: string } = {};
    if (this.object) options.object = this.object;
    if (this.idProperty) options.idProperty = this.idProperty;
    if (this.nameProperty) options.nameProperty = this.nameProperty;
    const load = async () => {
      // d3-geo loads only for maps that draw geometry.
      const [module, text] = await Promise.all([
        import('../../geo/geometry.js'),
        src ? fetchText(src) : Promise.resolve(''),
      ]);
      let json: unknown = given;
      if (src) {
        try {
          json = JSON.parse(text);
        } catch {
          throw new Error(`${src}: not JSON; geo-src must be GeoJSON or TopoJSON`);
        }
      }
      return { module, collection: module.readGeometry(json, options) };
    };
    load().then(
      ({ module, collection }) => {
        if (request === this.geoRequest) this.geo = { collection, module, error: null, loading: false };
      },
      (error: unknown) => {
        if (request !== this.geoRequest) return;
        this.geo = {
          ...this.geo,
          error: errorText(error, 'the geometry could not be loaded'),
          errorZh:
            error instanceof DataLoadError
              ? zhLoadReason(error, error.url ? shortName(error.url) : '')
              : null,
          loading: false,
        };
      },
    );
  }

  protected override clear(): void {
    this.scene = null;
  }

  private wantsGrid(): boolean {
    const hasGeometry = !!this.geoSrc?.trim() || (this.geometry !== undefined && this.geometry !== null);
    return this.layout === 'grid' || !hasGeometry;
  }

  protected override compute(): void {
    const ctl = this.planController;
    const locale = this.localeController.locale;
    const problems: Problem[] = [];
    const grid = this.wantsGrid();
    let gridProblems: Problem[] = [];
    if (grid) {
      const given = this.gridLayout || (this.grid?.trim() ? this.grid : null);
      if (given) {
        const parsed = parseGridLayout(given);
        this.tiles = parsed.tiles;
        gridProblems = parsed.problems;
      } else this.tiles = [...CHINA_PROVINCE_GRID];
      for (const p of gridProblems) problems.push({ path: `/grid${p.path}`, message: p.message });
    }
    /** An attribute's value when it is one of `list`, else null (a problem when it was given). */
    const oneOf = <T extends string>(key: 'projection' | 'classify', list: readonly T[], used: string) => {
      const v = this[key];
      if ((list as readonly unknown[]).includes(v)) return v as T;
      if (v)
        problems.push({
          path: `/${key}`,
          message: `${key} "${v}" is not one of ${list.join(', ')}; ${used} is used`,
        });
      return null;
    };
    const projection = oneOf('projection', PROJECTIONS, 'equal-earth') ?? 'equal-earth';
    const method = oneOf('classify', CLASSIFY_METHODS, 'quantize');
    const breaks = this.breaks?.trim()
      ? this.breaks
          .split(/[,，\s]+/)
          .filter(Boolean)
          .map(Number)
      : null;
    const geo = this.geo;
    const key = [
      ctl.plan,
      ctl.problems,
      ctl.error,
      locale,
      grid,
      grid ? this.tiles.map((t) => `${t.id}@${t.row},${t.col}`).join('|') : geo.collection,
      projection,
      geo.error,
      geo.loading,
      this.indicator,
      this.year,
      method,
      this.classes,
      this.breaks,
      this.reference,
      this.category,
      this.palette,
      this.label,
      this.unit,
    ];
    if (key.every((k, i) => k === this.sceneKey[i])) return;
    this.sceneKey = key;

    if (grid) {
      this.shapes = this.tiles.map((t) => {
        const s: MapShape = { id: t.id, name: null };
        if (t.aliases) s.aliases = t.aliases;
        const label = t.name ?? t.label;
        if (label) s.label = label;
        return s;
      });
      const cols = Math.max(1, ...this.tiles.map((t) => t.col + 1));
      const rows = Math.max(1, ...this.tiles.map((t) => t.row + 1));
      this.viewBox = `0 0 ${cols * CELL} ${rows * CELL}`;
      this.gridWidth = cols * TILE_PX;
      this.gridPoints = this.tiles.map((t) => [t.col * CELL + CELL / 2, t.row * CELL + CELL / 2]);
      this.projected = null;
    } else if (geo.collection && geo.module) {
      for (const p of geo.collection.problems)
        problems.push({ path: `/geometry${p.path}`, message: p.message });
      // Read-only shapes with the id and name a MapShape needs: used as they are, not copied.
      this.shapes = geo.collection.shapes;
      this.projected = geo.module.projectShapes(geo.collection, projection, GEO_WIDTH, GEO_HEIGHT);
      for (const p of this.projected.problems)
        problems.push({ path: `/geometry${p.path}`, message: p.message });
      // Cropped to the drawn content (a world map is wider than the projection box is tall).
      const b = this.projected.bounds;
      const pad = 2;
      this.viewBox = b
        ? `${Math.floor(b[0] - pad)} ${Math.floor(b[1] - pad)} ${Math.ceil(b[2] - b[0] + 2 * pad)} ${Math.ceil(b[3] - b[1] + 2 * pad)}`
        : `0 0 ${this.projected.width || GEO_WIDTH} ${this.projected.height || GEO_HEIGHT}`;
    } else {
      this.shapes = [];
      this.projected = null;
      this.gridPoints = [];
      if (geo.loading) {
        // Geometry on its way: nothing to lay out yet (a layout of thousands of regions twice costs).
        this.ownProblems = problems;
        this.scene = null;
        return;
      }
    }
    this.geoFailure = !grid && geo.error ? { path: '/geo-src', message: geo.error } : null;
    if (this.geoFailure) problems.push(this.geoFailure);
    if (ctl.failure) problems.push(ctl.failure);

    const breakNums = breaks?.filter((b) => Number.isFinite(b)) ?? null;
    if (breaks && breakNums && breakNums.length !== breaks.length)
      problems.push({
        path: '/breaks',
        message: `breaks "${this.breaks}" has non-numbers; write numbers separated by commas`,
      });
    this.scene = layoutRegionMap({
      plan: ctl.plan,
      shapes: this.shapes,
      locale,
      indicator: this.indicator ?? null,
      year: toNumber(this.year),
      method,
      classes: toNumber(this.classes),
      breaks: breakNums,
      reference: toNumber(this.reference),
      palette: this.palette?.trim() ? this.palette.split(/[,，\s]+/).filter(Boolean) : null,
      category: this.category === 'group' ? 'group' : 'role',
      unit: this.unit ?? null,
      label: this.label ?? null,
    });
    this.ownProblems = [...problems, ...this.scene.problems];
    if (this.active >= this.scene.items.length) this.active = 0;
    const firstWithData = this.scene.ranking[0]?.index;
    if (firstWithData !== undefined && this.active === 0) this.active = firstWithData;
    this.tableReady &&= this.scene.items.length <= EAGER_TABLE_ROWS;
  }

  override render(): TemplateResult {
    const scene = this.scene;
    const locale = this.localeController.locale;
    const w = WORDS[locale];
    const m = messages(locale);
    const grid = this.wantsGrid();
    const loading = this.planController.state === 'loading' || (!grid && this.geo.loading);
    const busy = loading ? 'true' : 'false';
    const shown = [...this.ownProblems, ...this.planController.problems];
    const notice = shown.length
      ? this.renderNotice(
          m.dataProblem,
          shown.map((p) =>
            p === this.geoFailure
              ? loadErrorText(p.message, this.geo.errorZh, locale, true)
              : this.planController.noticeText(p, locale),
          ),
        )
      : nothing;
    if (!scene || (!this.shapes.length && !scene.ranking.length)) {
      return html`<div part="base" class="base empty" aria-busy=${busy}>
        ${loading ? html`<p class="sub">${w.loading}</p>` : nothing} ${notice}
        <slot class="fallback"></slot>
      </div>`;
    }
    const credit = this.credit?.trim() || (grid ? w.schematic : '');
    return html`<div part="base" class="base" aria-busy=${busy}>
      <figure aria-labelledby="cap">
        <figcaption class="head" id="cap">
          <span class="title" part="caption">${scene.title}</span>
          ${scene.subtitle ? html`<span class="sub">${scene.subtitle}</span>` : nothing}
          <button
            type="button"
            class="toggle"
            part="toggle"
            aria-pressed=${this.showTable ? 'true' : 'false'}
            @click=${this.toggleTable}
          >
            ${w.table}
          </button>
        </figcaption>
        ${notice}
        <div class="body" ?hidden=${this.showTable}>
          <div class=${!grid && !this.projected ? 'map none' : 'map'}>
            ${loading ? html`<p class="sub">${w.loading}</p>` : nothing}
            <svg
              class=${grid ? 'chart grid' : 'chart'}
              part="svg"
              viewBox=${this.viewBox}
              width=${grid ? this.gridWidth : nothing}
              role="group"
              tabindex="-1"
              aria-label=${scene.summary}
              @pointerover=${this.onPointer}
              @pointermove=${this.onPointer}
              @pointerleave=${this.onLeave}
              @focusin=${this.onFocus}
              @focusout=${this.onBlur}
              @keydown=${this.onMapKey}
              @click=${this.onMapClick}
            >
              <g class="regions"></g>
              <path class="outline" aria-hidden="true"></path>
            </svg>
            <div class="tip" part="tooltip" role="tooltip" id="tip" hidden></div>
          </div>
          ${this.noRanking ? nothing : html`<div class="side">${this.renderRanking(scene)}</div>`}
        </div>
        ${this.noLegend || this.showTable ? nothing : this.renderLegend(scene)}
        ${credit ? html`<p class="credit" part="credit">${credit}</p>` : nothing}
        <div class=${this.showTable ? 'table-wrap' : 'table-wrap sr'}>${this.renderTable(scene)}</div>
      </figure>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.drawRegions();
    if (!this.tableReady && this.scene) {
      // The table twin follows the first paint, so the map shows at once.
      const scene = this.scene;
      const ready = () => {
        if (this.scene !== scene) return;
        this.labelAll();
        this.tableReady = true;
      };
      // A task posted from the next frame's callback runs after that frame has painted. (An idle
      // callback can run before the first paint, and then delays it by the whole table.)
      requestAnimationFrame(() => setTimeout(ready));
    }
    this.logUnjoined();
  }

  /**
   * Draws the shapes into their `<g>` when the scene or geometry changed: outside the element's
   * template so that hover and focus (class changes on two nodes) never re-render thousands of paths.
   */
  private drawRegions(): void {
    const scene = this.scene;
    const g = this.renderRoot.querySelector('g.regions');
    if (!g || !scene) return;
    const grid = this.wantsGrid();
    const paths = this.projected?.paths ?? [];
    if (
      this.drawnScene === scene &&
      this.drawnShapes?.paths === paths &&
      this.drawnShapes?.grid === grid &&
      g.childElementCount > 0
    )
      return;
    this.drawnScene = scene;
    this.drawnShapes = { paths, grid };
    const colors = scene.legend;
    // Thousands of shapes: plain DOM calls (attributes and text only, never markup), one clone of a
    // prepared element per shape, no template parts or markers per shape.
    const proto = document.createElementNS(SVG_NS, grid ? 'rect' : 'path');
    proto.setAttribute('part', 'region');
    proto.setAttribute('class', 'r');
    if (grid) {
      proto.setAttribute('width', '92');
      proto.setAttribute('height', '92');
      proto.setAttribute('rx', '8');
    }
    const frag = document.createDocumentFragment();
    const els: SVGElement[] = [];
    scene.items.forEach((i, k) => {
      const tile = grid ? this.tiles[k] : undefined;
      const d = grid ? '' : paths[k];
      if (!tile && !d) return;
      const el = proto.cloneNode(false) as SVGElement;
      if (i.cls < 0) el.setAttribute('class', 'r nd');
      el.setAttribute('data-id', i.id);
      const fill = i.cls >= 0 ? colors[i.cls]?.color : '';
      if (fill) el.setAttribute('fill', fill);
      if (d) el.setAttribute('d', d);
      frag.append(el);
      els[k] = el;
      if (tile) {
        const x = tile.col * CELL + 4;
        const y = tile.row * CELL + 4;
        el.setAttribute('x', String(x));
        el.setAttribute('y', String(y));
        const label = tile.label ? localize(tile.label, scene.locale) : i.name;
        const ink = i.cls >= 0 ? (colors[i.cls]?.ink ?? '') : '';
        const text = document.createElementNS(SVG_NS, 'text');
        text.setAttribute('class', ink ? 'tile-label' : 'tile-label nd-ink');
        text.setAttribute('x', String(x + 46));
        text.setAttribute('y', String(y + 46));
        text.setAttribute('font-size', String(labelSize(label)));
        if (ink) text.setAttribute('fill', ink);
        text.setAttribute('aria-hidden', 'true');
        text.textContent = label;
        frag.append(text);
      }
    });
    const first = els[this.active] ? this.active : els.findIndex(Boolean);
    if (first >= 0) {
      this.active = first;
    }
    g.replaceChildren(frag);
    this.regionEls = els;
    this.labelled = false;
    // The one tab stop is a labelled button at once; every other region gets its role and label
    // with the table twin (at once for small maps, after the first paint for large ones).
    if (first >= 0) this.labelRegion(first);
    if (this.tableReady) this.labelAll();
    this.regionIndex = null;
    this.hovered = -1;
  }

  private logUnjoined(): void {
    const scene = this.scene;
    if (!scene || scene.mode === 'none') return;
    const missing = scene.shapesWithoutData;
    const key = `${missing.length}:${missing.slice(0, 50).join('|')}`;
    if (!missing.length || key === this.loggedUnjoined) return;
    this.loggedUnjoined = key;
    const shown = missing.slice(0, 50).join(', ');
    console.info(
      `innovation-region-map: ${missing.length} shapes have no data${missing.length ? ` (${shown}${missing.length > 50 ? ', …' : ''})` : ''}`,
    );
  }

  /** At most five problems on screen; the console and the event carry them all. */
  private renderNotice(title: string, items: string[]): TemplateResult {
    const more = items.length - 5;
    return noticeTemplate(
      title,
      more > 0 ? [...items.slice(0, 5), SCENE_WORDS[this.localeController.locale].more(more)] : items,
    );
  }

  private renderLegend(scene: MapScene): TemplateResult | typeof nothing {
    const entries = [...scene.legend, ...(scene.noData ? [scene.noData] : [])];
    if (!entries.length) return nothing;
    return html`<ul class="legend" part="legend">
      ${entries.map(
        (e) =>
          html`<li>
            <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">
              <rect
                class=${e.cls < 0 ? 'nd' : ''}
                x="0.5"
                y="0.5"
                width="9"
                height="9"
                fill=${e.color || nothing}
              ></rect>
            </svg>
            <span>${e.label}</span>
          </li>`,
      )}
    </ul>`;
  }

  private renderRanking(scene: MapScene): TemplateResult | typeof nothing {
    const rows = scene.ranking.slice(0, RANKING_ROWS);
    if (!rows.length) return nothing;
    const cat = scene.mode === 'categorical';
    const more = scene.ranking.length - rows.length;
    const max = scene.maxAbs || 1;
    return html`<ol class=${cat ? 'ranking cat' : 'ranking'} part="ranking" @keydown=${this.onRankKey}>
        ${rows.map(
          (i) =>
            html`<li>
              <button
                type="button"
                data-i=${i.index}
                aria-label=${i.text}
                @click=${() => this.select(i.index)}
                @pointerenter=${() => this.highlight(i.index, null)}
                @pointerleave=${() => this.highlight(-1, null)}
                @focus=${() => this.highlight(i.index, null)}
                @blur=${() => this.highlight(-1, null)}
              >
                ${
                  cat
                    ? html`<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">
                          <rect
                            x="0.5"
                            y="0.5"
                            width="9"
                            height="9"
                            fill=${scene.legend[i.cls]?.color || nothing}
                          ></rect></svg
                        ><span class="nm">${i.name}</span>`
                    : html`<span class="rk" aria-hidden="true">${i.rank}</span
                        ><span class="nm">${i.name}</span
                        ><svg class="bar" aria-hidden="true">
                          <rect
                            height="100%"
                            width=${`${Math.max(0.5, (Math.abs(i.value ?? 0) / max) * 100).toFixed(1)}%`}
                          ></rect></svg
                        ><span class="val">${i.valueText}</span>`
                }
              </button>
            </li>`,
        )}
      </ol>
      ${more > 0 ? html`<p class="more">${WORDS[scene.locale].more(more)}</p>` : nothing}`;
  }

  private renderTable(scene: MapScene): TemplateResult {
    const w = WORDS[scene.locale];
    const m = messages(scene.locale);
    const cat = scene.mode === 'categorical';
    const rows = this.tableReady ? scene.items : [];
    const head = cat ? w.category : w.value(scene.unit);
    return html`<table part="table">
      <caption>
        ${[scene.title, scene.subtitle].filter(Boolean).join(' · ')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${w.region}</th>
          <th scope="col">${head}</th>
          ${
            cat
              ? nothing
              : html`<th scope="col">${w.rank}</th>
                  <th scope="col">${w.cls}</th>`
          }
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (i) =>
            html`<tr>
              <th scope="row">${i.name}</th>
              <td class=${cat ? '' : 'num'}>${i.valueText}</td>
              ${
                cat
                  ? nothing
                  : html`<td class="num">${i.rank ?? ''}</td>
                      <td>${scene.legend[i.cls]?.label ?? m.noData}</td>`
              }
            </tr>`,
        )}
        ${scene.unplaced.map(
          (u) =>
            html`<tr>
              <th scope="row">${u.name}</th>
              <td class=${cat ? '' : 'num'}>${u.valueText}</td>
              ${
                cat
                  ? nothing
                  : html`<td></td>
                      <td>${u.why === 'parent' ? w.parent : w.noShape}</td>`
              }
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private toggleTable = (): void => {
    this.showTable = !this.showTable;
    this.tableReady = true;
  };

  // ----- interaction: no re-render; two class changes and the tooltip's own small render ------------

  private indexOf(target: EventTarget | null): number {
    if (!(target instanceof Element)) return -1;
    if (!this.regionIndex) {
      const index = (this.regionIndex = new WeakMap());
      this.regionEls.forEach((e, k) => index.set(e, k));
    }
    const k = this.regionIndex.get(target);
    return k ?? -1;
  }

  private onPointer = (e: PointerEvent): void => {
    const k = this.indexOf(e.target);
    if (k !== this.hovered) this.highlight(k, null);
    if (k >= 0) this.placeTip(e.clientX, e.clientY);
  };

  private onLeave = (): void => this.highlight(-1, null);

  private onFocus = (e: FocusEvent): void => {
    const k = this.indexOf(e.target);
    if (k >= 0) {
      this.active = k;
      this.highlight(k, 'focus');
    }
  };

  private onBlur = (): void => this.highlight(-1, null);

  private onMapClick = (e: MouseEvent): void => {
    const k = this.indexOf(e.target);
    if (k >= 0) this.select(k);
  };

  private onMapKey = (e: KeyboardEvent): void => {
    const k = this.indexOf(e.target);
    if (k < 0) return;
    // The tooltip shown on focus must be dismissable without moving focus (WCAG 1.4.13).
    if (e.key === 'Escape') {
      const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
      if (tip && !tip.hidden) {
        tip.hidden = true;
        e.preventDefault();
      }
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(k);
      return;
    }
    const dir = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[e.key];
    if (!dir) return;
    e.preventDefault();
    const next = this.neighbour(k, dir[0]!, dir[1]!);
    if (next >= 0) this.focusRegion(next);
  };

  /** Anchor of each item in SVG units; shape centroids are computed on the first keyboard move. */
  private get points(): ReadonlyArray<[number, number] | null> {
    return this.projected ? this.projected.centroids : this.gridPoints;
  }

  /** The nearest drawn region from `k` in direction (dx, dy): distance, with off-axis distance weighted up. */
  private neighbour(k: number, dx: number, dy: number): number {
    const p = this.points[k];
    if (!p) return -1;
    let best = -1;
    let bestScore = Infinity;
    this.points.forEach((q, j) => {
      if (!q || j === k || !this.regionEls[j]) return;
      const along = (q[0] - p[0]) * dx + (q[1] - p[1]) * dy;
      if (along <= 0.5) return;
      const across = Math.abs((q[0] - p[0]) * dy - (q[1] - p[1]) * dx);
      const score = along + 2 * across;
      if (score < bestScore) {
        bestScore = score;
        best = j;
      }
    });
    return best;
  }

  /** Gives region `k` its button role, accessible name and tab stop (0 for the active one). */
  private labelRegion(k: number): void {
    const el = this.regionEls[k];
    const item = this.scene?.items[k];
    if (!el || !item) return;
    el.setAttribute('role', 'button');
    el.setAttribute('tabindex', k === this.active ? '0' : '-1');
    el.setAttribute('aria-label', item.text);
    el.setAttribute('aria-describedby', 'tip');
  }

  private labelAll(): void {
    if (this.labelled) return;
    this.labelled = true;
    this.regionEls.forEach((_, k) => this.labelRegion(k));
  }

  private focusRegion(k: number): void {
    const prev = this.regionEls[this.active];
    const el = this.regionEls[k];
    if (!el) return;
    this.labelRegion(k);
    prev?.setAttribute('tabindex', '-1');
    el.setAttribute('tabindex', '0');
    this.active = k;
    el.focus();
  }

  private onRankKey = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.ranking button')];
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    e.preventDefault();
    buttons[Math.min(buttons.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  private select(k: number): void {
    const item = this.scene?.items[k];
    if (!item) return;
    fire(this, 'innovation-region-select', { id: item.id, name: item.name, value: item.value });
  }

  /**
   * Highlights item `k` on the map and in the ranking (−1 clears) and shows its tooltip; `focus`
   * places the tooltip at the region (pointer moves place it at the pointer).
   */
  private highlight(k: number, how: 'focus' | null): void {
    const prev = this.hovered;
    if (prev >= 0) {
      this.regionEls[prev]?.classList.remove('hl');
      this.rankButton(prev)?.classList.remove('hl');
    }
    this.hovered = k;
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    if (k < 0) {
      if (tip) tip.hidden = true;
      this.renderRoot.querySelector('.outline')?.removeAttribute('d');
      return;
    }
    const el = this.regionEls[k];
    el?.classList.add('hl');
    // The outline is redrawn above every shape, so that neighbours do not hide it.
    const outline = this.renderRoot.querySelector('.outline');
    const d = el?.getAttribute('d');
    if (outline && d) outline.setAttribute('d', d);
    this.rankButton(k)?.classList.add('hl');
    if (!tip) return;
    this.renderTip(tip, k);
    if (how === 'focus' || !el) {
      const r = el?.getBoundingClientRect();
      if (r) this.placeTip(r.left + r.width / 2, r.top + r.height / 2);
    }
  }

  private rankButton(k: number): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`.ranking button[data-i="${k}"]`);
  }

  private renderTip(tip: HTMLElement, k: number): void {
    const scene = this.scene;
    const item = scene?.items[k];
    if (!scene || !item) return;
    const m = messages(scene.locale);
    render(
      html`<strong>${item.name}</strong>
        <span>${item.valueText}</span>${item.year ? html` <span class="muted">${item.year}</span>` : nothing}
        ${item.rankText ? html`<br /><span class="muted">${item.rankText}</span>` : nothing}
        ${item.source ? html`<br /><span class="muted">${m.source}：${item.source}</span>` : nothing}`,
      tip,
      { host: this },
    );
    tip.hidden = false;
  }

  /** Places the tooltip near a viewport point, inside the map box (CSSOM: no style attribute). */
  private placeTip(clientX: number, clientY: number): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    const box = tip?.parentElement?.getBoundingClientRect();
    if (!tip || !box || tip.hidden) return;
    const tw = tip.offsetWidth;
    const th = tip.offsetHeight;
    let x = clientX - box.left + 12;
    let y = clientY - box.top + 12;
    if (x + tw > box.width) x = Math.max(0, clientX - box.left - tw - 12);
    if (y + th > box.height) y = Math.max(0, clientY - box.top - th - 12);
    if (!finite(x) || !finite(y)) return;
    tip.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovation-region-map': InnovationRegionMap;
  }
  interface HTMLElementEventMap {
    'innovation-region-select': CustomEvent<{ id: string; name: string; value: number | null }>;
  }
}
