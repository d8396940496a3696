/**
 * Rows with blank cells on a page no row fills, placed by where the first figures of their runs end
 * (`read/run-starts.ts`): tests/fixtures/text-forms/blank-cells-by-run-starts-no-whole-row.pdftotext.txt is the
 * 收入决算表 of the kept document synth-410200-jiaoyuju-2017-final-00046 (/work/corp3/pdf19, source lines 77–115), as
 * `pdftotext -layout` wrote it. The header and its 栏次 row are narrower than the rows, whose figures stand apart and
 * drift from line to line (人大事务's lone 0.00 ends at 66, one character left of 行政运行's 0.00 0.00 starting there),
 * and no row prints all seven figures, so no whole row bounds the columns: by position the 0.00 of line 10 fell under
 * 其他收入. Expected cells are read by hand from the printed table and the document's truth; line numbers are the
 * fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('blank-cells-by-run-starts-no-whole-row.pdftotext.txt');
const values = (n: number) => at(n).cells.slice(-7);

describe('a 收入决算表 page no row fills, its figures after blank cells placed by the run starts (lines 9–38)', () => {
  it('reads 人大事务’s lone 0.00 after a gap as 附属单位上缴收入, 其他收入 blank (line 10)', () => {
    expect(values(10)).toEqual(['26.31', '26.31', '', '', '', '0.00', '']);
  });
  it('reads 2.19 0.00 after a gap as 事业收入 and 经营收入, the last 0.00 as 其他收入 (line 14)', () => {
    expect(values(14)).toEqual(['434.10', '431.91', '', '2.19', '0.00', '', '0.00']);
  });
  it('reads the 合计 row as 10.70 事业收入, 0.00 经营收入 and 0.00 其他收入 (line 38)', () => {
    expect(values(38)).toEqual(['3,977.64', '3,966.95', '', '10.70', '0.00', '', '0.00']);
  });
});
