/** Registers `<innovation-data>` (tolerates a second registration). */
import { defineElement } from '../../utils/define.js';
import { InnovationData } from './innovation-data.js';

defineElement('innovation-data', InnovationData);

export { InnovationData };
