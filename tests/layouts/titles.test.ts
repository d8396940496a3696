/**
 * Table titles in every numbering style: the name is recognised and the prefix ignored, the printed number is kept,
 * and the unit and department lines are read whether they stand before or after the title. Fixtures are small
 * hand-written tab-separated tables (⇥ = tab); every expected value is read from the fixture text.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { normaliseTitle, parseTableNumber, recogniseTitle, titleNumber } from '../../src/lib/parse/tables/recognise.ts';
import { tabbed as T } from '../helpers.ts';


/** A two-row 收入决算表 body in 万元. */
const BODY = `项目⇥⇥本年收入合计⇥财政拨款收入
功能分类科目编码⇥科目名称⇥⇥
⇥合计⇥3.50⇥3.50
201⇥一般公共服务支出⇥3.50⇥3.50`;

function parse(text: string) {
  return parseDocument({ text: T(text), sourceFile: 'fixture.txt', docId: 'fixture', sha256: '0' });
}

describe('title prefixes are ignored and the name decides the kind', () => {
  const cases: [string, string | null][] = [
    ['公开02表 收入决算表', '公开02表'],
    ['表2 收入决算表', '表2'],
    ['表 2：收入决算表', '表2'],
    ['表二 收入决算表', '表二'],
    ['附表2 收入决算表', '附表2'],
    ['附件1-2 收入决算表', '附件1-2'],
    ['决算02表 收入决算表', '决算02表'],
    ['收入决算表', null],
    ['（二）收入决算表', null],
    ['2.收入决算表', null],
    ['收入决算表（公开02表）', '公开02表'],
    ['## 表2 收入决算表', '表2'],
    ['**表2 收入决算表**', '表2'],
    ['2023年度部门决算表 收入决算表', null],
    ['测试局2023年度部门决算公开表 表2 收入决算表', '表2'],
  ];
  for (const [title, number] of cases) {
    it(`「${title}」 is the 收入决算表${number ? ` numbered ${number}` : ' without a number'}`, () => {
      expect(recogniseTitle(title)).toBe('final_income');
      expect(normaliseTitle(title)).toBe('收入决算表');
      expect(titleNumber(title)).toBe(number);
    });
  }
  it('a number alone on a line is a number in every style, and never a title', () => {
    for (const n of ['公开07表', '预算03表', '表1', '附表一', '附件1-1', '部门公开表05']) {
      expect(parseTableNumber(n)).toBe(n);
      expect(recogniseTitle(n)).toBeNull();
    }
  });
  it('an attachments heading is not a table title', () => {
    expect(recogniseTitle('附件：2022年郑州市工业和信息化局部门预算表')).toBeNull();
  });
});

describe('a table is found and read whatever its title style', () => {
  it('reads a markdown-heading title with the number on the title line', () => {
    const doc = parse(`## 表2 收入决算表\n部门：测试局\n单位：万元\n${BODY}\n`);
    const t = doc.tables.find((x) => x.kind === 'final_income')!;
    expect(t.number).toBe('表2');
    expect(t.unit).toBe('万元');
    expect(t.printed_department).toBe('测试局');
    expect(t.rows.find((r) => r.code === '201')!.cells[0]!.value).toBe('35000'); // 3.50 万元
  });
  it('reads the unit and department printed ABOVE the title, and the number below it', () => {
    const doc = parse(`其他说明文字。\n\n部门：测试局⇥⇥单位：万元\n收入决算表\n公开02表\n${BODY}\n`);
    const t = doc.tables.find((x) => x.kind === 'final_income')!;
    expect(t.unit).toBe('万元');
    expect(t.number).toBe('公开02表');
    expect(t.printed_department).toBe('测试局');
    expect(doc.problems.filter((p) => p.code === 'unit_missing')).toEqual([]);
    expect(t.rows.find((r) => r.name === '合计')!.cells[0]!.value).toBe('35000');
  });
  it('gives the unit line above a title to the following table, not to the table before it', () => {
    const doc = parse(
      `收入决算表\n单位：元\n${BODY}\n\n单位：万元\n表3 支出决算表\n项目⇥⇥本年支出合计⇥基本支出\n功能分类科目编码⇥科目名称⇥⇥\n⇥合计⇥2.00⇥2.00\n201⇥一般公共服务支出⇥2.00⇥2.00\n`,
    );
    const inc = doc.tables.find((x) => x.kind === 'final_income')!;
    const exp = doc.tables.find((x) => x.kind === 'final_expenditure')!;
    expect(inc.unit).toBe('元');
    expect(inc.rows.find((r) => r.code === '201')!.cells[0]!.value).toBe('3.5');
    expect(exp.unit).toBe('万元');
    expect(exp.number).toBe('表3');
    expect(exp.rows.find((r) => r.code === '201')!.cells[0]!.value).toBe('20000');
  });
  it('reads a unit printed on the title line, in the same cell or in a cell beside it', () => {
    for (const title of ['收入决算表（单位：万元）', '收入决算表⇥⇥⇥单位：万元']) {
      const doc = parse(`${title}\n${BODY}\n`);
      const t = doc.tables.find((x) => x.kind === 'final_income')!;
      expect(t.title).toBe('收入决算表' + (title.includes('（') ? '（单位：万元）' : ''));
      expect(t.unit).toBe('万元');
      expect(t.rows.find((r) => r.code === '201')!.cells[0]!.value).toBe('35000');
    }
  });
  it('knows the national templates\' other names (收入决算总表, 部门收支总表, 项目支出表 …)', () => {
    expect(['收入决算总表', '支出决算总表', '部门收支总表', '部门收入总表', '部门支出总表', '项目支出表', '一般公共预算“三公”经费支出表'].map(recogniseTitle)).toEqual([
      'final_income', 'final_expenditure', 'budget_summary', 'budget_income', 'budget_expenditure', 'budget_projects', 'budget_three_public',
    ]);
  });
  it('reads a running head before the title as no part of the name', () => {
    const doc = parse(`2023年度部门决算表 收入决算表\n单位：万元\n${BODY}\n`);
    expect(doc.tables.map((t) => t.kind)).toEqual(['final_income']);
    expect(doc.tables[0]!.title).toBe('收入决算表');
  });
  it('reads a Chinese table number as a numeral, so a name starting with 一 keeps it (表五 一般公共预算…)', () => {
    // Line 1 prints 表五 and the name 一般公共预算财政拨款支出决算表; without the space the numeral still ends at 五,
    // and 十一 is one numeral (表十一), while 部门决算表 before 一般… is a running head, not a number.
    for (const title of ['表五 一般公共预算财政拨款支出决算表', '表五一般公共预算财政拨款支出决算表', '2023年度部门决算表 一般公共预算财政拨款支出决算表']) {
      expect(recogniseTitle(title)).toBe('final_general_expenditure');
      expect(normaliseTitle(title)).toBe('一般公共预算财政拨款支出决算表');
    }
    expect(titleNumber('表五 一般公共预算财政拨款支出决算表')).toBe('表五');
    expect(titleNumber('表十一 收入决算表')).toBe('表十一');
    expect(titleNumber('2023年度部门决算表 一般公共预算财政拨款支出决算表')).toBeNull();
    const doc = parse(`## 表五 一般公共预算财政拨款支出决算表\n单位：万元\n项目⇥⇥本年支出合计⇥基本支出\n功能分类科目编码⇥科目名称⇥⇥\n⇥合计⇥2.00⇥2.00\n201⇥一般公共服务支出⇥2.00⇥2.00\n`);
    expect(doc.tables.map((t) => [t.kind, t.number, t.title])).toEqual([['final_general_expenditure', '表五', '一般公共预算财政拨款支出决算表']]);
  });
  it('reads a part heading followed by a number or unit line as a part, never as a table', () => {
    // Line 1 is the part heading 第二部分 …部门决算表; lines 2–3 are the number and the title of the first table;
    // only that table is read (one table, the summary of line 3), with its number from line 2.
    const doc = parse(`第二部分 2023年度部门决算表\n决算02表\n收入决算表\n部门：测试局\n单位：万元\n${BODY}\n`);
    expect(doc.tables.map((t) => [t.kind, t.number])).toEqual([['final_income', '决算02表']]);
    expect(doc.tables[0]!.rows.find((r) => r.code === '201')!.cells[0]!.value).toBe('35000');
    const after = parse(`第二部分 2023年度部门决算表\n部门：测试局\n单位：万元\n收入决算表\n${BODY}\n`);
    expect(after.tables.map((t) => t.kind)).toEqual(['final_income']);
    expect(after.problems.filter((p) => p.code === 'unknown_table')).toEqual([]);
  });
  it('reads a numbered 附件 title as a table, not as the attachments part', () => {
    const doc = parse(`附件1-2 收入决算表\n单位：万元\n${BODY}\n`);
    const t = doc.tables.find((x) => x.kind === 'final_income')!;
    expect(t.number).toBe('附件1-2');
    expect(t.rows).toHaveLength(2);
  });
});
