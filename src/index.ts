/**
 * innovation-widgets: Lit web components for science-and-technology innovation plans.
 * This entry exports classes, types and pure helpers and registers no tag; import
 * `innovation-widgets/define.js` (or a widget's own define module) to register tags.
 */
export * from './model/index.js';
export { APPROX_TOLERANCE, ON_TRACK_SLACK, meetsTarget, paceKind } from './model/assess.js';
export * from './format/index.js';
export {
  ResizeController,
  LocaleController,
  PlanController,
  DataLoadError,
  fetchText,
} from './controllers/index.js';
export type { DataSnapshot, DataState, DataLoadErrorKind, FetchTextOptions } from './controllers/index.js';
export { readTableData, readInlinePlan } from './dom/read-table.js';
export { InnovationData } from './components/data/innovation-data.js';
export type {
  InnovationDataErrorDetail,
  InnovationDataLoadDetail,
} from './components/data/innovation-data.js';
export { InnovationGauge } from './components/gauge/innovation-gauge.js';
export { InnovationTargetBars } from './components/target-bars/innovation-target-bars.js';
export { InnovationPlatformTable } from './components/platform-table/innovation-platform-table.js';
export { InnovationRegionMap } from './components/region-map/innovation-region-map.js';
