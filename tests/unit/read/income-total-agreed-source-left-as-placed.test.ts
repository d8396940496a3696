/**
 * A row of a 收入 table whose placement by position breaks the header's totals: the figures every placement holding
 * them agrees on go there, a figure they leave undecided among the source columns (上年结转, 一般公共预算拨款收入, …,
 * placed by the settle stage from the 总表) stays where it was found. Here the header's totals and the figures'
 * positions leave one source, 一般公共预算拨款收入, as the document's truth has it (its line 86: 合计 and
 * 一般公共预算拨款收入 356.1). Real `pdftotext -layout` output:
 * synth-410811-jiaotongju-2021-budget-00114 (pdf31), the 部门收入总表 (万元), lines 79–99 (some rows left out). Five
 * value columns squeezed into the width of their 栏次 numbers (`1 2 3 4 5`, one space apart); every row prints its
 * 合计 and one source, equal: rows whose first figure pdftotext drew a little left (`99.4` under 上年结转 by position,
 * the 合计 left blank) take it as the 合计, the only column every holding placement gives it. Values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const text = [
  '          科目编码                    一般公',
  '                         合计 结转 共预算',
  '                               上年        事业 其他',
  '                                  拨款收 收入 收入',
  '                科目名称                入',
  ' 类 款 项',
  '                 栏次       1 2 3 4 5',
  '201       一般公共服务支出       356.1     356.1',
  '201 01     人大事务          101.4     101.4',
  '201 01 01   行政运行          99.4      99.4',
  '201 01 02   一般行政管理事务       2.0       2.0',
  '201 03     政府办公厅（室）及相关机构 92.1       92.1',
  '           事务',
  '201 03 01   行政运行          30.5      30.5',
  '201 03 02   一般行政管理事务      50.0      50.0',
  '201 03 08   信访事务          11.6      11.6',
  '201 11     纪检监察事务         44.3      44.3',
  '201 11 02   一般行政管理事务      44.3      44.3',
].join('\n');

describe('a row breaking the totals takes the figures every holding placement agrees on', () => {
  const { at } = readFixture(text);

  it('reads the first figure of 行政运行 as its 合计, 上年结转 blank (line 10)', () => {
    expect(at(10).cells[2]).toBe('99.4');
    expect(at(10).cells[3]).toBe('');
  });

  it("reads its second figure as 一般公共预算拨款收入, as the generator's truth has it (line 10)", () => {
    expect(at(10).cells.slice(2)).toEqual(['99.4', '', '99.4', '', '']);
  });

  it('reads 信访事务 so too (line 16)', () => {
    expect(at(16).cells.slice(2)).toEqual(['11.6', '', '11.6', '', '']);
  });

  it('reads 一般公共服务支出 so too (line 8; the truth: 合计 and 一般公共预算拨款收入 356.1)', () => {
    expect(at(8).cells.slice(2)).toEqual(['356.1', '', '356.1', '', '']);
  });
});
