// <innovation-platform-table>: platforms by type and level, sortable, with CSV download and copy.
// Real data: the 29 platforms of 重庆市科技创新“十三五”规划 (seed 002, via the sample plan) and the
// platform counts of seeds 000 (保定), 003 and 004 (唐山) in test/fixtures/platform-plans.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import '../src/components/platform-table/define.js';
import { framed, opt } from './story-helpers.js';
import { samplePlanDocument } from '../src/model/sample-plan.js';
import type { PlanDocumentInput } from '../src/model/types.js';
import {
  baodingPlatforms,
  manyPlatforms,
  seed003Platforms,
  tangshanPlatforms,
} from '../test/fixtures/platform-plans.js';

interface TableArgs {
  dataset: 'chongqing' | 'baoding' | 'seed003' | 'tangshan' | 'bad' | 'rows5000';
  levels: string;
  asOf: string;
  noTargets: boolean;
  noChange: boolean;
  noWindow: boolean;
  label: string;
  locale: string;
  theme: 'light' | 'dark' | 'auto';
  width: 320 | 600 | 900;
}

const badInput = {
  version: 1,
  plan: { id: 'bad-input', title: '错误输入示例' },
  platforms: [
    { id: 'a', type: '科技企业孵化器', level: 'galactic', count: 'abc' },
    { id: 'b', type: '重点实验室', count: 5, partOf: 'c' },
    { id: 'c', type: '工程实验室', count: 3, partOf: 'b' },
    { id: 'd', type: '众创空间', level: 'national', count: 12, partOf: 'nowhere' },
    { id: 'e', type: '各类平台', count: 100, total: true },
    { id: 'f', type: '技术创新中心', count: 40, partOf: 'e' },
  ],
} as unknown as PlanDocumentInput;

const DATA: Record<TableArgs['dataset'], PlanDocumentInput> = {
  chongqing: samplePlanDocument,
  baoding: baodingPlatforms,
  seed003: seed003Platforms,
  tangshan: tangshanPlatforms,
  bad: badInput,
  rows5000: manyPlatforms(5000),
};

function table(a: TableArgs): TemplateResult {
  const el = html`<innovation-platform-table
    class=${a.width === 900 ? 'mw-900' : `w-${a.width}`}
    .plan=${DATA[a.dataset]}
    levels=${opt(a.levels)}
    as-of=${opt(a.asOf)}
    ?no-targets=${a.noTargets}
    ?no-change=${a.noChange}
    ?no-window=${a.noWindow}
    label=${opt(a.label)}
    locale=${opt(a.locale)}
    theme=${a.theme}
  ></innovation-platform-table>`;
  return framed(a.theme, el);
}

const meta: Meta<TableArgs> = {
  title: 'Widgets/innovation-platform-table',
  component: 'innovation-platform-table',
  render: table,
  args: {
    dataset: 'chongqing',
    levels: '',
    asOf: '',
    noTargets: false,
    noChange: false,
    noWindow: false,
    label: '',
    locale: 'zh-CN',
    theme: 'light',
    width: 900,
  },
  argTypes: {
    dataset: {
      control: 'select',
      options: ['chongqing', 'baoding', 'seed003', 'tangshan', 'bad', 'rows5000'],
    },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: 'inline-radio', options: [320, 600, 900] },
  },
};
export default meta;
type Story = StoryObj<TableArgs>;

/** The 29 platform targets of the Chongqing plan (seed 002): levels, 部市级 as written, members, 新增. */
export const ChongqingTargets: Story = {};
export const ChongqingEnglish: Story = { args: { locale: 'en' } };
export const ChongqingDark: Story = { args: { theme: 'dark' } };
export const Chongqing320: Story = { args: { width: 320 } };
/** Type × level matrix with subsets (其中) and a stated total, and a total column where parts add up (seed 000). */
export const MatrixWithSubsetsAndTotals: Story = { args: { dataset: 'baoding' } };
export const MatrixEnglish320Dark: Story = {
  args: { dataset: 'baoding', locale: 'en', width: 320, theme: 'dark' },
};
/** Counts with 力争 targets, parts of a stated total 340 → 500以上 (seed 003). */
export const CountsAndTargets: Story = { args: { dataset: 'seed003', width: 600 } };
/** A combined level label (国家级和省级) and a masked year (20XX) kept as written (seed 004). */
export const CombinedLevelMaskedYear: Story = { args: { dataset: 'tangshan' } };
/** Only some levels as columns. */
export const LevelsOption: Story = { args: { levels: 'national,municipal' } };
/** Unknown level, a partOf cycle, a dangling partOf, parts that do not add up: notice, rows still shown. */
export const BadInput: Story = { args: { dataset: 'bad', levels: 'national,moon,unknown' } };
/**
 * 5,000 generated rows: rendered in windows around the viewport (spacer rows stand for the rest,
 * `aria-rowcount`/`aria-rowindex` give the full size); a sort re-renders one window. Printing shows
 * every row; `no-window` renders them all.
 */
export const FiveThousandRowsWindowed: Story = { args: { dataset: 'rows5000' } };
