// <innovation-target-bars>: a plan's indicator table as target-vs-actual bars.
// Real data: the ten indicators of 专栏2 of 重庆市科技创新“十三五”规划 (seed 002, via the sample plan).
// The comparator/status examples use test/fixtures/plans/target-bars-cases.json: made-up values, and
// the caption says so.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/target-bars/define.js';
import { framed, opt } from './story-helpers.js';
import { samplePlanDocument } from '../src/model/sample-plan.js';
import type { PlanDocumentInput } from '../src/model/types.js';
import cases from '../test/fixtures/plans/target-bars-cases.json';

interface BarsArgs {
  data: 'sample' | 'cases' | 'bad';
  scale: 'row' | 'progress';
  sort: 'plan' | 'name' | 'progress' | 'status';
  groupBy: '' | 'category';
  indicators: string;
  attribute: string;
  asOf: string;
  locale: string;
  theme: 'light' | 'dark' | 'auto';
  width: 320 | 600 | 900;
}

const BAD: PlanDocumentInput = {
  version: 1,
  plan: { id: 'bad', title: '含有问题的指标表', period: '2016-2020' },
  indicators: [
    {
      id: 'ok',
      name: '有效的指标',
      unit: '%',
      observations: [{ year: 2015, value: 1.57 }],
      target: { year: 2020, value: 2.5 },
    },
    { id: 'Bad Id!', name: '编号不合规', unit: '%' },
    { id: 'ok', name: '编号重复', unit: '%' },
  ],
};

const PLANS = { sample: samplePlanDocument, cases: cases as unknown as PlanDocumentInput, bad: BAD };

const meta: Meta<BarsArgs> = {
  title: 'Widgets/innovation-target-bars',
  component: 'innovation-target-bars',
  render: (a) => {
    const el = html`<innovation-target-bars
      class=${`w-${a.width}`}
      .plan=${PLANS[a.data]}
      scale=${a.scale}
      sort=${a.sort}
      group-by=${opt(a.groupBy)}
      indicators=${opt(a.indicators)}
      attribute=${opt(a.attribute)}
      as-of=${opt(a.asOf)}
      locale=${opt(a.locale)}
      theme=${a.theme}
    ></innovation-target-bars>`;
    return framed(a.theme, el);
  },
  args: {
    data: 'sample',
    scale: 'row',
    sort: 'plan',
    groupBy: '',
    indicators: '',
    attribute: '',
    asOf: '',
    locale: 'zh-CN',
    theme: 'light',
    width: 900,
  },
  argTypes: {
    data: { control: 'inline-radio', options: ['sample', 'cases', 'bad'] },
    scale: { control: 'inline-radio', options: ['row', 'progress'] },
    sort: { control: 'inline-radio', options: ['plan', 'name', 'progress', 'status'] },
    groupBy: { control: 'inline-radio', options: ['', 'category'] },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: 'select', options: [320, 600, 900] },
  },
};
export default meta;
type Story = StoryObj<BarsArgs>;

/** 专栏2, each row on its own scale. */
export const Column2: Story = {};
/** 专栏2 on the shared progress axis (0 = the 2015 baseline, 100 % = the 2020 target). */
export const Column2Progress: Story = { args: { scale: 'progress' } };
export const Column2English: Story = { args: { locale: 'en' } };
export const Comparators: Story = { args: { data: 'cases' } };
export const ComparatorsProgress: Story = { args: { data: 'cases', scale: 'progress', sort: 'status' } };
export const TargetOnly: Story = { args: { data: 'cases', indicators: 'incubators,patent-output' } };
export const Decrease: Story = { args: { data: 'cases', attribute: 'binding', scale: 'progress' } };
export const Grouped: Story = { args: { data: 'cases', groupBy: 'category', sort: 'progress' } };
export const Dark: Story = { args: { data: 'cases', theme: 'dark', locale: 'en' } };
export const Narrow320: Story = { args: { data: 'cases', width: 320, scale: 'progress' } };
export const Column2Narrow320: Story = { args: { width: 320 } };
export const BadInput: Story = { args: { data: 'bad' } };
