/**
 * The only row of an empty table under a squeezed header and 栏次 row, read by position into columns all headed by
 * known words but one of them a label word over a value column (`项目` over `基本支出`: 项目 is the first line of
 * 项目支出, drawn over the figure at 19, `基本` pulled beside it): such columns are no reading of the header, and the
 * row is placed beside the words of the header's cover instead (`coverOnlyRow` of `src/lib/parse/read/only-row.ts`).
 * Trimmed `pdftotext -layout` output of Chromium-printed generator HTML (a 2015 决算 of a 工信局: the table's title,
 * header, 栏次 row and its one row); values read by hand from the text: `项目` and `支出` stand at 19 over the zero at
 * 19, `年末` / `和结` / `余` at 24 over the zero at 24.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const FIXTURE = `                政府性基金预算财政拨款收入支出决算表
                          2015年度
部门名称：测试市工业和信息化局                             单位：元
  项目 年初       本年支出      年末
功能 科目 结转 本年        项目 结转
分类 名称 和结 收入 小计 基本
                支出 支出   和结
科目     余                余
编码 栏次 1 2 3 4 5 6
   合计              0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

describe('the only row under columns one of which a label word heads over a value word', () => {
  const doc = parseDocument({ text: `2015年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_gov_fund')!;
  const v = (col: string) => t.rows[0]!.cells.find((c) => c.column === col)?.value ?? null;
  it('reads the row as the 合计', () => {
    expect(t.rows.map((r) => r.name)).toEqual(['合计']);
  });
  it('places the two zeros under 本年支出/项目支出 and 年末结转和结余, never under 基本支出', () => {
    expect(v('本年支出/项目支出')).toBe('0');
    expect(v('年末结转和结余')).toBe('0');
    expect(t.rows[0]!.cells.some((c) => c.column.endsWith('基本支出') && c.value !== null)).toBe(false);
  });
});
