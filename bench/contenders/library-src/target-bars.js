// innovation-widgets' target bars bundled by esbuild straight from src/ (opt-in: `--library-src`).
import { defineTableBench } from '../shared/bench-page.js';
// Imported by name: `sideEffects` would let esbuild drop a bare import of the define file.
import { InnovationTargetBars } from '../../../src/components/target-bars/define.ts';
import { renderLibraryBars, libraryBarsCount } from '../library/bars-mount.js';

if (!customElements.get('innovation-target-bars'))
  customElements.define('innovation-target-bars', InnovationTargetBars);

defineTableBench({ render: renderLibraryBars, count: libraryBarsCount });
