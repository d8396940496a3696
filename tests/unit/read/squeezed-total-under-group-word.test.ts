/**
 * A squeezed 支出决算表 no row of whose first page fills every column, its header words broken over four lines:
 * tests/fixtures/text-forms/expenditure-squeezed-total-under-group-word.pdftotext.txt holds source lines 130–186 of
 * the generated synth-410300-caizhengju-2015-final-00003 as `pdftotext -layout` wrote them. The characters of the
 * header allow two readings: `本年支出` over `合计` one word, 本年支出合计, heading eight columns, or two words heading
 * nine, 合计 | 本年支出 | …. Under the second the table's 合计 would stay blank in every row beside its parts' figures
 * (`343.25 210.84 170.78 40.06 132.41 0.00`: 343.25 = 210.84 + 132.41 only as 本年支出): no row holds it, so the first
 * is the reading (`squeezed-rows.ts`, `coverOnSqueezedRows`). Expected cells read by hand from the lines; line numbers
 * are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const { at, header } = readTextFormFixture('expenditure-squeezed-total-under-group-word.pdftotext.txt');

describe('a squeezed header whose 本年支出 stands over its 合计', () => {
  it('reads 本年支出合计 as one column beside 基本支出 and the five columns after it (line 6)', () => {
    expect(header(6).slice(1)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('reads a row of six figures from the total on (一般公共服务支出, line 10)', () => {
    expect(at(10).cells).toEqual(['一般公共服务支出', '343.25', '210.84', '170.78', '40.06', '132.41', '0.00', '', '']);
  });

  it('reads a row with 小计 blank (事业运行, line 16: 85.37 85.37 69.15 16.22, its 0.00 left unread)', () => {
    expect(at(16).cells.slice(0, 6)).toEqual(['事业运行', '85.37', '85.37', '69.15', '16.22', '']);
  });
});
