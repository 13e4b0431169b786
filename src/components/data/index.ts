export { InnovationData } from './innovation-data.js';
export type { InnovationDataErrorDetail, InnovationDataLoadDetail } from './innovation-data.js';
export { inferFormat } from './data-format.js';
export type { DataFormat } from './data-format.js';
