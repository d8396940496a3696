/**
 * A header whose broken pieces (`年初预 全年预` over `算数 算数`, the lower line drawn left) were once read into a
 * column of their own (`算数`) beside the 行次 column, one the 栏次 row (1 … 5 over 年初预算数 … 项目支出) leaves
 * unnumbered; the rests now continue their words in reading order (`stackBrokenWords`), and the five value columns
 * are the five the 栏次 row numbers (were the header still read into more, `numberedValueCount` of
 * `row-calibration.ts` would keep each row's first placement under the 栏次 numbers). Lines as pdftotext -layout wrote a generated 一般公共预算财政拨款支出决算表;
 * values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = `            项目                 年初预 全年预                   决算数
功能分类科           科目名称      行次 算数 算数                小计 基本支  出
                                                                项目支
                                                                 出
  目编码            栏次              1      2           3     4      5
                             1 136.99 135.05      133.12 101.73 31.38
201       一般公共服务支出           2 15.84 15.28         14.73 14.20 0.53
201 03    政府办公厅（室）及相关机构事务    3 15.84 15.28         14.73 14.20 0.53
201 03 01 行政运行               4 15.33 14.77         14.20 14.20 0.00
201 03 02 一般行政管理事务           5 0.50 0.51            0.53 0.00 0.53
208       社会保障和就业支出          6 45.05 43.51         41.96 33.19 8.78
208 05 行政事业单位养老支出            7 14.32 13.91         13.51 13.51 0.00
208 05 02 事业单位离退休            8 14.32 13.91         13.51 13.51 0.00
`;

describe('a 栏次 row under a header whose broken words continue in reading order', () => {
  const { at, header } = readFixture(TEXT);

  it('reads the header whole, no column of its own for the rests, and keeps each figure under its 栏次 number (lines 6, 7 and 10)', () => {
    expect(header(1).slice(3)).toEqual(['年初预算数', '全年预算数', '决算数/小计', '决算数/基本支出', '决算数/项目支出']);
    expect(at(5).cells.slice(3)).toEqual(['1', '2', '3', '4', '5']);
    expect(at(6).cells.slice(2)).toEqual(['1', '136.99', '135.05', '133.12', '101.73', '31.38']);
    expect(at(7).cells.slice(2)).toEqual(['2', '15.84', '15.28', '14.73', '14.20', '0.53']);
    expect(at(10).cells.slice(2)).toEqual(['5', '0.50', '0.51', '0.53', '0.00', '0.53']);
  });
});
