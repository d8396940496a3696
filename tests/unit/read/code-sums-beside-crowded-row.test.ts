/**
 * The sums down the classification (`code-sums.ts`) with a row one of whose cells holds two figures (`0.00 0.00`, a
 * squeezed row the reader placed crowded): its figures are read as unplaced, the row taking part with every figure it
 * prints, rather than the whole table being left to its placements by position. Here the table's second page, drawn
 * wider than the first and printing no header, was placed by position one column right (`3017897.13   3017897.13 0.00`:
 * the second figure under 上级补助收入); the sums of 210 11 over its 项 (5897897.13 = 3017897.13 + 2880000.00) and of
 * 213 01 over its 项 put every such figure under 一般公共预算拨款收入. Lines as pdftotext -layout wrote a generated
 * 收入决算表 (元), its first page and the start of the next; values read by hand (each row's total is the sum of the
 * figures beside it).
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '                                                2023年度',
  '部门：焦作市中站区农业农村局                                                               金额单位：元',
  '                                             表2 收入决算表',
  '          科目编码                               上级             附属',
  '                     本年收入合计 一般公共预算           补助',
  '                                  拨款收入 收入 收入 收入 上缴',
  '                                                  事业 经营 单位 其他收入',
  ' 类 款 项       科目名称                                           收入',
  '          合计         35761368.49 35638714.08 0.00 0.00           122654.41',
  '201       一般公共服务支出   15026064.43 14994536.23 0.00      0.00 0.00 31528.20',
  '201 01    人大事务        2568848.68 2537320.48 0.00            0.00 31528.20',
  '201 01 01 行政运行        2321831.44 2290303.24 0.00 0.00             31528.20',
  '201 01 02 一般行政管理事务      247017.24 247017.24                 0.00',
  '201 11    纪检监察事务      5892338.65 5892338.65       0.00      0.00      0.00',
  '201 11 01 行政运行        4861668.34 4861668.34       0.00      0.00      0.00',
  '201 11 02 一般行政管理事务    1030670.31 1030670.31 0.00            0.00      0.00',
  '201 32    组织事务        6564877.10 6564877.10       0.00      0.00      0.00',
  '201 32 01 行政运行         2713114.31 2713114.31                          0.00',
  '201 32 99 其他组织事务支出    3851762.79 3851762.79 0.00 0.00 0.00 0.00',
  '208       社会保障和就业支出   5081469.50 5048675.84 0.00       0.00 0.00 32793.66',
  '208 99    其他社会保障和就业支 5081469.50 5048675.84 0.00 0.00 0.00 0.00 32793.66',
  '          出',
  '208 99 99 其他社会保障和就业支',
  '          出           5081469.50 5048675.84       0.00 0.00       32793.66',
  '210       卫生健康支出      5922496.68 5897897.13            0.00       24599.55',
  '210 11    行政事业单位医疗    5922496.68 5897897.13 0.00 0.00 0.00        24599.55',
  '                                                 —4—',
  '210 11 01 行政单位医疗       3017897.13   3017897.13 0.00       0.00            0.00',
  '210 11 03 公务员医疗补助      2904599.55   2880000.00 0.00       0.00 0.00   24599.55',
  '213        农林水支出       6645644.37    6611911.37      0.00      0.00   33733.00',
  '213 01     农业农村        6645644.37    6611911.37 0.00      0.00        33733.00',
  '213 01 01 行政运行         4109381.73   4075648.73 0.00       0.00 0.00   33733.00',
  '213 01 04 事业运行         1474541.86   1474541.86 0.00 0.00 0.00 0.00',
  '213 01 08 病虫害控制        1061720.78   1061720.78                            0.00',
  '221        住房保障支出      3085693.51   3085693.51                 0.00       0.00',
  '221 02     住房改革支出      3085693.51   3085693.51            0.00',
  '221 02 02 提租补贴         2210000.00   2210000.00 0.00       0.00',
  '221 02 03 购房补贴          875693.51     875693.51      0.00      0.00       0.00'
].join('\n');

describe('the sums down the classification beside a row of a crowded cell (lines 4–38)', () => {
  const { at } = readFixture(TEXT);
  const firstThree = (n: number) => at(n).cells.slice(-7, -4);

  it('reads the second figure of the rows of the next page under 一般公共预算拨款收入, the 0.00 after it under 上级补助收入 (lines 28, 29)', () => {
    expect(firstThree(28)).toEqual(['3017897.13', '3017897.13', '0.00']);
    expect(firstThree(29)).toEqual(['2904599.55', '2880000.00', '0.00']);
  });

  it('reads 6611911.37 and 4075648.73 under 一般公共预算拨款收入 (lines 31, 32: 213 01 and its 项 行政运行)', () => {
    expect(firstThree(31)).toEqual(['6645644.37', '6611911.37', '0.00']);
    expect(firstThree(32)).toEqual(['4109381.73', '4075648.73', '0.00']);
  });

  it('reads 2210000.00 under 一般公共预算拨款收入 (line 37)', () => {
    expect(firstThree(37)).toEqual(['2210000.00', '2210000.00', '0.00']);
  });
});
