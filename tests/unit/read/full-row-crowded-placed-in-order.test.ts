/**
 * A full row placed with two figures in one cell takes one figure to a value column, in order (`full-row-order.ts`,
 * `fullRowInOrder`): tests/fixtures/text-forms/general-expenditure-full-rows-crowded-on-page-refitted.pdftotext.txt is
 * the 一般公共预算财政拨款支出决算表 of synth-410200-nongyeju-2016-final-00026 (pdf19, source lines 249–289). Its second
 * page repeats the header; its full rows print seven figures one space apart under seven value columns
 * (`8.39 8.66 8.93 8.00 6.72 1.28 0.93`), which the columns found on the page by position crowd two to a cell, leaving
 * 公用经费 and 项目支出 blank. Expected cells are read by hand from those lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a full row crowded into fewer cells is placed one figure to a column in order', () => {
  const { at } = readTextFormFixture('general-expenditure-full-rows-crowded-on-page-refitted.pdftotext.txt');
  it('puts 8.66 under 全年预算数 and 0.93 under 项目支出 (line 31)', () => {
    expect(at(31).cells).toEqual(['210 11 99', '其他行政事业单位医疗支出', '8.39', '8.66', '8.93', '8.00', '6.72', '1.28', '0.93']);
  });
  it('puts 14.33 under 基本支出 小计 and 9.27 under 项目支出 (line 32)', () => {
    expect(at(32).cells).toEqual(['213', '农林水支出', '23.96', '23.78', '23.60', '14.33', '12.04', '2.29', '9.27']);
  });
  it('leaves a row with 项目支出 blank as placed (line 34)', () => {
    expect(at(34).cells).toEqual(['213 01 01', '行政运行', '7.90', '7.79', '7.67', '7.67', '6.44', '1.23', '']);
  });
});
