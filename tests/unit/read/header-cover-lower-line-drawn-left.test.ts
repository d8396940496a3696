/**
 * A squeezed header whose lower line pdftotext drew far left (`header-cover.ts`, the order of the words), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML:
 * tests/fixtures/text-forms/expenditure-lower-line-drawn-left.pdftotext.txt is 决算03表 支出决算表 of
 * synth-410800-gongxinju-2015-final-00000 (pdf23, its lines 148–172). Every value cell is as narrow as its figures, so
 * each word is broken over lines: `本年支` (line 5, column 20) over `出合计` (line 7, column 13), and line 7, which
 * carries the label words 功能分类 科目名称 行次 too, is drawn so far left that `小计` stands at column 17, left of
 * `本年支`, and `人员经` at 20, under it. The rests `费 费` of 人员经费 and 公用经费 stand on line 7, left of `公用经`
 * (line 8). The anchors three columns apart across lines would put 小计 first; line 7, on which 本年支出合计 (`出合计`)
 * and 小计 each have a piece near where the word starts, puts them the other way, and so do the anchors once the drift
 * of the thirteen wide characters left of 小计 on its line is undone: line 7 orders them. Expected cells are read by hand from the
 * lines (the 栏次 row numbers eight columns; the rows print eight figures each).
 *
 * tests/fixtures/text-forms/income-packed-line-out-of-order.pdftotext.txt is 表2 部门收入总表 of
 * synth-410300-chengguanju-2020-budget-00093 (pdf21, its lines 62–69): the packed line `合计 共预算 收入 收入 结余 其他`
 * writes 结余, the last line of 上年结转结余, before 其他 of 其他收入, which prints left of it (the PDF draws 其他 at
 * x 399, 结余 at x 435, and 0.5 under 其他, 0.0 under 上年). The wide characters left of 其他 and 上年 on their lines
 * account for none of the four columns between them: the order of the anchors, 其他 left of 上年, stands.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a 支出决算表 header whose line of label words is drawn left of the line above it', () => {
  const { at, header } = readTextFormFixture('expenditure-lower-line-drawn-left.pdftotext.txt');

  it('reads 本年支出合计 first, then 其中：基本支出 over 小计 | 人员经费 | 公用经费, then 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出', () => {
    expect(header(4).slice(-8)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts each figure of a row under its column (合计, line 12; 政府办公厅（室）, line 16; 一般行政管理事务, line 19)', () => {
    expect(at(12).cells.slice(-8)).toEqual(['213.94', '150.59', '126.49', '24.09', '63.35', '0.00', '0.00', '0.00']);
    expect(at(16).cells.slice(-8)).toEqual(['28.92', '23.65', '19.86', '3.78', '5.27', '0.00', '0.00', '0.00']);
    expect(at(19).cells.slice(-8)).toEqual(['5.27', '0.00', '0.00', '0.00', '5.27', '0.00', '0.00', '0.00']);
  });
});

describe('a 部门收入总表 header whose packed last line writes a rest before the word left of it', () => {
  const { at, header } = readTextFormFixture('income-packed-line-out-of-order.pdftotext.txt');

  it('reads 其他收入 under 本年收入 before 上年结转结余', () => {
    expect(header(3).slice(2)).toEqual(['总计', '本年收入/合计', '本年收入/一般公共预算', '本年收入/事业收入', '本年收入/其他收入', '上年结转结余']);
  });

  it('puts 0.5 under 其他收入 and 0.0 under 上年结转结余 (总计, line 7)', () => {
    expect(at(7).cells.slice(2)).toEqual(['123.9', '123.9', '123.4', '0.0', '0.5', '0.0']);
  });
});
