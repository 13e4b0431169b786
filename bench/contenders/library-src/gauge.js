// innovation-widgets' gauge bundled by esbuild straight from src/ (opt-in: `--library-src`).
// Not the shipped build: a development aid for when dist/ cannot be built, and a cross-check of
// the rollup bundle. Same page code as contenders/library/gauge.js.
import { defineBench } from '../shared/bench-page.js';
// Imported by name: the root package.json's `sideEffects` (dist files only) would let esbuild drop
// a bare `import '…/define.ts'`.
import { InnovationGauge } from '../../../src/components/gauge/define.ts';
import { mountLibraryGauge, libraryGaugeRendered } from '../library/mount.js';

if (!customElements.get('innovation-gauge')) customElements.define('innovation-gauge', InnovationGauge);

defineBench({ mount: mountLibraryGauge, check: libraryGaugeRendered });
