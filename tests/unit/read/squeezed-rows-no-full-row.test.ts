/**
 * A squeezed 支出决算表 that no row fills (`squeezed-rows.ts`), on real `pdftotext -layout` output of Chromium-printed
 * generator HTML: tests/fixtures/text-forms/expenditure-squeezed-no-full-row.pdftotext.txt is the first page of 三、支出决算表
 * of synth-410800-jiaotongju-2015-final-00010 (its lines 123–140). Eight columns, each row leaving one blank at least,
 * figures one space apart where their cells touch; the header broken into `本年支 / 出合计`, `人员经 / 费` … reads as
 * one cover of eight words. Each row's figures are placed by how they stand apart and by the totals (本年支出合计 =
 * 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出, 小计 = 人员经费 + 公用经费); a figure the placements
 * disagree on is left unread, unless where the page's run-starting figures end pins it (`run-starts.ts`; a page no
 * placement of whose runs fits with a blank column behind every wide gap read with every run free to start next to the
 * run before: line 9's `0.00` ends where no 项目支出 figure can, left of where line 10 squeezes its 项目支出). Expected cells read by hand from the HTML table the PDF was printed from.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a squeezed 支出决算表 that no row fills', () => {
  const { at, header } = readTextFormFixture('expenditure-squeezed-no-full-row.pdftotext.txt');

  it('reads its broken header as the eight words of its one cover', () => {
    expect(header(2).slice(1)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts a blank cell where a gap stands between figures (行政运行, line 8; 事业单位离退休, line 12)', () => {
    expect(at(8).cells).toEqual(['行政运行', '62.24', '62.24', '51.03', '11.20', '0.00', '0.00', '', '0.00']);
    expect(at(12).cells).toEqual(['事业单位离退休', '77.08', '77.08', '63.21', '13.87', '', '0.00', '0.00', '0.00']);
  });

  it('places figures one space apart by the totals (社会保障和就业支出, line 10)', () => {
    expect(at(10).cells).toEqual(['社会保障和就业支出', '315.03', '260.86', '213.91', '46.95', '54.17', '0.00', '', '0.00']);
  });

  it('places the figures the totals alone leave open where the page\'s run-starting figures end (一般行政管理事务, line 9: 23.00 under 项目支出, as its parent 人大事务 prints it beside 行政运行\'s 0.00)', () => {
    expect(at(9).cells).toEqual(['一般行政管理事务', '23.00', '', '', '0.00', '23.00', '0.00', '0.00', '']);
  });

  it('puts a zero after a gap where the page’s run-starting zeros pin its column (一般公共服务支出, line 6: 经营支出)', () => {
    expect(at(6).cells).toEqual(['一般公共服务支出', '85.24', '62.24', '51.03', '11.20', '23.00', '', '0.00', '']);
  });
});
