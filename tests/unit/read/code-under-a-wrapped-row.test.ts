/**
 * A 支出决算表 row whose label wraps onto two lines while the PDF centres its code in the tall cell: pdftotext writes the
 * label's first line with the row's figures, the code alone on the line under it, then the label's rest
 * (tests/fixtures/text-forms/expenditure-code-under-wrapped-row.pdftotext.txt: source lines 131–168 of the generated
 * synth-410803-shengtaiju-2015-final-00007 of pdf25 as `pdftotext -layout` wrote them). The code and the rest are the
 * row above's (`joinCodeLines`), not the start of the next row, which prints its own code. Expected cells read by hand
 * from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a code alone under a row of figures that prints no code, the row label\'s rest under it', () => {
  const { at } = readTextFormFixture('expenditure-code-under-wrapped-row.pdftotext.txt');

  it('reads 208 05 99 其他行政事业单位养老支出 as one row with its figures (lines 25–27)', () => {
    expect(at(25).cells).toEqual(['208 05 99', '其他行政事业单位养老支出', '12', '25.64', '17.00', '15.98', '1.02', '8.64', '0.00', '0.00', '0.00']);
    expect(at(26).skip).toBe('joined');
    expect(at(27).skip).toBe('joined');
  });

  it('leaves 208 08 抚恤, printed with its own code, as it stands (line 28)', () => {
    expect(at(28).cells.slice(0, 4)).toEqual(['208 08', '抚恤', '13', '28.38']);
  });

  it('reads 210 11 99 其他行政事业单位医疗支出 the same way (lines 35–37)', () => {
    expect(at(35).cells.slice(0, 4)).toEqual(['210 11 99', '其他行政事业单位医疗支出', '18', '26.77']);
  });

  it('still joins a code alone over its row below, 208 08 01 死亡抚恤 (lines 29–30)', () => {
    expect(at(30).cells.slice(0, 4)).toEqual(['208 08 01', '死亡抚恤', '14', '28.38']);
  });
});
