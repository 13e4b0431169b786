export type * from './types.js';
export { parseQuantity } from './quantity.js';
export { parseYear, parsePeriod, FIVE_YEAR_PLANS } from './years.js';
export { validatePlan, COMPARATORS } from './validate.js';
export { loadPlanJson, loadPlanCsv, loadPlanTable, loadPlanScript, CSV_COLUMNS } from './loaders.js';
export type { TableData, TableOptions } from './loaders.js';
export { assessIndicator } from './assess.js';
export { normalizeRegionName, joinRegions, regionKeys } from './regions.js';
export type { RegionKeys, RegionJoin } from './regions.js';
