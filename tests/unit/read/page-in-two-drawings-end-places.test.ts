/**
 * A 支出决算表 page pdftotext drew in two blocks (`end-groups.ts`). tests/fixtures/text-forms/
 * expenditure-page-in-two-drawings.pdftotext.txt is the 支出决算表 of synth-410400-fagaiwei-2015-final-00015 (a fresh
 * corpus, its lines 146–186; line n here is line n + 145 there), real `pdftotext -layout` output of the
 * Chromium-printed generator document, amounts in 元. Its one whole row (line 9) is squeezed: its six figures end at
 * characters 32, 44, 53, 58, 63, 68. Lines 10–12 end their figures at 32, 44, 53, 58, 64 and 71; from line 14 on the
 * rows are drawn wider, every figure ending at 31–32 (本年支出合计), 47 (基本支出), 56–57 (项目支出: `222978.51` of line 19),
 * 64 (上缴上级支出), 71 (经营支出) or 78 (对附属单位补助支出), six places for six columns. Read on the whole row's columns,
 * the lower rows' zeros fell one column right. Figures read by hand from the printed lines (character places counted
 * from 0, the end exclusive).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const FILE = 'expenditure-page-in-two-drawings.pdftotext.txt';

describe('a page drawn in two blocks, each showing every column where its figures end', () => {
  const { table } = ingestTextFormFixture(FILE, 'final_expenditure');
  const cellsAt = (line: number) => table.rows.find((r) => r.line === line)!.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]);

  it('reads 纪检监察事务 (line 15: zeros ending at 57 and 71) with its zeros under 项目支出 and 经营支出', () => {
    expect(cellsAt(15)).toEqual([
      ['本年支出合计', '173073.81'],
      ['基本支出', '173073.81'],
      ['项目支出', '0'],
      ['经营支出', '0'],
    ]);
  });

  it('reads 事业单位离退休 (line 27: zeros ending at 57 and 64) under 项目支出 and 上缴上级支出', () => {
    expect(cellsAt(27)).toEqual([
      ['本年支出合计', '158807.09'],
      ['基本支出', '158807.09'],
      ['项目支出', '0'],
      ['上缴上级支出', '0'],
    ]);
  });

  it('reads 行政运行 (line 14: zeros ending at 64, 71 and 78) under the last three columns', () => {
    expect(cellsAt(14)).toEqual([
      ['本年支出合计', '90087.89'],
      ['基本支出', '90087.89'],
      ['上缴上级支出', '0'],
      ['经营支出', '0'],
      ['对附属单位补助支出', '0'],
    ]);
  });

  it('reads the upper block on its own places: 人大事务 (line 10) with its zeros ending at 58 and 71', () => {
    expect(cellsAt(10)).toEqual([
      ['本年支出合计', '55607.34'],
      ['项目支出', '55607.34'],
      ['上缴上级支出', '0'],
      ['对附属单位补助支出', '0'],
    ]);
  });
});
