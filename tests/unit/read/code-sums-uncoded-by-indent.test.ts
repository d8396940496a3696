/**
 * The classification of a 支出决算表 printing no codes read from how far its names are indented
 * (`read/indent-levels.ts`), for the sums down the classification (`read/code-sums.ts`): a 类 flush left, its 款 one
 * space in, their 项 two. The fixture is written as `pdftotext -layout` wrote such a table (万元, a 栏次 row, the 合计
 * row printed without a label); from 信访事务 on, pdftotext drew every row a few characters further right, so a row
 * printing its total and one figure after a gap (`信访事务 35.0 … 35.0`) stands under 栏次 6 (上缴上级支出), where its
 * totals hold as well as under 项目支出. Its parent 政府办公厅（室）及相关机构事务 prints 35.0 under 项目支出, and
 * 一般公共服务支出's 108.8 under 项目支出 is 22.5 + 35.0 + 51.4 only with 纪检监察事务's 51.4 there too. Expected cells
 * read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { codesByIndent } from '../../../src/lib/parse/read/indent-levels.ts';
import { readFixture } from './read-fixture.ts';

const text = [
  `                               2018年度`,
  `部门名称：郑州市工业和信息化局                                          单位：万元`,
  `                              支出决算表`,
  `                                                           公开03表`,
  `     项目     本年支           其中：基本支出         项目支   上缴上 经营支 对附属`,
  `    科目名称    出合计       小计 人员经       公用经 出 级支出 出 单位补`,
  `                             费      费                   助支出`,
  `     栏次       1        2     3      4      5     6   7   8`,
  `             137.5     28.7 22.1     6.6 108.8`,
  `一般公共服务支出     137.5      28.7 22.1     6.6 108.8`,
  ` 人大事务         22.5                         22.5`,
  `  一般行政管理事务    22.5                         22.5`,
  ` 政府办公厅（室）及相 35.0                           35.0`,
  ` 关机构事务`,
  `  信访事务        35.0                              35.0`,
  ` 纪检监察事务       80.0     28.7    22.1       6.6   51.4`,
  `  行政运行        28.7     28.7    22.1       6.6`,
  `  一般行政管理事务     51.4                             51.4`,
].join('\n');

const { at } = readFixture(text);
// (本年支出合计 | 小计 | 人员经费 | 公用经费 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出)
const values = (n: number) => at(n).cells.slice(-8);

describe('an uncoded table’s rows placed by the sums down the levels its indents tell (lines 9–18)', () => {
  it('reads 信访事务 35.0 under 项目支出, its parent printing 35.0 there (line 15)', () => {
    expect(values(15)).toEqual(['35.0', '', '', '', '35.0', '', '', '']);
  });
  it('reads 纪检监察事务 51.4 under 项目支出, summing to its 类’s 108.8 (line 16)', () => {
    expect(values(16)).toEqual(['80.0', '28.7', '22.1', '6.6', '51.4', '', '', '']);
  });
  it('reads 一般行政管理事务 51.4 under 项目支出, its parent’s (line 18)', () => {
    expect(values(18)).toEqual(['51.4', '', '', '', '51.4', '', '', '']);
  });
});

describe('codes by indent', () => {
  it('numbers a 类, its 款 and their 项 in printed order', () => {
    expect(codesByIndent(['一般公共服务支出 1', ' 人大事务 1', '  行政运行 1', '  信访事务 1', ' 纪检监察事务 1', '教育支出 1'])).toEqual(['101', '10101', '1010101', '1010102', '10102', '102']);
  });
  it('tells nothing when every name stands flush left, or a row stands two steps in from the row above', () => {
    expect(codesByIndent(['一般公共服务支出 1', '人大事务 1'])).toBeNull();
    expect(codesByIndent(['一般公共服务支出 1', '  行政运行 1', ' 人大事务 1'])).toBeNull();
  });
});
