// Entry of the all-in-one bundles (dist/innovation-widgets.js and .iife.js): registers every tag
// and exposes the public API (window.InnovationWidgets in the IIFE build).
// Lit's three modules first, side by side (ReactiveElement, lit-html, LitElement): gzip finds more
// repeats in them together. Left to the import order, lit-html lands by the region map and the
// bundle is 0.6 KB larger min+gzip.
import 'lit';
import './define.js';

export * from './index.js';
