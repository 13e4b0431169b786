import { readFileSync } from 'node:fs';
import Ajv2020Import from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { samplePlanDocument } from '../../src/model/sample-plan.js';
import { validatePlan } from '../../src/model/validate.js';

// ajv ships CommonJS; under ESM the class may sit on `.default`.
type AjvClass = typeof Ajv2020Import;
const Ajv2020 = ((Ajv2020Import as unknown as { default?: AjvClass }).default ?? Ajv2020Import) as AjvClass;

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const schema = read('../../schema/innovation-plan.schema.json') as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(schema);

const base = (): Record<string, unknown> => ({ version: 1, plan: { id: 'p', title: 'T' } });
const withIndicator = (fields: Record<string, unknown>): Record<string, unknown> => ({
  ...base(),
  indicators: [{ id: 'x', name: 'X', ...fields }],
});

const invalid: Array<[string, unknown]> = [
  ['not an object', [1, 2, 3]],
  ['version 2', { ...base(), version: 2 }],
  ['no version', { plan: { id: 'p', title: 'T' } }],
  ['no plan', { version: 1 }],
  ['plan without id', { version: 1, plan: { title: 'T' } }],
  ['plan title a number', { version: 1, plan: { id: 'p', title: 5 } }],
  ['unknown comparator', withIndicator({ target: { year: 2020, value: 3, comparator: 'ge' } })],
  ['indicator id with capitals', { ...base(), indicators: [{ id: 'RD_Intensity', name: 'x' }] }],
  ['indicator without name', { ...base(), indicators: [{ id: 'x' }] }],
  ['unknown direction', withIndicator({ direction: 'up' })],
  ['unknown attribute', withIndicator({ attribute: 'wish' })],
  ['unknown kind', withIndicator({ observations: [{ year: 2015, value: 1, kind: 'guess' }] })],
  ['year an object', withIndicator({ observations: [{ year: { y: 2015 }, value: 1 }] })],
  ['value a boolean', withIndicator({ observations: [{ year: 2015, value: true }] })],
  ['unknown relative type', withIndicator({ target: { relative: { type: 'double' } } })],
  ['relative percent without amount', withIndicator({ target: { relative: { type: 'percent' } } })],
  ['target without value or relative', withIndicator({ target: { year: 2020 } })],
  ['stretch not boolean', withIndicator({ target: { value: 1, stretch: 'yes' } })],
  ['name with a number in a locale', withIndicator({ name: { en: 5 } })],
  ['platform level a typo', { ...base(), platforms: [{ id: 'a', type: 'x', level: 'federal' }] }],
  ['platform without type', { ...base(), platforms: [{ id: 'a' }] }],
  ['period unreadable', { version: 1, plan: { id: 'p', title: 'T', period: { start: 'x' } } }],
];

describe('innovation-plan.schema.json', () => {
  it('the schema compiles as draft 2020-12 with its $id', () => {
    expect(schema['$id']).toBe('https://innovation-widgets.dev/innovation-plan.schema.json');
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('the sample plan validates', () => {
    expect(check(samplePlanDocument), JSON.stringify(check.errors)).toBe(true);
  });

  for (const name of ['small-plan.json', 'masked-years.json', 'relative-targets.json', 'invalid-bits.json']) {
    it(`fixture ${name} validates (schema-level)`, () => {
      expect(check(read(`../fixtures/plans/${name}`)), JSON.stringify(check.errors)).toBe(true);
    });
  }

  describe('schema and validatePlan agree on invalid documents', () => {
    for (const [name, doc] of invalid) {
      it(`both reject: ${name}`, () => {
        expect(check(doc)).toBe(false);
        expect(validatePlan(doc).problems.length).toBeGreaterThan(0);
      });
    }
  });
});
