// innovation-widgets: the standalone region-map build as shipped, bundled into this page like the peers'
// packages (its lazy geometry chunk stays lazy). `npm run bench` runs `npm run build` first when it is missing.
import '../shared/region-map-page.js';
import '/dist/standalone/innovation-region-map.js';
import { defineLibraryMapBench } from './region-map-mount.js';

defineLibraryMapBench();
