/**
 * A squeezed 支出决算表 no row fills whose figures stand squeezed left of their cells in a run, and whose narrow zeros
 * stand right-aligned in cells as wide as the table's wide figures: `8191.83            0.00      0.00 0.00`, a gap
 * of twelve spaces after 公用经费 with no blank column behind it (the zero is 项目支出), `114295.36       0.00`, a
 * gap of seven with none either (the zero is 小计). No placement of the page's runs fits with a blank column behind
 * every gap that wide; the page's run-starting figures end together column by column (32, 42, 52, 62, 67, 72, 77), so
 * each run is placed where its first figure ends, next to the run before when that is where it ends, and where the
 * rows' totals hold (`placeByRunStarts` of `run-starts.ts`), even where the gap alone would ask a blank column
 * between (`placeSqueezedRow` of `squeezed-rows.ts` takes it when it keeps the row's totals). Lines as pdftotext
 * -layout wrote the first page of a generated 支出决算表 (元); values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '                                                 支出决算表',
  '                                                   2019年度',
  '部门名称：洛阳市发展和改革委员会                                                                单位：元',
  '      项目                        其中：基本支出                                  对附',
  '             本年支出合                                             上缴   经营   属单',
  '                 计                                   项目支出 上级 支出 位补',
  '     科目名称                小计      人员经费 公用经费                     支出        助支',
  '                                                                          出',
  '合计           932146.64 559227.26 458566.32 100660.94 372919.38      0.00 0.00',
  '一般公共服务支出      114295.36                         0.00 114295.36           0.00',
  ' 人大事务         114295.36               0.00           114295.36 0.00      0.00',
  '   一般行政管理事务 114295.36       0.00                0.00 114295.36 0.00      0.00',
  '科学技术支出         78387.81 10477.57 8591.60 1885.97 67910.24 0.00           0.00',
  ' 其他科学技术支出      78387.81 10477.57 8591.60 1885.97 67910.24                0.00',
  '   其他科学技术支出    78387.81 10477.57 8591.60 1885.97 67910.24           0.00 0.00',
  '社会保障和就业支出    172475.97 101593.04 83306.28 18286.76 70882.93         0.00 0.00',
  ' 行政事业单位养老支出 45510.13 45510.13 37318.30 8191.83            0.00      0.00 0.00',
  '   行政单位离退休     45510.13 45510.13 37318.30 8191.83         0.00 0.00',
  ' 抚恤            82957.81 25774.09 21134.75 4639.34 57183.72          0.00',
  '   死亡抚恤        82957.81 25774.09 21134.75 4639.34 57183.72 0.00          0.00',
  ' 其他社会保障和就业支 44008.03 30308.82 24853.23 5455.59 13699.21             0.00 0.00',
  ' 出',
  '   其他社会保障和就业 44008.03 30308.82 24853.23 5455.59 13699.21            0.00 0.00',
  '   支出',
  '卫生健康支出         45011.98 45011.98 36909.82 8102.16                   0.00',
  ' 行政事业单位医疗      45011.98 45011.98 36909.82 8102.16              0.00'
].join('\n');

describe('a squeezed table whose narrow zeros stand a wide gap after figures squeezed left of their cells (lines 4–26)', () => {
  const { at } = readFixture(TEXT);
  const values = (n: number) => at(n).cells.slice(-8);

  it('reads the zero twelve spaces after 公用经费 under 项目支出, not one column further (line 17)', () => {
    expect(values(17)).toEqual(['45510.13', '45510.13', '37318.30', '8191.83', '0.00', '', '0.00', '0.00']);
  });

  it('reads the zero seven spaces after the total under 小计 and 114295.36 under 项目支出 (line 12)', () => {
    expect(values(12)).toEqual(['114295.36', '0.00', '', '0.00', '114295.36', '0.00', '', '0.00']);
  });

  it('reads each lone zero where its page\'s run-starting figures end (lines 10, 18, 19, 25 and 26)', () => {
    expect(values(10)).toEqual(['114295.36', '', '', '0.00', '114295.36', '', '', '0.00']);
    expect(values(18)).toEqual(['45510.13', '45510.13', '37318.30', '8191.83', '0.00', '0.00', '', '']);
    expect(values(19)).toEqual(['82957.81', '25774.09', '21134.75', '4639.34', '57183.72', '', '0.00', '']);
    expect(values(25)).toEqual(['45011.98', '45011.98', '36909.82', '8102.16', '', '', '0.00', '']);
    expect(values(26)).toEqual(['45011.98', '45011.98', '36909.82', '8102.16', '', '0.00', '', '']);
  });

  it('still reads the rows whose runs start after a blank column (lines 11 and 13)', () => {
    expect(values(11)).toEqual(['114295.36', '', '0.00', '', '114295.36', '0.00', '', '0.00']);
    expect(values(13)).toEqual(['78387.81', '10477.57', '8591.60', '1885.97', '67910.24', '0.00', '', '0.00']);
  });
});
