/**
 * A value word whose first line is a label word: `项目` over `支出` in the narrow 项目支出 cell of an empty 政府性基金
 * table, pdftotext drawing `支出` two characters left of `项目`, so that by position `项目` heads the column of the
 * figure under it and `支出` a blank column of its own beside it (`joinLabelWordRest` of
 * `src/lib/parse/read/label-word-rest.ts`). Trimmed `pdftotext -layout` output of Chromium-printed generator HTML (a
 * 2017 决算 of a 教育局: the table's title, header and its one row); values read by hand from the text: the four zeros
 * stand at 18, 23, 28 and 33, under `小计`, `基本`, `项目` and `年末`.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const FIXTURE = `            政府性基金预算财政拨款收入支出决算表
                                           公开07表
                       2017年度
部门：测试市教育局                              金额单位：元
    科目编码    年初        本年支出       年末
            结转 本年                结转
         科目
 类 款 项 名称 和结   收入 小计   基本   项目   和结
             余         支出 支出 余
         合计       0.00 0.00 0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

describe('a label word that is the first line of a value word over the figures', () => {
  const doc = parseDocument({ text: `2017年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_gov_fund')!;
  const v = (col: string) => t.rows[0]!.cells.find((c) => c.column === col)?.value ?? null;
  it('reads `项目` over `支出` as the column 本年支出/项目支出, never a label column', () => {
    expect(t.rows.map((r) => r.name)).toEqual(['合计']);
    expect(t.rows[0]!.cells.map((c) => c.column)).toContain('本年支出/项目支出');
    expect(t.rows[0]!.cells.map((c) => c.column)).not.toContain('本年支出/支出');
  });
  it('keeps the four zeros under 小计, 基本支出, 项目支出 and 年末结转和结余, 本年收入 blank', () => {
    for (const col of ['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余']) expect(v(col)).toBe('0');
    expect(v('本年收入')).toBe(null);
  });
  it('leaves no figure unread', () => {
    expect(doc.problems.some((p) => p.code === 'unaccounted_number')).toBe(false);
  });
});
