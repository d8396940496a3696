/**
 * A squeezed 一般公共预算财政拨款支出决算表 whose long names reach under its figure words, on real `pdftotext -layout`
 * output: tests/fixtures/text-forms/general-expenditure-group-over-wide-labels.pdftotext.txt, 公开05表 of
 * synth-410803-kejiju-2017-final-00037 (pdf13, its lines 240–262). `本年支出` stands alone on the first header line,
 * right of everything on the line below, where `小计 基本支出 项目支出` start left of where the names of the rows end
 * (`一般公共服务支出 1 11747.83`). Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a group word over figure words that stand left of where the long names end (general-expenditure-group-over-wide-labels)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-group-over-wide-labels.pdftotext.txt');

  it('reads 本年支出 over 小计, 基本支出 and 项目支出, not 本年支出小计 beside two columns of their own', () => {
    expect(header(5).slice(3)).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('keeps each figure of a row under its column (一般公共服务支出, line 8; 人大事务, line 9)', () => {
    expect(at(8).cells).toEqual(['201', '一般公共服务支出', '1', '11747.83', '7223.54', '4524.29']);
    expect(at(9).cells).toEqual(['201 01', '人大事务', '2', '1769.00', '', '1769.00']);
  });
});
