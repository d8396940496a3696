/**
 * A squeezed 支出决算表 no row fills, one of whose rows leaves a gap between neighbouring figures wider than a blank
 * column would need beside its own narrow figures (tests/fixtures/text-forms/expenditure-squeezed-gap-within-wide-cell.pdftotext.txt:
 * source lines 125–142 of the generated synth-140100-gongxinju-2015-final-00001 as `pdftotext -layout` wrote them, and
 * a note line). `132.22 132.22       125.61 6.61` (line 10) are 本年支出合计, 小计, 人员经费 and 公用经费: the seven spaces
 * before `125.61` are the blank its own cell leaves left of it, a cell as wide as the table's widest figure
 * (`20,111.25`), not a blank column — no placement with a blank column there holds 小计 = 人员经费 + 公用经费. With that
 * row placed, the header reads as one cover of its eight words, no longer as the broken `公用经` | `费` columns by
 * position that put two figures in one cell (`576.70 30.35`, line 13).
 * Expected cells read by hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a squeezed table one of whose rows leaves a gap inside a wide cell', () => {
  const { at, header } = readTextFormFixture('expenditure-squeezed-gap-within-wide-cell.pdftotext.txt');

  it('reads the header as the eight value columns after the labels (line 2)', () => {
    expect(header(2).slice(2)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('reads 201 03 01 行政运行 with 125.61 under 人员经费 and 6.61 under 公用经费 (line 10)', () => {
    expect(at(10).cells.slice(0, 6)).toEqual(['201 03 01', '行政运行', '132.22', '132.22', '125.61', '6.61']);
  });

  it('reads 205 教育支出 one figure to a cell, 576.70 and 30.35 apart (line 13)', () => {
    expect(at(13).cells.slice(0, 7)).toEqual(['205', '教育支出', '1,260.14', '607.05', '576.70', '30.35', '653.09']);
  });

  it('reads 总计 with 608.27 under 公用经费 and 7,945.93 under 项目支出 (line 5)', () => {
    expect(at(5).cells.slice(1, 7)).toEqual(['总计', '20,111.25', '12,165.31', '11,557.05', '608.27', '7,945.93']);
  });
});
