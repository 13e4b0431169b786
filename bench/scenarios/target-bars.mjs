// Scenario: one target-vs-actual table of N rows (bullet rows: name, value bar, target marker), the
// ten indicators of Chongqing's 专栏2 cycled (value = 2015, target = 2020, each row on its own scale
// min…max). One widget per page (contenders use defineTableBench), not N widgets.
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../data/chongqing-gauges.json', import.meta.url), 'utf8'));

export default {
  id: 'target-bars',
  order: 2,
  title: 'Target bars: one table of N bullet rows (name, bar, target marker; 专栏2 indicators cycled)',
  sizes: { quick: [10, 1000], full: [10, 1000] },
  // The shipped file the library's page script bundles in.
  libraryEntry: 'dist/standalone/innovation-target-bars.js',
  // Flat rows for the peers, plus the plan indicator (with observations) the library reads.
  items: data.gauges.map(({ source: _source, nameEn: _nameEn, ...flat }) => flat),
  notes: [
    'N is the number of rows of ONE widget. The library draws each row in full (baseline, latest and target cells with years, status, progress, the row sentence for screen readers, a real <table>); the peers draw name + bar + target marker.',
    'Peers plot each row on its own scale as a percentage of min…max (rows differ in unit), one category per row.',
  ],
  // The goals of the target-bars issue: ≤ 1.0× the floor at 1000 rows, ahead of every peer at both
  // sizes. (The all-in-one's 45 KB goal belongs to the foundation issue, which is blocked on it.)
  goals: {
    aheadOfPeers: true,
    timeVsFloorAt: { n: 1000, limit: 1.0 },
  },
};
