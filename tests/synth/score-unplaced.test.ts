import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import { compareWithTruth, scoreAgainstTruth, type Truth, type TruthFact } from '../../src/lib/synth/truth.ts';

// A vertical 三公 table printed over split lines, as pdftotext wrote one of the kept PDF corpus documents: the oracle
// found none of its item rows (line 0), while the reader reads each figure on the line it stands on (352–354).
const fact = (column: string, value: string, line: number): TruthFact => ({ table: 'final_three_public', block: null, code: null, name: '*', column, value, line });
const truth = {
  facts: [fact('预算数/公务接待费', '28487.47', 0), fact('决算数/公务接待费', '20795.85', 0), fact('预算数/因公出国（境）费', '0', 352)],
  claims: [],
  region: {},
  budget_units: [],
  tables: [],
} as unknown as Truth;
const model = (cells: { column: string; value: string; line: number }[]) =>
  ({ metadata: { region: {}, budget_units: [] }, narrative: { paragraphs: [] }, tables: [{ kind: 'final_three_public', rows: [{ block: null, code: null, name: '财政拨款“三公”经费支出', line: 350, cells }] }] }) as unknown as DocumentModel;

describe('scoring a parse against a truth the PDF oracle could not place on a line', () => {
  it('counts a fact at line 0 exact when its value is right, whatever line the reader gives', () => {
    const m = model([
      { column: '预算数/公务接待费', value: '28487.47', line: 353 },
      { column: '决算数/公务接待费', value: '20795.85', line: 354 },
      { column: '预算数/因公出国（境）费', value: '0', line: 352 },
    ]);
    expect(scoreAgainstTruth(m, truth)).toEqual({ expected: 3, exact: 3, missing: 0, wrong: 0, extra: 0 });
    expect(compareWithTruth(m, truth).filter((d) => d.startsWith('fact'))).toEqual([]);
  });

  it('still counts a wrong value at line 0 wrong, and a placed fact read on another line wrong', () => {
    const m = model([
      { column: '预算数/公务接待费', value: '28487.46', line: 353 },
      { column: '决算数/公务接待费', value: '20795.85', line: 354 },
      { column: '预算数/因公出国（境）费', value: '0', line: 353 },
    ]);
    expect(scoreAgainstTruth(m, truth)).toEqual({ expected: 3, exact: 1, missing: 0, wrong: 2, extra: 0 });
    expect(compareWithTruth(m, truth).filter((d) => d.startsWith('fact'))).toEqual([
      'fact final_three_public|||*|预算数/公务接待费: got 28487.46@353, want 28487.47@0',
      'fact final_three_public|||*|预算数/因公出国（境）费: got 0@353, want 0@352',
    ]);
  });
});
