/**
 * A 部门支出总表 in 元 whose budget-unit names wrap with their figures on the second line (`410001 测试市文化广电和`
 * / `旅游局本级  1000.00 …`), the unit code printed against the name in one cell: the unit line right under the
 * header is a data row, not a header row, and the two lines are one unit row read on the line with the figures.
 * Fixture hand-written in the shape `pdftotext -layout` writes it; values invented, read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2018年\n测试市文化旅游局部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('unit names wrapped above their figures in a 9-column 部门支出总表 in 元', () => {
  // Lines 4–20: department 4, title 5, header 6–12, unit 410001 on lines 13–14, its rows 15–16, unit 410002 on
  // lines 17–18, its rows 19–20.
  const d = doc(`部门：测试市文化广电和旅游局                                                                                                                 单位：元
                                                             部门支出总表
  科目编码                                                                 基本支出                                            项目支出
              单位代     单位（科目名称）            合计                        人员经费          公用经费
               码                                      小计                                                      小计       其他运转类      特定目标类
类 款 项                                                          工资福利支出 对个人和家庭
                                                                         的补助
                                                                             商品和服务支 资本性支出
                                                                                出
              410001 测试市文化广电和
                     旅游局本级       3000.00 2000.00 1000.00 500.00 300.00 200.00 1000.00 400.00 600.00
201 01   01          行政运行         2000.00 2000.00 1000.00 500.00 300.00 200.00
208 08   01          死亡抚恤         1000.00                                                  1000.00 400.00 600.00
              410002 测试市文化广电和
                     旅游信息中心      500.00 500.00 250.00 150.00 60.00 40.00
201 03   02          一般行政管理事务      200.00 200.00 100.00 60.00 24.00 16.00
221 02   03          购房补贴         300.00 300.00 150.00 90.00 36.00 24.00
`);
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('reads unit 410001 under its whole name on line 14, the line with its figures', () => {
    const r = t.rows.find((x) => x.line === 14);
    expect(r?.name).toBe('测试市文化广电和旅游局本级');
    expect(value(r, '合计')).toBe('3000');
    expect(value(r, '项目支出/特定目标类')).toBe('600');
  });
  it('puts the coded rows of lines 15–16 in unit 410001', () => {
    const r = t.rows.find((x) => x.line === 15);
    expect(r?.code).toBe('2010101');
    expect(r?.entity).toContain('410001');
    expect(t.rows.find((x) => x.line === 16)?.entity).toContain('410001');
  });
  it('keeps the name of the coded row on line 16 whole: the unit line 17 below it is no wrapped tail', () => {
    expect(t.rows.find((x) => x.line === 16)?.name).toBe('死亡抚恤');
  });
  it('reads unit 410002 (code joined to its name) on line 18 and its rows of lines 19–20 in it', () => {
    const r = t.rows.find((x) => x.line === 18);
    expect(r?.name).toBe('测试市文化广电和旅游信息中心');
    expect(value(r, '合计')).toBe('500');
    expect(t.rows.find((x) => x.line === 19)?.entity).toContain('410002');
    expect(value(t.rows.find((x) => x.line === 20), '基本支出/人员经费/工资福利支出')).toBe('150');
  });
});
