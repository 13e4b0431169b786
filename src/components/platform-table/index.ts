export { InnovationPlatformTable } from './innovation-platform-table.js';
export { buildPlatformTable, levelKey, parseLevels, sortPlatformRows } from './platform-table.model.js';
export type {
  PlatformCell,
  PlatformColumn,
  PlatformRow,
  PlatformRowKind,
  PlatformTableModel,
  PlatformTableOptions,
  SortDirection,
} from './platform-table.model.js';
export { BOM, quoteField, tableRows, toCsv, toTsv } from './platform-table.csv.js';
