/**
 * The only row of an empty table printing fewer figures than its 栏次 row numbers, the numbers squeezed one space
 * apart (`1 2 3 4 5 6` at 16–26): such numbers show nothing of where the columns stand, so the row is read beside its
 * header's words first (`coverOnlyRow` of `src/lib/parse/read/only-row.ts`, before the cover onto the numbers; called
 * by `columnsOf` of `src/lib/parse/read/page-columns.ts`). Trimmed `pdftotext -layout` output of Chromium-printed
 * generator HTML (a 2015 决算 of a 交通运输局: the table's title, header, 栏次 row and its one row); values read by hand
 * from the text: the zeros at 18, 28 and 33 stand under `本年` / `收入` at 18, `项目` / `支出` at 27 and `年末` at 33.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const FIXTURE = `                   2015年度
部门名称：测试市交通运输局                        单位：万元
          政府性基金预算财政拨款收入支出决算表
   科目编码        年初      本年支出      年末
         科目 行次 结转 本年    基本 项目
               和结 收入 小计 支出 支出 和结
                                 结转
 类 款 项 名称      余                 余
         栏次     1 2 3 4 5 6
         合计 1     0.00      0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

describe('the only row with blank cells under a 栏次 row squeezed one space apart', () => {
  const doc = parseDocument({ text: `2015年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_gov_fund')!;
  const v = (col: string) => t.rows[0]!.cells.find((c) => c.column === col)?.value ?? null;
  it('reads the row as the 合计', () => {
    expect(t.rows.map((r) => r.name)).toEqual(['合计']);
  });
  it('places the zeros under 本年收入, 本年支出/项目支出 and 年末结转和结余', () => {
    for (const col of ['本年收入', '本年支出/项目支出', '年末结转和结余']) expect(v(col)).toBe('0');
    expect(t.rows[0]!.cells.filter((c) => c.value !== null)).toHaveLength(3);
  });
  it('leaves no figure undecided', () => {
    expect(doc.problems.some((p) => p.code === 'spaced_row_ambiguous')).toBe(false);
  });
});
