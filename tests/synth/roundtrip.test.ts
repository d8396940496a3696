import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { generateDoc } from '../../src/lib/synth/generate.ts';
import { renderDoc } from '../../src/lib/synth/render.ts';
import { compareWithTruth, modelFacts } from '../../src/lib/synth/truth.ts';

const parse = (text: string, stem: string) => ingestText({ text, sourceFile: `${stem}.txt`, docId: stem, sha256: '0'.repeat(64) });

describe('parse(render(x)) == x on synthetic 决算 department-years', () => {
  it('holds for a few hundred random documents (all layouts: 万元/元, numbered or not, markdown titles, page breaks, blank vs 0.00)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (seed) => {
        const doc = generateDoc(seed);
        const { text, truth } = renderDoc(doc);
        const model = parse(text, doc.stem);
        expect(compareWithTruth(model, truth), `seed ${seed} layout ${JSON.stringify(doc.layout)}`).toEqual([]);
        // The generator's tables are consistent (sums, cross-table identities, 三公 ≥ its basic items):
        // no reconciliation check may fail on them (a failure is a false positive of the check or a generator bug).
        expect(model.checks.filter((c) => c.status === 'fail').map((c) => `${c.check_id}: ${c.message}`), `seed ${seed}`).toEqual([]);
      }),
      { numRuns: 200, seed: 20261122 },
    );
  });

  it('covers every layout variant in those runs', () => {
    const seen = new Set<string>();
    for (let s = 0; s < 300; s++) {
      const L = generateDoc(s).layout;
      seen.add(`unit:${L.unit}`).add(`numbered:${L.numbered}`).add(`markdown:${L.markdown}`).add(`repeat:${L.repeatHeader}`).add(`zeros:${L.zeros}`).add(`thousands:${L.thousands}`);
    }
    for (const v of ['unit:万元', 'unit:元', 'numbered:true', 'numbered:false', 'markdown:true', 'markdown:false', 'repeat:true', 'repeat:false', 'zeros:zero', 'zeros:blank', 'zeros:mixed']) {
      expect(seen.has(v), v).toBe(true);
    }
  });

  it('detects a wrong value, a missing fact and a wrong line (the comparison is not vacuous)', () => {
    const doc = generateDoc(7);
    const { text, truth } = renderDoc(doc);
    const model = parse(text, doc.stem);
    expect(compareWithTruth(model, truth)).toEqual([]);
    const wrongValue = structuredClone(truth);
    wrongValue.facts[0]!.value = `${wrongValue.facts[0]!.value}1`;
    expect(compareWithTruth(model, wrongValue)).toHaveLength(1);
    const missing = structuredClone(truth);
    missing.facts.pop();
    expect(compareWithTruth(model, missing).join()).toMatch(/extra fact/);
    const wrongLine = structuredClone(truth);
    wrongLine.facts[3]!.line += 1;
    expect(compareWithTruth(model, wrongLine)).toHaveLength(1);
    expect(modelFacts(model).length).toBe(truth.facts.length);
  });
});
