/**
 * A 支出决算表 with a 行次 column whose rows pdftotext drew from the columns their labels leave: most rows print a
 * code spread over its cells (`201 01   01   行政运行`) and their 行次 ending at one column, the figures packed after
 * it; the last two print a shorter code (`221 02 01 住房公积金`), and pdftotext pulled the whole line left, its 行次
 * and every figure five characters left of where the others' stand (`rows-drawn-left.ts`). Read by position as they
 * stand, their figures fall one column off and two of them into one cell. Moved back by as much as their 行次 was
 * pulled, each figure starts where figures of the other rows start. Lines as pdftotext writes them (cut from a
 * generated 决算); expected cells read by hand (本年支出合计 | 小计 | 人员经费 | 公用经费 | 项目支出 | 上缴上级支出 |
 * 经营支出 | 对附属单位补助支出); line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TABLE = [
  '                                           表3：支出决算表',
  '              科目编码',
  '                               行次   本年支出合计',
  '                                                             其中：基本支出',
  '                                                                                       项目支出 上缴上       经营支 对附属',
  '类 款 项                科目名称                          小计          人员经费        公用经费                   级支出 出 单位补',
  '                                                                                                          助支出',
  '              合计                 1 204054532.17 153746908.00 127609933.61 26136974.39 50307624.17',
  '201           一般公共服务支出           2 40325332.82 29330000.00 24343900.00 4986100.00 10995332.82',
  '201 01        人大事务               3 40325332.82 29330000.00 24343900.00 4986100.00 10995332.82',
  '201 01   01   行政运行               4 29330000.00 29330000.00 24343900.00 4986100.00',
  '201 01   02   一般行政管理事务           5 10995332.82                                        10995332.82',
  '207           文化旅游体育与传媒支出        6 28535280.96 16185280.96 13433783.19 2751497.77 12350000.00',
  '207 01        文化和旅游              7 28535280.96 16185280.96 13433783.19 2751497.77 12350000.00',
  '207 01   01   行政运行               8 5358980.04 5358980.04 4447953.43 911026.61',
  '221           住房保障支出            20 36847169.78 36847169.78 30583150.91 6264018.87',
  '221 02        住房改革支出            21 36847169.78 36847169.78 30583150.91 6264018.87',
  '221 02 01 住房公积金         22 29885916.80 29885916.80 24805310.94 5080605.86',
  '221 02 03 购房补贴          23 6961252.98 6961252.98 5777839.97 1183413.01',
].join('\n');

describe('rows pdftotext drew left of the others, their 行次 and figures pulled left with a shorter code', () => {
  const { at } = readFixture(TABLE);

  it('reads 住房公积金 and 购房补贴 with their 行次 and figures where the other rows stand (lines 18, 19)', () => {
    expect(at(18).cells).toEqual(['221 02 01', '住房公积金', '22', '29885916.80', '29885916.80', '24805310.94', '5080605.86', '', '', '', '']);
    expect(at(19).cells).toEqual(['221 02 03', '购房补贴', '23', '6961252.98', '6961252.98', '5777839.97', '1183413.01', '', '', '', '']);
  });

  it('leaves the rows standing where the table’s cells are as they were (lines 8, 15, 17)', () => {
    expect(at(8).cells.slice(1)).toEqual(['合计', '1', '204054532.17', '153746908.00', '127609933.61', '26136974.39', '50307624.17', '', '', '']);
    expect(at(15).cells).toEqual(['207 01 01', '行政运行', '8', '5358980.04', '5358980.04', '4447953.43', '911026.61', '', '', '', '']);
    expect(at(17).cells).toEqual(['221 02', '住房改革支出', '21', '36847169.78', '36847169.78', '30583150.91', '6264018.87', '', '', '', '']);
  });
});
