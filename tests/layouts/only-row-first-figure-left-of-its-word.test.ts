/**
 * The only row of an empty table, its first figure written right after its 行次 and left of every piece of the first
 * value column's word (`1 0.00` with `年初` / `结转` / `和结` at 9 and `余` at 10, the figure at 8): no column left of the
 * first takes it, so it is the first column's, and the figures after it stand beside their words (`基本` `项目` `年末`
 * at 19, 24, 29 over figures there) — `besideWords` of `src/lib/parse/read/only-row.ts`. Trimmed `pdftotext -layout`
 * output of Chromium-printed generator HTML (a 2015 决算 of a 住建局: the table's title, header and its one row);
 * values read by hand from the text.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const FIXTURE = ` 决算07表
             政府性基金预算财政拨款收入支出决算表
                       2015年度
部门：测试市住房和城乡建设局                              金额单位：元
  项目     年初       本年支出       年末
功能
分类 科目 行次 结转
         和结
             本年
             收入    基本   项目
                小计 支出 支出 和结
                             结转
科目 名称     余                  余
编码
   合计 1 0.00       0.00 0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

describe('the only row whose first figure stands left of its column word', () => {
  const doc = parseDocument({ text: `2015年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_gov_fund')!;
  const v = (col: string) => t.rows[0]!.cells.find((c) => c.column === col)?.value ?? null;
  it('reads the row as the 合计', () => {
    expect(t.rows.map((r) => r.name)).toEqual(['合计']);
  });
  it('places the zeros under 年初结转和结余, 基本支出, 项目支出 and 年末结转和结余', () => {
    for (const col of ['年初结转和结余', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余']) expect(v(col)).toBe('0');
    expect(v('本年收入')).toBe(null);
    expect(v('本年支出/小计')).toBe(null);
  });
  it('leaves no figure undecided', () => {
    expect(doc.problems.some((p) => p.code === 'spaced_row_ambiguous')).toBe(false);
  });
});
