/**
 * The `合计` of a total word drawn beside 行次 is read with the word over the figures. In a 收入决算表 with a 行次
 * column, pdftotext writes `本年收入` over the first figure column and its `合计` on the line below, left of it, right
 * after `行次` (`行次 合计 预算拨款 …`), over where the row numbers end. The header re-read by meaning took only the
 * pieces right of the label columns, so `合计` was dropped and the first column named `本年收入`. The lines are those
 * pdftotext -layout writes for a generated 2016 部门决算 (焦作市住房和城乡建设局), shortened; the values are read by hand
 * (万元):
 *
 * ```
 * 总计              1 4,273.4 4,271.9    1.5
 * ```
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  "                        收入决算表",
  "                                                  公开02表",
  "                         2016年度",
  "部门：焦作市住房和城乡建设局                                    单位：万元",
  "     项目           本年收入    一般公共 上级补 事业收 经营收 附属单 其他收",
  "            行次 合计 预算拨款 助收入 入             入 位上缴  入",
  "    科目名称                   收入               收入",
  "总计              1 4,273.4 4,271.9    1.5",
  "一般公共服务支出        2 1,631.8 1,631.0    0.8",
  " 人大事务           3 220.2 220.2",
  "  一般行政管理事务      4 220.2 220.2",
  " 政府办公厅（室）及      5 358.6 357.8        0.8",
  " 相关机构事务",
  "  行政运行          6 62.9 62.9",
  "  一般行政管理事务      7 285.9 285.9",
  "  信访事务          8     9.7     9.0    0.8",
  " 纪检监察事务         9 91.0 91.0",
  "  行政运行        10 91.0 91.0",
  " 组织事务          11 962.0 962.0",
  "  行政运行        12 296.2 296.2",
  "  其他组织事务支出    13 665.8 665.8",
].join('\n');

describe('a 合计 drawn beside 行次 ends the total word over the figures', () => {
  const { at, header } = readFixture(TEXT);
  it('names the first figure column 本年收入合计, 行次 kept with the labels', () => {
    expect(header(5)).toEqual(['项目/科目名称', '项目/行次', '本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });
  it('reads 总计 under 本年收入合计, 一般公共预算拨款收入 and 事业收入 (line 8: 1 | 4,273.4 | 4,271.9 | 1.5)', () => {
    expect(at(8).cells).toEqual(['总计', '1', '4,273.4', '4,271.9', '', '1.5', '', '', '']);
  });
});
