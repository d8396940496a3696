/**
 * An empty 政府性基金预算财政拨款收入支出决算表 in 元 whose one figure, the 合计 row's `0.00`, starts exactly where the
 * word `小计` starts (character 12) and reaches past where the next word, `基本支`, starts (15): the header is drawn
 * narrower than the figures there, and the figure may be 小计's or 本年收入's (`本年收` and `入` at 10). This one is
 * 本年收入's; another table laid out alike prints its `0.00` under 小计, so nothing of the row tells them apart and the
 * figure is left unread and reported, never published under 小计. Fixture from `pdftotext -layout` output of
 * synth-410700-chengguanju-2018-final-00059 (fresh corpus pdf64), lines 279–289; values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { ingestBody } from '../helpers.ts';

const doc = ingestBody(
  `2018年度\n测试市城市管理局部门决算`,
  `
2018年度部门决算表                           政府性基金预算财政拨款收入支出决算表
                          2018年度
部门名称：测试市城市管理局                                      单位：元
  项目               本年支出
功能    年初结 本年收                年末结
分类 科目 转和结 入 小计 基本支 项目支 转和结
科目 名称 余              出   出    余
编码
   合计       0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
  说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。
`,
);
const t = doc.tables.find((x) => x.kind === 'final_gov_fund')!;
const total = t?.rows.find((r) => r.name === '合计');
const value = (col: string) => total?.cells.find((c) => c.column === col)?.value ?? null;

describe('an empty 政府性基金 table whose one figure starts where the next word starts', () => {
  it('reads the 合计 row (line 13)', () => {
    expect(total?.line).toBe(13);
  });
  it('publishes no figure under 本年支出/小计 nor anywhere else', () => {
    expect(total?.cells.filter((c) => c.value !== null)).toEqual([]);
    expect(value('本年收入')).toBeNull();
  });
  it('reports the 0.00 it left unread, with its line', () => {
    expect(doc.problems.some((p) => p.code === 'unaccounted_number' && p.line === 13 && p.message.includes('0.00'))).toBe(true);
  });
});
