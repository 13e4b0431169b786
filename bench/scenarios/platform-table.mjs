// Scenario: ONE <innovation-platform-table> of N rows (platform types × four levels, two cells per
// row with a count, a 2020 target and a bar), against the floor: a plain Lit <table> of the same
// rows and columns with inline span bars. The rows are generated in the page (contenders/shared/
// platform-table-page.js, the same generator as test/fixtures/platform-plans.ts `manyPlatforms`),
// so `items` only names the generator. Time = import → rendered, layout forced, one frame.

export default {
  id: 'platform-table',
  order: 3,
  title: 'Platform table: one table of N rows (type × level counts, targets, inline bars)',
  sizes: { quick: [50, 500], full: [50, 5000] },
  libraryEntry: 'dist/standalone/innovation-platform-table.js',
  items: [{ generator: 'manyPlatforms' }],
  notes: [
    'N = rows of one table (not N widgets). The page forces a layout before the final frame, so the time includes laying the table out.',
    'Sorting is measured by test/browser/platform-table.test.ts (median of 5 sorts of 5,000 rows, script time).',
  ],
  goals: { timeVsFloor: 1.2 },
};
