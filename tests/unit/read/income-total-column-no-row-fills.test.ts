/**
 * A squeezed 收入决算表 whose first page has seven value columns while no row prints more than six figures
 * (`figure-order.ts`, `columnsByOrder`): tests/fixtures/text-forms/income-total-column-no-row-fills.pdftotext.txt is
 * the first page of the 收入决算表 of the generated document synth-140100-gongxinju-2015-final-00001 (/work/corp3/pdf25,
 * source lines 88–106), as `pdftotext -layout` wrote it. Read in order onto six figures, the header makes
 * 本年收入合计 a group over 事业收入 and 经营收入 and leaves no total column, while in every full row the first figure
 * is the sum of the others (12678191.49 = 12393351.85 + 284839.64 + 0.00 + 0.00 + 0.00): that reading is no reading of
 * these rows, and the header's seven words head seven columns, each row's blank cells where its gaps stand. Expected
 * cells are read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, header } = readTextFormFixture('income-total-column-no-row-fills.pdftotext.txt');

describe('seven income columns over rows of six figures at most, the first figure their total (lines 2–19)', () => {
  it('reads 本年收入合计 as the first value column, no group over 事业收入 and 经营收入 (lines 2–5)', () => {
    expect(header(2).slice(2)).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });
  it('leaves 上级补助收入 blank where the row prints a gap before 284839.64 (line 9)', () => {
    expect(at(9).cells.slice(2)).toEqual(['12678191.49', '12393351.85', '', '284839.64', '0.00', '0.00', '0.00']);
  });
  it('puts 0.00 under 上级补助收入 and leaves 其他收入 blank on the next row (line 10)', () => {
    expect(at(10).cells.slice(2)).toEqual(['12678191.49', '12393351.85', '0.00', '284839.64', '0.00', '0.00', '']);
  });
  it('leaves 上级补助收入 blank on a row of six figures with a gap after the second (line 16)', () => {
    expect(at(16).cells.slice(2)).toEqual(['29887335.80', '29887335.80', '', '0.00', '0.00', '0.00', '0.00']);
  });
});
