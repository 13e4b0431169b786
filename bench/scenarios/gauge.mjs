// Scenario: N gauges, the ten indicators of Chongqing's 专栏2 cycled (value = 2015, target = 2020).
// A later widget adds its own file here (target-bars.mjs, platform-table.mjs, region-map.mjs) and a
// page script `contenders/<id>/<scenario id>.js` for each contender that can draw it.
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../data/chongqing-gauges.json', import.meta.url), 'utf8'));

export default {
  id: 'gauge',
  order: 1,
  title: 'Gauges: value arc, target line, value text, name (专栏2 indicators cycled)',
  sizes: { quick: [1, 100], full: [1, 100, 1000] },
  // The shipped file the library's page script bundles in (from dist/).
  libraryEntry: 'dist/standalone/innovation-gauge.js',
  items: data.gauges.map(({ indicator: _indicator, source: _source, nameEn: _nameEn, ...flat }) => flat),
  // The library entry whose min+gzip size has a goal, and the goals from the Foundation issue.
  goals: {
    timeVsFloor: 1.1,
    heapVsFloor: 1.2,
    sizeEntry: 'standalone-gauge',
    sizeBytes: 20 * 1024, // KB = 1024 bytes, as scripts/check-size.mjs
  },
};
