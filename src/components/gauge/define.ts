/** Registers `<innovation-gauge>` (tolerates a second registration). The standalone gauge entry. */
import { defineElement } from '../../utils/define.js';
import { InnovationGauge } from './innovation-gauge.js';

defineElement('innovation-gauge', InnovationGauge);

export { InnovationGauge };
