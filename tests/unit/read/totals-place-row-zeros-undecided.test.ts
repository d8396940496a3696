/**
 * A 支出决算表 row whose placement by position breaks the header's totals, and whose totals hold under two placements
 * that differ only in where a zero stands (tests/fixtures/text-forms/expenditure-total-row-zeros-undecided.pdftotext.txt:
 * source lines 138–157 of the generated synth-410800-jiaotongju-2015-final-00010 as `pdftotext -layout` wrote them).
 * `总计 1 2,123.72   1,745.26 1,448.57 296.69 378.46 0.00      0.00`: 2,123.72 = 1,745.26 + 378.46 and 1,745.26 =
 * 1,448.57 + 296.69 put the figures from 本年支出合计 to 上缴上级支出 side by side; the last 0.00, a gap after them, may
 * be 经营支出 or 对附属单位补助支出 by the totals — both hold every total. The 行次 column no value column
 * (`valueColumnCount`), the rows whose figures fill every value column beside it, squeezed one space apart, place it
 * under 对附属单位补助支出 (the re-placing steps of `row-placing.ts`), as the generator's truth has it (seed 19, document
 * 10: 总计 对附属单位补助支出 0, no 经营支出). Expected cells read by hand from the lines; line numbers are the
 * fixture's.
 */
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { readTextFormFixture } from './read-fixture.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const NAME = 'expenditure-total-row-zeros-undecided.pdftotext.txt';

describe('a row whose totals leave only a zero undecided, placed by the full rows beside it', () => {
  const { at } = readTextFormFixture(NAME);

  it('places 总计 from 本年支出合计 on, 1,745.26 under 小计 (line 9)', () => {
    expect(at(9).cells.slice(1, 9)).toEqual(['总计', '1', '2,123.72', '1,745.26', '1,448.57', '296.69', '378.46', '0.00']);
  });

  it('places the zero the totals leave undecided by the full rows beside it, under 对附属单位补助支出 (line 9)', () => {
    expect(at(9).cells.slice(9)).toEqual(['', '0.00']);
    const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms', NAME), 'utf8');
    const { problems } = readTextForms(splitLines(text));
    expect(problems.some((p) => p.line === 9 && p.code === 'spaced_row_ambiguous')).toBe(false);
  });

  it('keeps the rows the totals do not move (line 13: 208 社会保障和就业支出, every figure printed)', () => {
    expect(at(13).cells.slice(0, 11)).toEqual(['208', '社会保障和就业支出', '5', '808.38', '590.82', '490.38', '100.44', '217.55', '0.00', '0.00', '0.00']);
  });
});
