/**
 * A table whose rows are all drawn one column off their header, no page before confirming the header, placed where the
 * header's totals hold: a row whose figures hold 本年支出合计 = 小计 + 项目支出 + … and 小计 = 人员经费 + 公用经费 with
 * every figure one column left of where it was placed holds the totals too (`row-totals.ts`, `totalsTally`, `moved`;
 * `totalsConfirmed`), so the header is confirmed by the table's own rows:
 * - tests/fixtures/text-forms/expenditure-squeezed-rows-one-column-off-confirmed-by-own-totals.pdftotext.txt is the
 *   支出决算表 of synth-410100-shangwuju-2020-final-00102 (pdf33, source lines 116–148): figures packed one space apart
 *   after the names, `一般公共服务支出          54.0 47.7 39.6 8.1 6.3`, whose 54.0 stands more under 小计 than under
 *   `出合计`. 54.0 = 47.7 + 6.3 and 47.7 = 39.6 + 8.1 hold only from 本年支出合计 on.
 * - tests/fixtures/text-forms/expenditure-continued-page-one-column-off-confirmed-by-own-totals.pdftotext.txt is the
 *   支出决算表 of synth-410811-caizhengju-2015-final-00004 (pdf32, source lines 121–153). Its second page (from
 *   `社会保障和就业支出            4771.89 3955.16 …`) prints no header and every figure one column right of page 1's;
 *   4771.89 = 3955.16 + 816.73 and 3955.16 = 3045.47 + 909.69 hold only from 本年支出合计 on.
 * Expected cells are read by hand from those lines (the eight value columns 本年支出合计, 小计, 人员经费, 公用经费,
 * 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出).
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const values = (cells: readonly string[]) => cells.slice(-8);

describe('squeezed rows all drawn one column right are placed where their own totals hold', () => {
  const { at } = readTextFormFixture('expenditure-squeezed-rows-one-column-off-confirmed-by-own-totals.pdftotext.txt');
  it('puts 54.0 under 本年支出合计 and 6.3 under 项目支出 (line 11)', () => {
    expect(values(at(11).cells)).toEqual(['54.0', '47.7', '39.6', '8.1', '6.3', '', '', '']);
  });
  it('puts 17.4 under 本年支出合计 and 小计, 项目支出 blank (line 13)', () => {
    expect(values(at(13).cells)).toEqual(['17.4', '17.4', '14.5', '3.0', '', '', '', '']);
  });
  it('puts the 合计 row 134.8 … 21.1 from 本年支出合计 on (line 32)', () => {
    expect(values(at(32).cells)).toEqual(['134.8', '113.7', '94.4', '19.3', '21.1', '', '', '']);
  });
});

describe('a continued page printing every figure one column right is placed where its own totals hold', () => {
  const { at } = readTextFormFixture('expenditure-continued-page-one-column-off-confirmed-by-own-totals.pdftotext.txt');
  it('leaves page 1 where it stands (line 10)', () => {
    expect(values(at(10).cells)).toEqual(['5281.81', '3337.89', '2570.18', '767.72', '1943.91', '', '', '']);
  });
  it('puts 4771.89 under 本年支出合计 and 816.73 under 项目支出 (line 23)', () => {
    expect(values(at(23).cells)).toEqual(['4771.89', '3955.16', '3045.47', '909.69', '816.73', '', '', '']);
  });
  it('puts 3120.22 under 本年支出合计 and 小计, 项目支出 blank (line 24)', () => {
    expect(values(at(24).cells)).toEqual(['3120.22', '3120.22', '2402.57', '717.65', '', '', '', '']);
  });
});
