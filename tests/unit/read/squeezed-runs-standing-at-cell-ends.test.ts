/**
 * A squeezed 收入决算表 no row fills whose figures stand right-aligned at their cells' ends (`run-starts.ts`,
 * `squeezed-rows.ts`): the 合计 row prints `48219300.14 0.00 181315.51 0.00` one space apart, its 181315.51 (事业收入)
 * ending at column 52, and the rows below print their 事业收入 zero alone after a gap, `0.00` ending at column 52 too.
 * A gap after a run of several figures then hides no blank column (`12372698.39 0.00     0.00 0.00 0.00`: 上级补助收入,
 * 事业收入, 经营收入, 附属单位上缴收入 side by side, the 事业收入 cell wider than its zero), and the ends of the first
 * runs' figures place the columns the later runs start in. Real `pdftotext -layout` lines (copied as they are):
 * /work/corp3/pdf41 synth-410800-shangwuju-2017-final-00050, lines 74–111 (the table's first two pages). Expected
 * cells read by hand (and as the generator's truth has them); line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '部门名称：焦作市商务局                                                            金额单位：元',
  '                               表2 收入决算表',
  '     项目                   财政拨款（补      上级补            经营收  附属单 其他收',
  '              本年收入合计 助）收入 助收入 事业收入 入 位上缴 入',
  '    科目名称                                                  收入',
  '合计            48400615.65 48219300.14 0.00 181315.51 0.00',
  '一般公共服务支出      12372698.39 12372698.39 0.00      0.00 0.00 0.00',
  ' 人大事务          3426101.43 3426101.43            0.00 0.00 0.00',
  '  行政运行          771778.34 771778.34             0.00 0.00       0.00',
  '  一般行政管理事务     2654323.09 2654323.09 0.00       0.00 0.00',
  ' 纪检监察事务        4274772.37 4274772.37 0.00',
  '  行政运行         1310000.00 1310000.00            0.00            0.00',
  '  一般行政管理事务     2964772.37 2964772.37 0.00       0.00',
  ' 组织事务          4671824.59 4671824.59 0.00       0.00 0.00       0.00',
  '  行政运行         3119844.53 3119844.53 0.00       0.00       0.00 0.00',
  '  其他组织事务支出     1551980.06 1551980.06            0.00       0.00',
  '社会保障和就业支出     10648269.72 10545755.67      102514.05 0.00       0.00',
  ' 行政事业单位养老支出    7721458.20 7706804.37        14653.83 0.00 0.00 0.00',
  '      项目                  财政拨款（补      上级补           经营收   附属单 其他收',
  '              本年收入合计 助）收入 助收入 事业收入 入 位上缴 入',
  '     科目名称                                                 收入',
  '  行政单位离退休      1669174.08 1669174.08 0.00      0.00             0.00',
  '  机关事业单位职业年金缴 3436750.90 3436750.90 0.00       0.00',
  '  费支出',
  '  其他行政事业单位养老支 2615533.22 2600879.39 0.00 14653.83          0.00',
  '  出',
  ' 抚恤            1226949.23 1139089.01       87860.22        0.00 0.00',
  '  死亡抚恤         1226949.23 1139089.01       87860.22 0.00',
  ' 其他社会保障和就业支出   1699862.29 1699862.29 0.00      0.00        0.00 0.00',
  '  其他社会保障和就业支出 1699862.29 1699862.29                  0.00       0.00',
  '卫生健康支出        13307344.23 13264629.45 0.00 42714.78 0.00        0.00',
  ' 行政事业单位医疗     13307344.23 13264629.45      42714.78 0.00 0.00',
  '  行政单位医疗       4367141.81 4351622.13       15519.68 0.00        0.00',
  '  事业单位医疗       3224588.78 3224588.78 0.00      0.00',
  '  其他行政事业单位医疗支 5715613.64 5688418.54 0.00 27195.10 0.00          0.00',
  '  出',
  '资源勘探工业信息等支出    8632303.31 8596216.63 0.00 36086.68 0.00',
  ' 工业和信息产业监管     5317354.47 5317354.47 0.00            0.00 0.00 0.00',
].join('\n');

describe('a squeezed table whose figures stand at their cells\' ends places a run after a gap in the next column', () => {
  const { at } = readFixture(TEXT);

  it('reads 上级补助收入, 事业收入, 经营收入 and 附属单位上缴收入 side by side (一般公共服务支出, line 7)', () => {
    expect(at(7).cells).toEqual(['一般公共服务支出', '12372698.39', '12372698.39', '0.00', '0.00', '0.00', '0.00', '']);
  });

  it('reads the zeros after a gap from 事业收入 on (人大事务, line 8)', () => {
    expect(at(8).cells).toEqual(['人大事务', '3426101.43', '3426101.43', '', '0.00', '0.00', '0.00', '']);
  });

  it('reads a zero after 上级补助收入 under 事业收入 (一般行政管理事务, line 10)', () => {
    expect(at(10).cells).toEqual(['一般行政管理事务', '2654323.09', '2654323.09', '0.00', '0.00', '0.00', '', '']);
  });
});
