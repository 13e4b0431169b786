// <innovation-gauge>: one plan indicator, its target and its progress.
// Real data: the ten indicators of 专栏2 of 重庆市科技创新“十三五”规划 (seed 002, via the sample plan).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import '../src/components/gauge/define.js';
import { framed, opt, storyStyles } from './story-helpers.js';
import { samplePlanDocument } from '../src/model/sample-plan.js';

interface GaugeArgs {
  label: string;
  value: string;
  year: string;
  baseline: string;
  baselineYear: string;
  target: string;
  targetYear: string;
  targetMax: string;
  min: string;
  max: string;
  unit: string;
  comparator: string;
  direction: string;
  attribute: string;
  variant: 'arc' | 'ring' | 'linear';
  locale: string;
  theme: 'light' | 'dark' | 'auto';
  width: number;
}

/** Width via a class per size (strict CSP: no inline style attributes). */
const widthClass = (w: number) => (w <= 120 ? 'w-120' : w <= 240 ? 'w-240' : w <= 360 ? 'w-360' : 'w-600');

function gauge(a: Partial<GaugeArgs>): TemplateResult {
  return html`<innovation-gauge
    class=${widthClass(a.width ?? 240)}
    label=${opt(a.label ?? '')}
    value=${opt(a.value ?? '')}
    year=${opt(a.year ?? '')}
    baseline=${opt(a.baseline ?? '')}
    baseline-year=${opt(a.baselineYear ?? '')}
    target=${opt(a.target ?? '')}
    target-year=${opt(a.targetYear ?? '')}
    target-max=${opt(a.targetMax ?? '')}
    min=${opt(a.min ?? '')}
    max=${opt(a.max ?? '')}
    unit=${opt(a.unit ?? '')}
    comparator=${opt(a.comparator ?? '')}
    direction=${opt(a.direction ?? '')}
    attribute=${opt(a.attribute ?? '')}
    variant=${a.variant ?? 'arc'}
    locale=${opt(a.locale ?? '')}
    theme=${a.theme ?? 'light'}
  ></innovation-gauge>`;
}

const base: GaugeArgs = {
  label: '研究与试验发展经费投入强度',
  value: '1.57',
  year: '2015',
  baseline: '',
  baselineYear: '',
  target: '2.5',
  targetYear: '2020',
  targetMax: '',
  min: '',
  max: '',
  unit: '%',
  comparator: '',
  direction: '',
  attribute: 'expected',
  variant: 'arc',
  locale: 'zh-CN',
  theme: 'light',
  width: 240,
};

const meta: Meta<GaugeArgs> = {
  title: 'Widgets/innovation-gauge',
  component: 'innovation-gauge',
  render: (args) => framed(args.theme, gauge(args)),
  args: base,
  argTypes: {
    variant: { control: 'inline-radio', options: ['arc', 'ring', 'linear'] },
    comparator: { control: 'select', options: ['', 'eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'between'] },
    direction: { control: 'inline-radio', options: ['', 'increase', 'decrease'] },
    attribute: { control: 'inline-radio', options: ['', 'expected', 'binding'] },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: 'select', options: [120, 240, 360, 600] },
  },
};
export default meta;
type Story = StoryObj<GaugeArgs>;

const progress = {
  baseline: '40',
  baselineYear: '2015',
  year: '2018',
  target: '70',
  targetYear: '2020',
  unit: '%',
};

export const Default: Story = {};
export const Achieved: Story = { args: { ...progress, label: '达标示例', value: '72' } };
export const OnTrack: Story = { args: { ...progress, label: '正常推进示例', value: '58' } };
export const Behind: Story = { args: { ...progress, label: '滞后示例', value: '45' } };
export const OffTrack: Story = { args: { ...progress, label: '偏离示例（倒退）', value: '35' } };
export const TargetOnly: Story = {
  args: { label: '科技型企业', value: '', year: '', target: '20000', unit: '家' },
};
export const NoCurrentData: Story = {};
export const NotAssessable: Story = { args: { value: '1.8', year: '20XX' } };
export const Binding: Story = {
  args: {
    label: '单位GDP能耗',
    value: '2.4',
    year: '2018',
    baseline: '2.6',
    baselineYear: '2015',
    target: '2.0',
    unit: '吨标煤/万元',
    direction: 'decrease',
    attribute: 'binding',
  },
};
export const Ring: Story = { args: { ...progress, value: '58', variant: 'ring' } };
export const Linear: Story = { args: { ...progress, value: '58', variant: 'linear', width: 360 } };
export const English: Story = { args: { ...progress, value: '58', locale: 'en', label: 'R&D intensity' } };
export const Dark: Story = { args: { ...progress, value: '58', theme: 'dark' } };
export const Narrow120: Story = {
  args: { ...progress, value: '45', width: 120, label: '技术合同成交额', unit: '亿元' },
};
export const Wide600: Story = { args: { ...progress, value: '45', width: 600 } };
export const Overflow: Story = { args: { value: '2.4', target: '2', min: '0', max: '2', label: '超出刻度' } };
export const BadInput: Story = { args: { value: 'abc', min: '5', max: '1', label: '错误输入' } };
export const RelativeTarget: Story = {
  args: { value: '', year: '', target: '力争实现翻番', label: '企业研发投入', unit: '' },
};

/** Every comparator, both directions, in each variant. */
export const Comparators: Story = {
  render: () =>
    html`${storyStyles}
      <div class="grid">
        ${(['arc', 'ring', 'linear'] as const).flatMap((variant) =>
          ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'between'].flatMap((comparator) =>
            ['increase', 'decrease'].map((direction) =>
              gauge({
                ...progress,
                label: `${variant} ${comparator} ${direction}`,
                baseline: direction === 'increase' ? '40' : '80',
                value: direction === 'increase' ? '55' : '65',
                targetMax: comparator === 'between' ? '75' : '',
                comparator,
                direction,
                variant,
              }),
            ),
          ),
        )}
      </div>`,
};

const CHONGQING_IDS = (samplePlanDocument.indicators ?? []).slice(0, 10).map((i) => i.id);

function planGauges(locale: string, theme: 'light' | 'dark', variant: GaugeArgs['variant']): TemplateResult {
  return html`${storyStyles}
    <div class=${theme === 'dark' ? 'grid dark' : 'grid'}>
      ${CHONGQING_IDS.map(
        (id) =>
          html`<innovation-gauge
            .plan=${samplePlanDocument}
            indicator=${id}
            locale=${locale}
            theme=${theme}
            variant=${variant}
          ></innovation-gauge>`,
      )}
    </div>`;
}

/** The ten indicators of 专栏2 (2015 value, 2020 target) from the sample plan. */
export const Chongqing专栏2: Story = { render: () => planGauges('zh-CN', 'light', 'arc') };
export const ChongqingEnglish: Story = { render: () => planGauges('en', 'light', 'ring') };
export const ChongqingDark: Story = { render: () => planGauges('zh-CN', 'dark', 'linear') };

/** Forced colours: emulate with the browser's rendering tools (Windows High Contrast). */
export const ForcedColors: Story = {
  args: { ...progress, value: '58' },
  parameters: {
    docs: { description: { story: 'Use DevTools → Rendering → Emulate forced-colors: active.' } },
  },
};
