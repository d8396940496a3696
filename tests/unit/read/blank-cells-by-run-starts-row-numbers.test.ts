/**
 * Rows under a 行次 column with blank cells placed by where the first figures of their runs end (`run-starts.ts`,
 * the run-starts step of `row-placing.ts`, each row's 行次 left out of its figures):
 * tests/fixtures/text-forms/income-row-numbers-blank-cells-by-run-starts.pdftotext.txt is the first page of 附表2
 * 收入决算表 of synth-410800-zhujianju-2016-final-00030 (pdf24, its lines 96–115), as `pdftotext -layout` wrote it.
 * The header's narrow cells (上级补助 | 事业 | 经营 | 附属单位上缴 | 其他 收入) are drawn narrower than the figures under
 * them, and every row prints its figures one space apart within a run: by position a lone `0.00` after a gap falls a
 * column or two right of its cell. The first figures of the runs after a gap end at one position per column on the
 * page (事业收入's at 55 on lines 9, 12 and 13, 经营收入's at 60 on lines 11 and 18, 附属单位上缴收入's at 65 on line 12). Expected cells are read by
 * hand from the printed table and the document's truth; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('income-row-numbers-blank-cells-by-run-starts.pdftotext.txt');
const values = (n: number) => at(n).cells.slice(-8);

describe('figures after blank cells under a 行次 column placed by where the page’s run-starting figures end', () => {
  it('reads 一般公共服务支出’s 0.00 0.00 after a gap as 事业收入 and 经营收入 (line 9)', () => {
    expect(values(9)).toEqual(['1', '3233.35', '3233.35', '', '0.00', '0.00', '', '']);
  });
  it('reads 一般行政管理事务’s 0.00, gap, 0.00 0.00 as 事业收入, then 附属单位上缴收入 and 其他收入 (line 12)', () => {
    expect(values(12)).toEqual(['4', '1286.99', '1286.99', '', '0.00', '', '0.00', '0.00']);
  });
  it('reads 抚恤’s 0.00, gap, 0.00 0.00 as 上级补助收入, then 经营收入 and 附属单位上缴收入 (line 18)', () => {
    expect(values(18)).toEqual(['10', '1247.82', '1247.82', '0.00', '', '0.00', '0.00', '']);
  });
});
