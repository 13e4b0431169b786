/// <reference types="vite/client" />
// <innovation-data>: loads a plan once and shares it with the widgets inside it.
// These stories use an inline <script type="application/json"> source (no network), built from
// the sample plan (重庆市科技创新“十三五”规划, seed 002).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/data/define.js';
import { samplePlanDocument } from '../src/model/sample-plan.js';
import type { PlanDocumentInput } from '../src/model/types.js';

// The gauge is written in parallel; load its definition when it exists so these stories show
// gauges fed by <innovation-data> as soon as it does (Vite resolves the glob at build time).
import.meta.glob('../src/components/gauge/define.ts', { eager: true });

interface DataArgs {
  locale: string;
  indicators: string;
}

/** `<innovation-data>` with the document inline as JSON, and one gauge per indicator id. */
function renderData(doc: unknown, { locale, indicators }: DataArgs): HTMLElement {
  const data = document.createElement('innovation-data');
  if (locale) data.setAttribute('locale', locale);
  // Built with DOM calls: Lit templates cannot bind inside <script>.
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(doc);
  data.append(script);
  const ids = indicators
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // Gauges only once <innovation-gauge> exists (an undefined tag would render nothing).
  for (const id of customElements.get('innovation-gauge') ? ids : []) {
    const gauge = document.createElement('innovation-gauge');
    gauge.setAttribute('indicator', id);
    data.append(gauge);
  }
  return data;
}

const meta: Meta<DataArgs> = {
  title: 'Components/Data',
  component: 'innovation-data',
  args: { locale: '', indicators: 'rd-intensity, high-tech-enterprises' },
  argTypes: {
    locale: {
      control: 'select',
      options: ['', 'zh-CN', 'en'],
      description: 'Notice language (default: page lang)',
    },
    indicators: {
      control: 'text',
      description: 'Comma-separated indicator ids; one gauge each (story only)',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Loads a plan (JSON or CSV from `src`, or an inline `<script type="application/json">` or `<table>`), ' +
          'validates it, and shares it with every widget inside. Problems are shown to editors in a short notice.',
      },
    },
  },
  render: (args) => renderData(samplePlanDocument, args),
};
export default meta;

type Story = StoryObj<DataArgs>;

/** The sample plan inline; gauges inside read their indicator from it. */
export const InlineJson: Story = {};

/** English notice and labels. */
export const English: Story = { args: { locale: 'en' } };

/** A document with problems: the valid part is used and a short notice is shown to editors. */
export const WithProblems: Story = {
  render: (args) => {
    const broken: PlanDocumentInput = {
      ...samplePlanDocument,
      indicators: [
        ...(samplePlanDocument.indicators ?? []).slice(0, 2),
        { id: 'Bad Id!', name: '', unit: '%', target: { year: 2020, value: 'about sixty' } },
      ],
    };
    return renderData(broken, args);
  },
  args: { indicators: 'rd-intensity' },
};

/** Static explanation next to a live element: how an editor embeds it. */
export const Markup: Story = {
  render: () =>
    html`<p>
        嵌入方式：<code
          >&lt;innovation-data src="/plans/chongqing.json"&gt;&lt;innovation-gauge
          indicator="rd-intensity"&gt;&lt;/innovation-gauge&gt;&lt;/innovation-data&gt;</code
        >
      </p>
      ${renderData(samplePlanDocument, { locale: '', indicators: 'rd-intensity' })}`,
};
