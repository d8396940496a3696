/**
 * Rows with blank cells placed by where their figures end, calibrated on the whole rows next to them
 * (`read/row-calibration.ts`): tests/fixtures/text-forms/blank-cells-by-neighbours.pdftotext.txt is a page of the
 * 部门支出总表 of the generated document synth-410100-gongxinju-2018-budget-00052 (seed 4, source lines 94–119), as
 * `pdftotext -layout` wrote it. Whole rows of wide figures are squeezed left (their 项目支出 figures end at columns
 * 107–111, 116–121, 125–131), rows with blank cells are not (`0.00` ending at 112, 122 or 132): one set of columns
 * for the page put the first `0.00` after the blank cells under 其他运转类. Each such row is compared with the whole
 * row above and the whole row below it. Expected cells are read by hand from the printed table; line numbers are the
 * fixture's.
 */
import { describe, expect, it } from 'vitest';
import { placeByNeighbours } from '../../../src/lib/parse/read/row-calibration.ts';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('blank-cells-by-neighbours.pdftotext.txt');
const values = (n: number) => at(n).cells.slice(-9);

describe('figures after blank cells placed by the whole rows next to them (lines 7–24)', () => {
  it('reads a whole row by order (line 7: nine figures)', () => {
    expect(values(7)).toEqual(['564963.83', '465603.07', '241203.36', '191807.47', '26280.16', '6312.08', '99360.76', '45826.66', '53534.10']);
  });
  it('puts the 0.00 ending at column 112 under 项目支出 小计 and the one at 132 under 特定目标类, 其他运转类 blank (line 8)', () => {
    expect(values(8)).toEqual(['85477.37', '85477.37', '44106.72', '35387.23', '4818.88', '1164.54', '0.00', '', '0.00']);
  });
  it('puts the 0.00 ending at 112 under 小计 and the one at 122 under 其他运转类, 特定目标类 blank (line 16)', () => {
    expect(values(16)).toEqual(['167369.59', '167369.59', '86363.47', '69290.24', '9435.65', '2280.23', '0.00', '0.00', '']);
  });
  it('leaves 其他运转类 and 特定目标类 blank under a lone 0.00 after the blank cells (line 18)', () => {
    expect(values(18)).toEqual(['170000.00', '170000.00', '87720.74', '70379.26', '9583.88', '2316.12', '0.00', '', '']);
  });
  it('reads 0.00 58092.50 one space apart as 资本性支出 and 项目支出 小计, 基本支出 小计 and 商品和服务支出 blank (line 9)', () => {
    expect(values(9)).toEqual(['58092.50', '', '0.00', '0.00', '', '0.00', '58092.50', '18589.60', '39502.90']);
  });
  it('reads 基本支出 小计 0.00 under its whole neighbours, 商品和服务支出 blank (line 17)', () => {
    expect(values(17)).toEqual(['99655.92', '0.00', '0.00', '0.00', '', '0.00', '99655.92', '23917.43', '75738.49']);
  });
  it('reads 对个人和家庭的补助 0.00 under its neighbours, 工资福利支出 blank (line 20)', () => {
    expect(values(20)).toEqual(['24269.38', '0.00', '', '0.00', '', '', '24269.38', '3155.02', '21114.36']);
  });
});

describe('a row with blank cells standing right of its whole neighbours as a whole (placeByNeighbours)', () => {
  // a 部门收入总表 page as pdftotext wrote it (合计 | 上年结转 | 一般公共预算拨款收入 | 事业收入 | 其他收入):
  //   `210       卫生健康支出       16.44       16.44 0.00`        (the row, 16.44 ending at 28, 40; 0.00 at 45)
  //   `210 11     行政事业单位医疗 16.44 0.00 16.44 0.00 0.00`     (whole: ends 25 30 36 41 46)
  //   `210 11 99    其他行政事业单位 6.63 0.00 6.63 0.00 0.00`     (whole: ends 26 31 36 41 46)
  const at = (text: string, end: number) => ({ text, start: end - text.length, end });
  const whole = [
    [at('16.44', 25), at('0.00', 30), at('16.44', 36), at('0.00', 41), at('0.00', 46)],
    [at('6.63', 26), at('0.00', 31), at('6.63', 36), at('0.00', 41), at('0.00', 46)],
  ];
  it('puts 16.44 under 一般公共预算拨款收入 and 0.00 under 事业收入: the row stands three columns right of its neighbours, its 合计 too', () => {
    expect(placeByNeighbours([at('16.44', 28), at('16.44', 40), at('0.00', 45)], whole, 5)).toEqual([0, 2, 3]);
  });
  it('decides nothing without a whole neighbour', () => {
    expect(placeByNeighbours([at('16.44', 28), at('16.44', 40)], [], 5)).toBeNull();
  });
});
