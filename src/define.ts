/**
 * Registers every tag. The CDN/IIFE bundle and `import 'innovation-widgets/define.js'` run this;
 * importing `innovation-widgets` itself registers nothing.
 */
import './components/data/define.js';
import './components/gauge/define.js';
import './components/target-bars/define.js';
import './components/platform-table/define.js';
import './components/region-map/define.js';
