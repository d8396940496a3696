/**
 * A squeezed 支出决算表 whose rows' unread figures are placed by the sums down the classification
 * (`read/code-sums.ts`): tests/fixtures/text-forms/expenditure-squeezed-unread-by-code-sums.pdftotext.txt is the
 * 支出决算表 of synth-410803-wenlvju-2018-final-00057 (pdf25, its lines 120–158), as `pdftotext -layout` wrote it.
 * No row fills its six figure columns; a row printing its total and one figure after a gap
 * (`2010102 一般行政管理事务 36.3        36.3`) holds its totals alike under 项目支出, 上缴上级支出, 经营支出 or
 * 对附属单位补助支出, and pdftotext drew the second 36.3 under 经营支出, so the squeezed reader leaves it unread. Its
 * parent 20101 prints 36.3 under 项目支出 and nothing under the other three: the figure is 项目支出. Expected cells
 * read by hand from the printed table; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('expenditure-squeezed-unread-by-code-sums.pdftotext.txt');
// (本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出)
const values = (n: number) => at(n).cells.slice(-6);

describe('a squeezed row its totals place in several ways, placed where the sums with its parent hold', () => {
  it('reads 2010102 一般行政管理事务 36.3 under 项目支出, its parent 人大事务 printing 36.3 there (lines 10, 12)', () => {
    expect(values(10)).toEqual(['93.1', '56.8', '36.3', '', '', '']);
    expect(values(12)).toEqual(['36.3', '', '36.3', '', '', '']);
  });
  it('reads 一般行政管理事务 25.3 and 信访事务 31.9 under 项目支出, their parent printing 57.2 there (lines 15, 16)', () => {
    expect(values(15)).toEqual(['25.3', '', '25.3', '', '', '']);
    expect(values(16)).toEqual(['31.9', '', '31.9', '', '', '']);
  });
  it('reads 2011102 一般行政管理事务 29.7 under 项目支出 (line 20)', () => {
    expect(values(20)).toEqual(['29.7', '', '29.7', '', '', '']);
  });
});
