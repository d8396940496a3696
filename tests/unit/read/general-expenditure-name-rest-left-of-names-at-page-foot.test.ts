/**
 * The rest of a wrapped name alone on the last line of a page, drawn a column left of where that page's names start,
 * on real `pdftotext -layout` output: the 一般公共预算财政拨款支出决算表 of synth-410300-fagaiwei-2019-final-00083
 * (pdf25, its lines 264–325, kept as tests/fixtures/text-forms/general-expenditure-name-rest-left-of-names-page-foot.pdftotext.txt).
 * Line 43 prints `其他行政事业单位医疗支` with its figures, line 44 `出` alone at column 2, then the next page repeats the
 * header. The word line stands in the label area (left of every figure column): it is the rest of the row's name,
 * 其他行政事业单位医疗支出. Values read by hand from the lines and the document's truth; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { lines } = readTextFormFixture('general-expenditure-name-rest-left-of-names-page-foot.pdftotext.txt');

describe('the rest of a name left of the page’s names at its foot', () => {
  it('reads line 43 as 其他行政事业单位医疗支出 with its five figures', () => {
    const row = lines[42]!;
    expect(row.cells.filter((c) => c !== '')).toEqual(['其他行政事业单位医疗支出', '4205604.47', '2045290.71', '1779402.91', '265887.80', '2160313.76']);
  });
});
