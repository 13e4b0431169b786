// <innovation-region-map>: regions compared on a map or a tile grid, with a linked ranking.
// Data (test/fixtures/region-maps.ts): the 34 provincial-level divisions with SYNTHETIC 2020 R&D
// intensity (seeded; Chongqing's 2010/2015 values are real, seed 002), the Chongqing plan's five
// functional zones coloured by their role (sample plan, seed 002: roles, no numbers), and synthetic
// values for the world-atlas countries and us-atlas counties. Every synthetic figure says so on screen.
// Geometry is served by Storybook from the installed atlases (.storybook/main.ts staticDirs).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import '../src/components/data/define.js';
import '../src/components/region-map/define.js';
import { framed, opt } from './story-helpers.js';
import { samplePlanDocument } from '../src/model/sample-plan.js';
import type { PlanDocumentInput } from '../src/model/types.js';
import {
  BAD_REGIONS_PLAN,
  CHINA_DIVISIONS,
  CHINA_RD_PLAN,
  CHONGQING_RD_TARGET_2020,
  CHONGQING_ZONES_GRID_JSON,
  chinaRdCsv,
  chinaRdValue,
  countyValues,
  worldValues,
} from '../test/fixtures/region-maps.js';

type Dataset = 'china' | 'chongqing' | 'world' | 'counties' | 'bad' | 'none';

interface MapArgs {
  dataset: Dataset;
  layout: '' | 'geo' | 'grid';
  geoSrc: string;
  object: string;
  projection: '' | 'mercator' | 'equal-earth' | 'conic-equal-area' | 'identity';
  idProperty: string;
  nameProperty: string;
  credit: string;
  grid: string;
  indicator: string;
  year: string;
  classify: '' | 'quantize' | 'quantile' | 'threshold' | 'diverging' | 'categorical';
  classes: string;
  breaks: string;
  reference: string;
  category: '' | 'role' | 'group';
  palette: string;
  label: string;
  unit: string;
  noRanking: boolean;
  noLegend: boolean;
  locale: string;
  theme: 'light' | 'dark' | 'auto';
  width: 600 | 900;
}

const WORLD_URL = 'geo/world-atlas/countries-110m.json';
const COUNTIES_URL = 'geo/us-atlas/counties-albers-10m.json';

const WORLD_CREDIT =
  '底图：Natural Earth 1:110m（公共领域），经 world-atlas 2.0.2 转为 TopoJSON；示例地图，未经审图，无审图号 / ' +
  'Basemap: Natural Earth (public domain) via world-atlas; illustrative only, not an approved map';
const COUNTIES_CREDIT =
  'Basemap: US Census Bureau cartographic boundaries (public domain) via us-atlas 3.0.1, Albers USA, pre-projected';

/** What a story says about its numbers, on screen, above the map. */
const SYNTHETIC_NOTE = {
  'zh-CN': '示例数据（合成）：数值由固定种子随机生成，不是官方统计。',
  en: 'Synthetic example values: generated from a fixed seed, not official statistics.',
};

/** The atlases the world and county stories build their synthetic values from (Storybook loaders). */
const loadAtlas = (url: string) => async () => {
  try {
    const response = await fetch(url);
    return { atlas: response.ok ? ((await response.json()) as unknown) : null };
  } catch {
    return { atlas: null };
  }
};

function planFor(dataset: Dataset, atlas: unknown): PlanDocumentInput | undefined {
  switch (dataset) {
    case 'china':
      return CHINA_RD_PLAN;
    case 'chongqing':
      return samplePlanDocument;
    case 'world':
      return worldValues(1, atlas);
    case 'counties':
      return countyValues(1, atlas);
    case 'bad':
      return BAD_REGIONS_PLAN;
    default:
      return undefined;
  }
}

/** The element with every attribute the args set; `children` go inside (an inline table). */
function regionMap(
  a: MapArgs,
  plan: PlanDocumentInput | undefined,
  children: unknown = nothing,
): TemplateResult {
  return html`<innovation-region-map
    class=${a.width === 900 ? 'mw-900' : 'w-600'}
    .plan=${plan}
    layout=${opt(a.layout)}
    geo-src=${opt(a.geoSrc)}
    object=${opt(a.object)}
    projection=${opt(a.projection)}
    id-property=${opt(a.idProperty)}
    name-property=${opt(a.nameProperty)}
    credit=${opt(a.credit)}
    grid=${opt(a.grid)}
    indicator=${opt(a.indicator)}
    year=${opt(a.year)}
    classify=${opt(a.classify)}
    classes=${opt(a.classes)}
    breaks=${opt(a.breaks)}
    reference=${opt(a.reference)}
    category=${opt(a.category)}
    palette=${opt(a.palette)}
    label=${opt(a.label)}
    unit=${opt(a.unit)}
    ?no-ranking=${a.noRanking}
    ?no-legend=${a.noLegend}
    locale=${opt(a.locale)}
    theme=${a.theme}
    >${children}</innovation-region-map
  >`;
}

/** The "synthetic" label under the story's heading, in the story's language. */
const syntheticNote = (a: MapArgs) =>
  html`<p class="synthetic-note">${a.locale === 'en' ? SYNTHETIC_NOTE.en : SYNTHETIC_NOTE['zh-CN']}</p>`;

const noteStyles = html`<style>
  .synthetic-note {
    margin: 0 0 8px;
    font:
      13px/1.5 system-ui,
      sans-serif;
    color: #5c3c00;
  }
  .dark .synthetic-note {
    color: #f0c36a;
  }
</style>`;

/**
 * `<innovation-data>` with a document inline (a `<script type="application/json">`, or a CSV blob
 * URL), built with DOM calls: Lit templates cannot bind inside `<script>`.
 */
function inlineData(id: string, doc: PlanDocumentInput): HTMLElement {
  const data = document.createElement('innovation-data');
  data.id = id;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(doc);
  data.append(script);
  return data;
}

const base: MapArgs = {
  dataset: 'china',
  layout: 'grid',
  geoSrc: '',
  object: '',
  projection: '',
  idProperty: '',
  nameProperty: '',
  credit: '',
  grid: '',
  indicator: 'rd-intensity',
  year: '',
  classify: '',
  classes: '',
  breaks: '',
  reference: '',
  category: '',
  palette: '',
  label: '',
  unit: '',
  noRanking: false,
  noLegend: false,
  locale: 'zh-CN',
  theme: 'light',
  width: 900,
};

const meta: Meta<MapArgs> = {
  title: 'Widgets/innovation-region-map',
  component: 'innovation-region-map',
  render: (a, { loaded }) => {
    const synthetic = a.dataset !== 'chongqing' && a.dataset !== 'none';
    return framed(
      a.theme,
      html`${noteStyles}${synthetic ? syntheticNote(a) : nothing}${regionMap(
        a,
        planFor(a.dataset, (loaded as { atlas?: unknown }).atlas),
      )}`,
    );
  },
  args: base,
  argTypes: {
    dataset: { control: 'select', options: ['china', 'chongqing', 'world', 'counties', 'bad', 'none'] },
    layout: { control: 'inline-radio', options: ['', 'geo', 'grid'] },
    projection: {
      control: 'select',
      options: ['', 'mercator', 'equal-earth', 'conic-equal-area', 'identity'],
    },
    classify: {
      control: 'select',
      options: ['', 'quantize', 'quantile', 'threshold', 'diverging', 'categorical'],
    },
    category: { control: 'inline-radio', options: ['', 'role', 'group'] },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: 'inline-radio', options: [600, 900] },
  },
};
export default meta;
type Story = StoryObj<MapArgs>;

/** The built-in tile grid of the 34 provincial-level divisions (GB/T 2260), synthetic 2020 R&D intensity. */
export const ChinaGrid: Story = {};

/**
 * Diverging around a reference. The seeds give no national figure, so the reference is a real one
 * they do give: Chongqing's 2020 target, 2.5 % (seed 002, 专栏2 line 775), named in the label.
 */
export const ChinaDiverging: Story = {
  args: {
    classify: 'diverging',
    reference: String(CHONGQING_RD_TARGET_2020.value),
    label: `研发投入强度（合成示例），对照${CHONGQING_RD_TARGET_2020.label['zh-CN']}`,
  },
};

/** Author breaks: 1 %, 2 %, 2.5 % (Chongqing's 2020 target), 4 %. */
export const ChinaThreshold: Story = { args: { classify: 'threshold', breaks: '1,2,2.5,4' } };

/** Quantiles: the same number of divisions in each class. */
export const ChinaQuantile: Story = { args: { classify: 'quantile', classes: '4' } };

/**
 * The Chongqing plan's 五大功能区域 on a custom five-tile grid, coloured by the role the plan gives each
 * (categorical: the plan gives roles, not numbers). Data from the sample plan via `<innovation-data>`.
 */
export const ChongqingZonesByRole: Story = {
  args: {
    dataset: 'chongqing',
    grid: CHONGQING_ZONES_GRID_JSON,
    category: 'role',
    indicator: '',
    label: '五大功能区域的科技创新定位（《规划》原文）',
    width: 600,
  },
  render: (a) =>
    framed(
      a.theme,
      html`${inlineData('cq-story', samplePlanDocument)}
        <innovation-region-map
          class="w-600"
          data="cq-story"
          layout="grid"
          grid=${a.grid}
          category=${opt(a.category)}
          label=${opt(a.label)}
          ?no-ranking=${a.noRanking}
          ?no-legend=${a.noLegend}
          locale=${opt(a.locale)}
          theme=${a.theme}
        ></innovation-region-map>`,
    ),
};

/** World countries (world-atlas countries-110m, Natural Earth), equal-earth, synthetic values. */
export const WorldCountries: Story = {
  args: {
    dataset: 'world',
    layout: 'geo',
    geoSrc: WORLD_URL,
    object: 'countries',
    projection: 'equal-earth',
    indicator: 'synthetic-index',
    credit: WORLD_CREDIT,
  },
  loaders: [loadAtlas(WORLD_URL)],
};

/** About 3,100 US counties (us-atlas, pre-projected Albers: `projection="identity"`), synthetic values. */
export const UsCounties: Story = {
  args: {
    dataset: 'counties',
    layout: 'geo',
    geoSrc: COUNTIES_URL,
    object: 'counties',
    projection: 'identity',
    indicator: 'synthetic-index',
    credit: COUNTIES_CREDIT,
    noRanking: true,
    locale: 'en',
  },
  loaders: [loadAtlas(COUNTIES_URL)],
};

/** Values from a `<table>` written in the page (region, value): the no-JS and print view too. */
export const InlineTable: Story = {
  args: { dataset: 'none', indicator: '', unit: '%', label: '研发投入强度（合成示例）' },
  render: (a) => {
    const rows = CHINA_DIVISIONS.filter((d) => chinaRdValue(d.id) !== null).slice(0, 12);
    const table = html`<table>
      <caption>
        研发投入强度（%），2020年 — 示例数据（合成）
      </caption>
      <thead>
        <tr>
          <th scope="col">地区</th>
          <th scope="col">2020年</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (d) =>
            html`<tr>
              <th scope="row">${d.zh}</th>
              <td>${chinaRdValue(d.id)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
    return framed(a.theme, html`${noteStyles}${syntheticNote(a)}${regionMap(a, undefined, table)}`);
  },
};

/** The same synthetic document as CSV, loaded by `<innovation-data src>` (a blob: URL made in the page). */
export const CsvViaData: Story = {
  render: (a) => {
    const url = URL.createObjectURL(new Blob([chinaRdCsv()], { type: 'text/csv' }));
    return framed(
      a.theme,
      html`${noteStyles}${syntheticNote(a)}
        <innovation-data id="csv-story" src=${url} format="csv"></innovation-data>
        <innovation-region-map
          class="mw-900"
          data="csv-story"
          layout="grid"
          indicator="rd-intensity"
          locale=${opt(a.locale)}
          theme=${a.theme}
        ></innovation-region-map>`,
    );
  },
};

export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark', classify: 'quantile' } };
export const NoRanking: Story = { args: { noRanking: true, width: 600 } };

/** The geometry URL answers 404: a notice says so; the ranking and the table still show the data. */
export const FailedGeoSrc: Story = {
  args: { layout: 'geo', geoSrc: 'geo/does-not-exist.json', object: 'provinces' },
  tags: ['expect-http-error'],
};

/** Non-numeric values ("abc", "——"), a region that joins to nothing, names that are XSS payloads. */
export const BadData: Story = { args: { dataset: 'bad' } };
