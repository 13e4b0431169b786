// Entry of the all-in-one bundles (dist/innovation-widgets.js and .iife.js): registers every tag
// and exposes the public API (window.InnovationWidgets in the IIFE build).
import './define.js';

export * from './index.js';
