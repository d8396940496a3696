/**
 * A sparse 支出决算表 under a 栏次 row whose columns found by position carry known words but do not stand over their
 * numbers, on real `pdftotext -layout` output of Chromium-printed generator HTML:
 * tests/fixtures/text-forms/expenditure-sparse-numbered-misplaced.pdftotext.txt is 公开03表 支出决算表 of
 * synth-410803-kejiju-2017-final-00037 (its lines 120–138). `本年支出合计` starts left of where the first figures of the
 * short-named rows start, so the reading by position puts `基本支出` over the first figures and `本年支出合计` in a
 * one-column gap; the 栏次 row numbers six columns `1 … 6` and the three figures of each full row stand under 1, 2, 3.
 * The header is read again as one exact cover onto the numbered columns. Expected cells are read by hand from the
 * HTML table the PDF was printed from.
 */
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readTextFormFixture } from './read-fixture.ts';

describe('a numbered sparse 支出决算表 whose columns by position do not stand over their numbers', () => {
  const { at } = readTextFormFixture('expenditure-sparse-numbered-misplaced.pdftotext.txt');

  it('reads the six columns in the order the header prints them', () => {
    expect(flattenHeader([at(4).cells, at(5).cells]).slice(2)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts each figure under its column, blank cells left blank (一般公共服务支出, line 11; 一般行政管理事务, line 14)', () => {
    expect(at(11).cells).toEqual(['201', '一般公共服务支出', '8426837.26', '6840096.64', '1586740.62', '', '', '']);
    expect(at(13).cells).toEqual(['201 11 01', '行政运行', '2340604.27', '2340604.27', '', '', '', '']);
    expect(at(14).cells).toEqual(['201 11 02', '一般行政管理事务', '570000.00', '', '570000.00', '', '', '']);
  });
});
