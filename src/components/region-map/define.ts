/** Registers `<innovation-region-map>` (tolerates a second registration). The standalone region-map entry. */
import { defineElement } from '../../utils/define.js';
import { InnovationRegionMap } from './innovation-region-map.js';

defineElement('innovation-region-map', InnovationRegionMap);

export { InnovationRegionMap };
