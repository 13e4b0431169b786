/** Registers `<innovation-target-bars>` (tolerates a second registration). The standalone target-bars entry. */
import { defineElement } from '../../utils/define.js';
import { InnovationTargetBars } from './innovation-target-bars.js';

defineElement('innovation-target-bars', InnovationTargetBars);

export { InnovationTargetBars };
