// innovation-widgets: the lead's standalone gauge build (ESM, Lit + D3 included, registers only
// <innovation-gauge>). `npm run bench` runs `npm run build` first when it is missing.
import { defineBench } from '../shared/bench-page.js';
import '../../../dist/standalone/innovation-gauge.js';
import { mountLibraryGauge, libraryGaugeRendered } from './mount.js';

defineBench({ mount: mountLibraryGauge, check: libraryGaugeRendered });
