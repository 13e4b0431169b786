export { InnovationGauge } from './innovation-gauge.js';
export { indicatorFromAttributes } from './gauge.indicator.js';
export { parseRelativeTarget, unitMagnitude } from './gauge.input.js';
export type { GaugeAttributes, GaugeInput } from './gauge.indicator.js';
export { gaugeDomain, layoutGauge } from './gauge.layout.js';
export type {
  GaugeLayoutInput,
  GaugeMark,
  GaugeScene,
  GaugeTargetMark,
  GaugeVariant,
} from './gauge.layout.js';
