// innovation-widgets: the standalone gauge build as shipped (ESM, Lit included, registers only
// <innovation-gauge>), bundled into this page like the peers' packages; its lazy chunks stay lazy.
// `npm run bench` runs `npm run build` first when it is missing.
import { defineBench } from '../shared/bench-page.js';
import '/dist/standalone/innovation-gauge.js';
import { mountLibraryGauge, libraryGaugeRendered } from './mount.js';

defineBench({ mount: mountLibraryGauge, check: libraryGaugeRendered });
