/**
 * Squeezed 一般公共预算财政拨款支出决算表 whose 行次 pdftotext drew in two places, on real `pdftotext -layout` output:
 * - tests/fixtures/text-forms/general-expenditure-row-numbers-two-places.pdftotext.txt: synth-410800-shengtaiju-2017-final-00040
 *   (pdf13, its lines 229–258), names indented by level, no codes: the row numbers stand at column 21 after long names
 *   (`一般公共服务支出             2 9924839.19`) and at 14–16 after short indented ones (`  一般行政管理事务     6 1598299.52`),
 *   where the first figures of the other rows stand;
 * - tests/fixtures/text-forms/general-expenditure-row-numbers-two-places-coded.pdftotext.txt: synth-140300-gongxinju-2016-final-00018
 *   (pdf12, its lines 313–340), codes and names: the row numbers of the squeezed first rows at column 34, right of where
 *   the later rows print theirs (30–32).
 * Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('row numbers drawn beside the names on some rows and among the figures on others (general-expenditure-row-numbers-two-places)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-row-numbers-two-places.pdftotext.txt');

  it('reads 本年支出 over 小计, 基本支出 and 项目支出 after the name and 行次 columns', () => {
    expect(header(2).slice(2)).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('puts each row number in the 行次 column and the figures after it in order (总计, line 4; 一般行政管理事务, line 10)', () => {
    expect(at(4).cells).toEqual(['总计', '1', '30966298.07', '24123335.32', '6842962.75']);
    expect(at(10).cells).toEqual(['一般行政管理事务', '6', '1598299.52', '0.00', '1598299.52']);
    expect(at(14).cells).toEqual(['组织事务', '10', '3836535.34', '3305814.69', '530720.65']);
  });
});

describe('row numbers of the squeezed first rows drawn right of those of the rows below (general-expenditure-row-numbers-two-places-coded)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-row-numbers-two-places-coded.pdftotext.txt');

  it('reads the five figure columns under 本年支出 after 功能分类科目编码, 科目名称 and 行次', () => {
    expect(header(2)).toEqual([
      '项目/功能分类科目编码',
      '项目/科目名称',
      '项目/行次',
      '本年支出/小计',
      '本年支出/其中：基本支出/小计',
      '本年支出/其中：基本支出/人员经费',
      '本年支出/其中：基本支出/公用经费',
      '本年支出/项目支出',
    ]);
  });

  it('keeps the row number out of the figures on both kinds of rows (合计, line 8; 人大事务, line 10; 行政运行, line 15)', () => {
    expect(at(8).cells).toEqual(['', '合计', '1', '1,162.5', '794.4', '754.7', '39.7', '368.1']);
    expect(at(10).cells).toEqual(['201 01', '人大事务', '3', '106.5', '53.5', '50.8', '2.7', '53.0']);
    expect(at(15).cells).toEqual(['201 03 01', '行政运行', '7', '52.0', '52.0', '49.4', '2.6', '0.0']);
  });
});
