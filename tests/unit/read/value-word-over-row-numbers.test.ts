/**
 * A value word drawn left over the 行次 numbers beside it is still a word of the figure columns. In a 收入决算表 whose
 * figure columns are narrow, pdftotext writes `本年收入合计` starting one column left of where the 行次 column's numbers
 * end; the words re-read by meaning were only those right of the label columns, so `本年收入合计` was lost and the six
 * words left were matched to the seven columns: every 本年收入合计 read as 财政拨款（补助）收入 and every 财政拨款 figure
 * as 上级补助收入. The lines are those pdftotext -layout writes for a generated 2016 部门决算 (洛阳市商务局), shortened;
 * the values are read by hand (元):
 *
 * ```
 *           总计              1 39927260.22 39927260.22
 * 201 32 99 其他组织事务支出       14 1620128.23 1620128.23
 * ```
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  "部门名称：洛阳市商务局                                                               单位：元",
  "          科目编码",
  "                       行次 本年收入合计 财政拨款（补             上级补 事业收 经营收 附属单",
  "                                                                位上缴 其他收",
  " 类 款 项         科目名称                      助）收入 助收入 入          入 收入    入",
  "          总计              1 39927260.22 39927260.22",
  "201       一般公共服务支出        2 13405883.19 13405883.19",
  "201 01    人大事务            3 2591151.71 2591151.71",
  "201 01 01 行政运行            4 330832.35 330832.35",
  "201 01 02 一般行政管理事务        5 2260319.36 2260319.36",
  "201 03    政府办公厅（室）及相关机    6 4723237.74 4723237.74",
  "          构事务",
  "201 03 01 行政运行            7 539769.50 539769.50",
  "201 03 50 事业运行            8 4183468.24 4183468.24",
  "201 11    纪检监察事务          9 2870674.26 2870674.26",
  "201 11 01 行政运行           10 436912.41 436912.41",
  "201 11 02 一般行政管理事务       11 2433761.85 2433761.85",
  "201 32    组织事务           12 3220819.48 3220819.48",
  "201 32 01 行政运行           13 1600691.25 1600691.25",
  "201 32 99 其他组织事务支出       14 1620128.23 1620128.23",
].join('\n');

describe('a value word starting over the 行次 column is read with the figure columns', () => {
  const { at, header } = readFixture(TEXT);
  it('reads the seven figure columns after 行次, 本年收入合计 first', () => {
    expect(header(2).slice(3)).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });
  it('reads 总计 under 本年收入合计 and 财政拨款（补助）收入 (line 6: 1 | 39927260.22 | 39927260.22)', () => {
    expect(at(6).cells).toEqual(['', '总计', '1', '39927260.22', '39927260.22', '', '', '', '', '']);
  });
  it('reads a 项 row the same way (line 20: 201 32 99 其他组织事务支出 14 | 1620128.23 | 1620128.23)', () => {
    expect(at(20).cells).toEqual(['201 32 99', '其他组织事务支出', '14', '1620128.23', '1620128.23', '', '', '', '', '']);
  });
});
