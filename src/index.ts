/**
 * innovation-widgets: Lit web components for science-and-technology innovation plans.
 * This entry exports classes, types and pure helpers and registers no tag; import
 * `innovation-widgets/define.js` (or a widget's own define module) to register tags.
 */
export type * from './model/types.js';
export { parseQuantity } from './model/quantity.js';
export { parseYear, parsePeriod } from './model/years.js';
export { validatePlan } from './model/validate.js';
export { assessIndicator } from './model/assess.js';
export { loadPlanJson, loadPlanCsv, loadPlanTable, loadPlanScript } from './model/loaders.js';
export type { TableData } from './model/loaders.js';
export { samplePlanDocument } from './model/sample-plan.js';
export * from './format/index.js';
export { InnovationData } from './components/data/innovation-data.js';
export { InnovationGauge } from './components/gauge/innovation-gauge.js';
