/**
 * A 收入决算表 header whose word ends its cell with a `收入` that pdftotext drew apart from the word's other pieces
 * (`src/lib/parse/read/cover-rests.ts`): `一般公共预算拨款` with its `收入` right of `预算拨款` on the line below, or
 * `财政拨款` with its `收入` drawn left under `本年收入`. An exact cover may read that `收入` as a column of its own
 * beside the word it completes, a column of zeros the rows never fill, every figure after it one column off. The
 * lines are pdftotext's, cut to the table; the expected cells are read by hand from the figures (本年收入合计 |
 * 财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入).
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const RIGHT_OF_WORD = [
  '             项目         本年收入 一般公共         上级补  事业收   经营收   附属单 其他收',
  '功能分类',
  '科目编码           科目名称      合计 预算拨款  收入 助收入 入            入 位上缴 收入    入',
  '        合计              3,299.01 3,299.01 0.00               0.00 0.00',
  '201     一般公共服务支出          905.18 905.18 0.00                 0.00 0.00',
  '20101 人大事务                267.88 267.88 0.00 0.00                 0.00',
  '2010101 行政运行              239.09 239.09 0.00 0.00                 0.00',
  '2010102 一般行政管理事务           28.79 28.79          0.00',
  '20103 政府办公厅（室）及相关机构事务     256.44 256.44 0.00',
  '2010302 一般行政管理事务           73.00 73.00 0.00 0.00',
  '2010308 信访事务              183.44 183.44         0.00         0.00 0.00',
  '20111 纪检监察事务              178.96 178.96 0.00          0.00 0.00 0.00',
  '2011101 行政运行               81.17    81.17 0.00',
  '2011102 一般行政管理事务           97.79 97.79 0.00 0.00                  0.00',
  '20132 组织事务                201.90 201.90 0.00          0.00 0.00',
  '2013201 行政运行              201.90 201.90 0.00 0.00            0.00 0.00',
  '206     科学技术支出            717.13 717.13               0.00        0.00',
  '20603 应用研究                178.89 178.89 0.00                      0.00',
  '2060399 其他应用研究支出          178.89 178.89 0.00                 0.00 0.00',
  '20699 其他科学技术支出            538.24 538.24 0.00 0.00 0.00 0.00',
  '2069901 科技奖励               31.11    31.11                    0.00',
  '2069999 其他科学技术支出          507.13 507.13         0.00         0.00 0.00',
].join('\n');

const LEFT_OF_WORD = [
  '        项目             本年收入    财政拨款    上级补 事业收   经营收   附属单 其他收',
  '                  行次 合计 收入 助收入 入                  入 位上缴',
  '       科目名称                                            收入 入',
  '一般公共服务支出             1 277.00 277.00 0.00         0.00',
  ' 人大事务                2 277.00 277.00        0.00        0.00',
  '  一般行政管理事务           3 277.00 277.00 0.00',
  '社会保障和就业支出            4 254.64 254.64 0.00               0.00',
  ' 抚恤                  5 254.64 254.64 0.00         0.00       0.00',
  '  死亡抚恤               6 254.64 254.64        0.00 0.00',
  '卫生健康支出               7 245.18 245.18 0.00 0.00',
  ' 行政事业单位医疗            8 245.18 245.18 0.00 0.00 0.00',
  '  其他行政事业单位医疗支出       9 245.18 245.18 0.00 0.00',
  '资源勘探工业信息等支出         10 434.13 434.13 0.00',
  ' 支持中小企业发展和管理支出      11 434.13 434.13                    0.00',
  '  其他支持中小企业发展和管理支出   12 434.13 434.13 0.00',
  '住房保障支出              13 16.50 16.50                0.00 0.00 0.00',
  ' 住房改革支出             14 16.50 16.50          0.00 0.00 0.00',
].join('\n');

describe('a 收入 that only completes its neighbour\'s word', () => {
  it('joins 一般公共预算拨款 when drawn right of it on the line below, over figures standing apart (seven columns, not eight)', () => {
    const { at, header } = readFixture(RIGHT_OF_WORD);
    expect(header(1).slice(-7)).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    expect(at(4).cells.slice(-7)).toEqual(['3,299.01', '3,299.01', '0.00', '', '', '0.00', '0.00']);
    expect(at(6).cells.slice(-7)).toEqual(['267.88', '267.88', '0.00', '0.00', '', '', '0.00']);
    expect(at(12).cells.slice(-7)).toEqual(['178.96', '178.96', '0.00', '', '0.00', '0.00', '0.00']);
  });

  it('joins 财政拨款 when drawn left of it under 本年收入, over squeezed rows numbered by 行次 (seven columns, not eight)', () => {
    const { at, header } = readFixture(LEFT_OF_WORD);
    expect(header(1).slice(-7)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    expect(at(4).cells.slice(-8)).toEqual(['1', '277.00', '277.00', '0.00', '', '0.00', '', '']);
    expect(at(5).cells.slice(-7)).toEqual(['277.00', '277.00', '', '0.00', '', '0.00', '']);
    expect(at(8).cells.slice(-7)).toEqual(['254.64', '254.64', '0.00', '', '0.00', '', '0.00']);
    expect(at(16).cells.slice(-7)).toEqual(['16.50', '16.50', '', '', '0.00', '0.00', '0.00']);
  });
});
