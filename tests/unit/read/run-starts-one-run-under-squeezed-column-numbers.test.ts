/**
 * A 栏次 row squeezed in part (`1     2 3 4 5 6 7`: the first number apart, the others one space apart) shows where
 * none of the squeezed numbers' columns stand, and the columns read onto those numbers (`coverOnNumbers` of
 * `header-cover.ts`) are narrower than the figures under them. The rows are calibrated by where the first figures of
 * their page's runs end (`placeByRunStarts` of `run-starts.ts`): a row printing one run of figures one space apart,
 * its first the total, stands in the columns from the total on, as the page's fit reads every line's first run —
 * never where the numbers' columns put its figures (`卫生健康支出  138.1 138.1 0.0 0.0` read as 经营收入 and 其他收入).
 * A row of one run far right of where the page's totals end leaves its total blank: it stays where it stands
 * (`行政单位医疗   0.00` under 事业收入). Lines as pdftotext -layout wrote two generated 收入决算表 (万元); values read
 * by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TABLE = [
  '                               收入决算表',
  '          项目            财政拨 上级            附属',
  '                 本年收 款（补 补助 事业 经营 单位 其他',
  '       科目名称      入合计 助）收 收入 收入 收入 上缴 收入',
  '                         入                收入',
  '        栏次         1     2 3 4 5 6 7',
  '一般公共服务支出          231.7 231.3     0.5      0.0',
  ' 人大事务              33.4 33.4 0.0           0.0 0.0',
  '  一般行政管理事务         33.4 33.4      0.0 0.0 0.0 0.0',
  ' 政府办公厅（室）及相关机构事务 34.5 34.0 0.0 0.5         0.0',
  '  一般行政管理事务         34.5 34.0 0.0 0.5           0.0',
  ' 纪检监察事务            27.7 27.7 0.0 0.0           0.0',
  '  行政运行              2.4 2.4 0.0',
  '  一般行政管理事务         25.3 25.3 0.0      0.0',
  ' 组织事务             136.1 136.1     0.0          0.0',
  '  行政运行             59.9 59.9 0.0      0.0',
  '  其他组织事务支出         76.2 76.2 0.0 0.0       0.0',
  '社会保障和就业支出         157.7 157.7     0.0      0.0',
  ' 抚恤                68.6 68.6 0.0               0.0',
  '  死亡抚恤             68.6 68.6 0.0 0.0       0.0 0.0',
  ' 其他社会保障和就业支出       89.0 89.0 0.0',
  '  其他社会保障和就业支出      89.0 89.0 0.0 0.0 0.0 0.0',
  '卫生健康支出            138.1 138.1 0.0 0.0',
  ' 行政事业单位医疗         138.1 138.1 0.0 0.0 0.0',
  '  事业单位医疗           61.0 61.0          0.0 0.0',
  '  公务员医疗补助          77.1 77.1 0.0           0.0 0.0',
  '农林水支出              87.8 87.8 0.0 0.0       0.0 0.0',
  ' 农业农村              87.8 87.8 0.0 0.0       0.0',
  '  事业运行             87.8 87.8 0.0               0.0',
  '住房保障支出             54.8 54.8          0.0      0.0',
  ' 住房改革支出            54.8 54.8 0.0               0.0'
].join('\n');

describe('a table under a 栏次 row squeezed in part, a row of one run placed from the total column on', () => {
  const { at } = readFixture(TABLE);

  it('reads the header as one cover of its seven words, in order (lines 2–6)', () => {
    expect(at(2).cells).toEqual(['项目', '本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('places figures one space apart in neighbouring columns from the total on (lines 23 and 24)', () => {
    expect(at(23).cells).toEqual(['卫生健康支出', '138.1', '138.1', '0.0', '0.0', '', '', '']);
    expect(at(24).cells).toEqual(['行政事业单位医疗', '138.1', '138.1', '0.0', '0.0', '0.0', '', '']);
  });

  it('leaves a blank column where a wider gap stands between two figures (lines 7, 8 and 21)', () => {
    expect(at(7).cells).toEqual(['一般公共服务支出', '231.7', '231.3', '', '0.5', '', '0.0', '']);
    expect(at(8).cells).toEqual(['人大事务', '33.4', '33.4', '0.0', '', '', '0.0', '0.0']);
    expect(at(21).cells).toEqual(['其他社会保障和就业支出', '89.0', '89.0', '0.0', '', '', '', '']);
  });
});

/** A 收入决算表 under a squeezed 栏次 row whose rows print some of their figures far right of the totals, the total blank. */
const BLANK_TOTALS = [
  '                       表2：收入决算表',
  '          项目                        上级             附属',
  '                       本年收 财政拨 补助 事业 经营 单位 其他',
  '功能分类科          科目名称    入合计 款收入 收入 收入 收入 上缴 收入',
  '  目编码                                              收入',
  '                栏次       1     2 3 4 5 6 7',
  '                        88.14 88.14 0.00',
  '201       一般公共服务支出      32.15 32.15 0.00 0.00      0.00',
  '201 01    人大事务          12.13 12.13',
  '201 01 01 行政运行           8.39 8.39 0.00            0.00 0.00',
  '201 01 02 一般行政管理事务       3.74 3.74            0.00      0.00',
  '201 32    组织事务          20.01 20.01 0.00 0.00 0.00',
  '201 32 01 行政运行          11.57 11.57           0.00 0.00 0.00',
  '201 32 99 其他组织事务支出       8.45 8.45 0.00 0.00       0.00 0.00',
  '205       教育支出           8.70 8.70                      0.00',
  '205 08 进修及培训             8.70 8.70 0.00 0.00 0.00 0.00 0.00',
  '205 08 01 教师进修           8.70 8.70       0.00',
  '208       社会保障和就业支出      7.65 7.65            0.00      0.00',
  '208 08 抚恤                7.65 7.65       0.00',
  '208 08 01 死亡抚恤           7.65 7.65 0.00            0.00 0.00',
  '210       卫生健康支出       39.64 39.64       0.00      0.00',
  '210 11    行政事业单位医疗     39.64 39.64       0.00',
  '210 11 01 行政单位医疗                         0.00',
  '210 11 03 公务员医疗补助       16.28 16.28      0.00      0.00 0.00',
  '210 11 99 其他行政事业单位医疗支出 23.36 23.36 0.00       0.00',
  '221       住房保障支出                    0.00                0.00',
  '221 02    住房改革支出         0.00 0.00            0.00 0.00',
  '221 02 01 住房公积金                                    0.00 0.00'
].join('\n');

describe('a row of one run far right of the totals, under a 栏次 row squeezed in part', () => {
  const { at } = readFixture(BLANK_TOTALS);

  it('leaves the total blank and reads the run where it stands (lines 23 and 28)', () => {
    expect(at(23).cells).toEqual(['210 11 01', '行政单位医疗', '', '', '', '0.00', '', '', '']);
    expect(at(28).cells).toEqual(['221 02 01', '住房公积金', '', '', '', '', '', '0.00', '0.00']);
  });
});
