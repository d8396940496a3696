import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated 决算 (lines 1–2 of the document, a blank line, then its 一般公共预算财政
// 拨款支出决算表 over two pages: fixture line n is the document's line n + 239 from line 4 on). The rows print their 行次
// in a column of their own (`1` … `32`), the header repeated on the second page (lines 35–37) putting `行次 小计` (two
// words run together) over them once more. Two rows there print their code and the first line of their name with no figure (`215 05 99 其他工业和信息
// 产业监`, line 41) and the name's rest, 行次 and figures on the next line (`管支出  24 3,165.49 1,940.49 1,225.00`, line
// 42). Before, the repeated header's words among them made the row numbers read as a code column: the code line was not joined, and the
// row was read as `管支出`, without its code.

describe('a 一般公共预算财政拨款支出决算表 whose repeated header puts 行次 over its row numbers again', () => {
  const { table, onLine } = ingestTextFormFixture('final-general-expenditure-row-numbers-under-repeated-header-code-lines.pdftotext.txt', 'final_general_expenditure');

  it('reads the row of lines 41–42 with its code and whole name, its figures in 元', () => {
    const row = table.rows.find((r) => r.line === 42)!;
    expect([row.code, row.name]).toEqual(['2150599', '其他工业和信息产业监管支出']);
    expect(onLine(42)).toEqual({ '本年支出/小计': '31654900', '本年支出/基本支出': '19404900', '本年支出/项目支出': '12250000' });
  });

  it('reads the row of lines 46–47 so too (`215 08 99 其他支持中小企业发展` / `和管理支出  27 3,761.46 2,601.77 1,159.69`)', () => {
    const row = table.rows.find((r) => r.line === 47)!;
    expect([row.code, row.name]).toEqual(['2150899', '其他支持中小企业发展和管理支出']);
    expect(onLine(47)).toEqual({ '本年支出/小计': '37614600', '本年支出/基本支出': '26017700', '本年支出/项目支出': '11596900' });
  });
});
