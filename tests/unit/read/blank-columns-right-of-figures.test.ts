/**
 * A squeezed 支出决算表 whose header names six value columns while the rows fill three (`figure-order.ts`,
 * `blankColumnsBeside`): the totals hold whichever two of the five other columns the two figures after 本年支出合计
 * fill, and the drifted words' distances alone do not single one out. The header's pieces `上缴` (over 上缴上级支出)
 * and `对附` (over 对附属单位补助支出) are written right of where every full row's figures end, with no piece just
 * before them on their lines: header words are written at or left of where they print, so those words head columns
 * right of every figure. tests/fixtures/text-forms/blank-columns-right-of-figures.pdftotext.txt holds source lines
 * 131–175 of the generated synth-410700-nongyeju-2015-final-00009 as `pdftotext -layout` wrote them. Expected cells
 * read by hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('header words written right of every figure head blank columns (blank-columns-right-of-figures)', () => {
  const { at, header } = readTextFormFixture('blank-columns-right-of-figures.pdftotext.txt');

  it('reads 本年支出合计, 基本支出 and 项目支出 over the three figure columns (lines 4–8)', () => {
    expect(header(4).slice(2, 5)).toEqual(['本年支出合计', '基本支出', '项目支出']);
  });

  it('puts a full row’s figures under them, the three columns after blank (201, line 9)', () => {
    expect(at(9).cells).toEqual(['201', '一般公共服务支出', '14056158.33', '11741785.92', '2314372.41', '', '', '']);
  });

  it('puts 1085092.60 under 本年支出合计 and 项目支出, 基本支出 blank (201 03 08, line 15)', () => {
    expect(at(15).cells).toEqual(['201 03 08', '信访事务', '1085092.60', '', '1085092.60', '', '', '']);
  });

  it('reads a squeezed row by order (210, line 30)', () => {
    expect(at(30).cells).toEqual(['210', '卫生健康支出', '10466455.66', '9664645.79', '801809.87', '', '', '']);
  });

  it('reads the total row (line 44)', () => {
    expect(at(44).cells.slice(2)).toEqual(['41253488.49', '32942257.71', '8311230.78', '', '', '']);
  });
});
