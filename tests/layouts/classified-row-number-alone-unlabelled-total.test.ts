/**
 * An empty 政府性基金 table whose only row prints its 行次 and its figures but no name (`1    0.00 0.00 …`): the 行次
 * drawn left of its column, in a label column, is no row name; the row is the table's unlabelled 合计 (`readLabel` of
 * `src/lib/parse/layouts/classified/classified.ts`). Trimmed `pdftotext -layout` output of Chromium-printed generator
 * HTML (a 2016 决算 of a 教育局, the table's header and its one row); values read by hand from the text.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const FIXTURE = `部门：测试市教育局                                            单位：万元
2016年度部门决算表                             政府性基金预算财政拨款收入支出决算表
   项目       年初          本年支出       年末
 功能 科目      结转 本年                  结转
 分类 名称 行次 和结   收入 小计     基本   项目   和结
 科目          余           支出   支出    余
 编码 栏次       1 2 3 4 5 6
          1    0.00 0.00 0.00 0.00 0.00
    注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

describe('an empty classified table whose only row prints its 行次 where a name would stand', () => {
  const doc = parseDocument({ text: `2016年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_gov_fund')!;
  it('reads the row as the 合计, never as a row named 1', () => {
    expect(t.rows.map((r) => r.name)).toEqual(['合计']);
    expect(t.rows[0]!.is_total).toBe(true);
  });
  it('keeps its five zeros under 本年收入 … 年末结转和结余, 年初结转和结余 blank', () => {
    const v = (col: string) => t.rows[0]!.cells.find((c) => c.column === col)?.value ?? null;
    expect(v('年初结转和结余')).toBe(null);
    for (const col of ['本年收入', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余']) expect(v(col)).toBe('0');
  });
  it('says the row was read as an unlabelled total', () => {
    expect(doc.problems.some((p) => p.code === 'total_without_label')).toBe(true);
    expect(doc.problems.some((p) => p.code === 'row_without_label')).toBe(false);
  });
});
