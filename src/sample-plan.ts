/**
 * The Chongqing 2016–2020 science-and-technology plan in the plan JSON contract, every value with
 * its source locator and quote: `import { samplePlanDocument } from 'innovation-widgets/sample-plan.js'`.
 * Kept out of the main entry and the all-in-one bundles (it is data, about 7 KB gzipped); the
 * same document ships as `dist/sample-plan.json` for pages that load it with `<innovation-data src>`.
 */
export { samplePlanDocument } from './model/sample-plan.js';
