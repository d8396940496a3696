/**
 * A 收入决算表 header whose narrow 上级补助收入 cell pdftotext printed as `上级` over `补助`, its last line `收入` written
 * on the line of `补助` left of it (in the PDF all three stand at x 370): `财政拨款（补 助）收入 收入 补助 事业收入`. Read by
 * position, `收入` headed a column of its own and pushed every word after it one column right, 事业收入 over a column
 * blank in every row (`rest-drawn-left.ts`). The header names one column more than the figures fill, and `上级补助` +
 * `收入` spells a longer form of 上级补助 (`财政拨款（补助）收入` + `收入` none): joined, the seven words head the seven
 * figure columns in order. Real `pdftotext -layout` lines (copied as they are): /work/corp3/pdf48
 * synth-410400-fagaiwei-2015-final-00015, lines 80–91 and 103–118 (the table's first rows and its next page, whose
 * rows the columns are found from too). Expected cells read by hand (and as the generator's truth has them); line
 * numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '                                          表2 收入决算表',
  '                                              2015年度',
  '部门：平顶山市发展和改革委员会                                                        单位：元',
  '      项目                                上级                 附属',
  '            行次 本年收入合计 财政拨款（补 助）收入 收入    补助   事业收入     经营 单位 其他',
  '                                                      收入 上缴 收入',
  '     科目名称                                                  收入',
  '合计            1 41781393.32 41759121.76 0.00 22271.56      0.00',
  '一般公共服务支出      2 12875661.37 12873389.81       2271.56 0.00 0.00',
  ' 人大事务         3 5662266.53 5659994.97 0.00 2271.56         0.00 0.00',
  '   行政运行       4 3601147.53 3601147.53                           0.00',
  '   一般行政管理事务   5 2061119.00 2058847.44         2271.56',
  '                                平顶山市发展和改革委员会2015年度部门决算',
  '',
  '      项目                        上级         附属',
  '               行次 本年收入合计 财政拨款（补 补助',
  '                          助）收入 收入  事业收入 经营 单位 其他',
  '                                        收入 上缴 收入',
  '    科目名称                                   收入',
  ' 其他社会保障和就业支 17 3030548.79 3030548.79         0.00 0.00',
  ' 出',
  '  其他社会保障和就业 18 3030548.79 3030548.79 0.00                0.00',
  '  支出',
  '卫生健康支出       19 6329356.69 6329356.69        0.00 0.00',
  ' 行政事业单位医疗    20 6329356.69 6329356.69        0.00 0.00',
  '  行政单位医疗     21 1552635.16 1552635.16 0.00        0.00',
  '  公务员医疗补助    22 4776721.53 4776721.53 0.00',
  '资源勘探工业信息等支出 23 4497328.70 4497328.70 0.00              0.00 0.00',
].join('\n');

describe('a header word\'s rest drawn left of it, read as a column of its own by position', () => {
  const { at, header } = readFixture(TEXT);

  it('reads the seven value columns, 上级补助收入 one word (line 4)', () => {
    expect(header(4).slice(2)).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts 0.00 under 上级补助收入 and 22271.56 under 事业收入 (合计, line 8)', () => {
    expect(at(8).cells).toEqual(['合计', '1', '41781393.32', '41759121.76', '0.00', '22271.56', '', '0.00', '']);
  });

  it('puts 2271.56 under 事业收入 and 0.00 under 经营收入 (一般公共服务支出, line 9)', () => {
    expect(at(9).cells).toEqual(['一般公共服务支出', '2', '12875661.37', '12873389.81', '', '2271.56', '0.00', '0.00', '']);
  });

  it('reads the next page with the same columns (其他社会保障和就业支出, line 20: 0.00 under 事业收入 and 经营收入)', () => {
    expect(at(20).cells).toEqual(['其他社会保障和就业支出', '17', '3030548.79', '3030548.79', '', '0.00', '0.00', '', '']);
  });
});
