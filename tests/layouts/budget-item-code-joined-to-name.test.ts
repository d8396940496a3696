/**
 * A 5-column 部门支出总表 page laid out apart from its header: the reader keeps 类 and 款 in one cell and joins the 项
 * code to the name (`221 02 01住房公积金`). The 项 code is split off the name, so the row is the 7-digit 2210201 named
 * 住房公积金. Fixture: lines 144–149 (title, header) and 190–196 (the last page, its number and running head included) of a pdf6 corpus document; values read
 * by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';

const d = ingestText({ text: `2018年\n郑州市工业和信息化局部门预算\n\n部门：郑州市工业和信息化局                                                        单位：万元
                                      部门支出总表
                                                                     公开03表
         项目                              其中：基本支出
功能分类科          科目名称      合计         小计 人员经费 公用经            项目支出
  目编码                                                 费
                                             —9—
                                 郑州市工业和信息化局2018年部门预算
221 02  住房改革支出         795.04 795.04 731.44 63.60          0.00
221 02 01住房公积金          79.19 79.19 72.86 6.34             0.00
221 02 02提租补贴          307.85 307.85 283.22 24.63          0.00
221 02 03购房补贴          408.00 408.00 375.36 32.64          0.00
       合计            6,758.13 5,084.84 4,678.06 406.79 1,673.28\n`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

describe('a 项 code the reader joined to the name after 类 and 款 (221 02 01住房公积金)', () => {
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  const row = (code: string) => t.rows.find((r) => r.code === code);
  it('reads line 13 as 2210201 住房公积金 with 合计 79.19', () => {
    expect(row('2210201')?.name).toBe('住房公积金');
    expect(row('2210201')?.cells.find((c) => c.column === '合计')?.value).toBe('791900');
  });
  it('reads lines 14 and 15 as 2210202 提租补贴 and 2210203 购房补贴', () => {
    expect(row('2210202')?.name).toBe('提租补贴');
    expect(row('2210203')?.name).toBe('购房补贴');
  });
  it('keeps line 12 as the 款 22102 住房改革支出', () => {
    expect(row('22102')?.name).toBe('住房改革支出');
  });
});
