/**
 * The only row of an empty table whose figures stand apart, evenly (`合计       0.00     0.00     0.00`: gaps of 7, 5
 * and 5), under a crowded header whose words put its first figure under `小计` (starting at 12, where the figure
 * starts): so placed, the first gap of 5 holds no blank cell and the second one, though the row's cells are laid out
 * alike. pdftotext draws a crowded header left of where it prints, so each figure stands in the column the words put
 * it in or left of it; the one placement so spacing the blank cells evenly puts the first zero under 本年收入
 * (`evenlyBeside` of `src/lib/parse/read/only-row.ts`). Trimmed `pdftotext -layout` output of Chromium-printed
 * generator HTML (a 2018 决算 of a 文旅局: the table's title, header and its one row); values read by hand from the
 * text.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const FIXTURE = `                      2018年度
部门名称：测试市文化广电和旅游局                           单位：万元
          附表7：政府性基金预算财政拨款收入支出决算表
  项目               本年支出
功能    年初结 本年收                年末结
分类 科目 转和结 入 小计 基本支 项目支 转和结
科目 名称 余              出    出   余
编码
   合计       0.00     0.00     0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

describe('the only row whose figures stand evenly apart under a crowded header', () => {
  const doc = parseDocument({ text: `2018年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_gov_fund')!;
  const v = (col: string) => t.rows[0]!.cells.find((c) => c.column === col)?.value ?? null;
  it('reads the row as the 合计', () => {
    expect(t.rows.map((r) => r.name)).toEqual(['合计']);
  });
  it('places the zeros under 本年收入, 本年支出/基本支出 and 年末结转和结余, one blank cell in each gap', () => {
    for (const col of ['本年收入', '本年支出/基本支出', '年末结转和结余']) expect(v(col)).toBe('0');
    expect(t.rows[0]!.cells.filter((c) => c.value !== null)).toHaveLength(3);
  });
});
