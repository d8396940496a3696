/**
 * Squeezed 一般公共预算财政拨款支出决算表 headers on real `pdftotext -layout` output of generated documents:
 * - tests/fixtures/text-forms/general-expenditure-wide-drift.pdftotext.txt: 公开05表 of
 *   synth-410300-zhujianju-2015-final-00013 (pdf6, its lines 209–222), where the ends `费 经费` of 人员经费 and 公用经费
 *   stand on a line of their own with nothing left of them, 17 columns right of `人员经` on a line that has twelve wide
 *   characters left of it (pdftotext writes each wide character one column wide);
 * - tests/fixtures/text-forms/general-expenditure-twice-read.pdftotext.txt: 公开05表 of
 *   synth-410400-chengguanju-2016-final-00025 (pdf7, its lines 250–280), where the columns found by position put both
 *   小计 under 其中：基本支出 (the outer 小计 drawn left on the line above the inner one).
 * Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a squeezed header whose word ends stand far right of their starts on a line with no wide characters (general-expenditure-wide-drift)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-wide-drift.pdftotext.txt');

  it('reads 年初预算数 | 全年预算数 | 决算数 over 小计, 其中：基本支出 (小计 人员经费 公用经费) and 项目支出', () => {
    expect(header(3).slice(1)).toEqual([
      '年初预算数',
      '全年预算数',
      '决算数/小计',
      '决算数/其中：基本支出/小计',
      '决算数/其中：基本支出/人员经费',
      '决算数/其中：基本支出/公用经费',
      '决算数/项目支出',
    ]);
  });

  it('puts each figure of a row under its column (the unnamed total, line 8; 行政运行, line 11)', () => {
    expect(at(8).cells.slice(1)).toEqual(['126.90', '126.26', '125.62', '107.70', '102.31', '5.38', '17.92']);
    expect(at(11).cells).toEqual(['行政运行', '5.94', '6.13', '6.32', '6.32', '6.00', '0.32', '0.00']);
  });
});

describe('a squeezed header whose columns by position name two figure columns alike (general-expenditure-twice-read)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-twice-read.pdftotext.txt');

  it('reads the outer 小计 beside 其中：基本支出 over its own 小计, 人员经费, 公用经费, then 项目支出', () => {
    expect(header(3).slice(2)).toEqual([
      '本年支出/小计',
      '本年支出/其中：基本支出/小计',
      '本年支出/其中：基本支出/人员经费',
      '本年支出/其中：基本支出/公用经费',
      '本年支出/项目支出',
    ]);
  });

  it('keeps every figure of a row under its column (行政运行, line 10)', () => {
    expect(at(10).cells).toEqual(['2010101', '行政运行', '52.56', '52.56', '41.53', '11.04', '0.00']);
  });
});
