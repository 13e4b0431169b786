/** Registers `<innovation-platform-table>` (tolerates a second registration). The standalone entry. */
import { defineElement } from '../../utils/define.js';
import { InnovationPlatformTable } from './innovation-platform-table.js';

defineElement('innovation-platform-table', InnovationPlatformTable);

export { InnovationPlatformTable };
