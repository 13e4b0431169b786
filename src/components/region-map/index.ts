export { InnovationRegionMap } from './innovation-region-map.js';
export { layoutRegionMap, regionIndicators } from './region-map.layout.js';
export type {
  LegendEntry,
  MapItem,
  MapLayoutInput,
  MapScene,
  MapShape,
  UnplacedRow,
} from './region-map.layout.js';
