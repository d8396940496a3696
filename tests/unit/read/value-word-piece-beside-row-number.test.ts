/**
 * A value word's piece drawn left into the label columns is read with the word it ends. In a 收入决算表 with a 行次
 * column, pdftotext writes the `合计` of `本年收入合计` on the line below, left of its `本年收入`, right after `行次`
 * (`功能分类科 科目名称 行次 合计`). The header over the figures reads as a cover without it (`本年收入` is a word too), so
 * `合计` was left unread and the first column named `本年收入`; the cover that takes it accounts for every piece. The
 * lines are those pdftotext -layout writes for a generated 2017 部门决算 (焦作市中站区科学技术局), shortened; the values
 * are read by hand (万元):
 *
 * ```
 * 201 11 01 行政运行      5 2309.02 2309.02 0.00
 * ```
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  "\f                             收入决算表",
  "                                                                  公开02表",
  "                               2017年度",
  "部门：焦作市中站区科学技术局                                                单位：万元",
  "      项目                               上级             附属",
  "                      本年收入 财政拨款 补助 事业 经营 单位 其他",
  "功能分类科 科目名称 行次 合计               收入 收入 收入 收入 上缴 收入",
  "                                                      收入",
  "  目编码",
  "              栏次        1        2      3 4 5 6 7",
  "201       一般公共服务支出 1 11747.83 11747.83 0.00           0.00",
  "201 01    人大事务      2 1769.00 1769.00 0.00 0.00       0.00",
  "201 01 02 一般行政管理事务 3 1769.00 1769.00 0.00        0.00 0.00 0.00",
  "201 11    纪检监察事务    4 3463.30 3463.30 0.00            0.00 0.00",
  "201 11 01 行政运行      5 2309.02 2309.02 0.00",
  "201 11 02 一般行政管理事务 6 1154.29 1154.29             0.00      0.00",
  "201 32    组织事务      7 6515.52 6515.52 0.00       0.00 0.00 0.00",
  "201 32 01 行政运行      8 2398.24 2398.24       0.00 0.00",
  "201 32 99 其他组织事务支出 9 4117.29 4117.29 0.00 0.00             0.00",
  "206       科学技术支出   10 781.07 781.07                        0.00",
].join('\n');

describe('a value word piece drawn beside 行次 ends the word over the figures', () => {
  const { at, header } = readFixture(TEXT);
  it('names the first figure column 本年收入合计, then the six sources in order', () => {
    expect(header(5).slice(3)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });
  it('reads 行政运行 under 本年收入合计, 财政拨款收入 and 上级补助收入 (line 15: 5 | 2309.02 | 2309.02 | 0.00)', () => {
    expect(at(15).cells).toEqual(['201 11 01', '行政运行', '5', '2309.02', '2309.02', '0.00', '', '', '', '']);
  });
});
