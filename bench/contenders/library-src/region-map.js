// innovation-widgets' region map bundled by esbuild straight from src/ (opt-in: `--library-src`).
// Not the shipped build: a development aid for when dist/ has no region-map bundle yet. Same page
// code as contenders/library/region-map.js (which loads /dist/standalone/innovation-region-map.js).
// Imported by name: the root package.json's `sideEffects` would let esbuild drop a bare import.
import { InnovationRegionMap } from '../../../src/components/region-map/define.ts';
import { defineLibraryMapBench } from '../library/region-map-mount.js';

if (!customElements.get('innovation-region-map'))
  customElements.define('innovation-region-map', InnovationRegionMap);

defineLibraryMapBench();
