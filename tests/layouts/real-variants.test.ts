/**
 * Layout features of real disclosures from other provinces (docs/parsing.md, "Layout features found in real
 * disclosures"): the unit at the right of the title line, zeros printed as `-`, `—` or a bare `0`, whole numbers
 * without decimals, a 人员经费 | 公用经费 group row over the basic-expenditure blocks, 调整预算数, a department line
 * alone above a space-aligned header. Every fixture is hand-written (⇥ = tab); expected values are read from it by
 * hand (元, or 万元 × 10,000), with the fixture line they stand on.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Table } from '../../src/lib/model/table.ts';
import { tabbed as T } from '../helpers.ts';

const ingest = (body: string) => ingestText({ text: T(`2023年度\n测试市工业和信息化局部门决算\n\n${body}`), sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const table = (body: string, kind: Table['kind']) => ingest(body).tables.find((t) => t.kind === kind)!;
const cell = (t: Table, name: string, column: string) => t.rows.find((r) => r.name === name)?.cells.find((c) => c.column === column);
/** The 部门收支预算表 of a 预算 fixture, as the value printed on a row of one side (收入 or 支出). */
function budgetSummary(body: string): (block: string, name: string) => string | null | undefined {
  const d = ingestText({ text: `2023年\n测试市工业和信息化局部门预算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'budget_summary')!;
  return (block, name) => t.rows.find((r) => r.block === block && r.name === name)?.cells[0]?.value;
}

describe('a unit printed at the right of the title line', () => {
  // fixture lines 4–9 (the three lines of the prefix come first)
  const income = `收入决算表      单位：万元
部门：测试市工业和信息化局

科目编码⇥科目名称⇥本年收入合计⇥财政拨款收入⇥其他收入
⇥合计⇥120.50⇥100.00⇥20.50
201⇥一般公共服务支出⇥120.50⇥100.00⇥20.50
`;
  const t = table(income, 'final_income');
  it('is the unit of the table, and the title is the name alone', () => {
    expect(t.title).toBe('收入决算表');
    expect(t.unit).toBe('万元');
  });
  it('scales the amounts by it: 合计 120.50 万元 on line 8 is 1,205,000 元', () => {
    expect(cell(t, '合计', '本年收入合计')?.value).toBe('1205000');
  });
  it('is read the same way after a numbered title in the spaced form', () => {
    const spaced = table(
      `                    表2  收入决算表                          单位：元

部门名称：测试市工业和信息化局

   项目                      本年收入合计      财政拨款收入
   科目编码       科目名称

              合计             1205000.00        1000000.00
   201        一般公共服务支出     1205000.00        1000000.00
`,
      'final_income',
    );
    expect(spaced.title).toBe('收入决算表');
    expect(spaced.number).toBe('表2');
    expect(spaced.unit).toBe('元');
    expect(cell(spaced, '一般公共服务支出', '财政拨款收入')?.value).toBe('1000000');
  });
});

describe('zeros printed as a hyphen, a dash or a bare 0', () => {
  const body = `支出决算表
单位：元
科目编码⇥科目名称⇥本年支出合计⇥基本支出⇥项目支出⇥经营支出
⇥合计⇥5000.00⇥3000.00⇥2000.00⇥-
201⇥一般公共服务支出⇥5000.00⇥3000.00⇥2000.00⇥—
2010101⇥行政运行⇥3000.00⇥3000.00⇥0⇥-
`;
  const t = table(body, 'final_expenditure');
  it('reads a hyphen (line 7) and a dash (line 8) as cells that hold nothing, never as zero', () => {
    const hyphen = cell(t, '合计', '经营支出');
    expect(hyphen?.value).toBeNull();
    expect(hyphen?.blank).toBe(true);
    expect(cell(t, '一般公共服务支出', '经营支出')?.value).toBeNull();
  });
  it('reads a bare 0 (行政运行 项目支出, line 9) as the amount zero', () => {
    expect(cell(t, '行政运行', '项目支出')?.value).toBe('0');
  });
  it('reports no problem on the table lines (6–9) for them', () => {
    expect(ingest(body).problems.filter((p) => p.line >= 6 && p.line <= 9)).toEqual([]);
  });
});

describe('a spaced table whose columns hold only zeros or dashes', () => {
  // pdftotext -layout: each zero right-aligned one character past the end of its header word
  const body = `                       收入决算表

部门名称：测试市工业和信息化局                         单位：万元

  项目                  本年收入合计   财政拨款收入   事业收入   经营收入
  科目编码    科目名称

          合计              653      653      0      -
  201     一般公共服务支出         42       42      0      -
  208     社会保障和就业支出       611      611      0      -
`;
  const t = table(body, 'final_income');
  it('keeps each column under its own header: 事业收入 0 and 经营收入 blank on line 12', () => {
    expect(cell(t, '一般公共服务支出', '事业收入')?.value).toBe('0');
    expect(cell(t, '一般公共服务支出', '经营收入')?.value).toBeNull();
  });
  it('reads the whole numbers of the table in its unit: 社会保障和就业支出 611 万元 on line 13', () => {
    expect(cell(t, '社会保障和就业支出', '本年收入合计')?.value).toBe('6110000');
    expect(t.rows.map((r) => r.name)).toEqual(['合计', '一般公共服务支出', '社会保障和就业支出']);
  });
});

describe('a whole-number side-by-side summary in the spaced form', () => {
  // rows with a label and one whole number on the 支出 side (lines 14–16) are rows, not header or label lines
  const body = `                     部门收支预算表                 单位：万元

部门：测试市工业和信息化局

 收入                      支出
 项目               金额     项目                 金额

 一、一般公共预算拨款收入     140    一、一般公共服务            28
 二、事业收入            12    二、外交                 0
 三、其他收入                  三、教育
                         四、社会保障和就业           45
                         五、卫生健康              40
                         六、节能环保               0
 本年收入合计           152    本年支出合计             113
`;
  const side = budgetSummary(body);
  it('reads 四、社会保障和就业 45 万元 (line 14) and 六、节能环保 0 (line 16) on the 支出 side', () => {
    expect(side('支出', '四、社会保障和就业')).toBe('450000');
    expect(side('支出', '六、节能环保')).toBe('0');
  });
  it('reads the 收入 side and both totals: 一、一般公共预算拨款收入 140 万元 (line 11), 本年收入合计 152 万元 (line 17)', () => {
    expect(side('收入', '一、一般公共预算拨款收入')).toBe('1400000');
    expect(side('收入', '本年收入合计')).toBe('1520000');
    expect(side('支出', '本年支出合计')).toBe('1130000');
  });
});

describe('a whole-number side-by-side summary that runs onto the next page without its header', () => {
  // page 1 ends with 三、教育 45 (line 13) and the page number; page 2 (a form feed) starts with rows whose only amount
  // is a whole number (四、卫生健康 40 on line 16, 六、城乡社区 7 on line 18)
  const body = `                     部门收支预算表                 单位：万元\n\n部门：测试市工业和信息化局\n\n 收入                      支出
 项目               金额     项目                 金额

 一、一般公共预算拨款收入     140    一、一般公共服务            28
 二、事业收入            12    二、外交                 0
                         三、教育                45

                              — 1 —
\f                         四、卫生健康              40
                         五、节能环保
                         六、城乡社区               7
 本年收入合计           152    本年支出合计             120\n`;
  const side = budgetSummary(body);
  it('reads the rows of the second page as rows, not as the rest of a wrapped label', () => {
    expect(side('支出', '三、教育')).toBe('450000');
    expect(side('支出', '四、卫生健康')).toBe('400000');
    expect(side('支出', '五、节能环保')).toBeNull();
    expect(side('支出', '六、城乡社区')).toBe('70000');
    expect(side('支出', '本年支出合计')).toBe('1200000'); // 120 (line 19)
  });
});

describe('a 人员经费 | 公用经费 group row over the basic-expenditure blocks', () => {
  const body = `一般公共预算财政拨款基本支出决算明细表
单位：万元
人员经费⇥⇥⇥公用经费⇥⇥⇥⇥⇥
科目编码⇥科目名称⇥决算数⇥科目编码⇥科目名称⇥决算数⇥科目编码⇥科目名称⇥决算数
301⇥工资福利支出⇥80.00⇥302⇥商品和服务支出⇥15.00⇥310⇥资本性支出⇥5.00
30101⇥基本工资⇥30.00⇥30201⇥办公费⇥2.00⇥31002⇥办公设备购置⇥5.00
⇥人员经费合计⇥80.00⇥⇥⇥⇥⇥公用经费合计⇥20.00
`;
  const t = table(body, 'final_general_basic');
  it('names each block by its group and carries the group in its column, as the 阳泉 06表 reads', () => {
    expect(t.columns).toEqual(['人员经费/决算数', '公用经费/决算数']);
    const wage = t.rows.find((r) => r.code === '301')!;
    expect(wage.block).toBe('人员经费');
    expect(wage.cells[0]?.value).toBe('800000'); // 80.00 (line 8)
    const equipment = t.rows.find((r) => r.code === '31002')!; // 5.00 (line 9), third block
    expect(equipment.block).toBe('公用经费');
    expect(equipment.cells[0]?.column).toBe('公用经费/决算数');
  });
  it('reads both totals of line 10 in their groups: 人员经费合计 80.00, 公用经费合计 20.00 万元', () => {
    expect(t.rows.find((r) => r.name === '人员经费合计')?.cells[0]?.value).toBe('800000');
    const pub = t.rows.find((r) => r.name === '公用经费合计')!;
    expect(pub.block).toBe('公用经费');
    expect(pub.cells[0]?.value).toBe('200000');
  });
});

describe('the same group row in the spaced form, each group word over its block\'s first column only', () => {
  const body = `              一般公共预算财政拨款基本支出决算明细表

部门：测试市工业和信息化局                       单位：万元

 人员经费                                 公用经费
 科目编码    科目名称               决算数       科目编码    科目名称            决算数     科目编码    科目名称              决算数

 301     工资福利支出           80.00       302     商品和服务支出       15.00     310     资本性支出            5.00
 30101   基本工资             30.00       30201   办公费            2.00     31002   办公设备购置           5.00
`;
  const t = table(body, 'final_general_basic');
  it('heads the whole block with it, and the block after it up to the next group (公用经费 over blocks 2 and 3)', () => {
    expect(t.columns).toEqual(['人员经费/决算数', '公用经费/决算数']);
    expect(t.rows.find((r) => r.code === '30101')?.block).toBe('人员经费');
    const equipment = t.rows.find((r) => r.code === '31002')!; // 5.00 on line 12, third block
    expect(equipment.block).toBe('公用经费');
    expect(equipment.cells[0]?.value).toBe('50000');
  });
});

describe('a one-row 三公 table in whole 元 in the spaced form', () => {
  // the 预算数 合计 153000 looks like a budget unit's code, 108000 too: a row of figures only holds no code
  const body = `                    财政拨款“三公”经费支出决算表
部门：测试市工业和信息化局                    单位：元
   预算数                                     决算数
           因公出    公务用车               公务接             因公出  公务用车                      公务接
   合计      国（境    购置及运               待费    合计        国（境  购置及运                      待费
           ）费     行维护费                               ）费   行维护费
                          公务用 公务用                                 公务用   公务用
                  小计      车购置 车运行                         小计      车购置   车运行
                          费   维护费                                 费     维护费

   153000         108000      108000 45000 121350         90150         90150       31200
`;
  const t = table(body, 'final_three_public');
  const v = (column: string) => t.rows[0]?.cells.find((c) => c.column === column)?.value;
  it('keeps every figure of line 14 under its 预算数 or 决算数 group', () => {
    expect(v('预算数/合计')).toBe('153000');
    expect(v('预算数/公务用车购置及运行维护费/小计')).toBe('108000');
    expect(v('预算数/公务用车购置及运行维护费/公务用车运行维护费')).toBe('108000');
    expect(v('预算数/公务接待费')).toBe('45000');
    expect(v('决算数/公务接待费')).toBe('31200');
  });
});

describe('a whole-number 预算 支出表 with thousands separators in the spaced form', () => {
  // 合计 (line 12) has no code and a 项目支出 of 6,368; the amounts without decimals are amounts, never a wrapped label
  const body = `                     一般公共预算支出表

部门名称：测试市工业和信息化局                      单位：万元

   项目                               合计         基本支       项目支
                                               出         出
   科目编码       科目名称

              合计                    25,004     18,636    6,368
   201        一般公共服务支出               7,849      5,694    2,154
   20101      人大事务                   1,044               1,044
   2010102    一般行政管理事务               1,044               1,044
   20103      政府办公厅（室）及相关机构事务        6,805      5,694    1,110
   2010301    行政运行                   5,694      5,694
   2010350    事业运行                   1,111               1,110
`;
  const d = ingestText({ text: `2023年\n测试市工业和信息化局部门预算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'budget_general_expenditure')!;
  it('keeps each figure on its own row: 合计 项目支出 6,368 and 一般公共服务支出 项目支出 2,154 万元 (line 13)', () => {
    expect(cell(t, '合计', '项目支出')?.value).toBe('63680000');
    expect(cell(t, '一般公共服务支出', '项目支出')?.value).toBe('21540000');
    expect(cell(t, '行政运行', '项目支出')?.value).toBeNull(); // blank on line 17
    expect(d.problems.filter((p) => p.code === 'bad_number')).toEqual([]);
  });
});

describe('调整预算数 beside 年初预算数 in the 一般公共预算财政拨款支出决算表', () => {
  const body = `一般公共预算财政拨款支出决算表
单位：万元
科目编码⇥科目名称⇥年初预算数⇥调整预算数⇥决算数⇥⇥
⇥⇥⇥⇥小计⇥基本支出⇥项目支出
⇥合计⇥90.00⇥95.00⇥100.00⇥60.00⇥40.00
`;
  const d = ingest(body);
  const t = d.tables.find((x) => x.kind === 'final_general_expenditure')!;
  it('is a known column, read with its printed name: 95.00 万元 on line 8', () => {
    expect(cell(t, '合计', '调整预算数')?.value).toBe('950000');
    expect(d.problems.filter((p) => p.code === 'unknown_column')).toEqual([]);
  });
});

describe('a whole-number spaced table whose column holds one-digit amounts only', () => {
  // fixture lines 4–24 (split codes, 其中：基本支出 over 小计 | 人员经费 | 公用经费, a 栏次 row); the 公用经费 column
  // (栏次 4) prints 8, 1, 0, 0, 0 万元: one digit each, in one place, not counting up as a 行次 does
  const body = `                          支出决算表

                                                                                   公开03表

                     2018年度

部门：测试市工业和信息化局                                               单位：万元

 科目编                                    本年支 其中：                   项目支  上缴上      经营支       对附属
 码                                      出合计 基本支                   出    级支出      出         单位补
                                            出                                             助支出
 类         款      项    科目名                  小计      人员经   公用经
                       称                            费     费
                       栏次               1   2       3     4       5    6        7         8

                       合计               127  87      79     8      40    0        0         0
 201                   一般公共服务支出          29  12      11     1      17    0        0         0
 201       01          人大事务               2   0       0     0       2    0        0         0
 201       01     02   一般行政管理事务           2   0       0     0       2    0        0         0
 201       03          政府办公厅（室）及相关机构事务    7   0       0     0       7    0        0         0
`;
  const t = table(body, 'final_expenditure');
  const value = (name: string) => t.rows.find((r) => r.name === name)?.cells.find((c) => c.column.endsWith('公用经费'))?.value;
  it('reads them as amounts of that column: 8 万元 on the 合计 row (line 19), 1 on 一般公共服务支出 (line 20), 0 on 人大事务', () => {
    expect(value('合计')).toBe('80000');
    expect(value('一般公共服务支出')).toBe('10000');
    expect(value('人大事务')).toBe('0');
  });
  it('keeps the column under 其中：基本支出 with 小计 and 人员经费', () => {
    expect(t.columns.filter((c) => c.startsWith('其中：基本支出/'))).toEqual(['其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费']);
  });
});
