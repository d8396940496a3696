import { describe, expect, it } from 'vitest';
import { flattenHeader, readGrid } from '../../src/lib/parse/tables/grid.ts';
import { splitLines } from '../../src/lib/text/lines.ts';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { tabbed as T } from '../helpers.ts';


describe('header flattening', () => {
  it('flattens the three-level 三公 header (merged cells lost in conversion)', () => {
    const header = [
      T('预算数⇥⇥⇥⇥⇥⇥决算数⇥⇥⇥⇥⇥').split('\t'),
      T('合计⇥因公出国（境）费⇥公务用车购置及运行维护费⇥⇥⇥公务接待费⇥合计⇥因公出国（境）费⇥公务用车购置及运行维护费⇥⇥⇥公务接待费').split('\t'),
      T('⇥⇥小计⇥公务用车购置费⇥公务用车运行维护费⇥⇥⇥⇥小计⇥公务用车购置费⇥公务用车运行维护费⇥').split('\t'),
    ];
    expect(flattenHeader(header)).toEqual([
      '预算数/合计',
      '预算数/因公出国（境）费',
      '预算数/公务用车购置及运行维护费/小计',
      '预算数/公务用车购置及运行维护费/公务用车购置费',
      '预算数/公务用车购置及运行维护费/公务用车运行维护费',
      '预算数/公务接待费',
      '决算数/合计',
      '决算数/因公出国（境）费',
      '决算数/公务用车购置及运行维护费/小计',
      '决算数/公务用车购置及运行维护费/公务用车购置费',
      '决算数/公务用车购置及运行维护费/公务用车运行维护费',
      '决算数/公务接待费',
    ]);
  });
  it('keeps a column without sub-header as its own label', () => {
    const header = [T('项目⇥⇥年初结转和结余⇥本年收入⇥本年支出⇥⇥⇥年末结转和结余').split('\t'), T('功能分类科目编码⇥科目名称⇥⇥⇥小计⇥基本支出⇥项目支出⇥').split('\t')];
    expect(flattenHeader(header)).toEqual(['项目/功能分类科目编码', '项目/科目名称', '年初结转和结余', '本年收入', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余']);
  });
});

describe('page breaks', () => {
  it('a table whose title, meta and header repeat after a page break is one table', () => {
    const text = T(`收入决算表
公开02表
部门：测试局
单位：万元
项目⇥⇥本年收入合计⇥财政拨款收入
功能分类科目编码⇥科目名称⇥⇥
⇥栏次⇥1⇥2
⇥合计⇥3.00⇥3.00
201⇥一般公共服务支出⇥1.00⇥1.00

收入决算表
公开02表
部门：测试局
单位：万元
项目⇥⇥本年收入合计⇥财政拨款收入
功能分类科目编码⇥科目名称⇥⇥
⇥栏次⇥1⇥2
205⇥教育支出⇥2.00⇥
`);
    const grid = readGrid(splitLines(text).slice(1).filter((l) => l.raw.trim() !== ''));
    expect(grid.rows.map((r) => r.n)).toEqual([8, 9, 18]);
    expect(grid.repeatedLines).toEqual([11, 12, 13, 14, 15, 16, 17]);
    expect(grid.unit).toBe('万元');
  });
});

const doc = (body: string) =>
  parseDocument({ text: T(`2022年度\n测试市工业和信息化局部门决算\n\n${body}`), sourceFile: 'x.txt', docId: 'x', sha256: '0' });

describe('blank vs zero, unpivoting', () => {
  const d = doc(`收入支出决算总表
公开01表
单位：万元
收入⇥⇥⇥支出⇥⇥
项目⇥行次⇥决算数⇥项目⇥行次⇥决算数
栏次⇥⇥1⇥栏次⇥⇥2
一、一般公共预算财政拨款收入⇥1⇥10.00⇥一、一般公共服务支出⇥32⇥0.00
二、政府性基金预算财政拨款收入⇥2⇥⇥二、外交支出⇥33⇥10.00
⇥3⇥⇥⇥34⇥
收入总计⇥31⇥10.00⇥支出总计⇥62⇥10.00
`);
  const t = d.tables[0]!;
  it('unpivots both halves into rows', () => {
    expect(t.rows.map((r) => `${r.block}:${r.name}`)).toEqual([
      '收入:一、一般公共预算财政拨款收入',
      '支出:一、一般公共服务支出',
      '收入:二、政府性基金预算财政拨款收入',
      '支出:二、外交支出',
      '收入:收入总计',
      '支出:支出总计',
    ]);
  });
  it('0.00 is zero, blank is null', () => {
    expect(t.rows[1]!.cells[0]!.value).toBe('0');
    expect(t.rows[2]!.cells[0]!.value).toBeNull();
    expect(t.rows[2]!.cells[0]!.blank).toBe(true);
  });
  it('行次 numbers are accounted for, not values', () => {
    expect(d.coverage.cells).toBe(5);
    expect(d.coverage.unaccounted).toEqual([]);
  });
});
