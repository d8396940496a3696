/**
 * Fuzzing the ingest with mutations of the seeds (issue 8): delete/duplicate/swap lines, drop or add cells, insert
 * garbage characters and markup, truncate anywhere, change units. Whatever the mutation, parsing never throws,
 * stays within the per-document time limit, yields a schema-valid DocumentModel, and its problems explain any
 * status other than ok (an error problem with a line inside the text).
 *
 * FUZZ_RUNS sets the number of mutated documents (default: a modest count for `npm test`; bench/nightly use more,
 * e.g. FUZZ_RUNS=2000). FUZZ_SEED replays a failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import { SEEDS } from '../helpers.ts';
import { garbage, LIMIT_MS, limitFor, mutate, mutations, parseTimed, seedName, seeds, violations } from './mutations.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Parse and check one text (CPU time, schema, invariants: tests/robustness/mutations.ts). */
function check(text: string): { ms: number; doc: DocumentModel } {
  const { ms, doc } = parseTimed(text);
  expect(violations(text, doc)).toEqual([]);
  return { ms, doc };
}

describe('fuzzing the seeds', () => {
  let slowest = { ms: 0, seed: '' };

  it('unmutated seeds parse within the limit (baseline)', () => {
    for (const [name, text] of Object.entries(seeds)) {
      check(text); // warm-up
      const { ms, doc } = check(text);
      expect(doc.status, name).not.toBe('failed');
      expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(limitFor(name as keyof typeof SEEDS));
    }
  });

  it(`${RUNS} mutated documents: never throw, within ${LIMIT_MS} ms, schema-valid, problems explain the status`, () => {
    fc.assert(
      fc.property(seedName, mutations, (name, ms) => {
        const text = mutate(seeds[name], ms);
        const r = check(text);
        if (r.ms > slowest.ms) slowest = { ms: r.ms, seed: name };
        expect(r.ms, `${name} mutated took ${r.ms.toFixed(0)} ms`).toBeLessThan(limitFor(name));
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    if (process.env.FUZZ_REPORT) console.log(`slowest mutated document: ${slowest.ms.toFixed(0)} ms CPU (${slowest.seed})`);
  }, 60_000 + RUNS * 5000);

  it('a header that flattens to no labels no longer throws in the block parser (FUZZ_SEED=-1958607879, case 2,828)', () => {
    // Replayed with `FUZZ_CASE=2828 npx tsx bench/fuzz.ts 3000 -1958607879`: before the fix, parseBlocks read
    // `labels[0].includes` on an empty header and threw a TypeError.
    const text = mutate(seeds.jiaozuo2022, [
      { op: 'swap', i: 0.4687, j: 0.1422 },
      { op: 'duplicate', i: 0.6684 },
      { op: 'duplicate', i: 0.5676 },
      { op: 'garbage', i: 0.516, at: 0.9342, s: '__' },
      { op: 'delete', i: 0.2367 },
    ]);
    const { doc } = check(text);
    expect(doc.tables.length).toBeGreaterThan(0);
  });

  it('mutations of the markup and garbage alphabet alone (no structure change) never throw', () => {
    fc.assert(
      fc.property(fc.array(garbage, { minLength: 1, maxLength: 200 }), (parts) => {
        check(parts.join(''));
        check(parts.join('\n'));
        check(parts.join('\t'));
      }),
      { numRuns: Math.max(20, RUNS) },
    );
  });
});

describe('mutate (the fuzzer itself)', () => {
  it('applies each operation as described', () => {
    const t = 'a\tb\tc\nd\ne';
    expect(mutate(t, [{ op: 'delete', i: 0 }])).toBe('d\ne');
    expect(mutate(t, [{ op: 'duplicate', i: 0.5 }])).toBe('a\tb\tc\nd\nd\ne');
    expect(mutate(t, [{ op: 'swap', i: 0, j: 0.9 }])).toBe('e\nd\na\tb\tc');
    expect(mutate(t, [{ op: 'dropCell', i: 0, k: 0.5 }])).toBe('a\tc\nd\ne');
    expect(mutate(t, [{ op: 'addCell', i: 0, k: 0, s: 'X' }])).toBe('X\ta\tb\tc\nd\ne');
    expect(mutate(t, [{ op: 'garbage', i: 0.4, at: 1, s: '<b>' }])).toBe('a\tb\tc\nd<b>\ne');
    expect(mutate('x\n单位：万元\ny', [{ op: 'unit', i: 0, s: '单位：元' }])).toBe('x\n单位：元\ny');
    expect(mutate(t, [{ op: 'truncate', at: 0.5 }])).toBe('a\tb\t');
  });
});
