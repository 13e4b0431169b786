// innovation-widgets: the standalone target-bars build as shipped, bundled into the page like the peers'.
import { defineTableBench } from '../shared/bench-page.js';
import '/dist/standalone/innovation-target-bars.js';
import { renderLibraryBars, libraryBarsCount } from './bars-mount.js';

defineTableBench({ render: renderLibraryBars, count: libraryBarsCount });
