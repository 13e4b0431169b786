export { InnovationTargetBars, NARROW_WIDTH } from './innovation-target-bars.js';
export { arrangeBars, filterIndicators, layoutBars, progressDomain } from './target-bars.layout.js';
export type {
  BarRow,
  BarTarget,
  BarsGroup,
  BarsLayoutInput,
  BarsScale,
  BarsScene,
  BarsSort,
  SortDirection,
} from './target-bars.layout.js';
