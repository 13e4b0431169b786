import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPlanCsv, loadPlanJson, loadPlanTable } from '../../src/model/loaders.js';
import { parseQuantity } from '../../src/model/quantity.js';
import {
  plainIndicator,
  plainPlatform,
  plainRegion,
  validatePlan,
  validatePlanWith,
} from '../../src/model/validate.js';
import { parsePeriod, parseYear } from '../../src/model/years.js';

const COMPARATORS = ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'between'];
const MAGNITUDES = [1, 1e2, 1e3, 1e4, 1e8, 1e12];

/** Every number anywhere in `value` is finite; no NaN/Infinity hides in the output. */
function assertFinite(value: unknown, path = '', seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`non-finite number at ${path}`);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}/${k}`, seen);
}

/** Characters plans use, so that random strings hit the parser's paths. */
const planChar = fc.constantFrom(
  ...'0123456789０１２３４５６７８９.．,，%％~～-—–至?？以上下内左右多余约近达到超过不低于高少万亿千百元人家个件年第位XX×*_ /吨标煤个百分点≥≧≤ '.split(
    '',
  ),
);
const planText = fc.oneof(
  fc.string({ unit: planChar, maxLength: 30 }),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

describe('properties', () => {
  it('parseQuantity(any input) never throws and returns finite numbers or null', () => {
    fc.assert(
      fc.property(fc.oneof(planText, fc.anything(), fc.double()), (input) => {
        const q = parseQuantity(input);
        assertFinite(q);
        expect(q.value === null || Number.isFinite(q.value)).toBe(true);
        expect(COMPARATORS).toContain(q.comparator);
        expect(MAGNITUDES).toContain(q.magnitude);
        expect(typeof q.unit).toBe('string');
        expect(typeof q.text).toBe('string');
        if (q.comparator !== 'between') expect(q.max).toBeNull();
        if (q.value === null) expect(q.comparator).toBe('eq');
      }),
      { numRuns: 10000 },
    );
  });

  it('parseQuantity(written number) reads back the number with its comparator', () => {
    const written = fc.tuple(
      fc.integer({ min: 0, max: 999999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom<[string, string, string]>(
        ['', '', 'eq'],
        ['达到', '', 'eq'],
        ['', '以上', 'gte'],
        ['不低于', '', 'gte'],
        ['超过', '', 'gt'],
        ['', '以下', 'lte'],
        ['低于', '', 'lt'],
        ['', '左右', 'approx'],
        ['约', '', 'approx'],
      ),
      fc.constantFrom('', '%', '家', '个', '人', '件', '亿元', '万人', '吨标煤/万元'),
    );
    fc.assert(
      fc.property(written, ([int, frac, [pre, post, comparator], unit]) => {
        const n = Number(`${int}.${frac}`);
        const q = parseQuantity(`${pre}${int}.${frac}${unit}${post}`);
        expect(q.value).toBe(n);
        expect(q.comparator).toBe(comparator);
        expect((q.magnitude === 1e8 ? '亿' : q.magnitude === 1e4 ? '万' : '') + q.unit).toBe(unit);
      }),
      { numRuns: 10000 },
    );
  });

  it('parseYear and parsePeriod(any input) never throw and give finite years or null', () => {
    fc.assert(
      fc.property(fc.oneof(planText, fc.anything(), fc.integer()), (input) => {
        const y = parseYear(input);
        if (y !== null) {
          expect(y.year === null || Number.isInteger(y.year)).toBe(true);
          if (y.masked) expect(y.year).toBeNull();
        }
        assertFinite(parsePeriod(input));
      }),
      { numRuns: 10_000 },
    );
  });

  const valueArb = fc.oneof(
    planText,
    fc.double(),
    fc.integer(),
    fc.constant(null),
    fc.anything({ maxDepth: 1 }),
  );
  const yearArb = fc.oneof(
    fc.integer({ min: 1990, max: 2035 }),
    planText,
    fc.constantFrom('20XX', '“十二五”末', '现有'),
    fc.anything({ maxDepth: 1 }),
  );
  const targetArb = fc.record(
    {
      year: yearArb,
      value: valueArb,
      max: valueArb,
      comparator: fc.oneof(fc.constantFrom(...COMPARATORS), fc.string()),
      stretch: fc.oneof(fc.boolean(), fc.anything({ maxDepth: 0 })),
      relative: fc.record(
        {
          type: fc.constantFrom('percent', 'points', 'multiple', 'annual-growth', 'rank', 'x'),
          amount: fc.oneof(fc.double(), fc.string()),
          factor: fc.double(),
          percent: fc.double(),
          value: fc.double(),
          baseYear: yearArb,
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  );
  const docArb = fc.record(
    {
      version: fc.oneof(fc.constant(1), fc.anything({ maxDepth: 0 })),
      plan: fc.oneof(
        fc.record(
          {
            id: fc.oneof(fc.string(), fc.anything({ maxDepth: 0 })),
            title: fc.anything({ maxDepth: 1 }),
            period: fc.oneof(planText, fc.anything({ maxDepth: 1 })),
          },
          { requiredKeys: [] },
        ),
        fc.anything({ maxDepth: 1 }),
      ),
      indicators: fc.array(
        fc.oneof(
          fc.record(
            {
              id: fc.oneof(
                fc.constantFrom('a', 'b', 'rd-intensity'),
                fc.string(),
                fc.anything({ maxDepth: 0 }),
              ),
              name: fc.oneof(fc.string(), fc.dictionary(fc.string(), fc.anything({ maxDepth: 0 }))),
              unit: fc.oneof(
                fc.constantFrom('%', '亿元', '万人', '吨标煤/万元', ''),
                fc.anything({ maxDepth: 0 }),
              ),
              direction: fc.oneof(fc.constantFrom('increase', 'decrease'), fc.string()),
              observations: fc.oneof(
                fc.array(
                  fc.record({ year: yearArb, value: valueArb, kind: fc.string() }, { requiredKeys: [] }),
                  { maxLength: 4 },
                ),
                fc.anything({ maxDepth: 1 }),
              ),
              target: fc.oneof(
                targetArb,
                fc.array(targetArb, { maxLength: 3 }),
                fc.anything({ maxDepth: 1 }),
              ),
              alternatives: fc.oneof(
                fc.array(fc.record({ value: valueArb }), { maxLength: 2 }),
                fc.anything({ maxDepth: 1 }),
              ),
            },
            { requiredKeys: [] },
          ),
          fc.anything({ maxDepth: 1 }),
        ),
        { maxLength: 4 },
      ),
      platforms: fc.array(
        fc.record(
          {
            id: fc.constantFrom('p', 'q', 'r'),
            type: fc.anything({ maxDepth: 1 }),
            level: fc.oneof(fc.constantFrom('national', '国家级和省级'), fc.anything({ maxDepth: 0 })),
            count: valueArb,
            year: yearArb,
            target: fc.oneof(targetArb, fc.constant(null)),
            added: fc.oneof(
              fc.record({ value: valueArb, period: fc.anything({ maxDepth: 0 }) }),
              fc.anything({ maxDepth: 1 }),
            ),
            partOf: fc.oneof(fc.constantFrom('p', 'q', 'r', 'z'), fc.anything({ maxDepth: 0 })),
            members: fc.anything({ maxDepth: 1 }),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
      regions: fc.array(
        fc.record(
          {
            id: fc.oneof(fc.constantFrom('500000', 'x'), fc.anything({ maxDepth: 0 })),
            name: fc.anything({ maxDepth: 1 }),
            values: fc.oneof(
              fc.dictionary(
                fc.constantFrom('a', 'rd-intensity'),
                fc.array(fc.record({ year: yearArb, value: valueArb }), { maxLength: 2 }),
              ),
              fc.anything({ maxDepth: 1 }),
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: [] },
  );

  it('validatePlan(any document) never throws, keeps numbers finite and reports JSON-pointer paths', () => {
    fc.assert(
      fc.property(fc.oneof(docArb, fc.anything()), (input) => {
        const { plan, problems } = validatePlan(input);
        assertFinite(plan);
        expect(Array.isArray(plan.indicators)).toBe(true);
        for (const p of problems) {
          expect(p.path === '' || p.path.startsWith('/')).toBe(true);
          expect(p.message.length).toBeGreaterThan(0);
        }
        for (const i of plan.indicators) {
          const years = i.observations.map((o) => o.year.year);
          const firstNull = years.indexOf(null);
          const dated = (firstNull < 0 ? years : years.slice(0, firstNull)) as number[];
          expect(dated).toEqual([...dated].sort((a, b) => a - b));
          if (firstNull >= 0) expect(years.slice(firstNull).every((y) => y === null)).toBe(true);
        }
        for (const p of plan.platforms) {
          // No partOf cycles survive.
          const seen = new Set<string>();
          let cur: string | null = p.id;
          while (cur !== null && !seen.has(cur)) {
            seen.add(cur);
            cur = plan.platforms.find((x) => x.id === cur)?.partOf ?? null;
          }
          expect(cur).toBeNull();
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('validatePlan reads plain indicators, platforms and regions in one go exactly as field by field (same plan, same problems)', () => {
    // Mostly plain records, each field sometimes off the plain shape: both readers must agree on
    // every one, including the key order of the records (JSON text compared).
    const some = <T>(plain: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 30, arbitrary: plain }, { weight: 1, arbitrary: fc.anything() });
    /** Usually absent, sometimes `other`. */
    const rarely = <T>(other: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: other });
    const yearNum = fc.oneof(
      { weight: 20, arbitrary: fc.integer({ min: 1990, max: 2035 }) },
      { weight: 1, arbitrary: fc.constantFrom(999, 10000, 2015.5, '2015', null) },
    );
    const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    const text = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('研发投入强度', ' 高新技术企业 ', '') },
      {
        weight: 1,
        arbitrary: fc.dictionary(
          fc.constantFrom('zh-CN', 'en', 'x y', 'fr'),
          fc.oneof(fc.string(), fc.constant(undefined)),
        ),
      },
    );
    const source = fc.record({ title: fc.string(), quote: some(fc.string()) }, { requiredKeys: [] });
    const obs = fc.record({
      year: some(yearNum),
      value: some(number),
      kind: rarely(fc.constantFrom('actual', '预计', 'x', null)),
      source: rarely(source),
    });
    const target = fc.record({
      year: rarely(some(yearNum)),
      value: some(number),
      comparator: rarely(some(fc.constantFrom(...COMPARATORS, ' gte ', 'x'))),
      stretch: rarely(some(fc.boolean())),
      max: rarely(fc.constantFrom(null, 3, 'abc', '3~4')),
      relative: rarely(fc.constant({ type: 'percent', amount: 30 })),
      source: rarely(some(source)),
    });
    /** Mostly one of `good`, sometimes one of `bad` or a number. */
    const id = (good: string[], bad: string[]) =>
      fc.oneof(
        { weight: 10, arbitrary: fc.constantFrom(...good) },
        { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...bad), fc.integer()) },
      );
    /** A name (sometimes off the plain shape), rarely missing. */
    const name = rarely(fc.constant(undefined)).chain((absent) =>
      absent === undefined ? some(text) : fc.constant(undefined),
    );
    const indicator = fc.record({
      id: id(['a', 'b', 'rd-intensity', 'c-1'], ['Bad Id', '']),
      name,
      unit: fc.oneof(
        { weight: 12, arbitrary: some(fc.constantFrom('%', ' 亿元 ', '', '家')) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      ),
      direction: rarely(some(fc.constantFrom('increase', 'decrease', ' decrease', 'up', null))),
      observations: some(fc.array(obs, { maxLength: 4 })),
      category: rarely(some(text)),
      attribute: rarely(some(fc.constantFrom('expected', 'binding', '约束性', ' 预期性 ', 'x'))),
      growth: rarely(some(fc.constantFrom('linear', 'compound', 'x'))),
      target: some(
        fc.oneof(
          { weight: 8, arbitrary: target },
          { weight: 1, arbitrary: fc.array(target, { maxLength: 3 }) },
          { weight: 1, arbitrary: fc.constant(undefined) },
        ),
      ),
      alternatives: rarely(fc.constantFrom(null, [], [{ value: '60%以上' }])),
      source: rarely(some(source)),
    });
    const region = fc.record({
      id: id(['500000', 'r', 'a', ' x '], ['', '  ']),
      name,
      aliases: rarely(fc.constantFrom(null, [], ['渝'], 'x')),
      parent: rarely(fc.constantFrom(null, 'cn', 5, {})),
      group: rarely(some(fc.constantFrom('west', ''))),
      role: rarely(some(text)),
      values: some(
        fc.oneof(
          {
            weight: 8,
            arbitrary: fc.dictionary(
              fc.constantFrom('a', 'b', 'rd-intensity'),
              fc.array(obs, { maxLength: 3 }),
            ),
          },
          { weight: 1, arbitrary: fc.constantFrom(undefined, null, [], { a: 'x' }, { a: [undefined] }) },
        ),
      ),
      source: rarely(some(source)),
    });
    const platform = fc.record({
      id: id(['p', 'q', 'r', ' s '], ['', '  ']),
      type: rarely(fc.constant(undefined)).chain((absent) =>
        absent === undefined ? some(text) : fc.constant(undefined),
      ),
      level: rarely(some(fc.constantFrom('national', ' 省级 ', '国家级和省级', 'x', null))),
      count: fc.oneof(
        { weight: 8, arbitrary: some(number) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(undefined, null, Number.NaN, Infinity, '5个', '3~4个', '若干'),
        },
      ),
      year: fc.oneof(
        { weight: 8, arbitrary: some(yearNum) },
        { weight: 1, arbitrary: fc.constantFrom(undefined, null, '现有') },
      ),
      asOf: rarely(fc.constantFrom('现有', 2015, null)),
      target: fc.oneof(
        { weight: 8, arbitrary: some(target) },
        { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
        { weight: 1, arbitrary: fc.array(target, { maxLength: 2 }) },
      ),
      added: rarely(fc.constantFrom(null, { value: 5 }, { value: 'x' })),
      partOf: rarely(fc.constantFrom('p', 'q', 'z', 5, null, {})),
      total: rarely(fc.constantFrom(true, false, 'yes', null)),
      members: rarely(fc.constantFrom(null, [], ['重庆大学'], 'x')),
      source: rarely(some(source)),
    });
    const doc = fc.record({
      version: fc.constant(1),
      plan: fc.constant({ id: 'p', title: 't', period: '2016-2020' }),
      indicators: fc.array(indicator, { maxLength: 6 }),
      platforms: fc.oneof(fc.constant(undefined), fc.array(platform, { maxLength: 5 })),
      regions: fc.oneof(fc.constant(undefined), fc.array(region, { maxLength: 5 })),
    });
    const count = { records: 0, plain: 0 };
    const counted =
      <T>(read: (v: unknown, seen: Set<string>) => T | undefined, tally: typeof count) =>
      (v: unknown, seen: Set<string>) => {
        const out = read(v, seen);
        tally.records++;
        if (out) tally.plain++;
        return out;
      };
    const platforms = { records: 0, plain: 0 };
    const regions = { records: 0, plain: 0 };
    const readers = {
      indicator: counted(plainIndicator, count),
      platform: counted(plainPlatform, platforms),
      region: counted(plainRegion, regions),
    };
    fc.assert(
      fc.property(doc, (input) => {
        const expected = JSON.stringify(validatePlan(input));
        expect(JSON.stringify(validatePlanWith(input, readers))).toBe(expected);
        // Each reader alone, as the widgets pass them.
        expect(JSON.stringify(validatePlanWith(input, { indicator: plainIndicator }))).toBe(expected);
        expect(JSON.stringify(validatePlanWith(input, { platform: plainPlatform }))).toBe(expected);
        expect(JSON.stringify(validatePlanWith(input, { region: plainRegion }))).toBe(expected);
      }),
      { numRuns: 5_000 },
    );
    // Both kinds of record (plain and not) are exercised, for each reader.
    for (const tally of [count, platforms, regions]) {
      expect(tally.plain / tally.records).toBeGreaterThan(0.1);
      expect(tally.plain / tally.records).toBeLessThan(0.8);
    }
  });

  it('loadPlanJson, loadPlanCsv and loadPlanTable(any input) never throw and keep numbers finite', () => {
    const csvCell = fc.oneof(
      planText,
      fc.constantFrom(
        'plan',
        'indicator',
        'observation',
        'target',
        'platform',
        'region',
        'region-value',
        'platform-target',
        '"',
        ',',
        '\n',
      ),
    );
    const csv = fc
      .tuple(
        fc.constantFrom(
          'record,id,name,unit,year,value,comparator,relative_type,relative_amount,part_of,indicator',
          'record,id',
          'a,b',
          '',
        ),
        fc.array(fc.array(csvCell, { maxLength: 11 }), { maxLength: 6 }),
      )
      .map(([head, rows]) => [head, ...rows.map((r) => r.join(','))].join('\n'));
    const table = fc.record({
      caption: fc.oneof(planText, fc.anything({ maxDepth: 0 })),
      head: fc.oneof(
        fc.array(
          fc.oneof(
            planText,
            fc.constantFrom(
              '序号',
              '指标',
              '单位',
              '属性',
              '2015',
              '2020年目标',
              '类型',
              '级别',
              '数量',
              '地区',
              'id',
            ),
          ),
          { maxLength: 6 },
        ),
        fc.anything({ maxDepth: 1 }),
      ),
      rows: fc.oneof(
        fc.array(fc.array(planText, { maxLength: 6 }), { maxLength: 4 }),
        fc.anything({ maxDepth: 2 }),
      ),
    });
    fc.assert(
      fc.property(
        fc.oneof(planText, fc.json()),
        csv,
        table,
        fc.constantFrom(undefined, 'indicators', 'platforms', 'regions'),
        (json, csvText, t, kind) => {
          assertFinite(loadPlanJson(json));
          assertFinite(loadPlanCsv(csvText));
          const r = loadPlanTable(t as never, kind ? { kind: kind as 'indicators' } : {});
          assertFinite(r);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
