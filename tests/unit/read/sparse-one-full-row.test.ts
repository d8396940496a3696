/**
 * A sparse 支出决算表 with one full row and no 栏次 row (`figure-order.ts`, `columnsByOrder`):
 * tests/fixtures/text-forms/sparse-one-full-row.pdftotext.txt is the first rows of the 支出决算表 of the generated
 * document synth-140100-jiaotongju-2015-final-00011 (bench/pdf-accuracy.ts, seed 4, source lines 132–147), as
 * `pdftotext -layout` wrote them. Most rows leave cells blank; only 行政运行 (line 9) prints all eight figures, one
 * space apart. Its header pieces stand out of order (`项目支出 级支出 出 单位补 经营支` under `上缴上`): read by
 * position the table had thirteen columns under words the vocabulary does not know. One full row among others is
 * enough to count the columns and read the header onto them as an exact cover. Expected cells are read by hand;
 * line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const { at, header } = readTextFormFixture('sparse-one-full-row.pdftotext.txt');

describe('a sparse 支出决算表 whose only full row is line 9 (lines 2–16)', () => {
  it('reads the eight value columns from the pieces of lines 2–6', () => {
    expect(header(2).slice(2)).toEqual(EXPENDITURE_COLUMNS);
  });
  it('puts the eight figures of 行政运行 in order (line 9)', () => {
    expect(at(9).cells).toEqual(['行政运行', '3', '751936.76', '751936.76', '609068.77', '142867.99', '0.00', '0.00', '0.00', '0.00']);
  });
  it('keeps 经营支出 blank for 人大事务: its last 0.00 is 对附属单位补助支出 (line 8)', () => {
    expect(at(8).cells.slice(6)).toEqual(['187075.24', '0.00', '', '0.00']);
  });
  it('leaves the 基本支出 cells of 信访事务 blank, 327357.26 under 项目支出 (line 12)', () => {
    expect(at(12).cells.slice(2)).toEqual(['327357.26', '', '', '', '327357.26', '0.00', '', '0.00']);
  });
});
