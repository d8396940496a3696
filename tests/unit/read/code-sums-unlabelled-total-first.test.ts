/**
 * A coded 支出决算表 whose 合计 prints no label and stands first, before the 类 (its figures on the line right under the
 * 栏次 row): it is the table's 合计 row for the sums down the classification (`read/code-sums.ts`), so the table's rows
 * are all accounted for and a row whose totals hold alike under two columns is placed where its parent's sums hold.
 * `2010302 一般行政管理事务 56545.30 … 0.00 0.00 56545.30 0.00 0.00` holds its totals with 56545.30 under 项目支出 or
 * under 上缴上级支出; its parent 20103 prints 174116.73 = 56545.30 + 117571.43 under 项目支出 and 0.00 under 上缴上级支出.
 * Lines laid out as pdftotext wrote them (synth-410700-jiaoyuju-2016-final-00029 of pdf41, its lines 145–161, the 合计
 * and 201 rows printing 201's sums over the rows kept); expected cells read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '                                         支出决算表',
  '                                           2016年度',
  '部门名称：新乡市教育局                                                                         金额单位：元',
  '          项目                                   其中：基本支出                                    对附',
  '                          本年支出合                                                上缴 经营 属单',
  '功能分类科           科目名称         计         小计        人员经费 公用经费 项目支出 上级             支出   支出    位补',
  '                                                                                          助支',
  '  目编码                                                                                     出',
  '                 栏次           1          2          3         4         5       6 7 8',
  '                           350685.71  132583.30  102089.13  30494.17 218102.41 0.00 0.00 0.00',
  '201       一般公共服务支出         350685.71 132583.30 102089.13  30494.17 218102.41 0.00         0.00',
  '201 01    人大事务             161953.17 117967.49 90834.96 27132.53 43985.68 0.00            0.00',
  '201 01 01 行政运行             117967.49 117967.49 90834.96 27132.53          0.00       0.00',
  '201 01 02 一般行政管理事务          43985.68       0.00       0.00            43985.68       0.00',
  '201 03    政府办公厅（室）及相关机构事务 188732.54 14615.81 11254.17 3361.64 174116.73 0.00 0.00 0.00',
  '201 03 01 行政运行              14615.81 14615.81 11254.17 3361.64                 0.00       0.00',
  '201 03 02 一般行政管理事务          56545.30                  0.00      0.00 56545.30 0.00 0.00',
  '201 03 08 信访事务             117571.43                  0.00      0.00 117571.43 0.00 0.00 0.00',
].join('\n');

// (本年支出合计 | 小计 | 人员经费 | 公用经费 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出)
const { at } = readFixture(TEXT);
const values = (n: number) => at(n).cells.slice(-8);

describe('an unlabelled 合计 printed first, the 合计 row of the sums down the classification', () => {
  it('places 一般行政管理事务 56545.30 under 项目支出, where its parent 20103 prints 174116.73 (line 17)', () => {
    expect(values(17)).toEqual(['56545.30', '', '0.00', '0.00', '56545.30', '0.00', '0.00', '']);
  });
  it('keeps the 合计 row as printed, eight figures in order (line 10)', () => {
    expect(values(10)).toEqual(['350685.71', '132583.30', '102089.13', '30494.17', '218102.41', '0.00', '0.00', '0.00']);
  });
});
