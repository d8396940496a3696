import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { corpusDoc } from '../../src/lib/synth/corpus.ts';
import { generateDoc } from '../../src/lib/synth/generate.ts';
import { FAMILY_NAMES } from '../../src/lib/synth/options.ts';
import { renderDoc } from '../../src/lib/synth/render.ts';
import { compareWithTruth, modelFacts, scoreAgainstTruth } from '../../src/lib/synth/truth.ts';

const parse = (text: string, stem: string) => ingestText({ text, sourceFile: `${stem}.txt`, docId: stem, sha256: '0'.repeat(64) });

/**
 * The families that must parse back exactly in `npm test`: the tab-form families (seed shapes, every title style,
 * code and row forms, header vocabulary, 预算 with joined codes), the markdown-pipe and pdftotext-layout 决算, the
 * pdftotext-layout 预算, and `mixed` (any form, any vocabulary, 决算 or 预算).
 * Every family is also measured by `npm run bench:accuracy` and its generator is checked by
 * tests/synth/generator.test.ts.
 */
export const ROUNDTRIP_FAMILIES: readonly string[] = [
  'seed-tab',
  'budget-seed-tab',
  'titles',
  'codes-rows',
  'headers',
  'budget-joined-codes',
  'pipe',
  'spaced-pdftotext',
  'budget-spaced',
  'budget-district',
  'real-variants-final',
  'real-variants-budget',
  'mixed',
];

/** Documents per family in `npm test` (a thousand per family in the bench). */
const PER_FAMILY = 4;

describe('parse(render(x)) == x on synthetic department-years', () => {
  it('holds for a few hundred random seed-shaped 决算 (万元/元, numbered or not, markdown titles, page breaks, blank vs 0.00)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (seed) => {
        const doc = generateDoc(seed);
        const { text, truth } = renderDoc(doc);
        const model = parse(text, doc.stem);
        expect(compareWithTruth(model, truth), `seed ${seed} layout ${JSON.stringify(doc.layout)} options ${JSON.stringify(doc.options)}`).toEqual([]);
        // The generator's tables are consistent (sums, cross-table identities, 三公 ≥ its basic items):
        // no reconciliation check may fail on them (a failure is a false positive of the check or a generator bug).
        expect(model.checks.filter((c) => c.status === 'fail').map((c) => `${c.check_id}: ${c.message}`), `seed ${seed}`).toEqual([]);
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });

  it('names only known families in the round-trip list', () => {
    for (const f of ROUNDTRIP_FAMILIES) expect(FAMILY_NAMES).toContain(f);
  });

  for (const family of ROUNDTRIP_FAMILIES) {
    it(`holds for ${PER_FAMILY} documents of the ${family} family`, () => {
      for (let i = 0; i < PER_FAMILY; i++) {
        const { stem, text, truth } = corpusDoc(20261130, FAMILY_NAMES.indexOf(family) * 1000 + i, family);
        const model = parse(text, stem);
        expect(compareWithTruth(model, truth), `${family} #${i} options ${JSON.stringify(truth.options)}`).toEqual([]);
      }
    });
  }

  it(`holds for ${PER_FAMILY * 2} documents of the mixed family printed in tab form (any vocabulary, 决算 or 预算)`, () => {
    for (let i = 0; i < PER_FAMILY * 2; i++) {
      const { stem, text, truth } = corpusDoc(20261130, FAMILY_NAMES.indexOf('mixed') * 1000 + i, 'mixed', { form: 'tab' });
      const model = parse(text, stem);
      expect(compareWithTruth(model, truth), `mixed/tab #${i} options ${JSON.stringify(truth.options)}`).toEqual([]);
    }
  });

  it('compares columns by meaning, never hiding a wrong value under a synonym', () => {
    const doc = generateDoc(11);
    const { text, truth } = renderDoc(doc);
    const model = parse(text, doc.stem);
    // 一般公共预算拨款收入 and 财政拨款（补助）收入 name the 财政拨款收入 column; a wrong value under the synonym is still wrong.
    const renamed = structuredClone(truth);
    const f = renamed.facts.find((x) => x.table === 'final_income' && x.column === '财政拨款收入')!;
    f.column = '一般公共预算拨款收入';
    expect(compareWithTruth(model, renamed)).toEqual([]);
    f.value = `${f.value}1`;
    expect(compareWithTruth(model, renamed)).toHaveLength(1);
    // Two facts of one key (a name repeated without codes) are told apart by their lines; a second copy on one line is
    // a duplicate.
    const twice = structuredClone(truth);
    twice.facts.push({ ...twice.facts[0]! });
    expect(compareWithTruth(model, twice).join()).toMatch(/duplicate true fact/);
  });

  it('detects a wrong value, a missing fact and a wrong line (the comparison is not vacuous)', () => {
    const doc = generateDoc(7);
    const { text, truth } = renderDoc(doc);
    const model = parse(text, doc.stem);
    expect(compareWithTruth(model, truth)).toEqual([]);
    const wrongValue = structuredClone(truth);
    wrongValue.facts[0]!.value = `${wrongValue.facts[0]!.value}1`;
    expect(compareWithTruth(model, wrongValue)).toHaveLength(1);
    expect(scoreAgainstTruth(model, wrongValue)).toMatchObject({ exact: truth.facts.length - 1, wrong: 1, missing: 0, extra: 0 });
    const missing = structuredClone(truth);
    missing.facts.pop();
    expect(compareWithTruth(model, missing).join()).toMatch(/extra fact/);
    expect(scoreAgainstTruth(model, missing)).toMatchObject({ exact: truth.facts.length - 1, extra: 1 });
    const wrongLine = structuredClone(truth);
    wrongLine.facts[3]!.line += 1;
    expect(compareWithTruth(model, wrongLine)).toHaveLength(1);
    expect(scoreAgainstTruth(model, wrongLine)).toMatchObject({ wrong: 1 });
    const unknown = structuredClone(truth);
    unknown.facts.push({ ...truth.facts[0]!, name: '不存在的行' });
    expect(scoreAgainstTruth(model, unknown)).toMatchObject({ expected: truth.facts.length + 1, missing: 1 });
    expect(modelFacts(model).length).toBe(truth.facts.length);
  });
});
