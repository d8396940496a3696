import { describe, expect, it } from 'vitest';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';
import { basicParts, ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated 决算 (lines 1–2 of the document, a blank line, then its 支出决算表: fixture
// line n is the document's line n + 106 from line 4 on). The header stacks `本年` / `支出` / `合计` at one place (lines
// 9–11), draws the line holding `支出` four to five characters left on its right half (`项目` on line 9 over `支出` on line
// 10 at the place of `人员 公用`'s neighbours), and its 栏次 row squeezes the numbers `1 2 3 4 5 6 7 8` one space apart
// (line 13). The figures stand apart by position and no row prints all eight. Before, the header was read as an exact
// cover of nine words onto nine figure columns found by position, `本年合计` and `支出` two columns, every figure of a row
// from the second one column left of its place (基本支出 read as 本年合计's neighbour `支出`, 人员经费 as 小计 …).

describe('a 支出决算表 whose 本年支出合计 is stacked over one column and whose 栏次 numbers are squeezed', () => {
  const { table, onLine } = ingestTextFormFixture('final-expenditure-stacked-total-squeezed-numbers.pdftotext.txt', 'final_expenditure');

  it('reads the eight columns the 栏次 row numbers, 本年支出合计 one of them', () => {
    expect(table.columns).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts the 总计 row’s figures under their own words (`87.0 78.8 62.2 16.5 8.2      0.0 0.0`, line 14, in 万元)', () => {
    expect(onLine(14)).toEqual({ ...basicParts('870000', '622000', '165000', '788000'), 项目支出: '82000', 经营支出: '0', 对附属单位补助支出: '0' });
  });

  it('places a sparse row by where its figures stand (`1.0            0.0 1.0      0.0 0.0`, line 18: no 基本支出 but 公用经费 0.0)', () => {
    expect(onLine(18)).toEqual({ 本年支出合计: '10000', '其中：基本支出/公用经费': '0', 项目支出: '10000', 经营支出: '0', 对附属单位补助支出: '0' });
  });

  it('reads a row of rounded parts as printed (`3.6 1.4 1.1 0.3 2.1 … 0.0`, line 24: 1.4 + 2.1 is 3.5, a tail of rounding)', () => {
    expect(onLine(24)).toEqual({ ...basicParts('36000', '11000', '3000', '14000'), 项目支出: '21000', 对附属单位补助支出: '0' });
  });

  it('tells 上缴上级支出 from 对附属单位补助支出 at the row’s right (`5.1 0.0 … 0.0`, line 31)', () => {
    expect(onLine(31)).toEqual({ ...basicParts('229000', '141000', '37000', '178000'), 项目支出: '51000', 上缴上级支出: '0', 对附属单位补助支出: '0' });
  });
});
