/**
 * The 一般公共预算基本支出表 with a 部门 and a 政府 economic classification side by side, as `pdftotext -layout` writes
 * a row whose 部门 name wraps over three lines in a tall cell: the code and the name's start on the first line, the
 * name's middle with the 政府 code, its name and the figures on the second (the PDF centres them vertically), the
 * name's end alone on the third. The fixture is cut from a converted text of the generated corpus (department and
 * figures synthetic); the values are read by hand (万元 × 10,000 = 元), and fixture line 1 is the fourth line of the text.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';

const at = (n: number) => n + 3;
const G = '本年一般公共预算基本支出';

const FIXTURE = `                                  附表6 一般公共预算基本支出表
部门：洛阳市农业农村局                                             单位：万元

  部门预算支           政府预算支                 本年一般公
  出经济分类           出经济分类                 共预算基本
  科目               科目                      支出
  科目编码 科目名称     科目编码  科目名称           合计         人员经费         公用经费

  合计                                           122.01       42.11         79.90
  30101  基本工资       50101   工资奖金津补贴          42.11       42.11          0.00
  39907  国家赔偿费用支出   59999   其他支出             64.85       0.00           64.85
  39908  对民间非营利组织
         和群众性自治组织   59999   其他支出             15.05       0.00           15.05
         补贴

注：本表反映部门年度一般公共预算基本支出情况。
`;

describe('a 部门 name wrapped over three lines around the row of figures, beside a 政府 code', () => {
  const doc = ingestText({ text: `2023年\n洛阳市农业农村局部门预算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'budget_general_basic')!;
  const row = t.rows.find((r) => r.code === '39908');

  it('reads one row 39908 with its whole name, on the figures line 13', () => {
    expect(row).toMatchObject({ name: '对民间非营利组织和群众性自治组织补贴', line: at(13) });
  });
  it('keeps the 政府 code 59999 printed on the figures line', () => {
    expect(row?.extra_codes).toEqual({ gov_economic_code: '59999' });
  });
  it('puts its figures under 合计, 人员经费 and 公用经费 (line 13: 15.05 | 0.00 | 15.05)', () => {
    expect(row?.cells.map((c) => [c.column, c.value])).toEqual([
      [`${G}/合计`, '150500'],
      [`${G}/人员经费`, '0'],
      [`${G}/公用经费`, '150500'],
    ]);
  });
  it('reports no line of the table as unread', () => {
    expect(doc.problems.filter((p) => p.line >= at(8) && p.line <= at(14) && p.severity === 'error')).toEqual([]);
  });
});
