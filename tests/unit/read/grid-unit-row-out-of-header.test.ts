/**
 * The grid reader decides where a table's header ends: a budget-unit line with no figure (its name wrapped, the
 * figures on the next line) right under the header looks like one more header row, but prints a unit code and a
 * name that is no header word — it is the first data row, for every table kind.
 * Fixture hand-written in the shape `pdftotext -layout` writes it; values invented (元).
 */
import { describe, expect, it } from 'vitest';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { readGrid } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';

// Lines 1–13: department 1, title 2, header 3–9 (the reader joins 6–9 into the rows above), unit 410001 on lines
// 10–11, its row 12, total 13.
const text = `部门：测试市文化广电和旅游局                                                                                                                 单位：元
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
201 01   01          行政运行         3000.00 2000.00 1000.00 500.00 300.00 200.00 1000.00 400.00 600.00
                     合计             3000.00 2000.00 1000.00 500.00 300.00 200.00 1000.00 400.00 600.00`;

describe('a figureless budget-unit line under the header of a 部门支出总表', () => {
  const { lines } = readTextForms(splitLines(text));
  const grid = readGrid(lines.filter((l) => !l.skip));
  it('ends the header on line 5, the last header line the reader keeps', () => {
    expect(grid.headerLines).toEqual([3, 4, 5]);
  });
  it('returns the unit line 10 to the data rows, first, as printed', () => {
    expect(grid.rows.map((l) => l.n)).toEqual([10, 11, 12, 13]);
    expect(grid.rows[0]!.cells.join('|')).toContain('410001');
  });
});
