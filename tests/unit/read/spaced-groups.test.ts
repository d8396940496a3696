import { describe, expect, it } from 'vitest';
import { readSpaced } from '../../../src/lib/parse/read/spaced.ts';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines, type SourceLine } from '../../../src/lib/text/lines.ts';
import { readNarrative } from '../../../src/lib/parse/narrative.ts';
import { at } from './at.ts';

function read(text: string): Map<number, SourceLine> {
  const { lines } = readSpaced(splitLines(text));
  return new Map(lines.map((l) => [l.n, l]));
}

function headerOf(lines: Map<number, SourceLine>, ...ns: number[]): string[] {
  return flattenHeader(ns.map((n) => lines.get(n)!.cells));
}

describe('spaced reader: group labels left-aligned exactly over their first sub-column', () => {
  // A side-by-side 收支总表 as pdftotext prints a PDF whose header cells are left-aligned: 收入 stands over 项目
  // (the first of 项目 行次 决算数), 支出 over the second 项目. Values invented.
  const text = [
    at([3, '收入'], [43, '支出']),
    at([3, '项目'], [25, '行次'], [33, '决算数'], [43, '项目'], [62, '行次'], [73, '决算数']),
    at([3, '栏次'], [33, '1'], [43, '栏次'], [73, '2']),
    '',
    at([3, '一、一般公共预算财政拨款收入'], [25, '1'], [-41, '9906.49'], [43, '一、一般公共服务支出'], [62, '32'], [-81, '1336.14']),
    at([3, '二、政府性基金预算财政拨款收入'], [25, '2'], [43, '二、外交支出'], [62, '33']),
  ].join('\n');
  const lines = read(text);
  it('reads 收入 and 支出 as block labels over three columns each, not as 收入项目 (lines 1–2)', () => {
    expect(headerOf(lines, 1, 2)).toEqual(['收入/项目', '收入/行次', '收入/决算数', '支出/项目', '支出/行次', '支出/决算数']);
  });
  it('places the 栏次 row (two 栏次, numbers left-aligned) into those columns without a column of its own (line 3)', () => {
    expect(lines.get(3)!.cells).toEqual(['栏次', '', '1', '栏次', '', '2']);
  });
  it('reads line 5 into its six columns: 9906.49 under 收入/决算数, 1336.14 under 支出/决算数', () => {
    expect(lines.get(5)!.cells).toEqual(['一、一般公共预算财政拨款收入', '1', '9906.49', '一、一般公共服务支出', '32', '1336.14']);
  });
});

describe('spaced reader: 本年支出 over 小计 is a group, 本年支出 over 合计 a wrapped word', () => {
  it('reads 本年支出 / 小计 with 基本支出 and 项目支出 starting on the line of 小计 as 本年支出 over three columns', () => {
    const lines = read(
      [
        at([3, '项目'], [31, '本年支出']),
        at([3, '功能分类'], [15, '科目名称'], [31, '小计'], [42, '基本支出'], [54, '项目支出']),
        at([3, '科目编码']),
        '',
        at([3, '201'], [15, '一般公共服务支出'], [-38, '39.49'], [-50, '31.49'], [-62, '8.00']),
        at([3, '20132'], [15, '组织事务'], [-38, '39.49'], [-50, '31.49'], [-62, '8.00']),
      ].join('\n'),
    );
    expect(headerOf(lines, 1, 2)).toEqual(['项目/功能分类科目编码', '项目/科目名称', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });
  it('reads 本年支出 / 合计 beside one-line labels centred on its lines as the one word 本年支出合计', () => {
    const lines = read(
      [
        at([28, '本年支出'], [56, '上缴上级']),
        at([2, '项目'], [28, '合计'], [38, '基本支出'], [47, '项目支出'], [56, '支出']),
        '',
        at([2, '201'], [10, '一般公共服务支出'], [-34, '39.49'], [-44, '31.49'], [-53, '8.00'], [-62, '0.00']),
        at([2, '20132'], [10, '组织事务'], [-34, '39.49'], [-44, '31.49'], [-53, '8.00'], [-62, '0.00']),
      ].join('\n'),
    );
    expect(headerOf(lines, 1).slice(-4)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出']);
  });
});

describe('spaced reader: groups inside groups (a budget 部门支出总表 header over nine lines)', () => {
  // 基本支出 stands over its 小计 and over 人员经费 and 公用经费, each over two economic classes; 项目支出 over its
  // 小计 and 其他运转类 / 特定目标类. Words left-aligned at their columns, broken every two characters. Values invented.
  const text = [
    at([59, '基本'], [98, '项目']),
    at([2, '科目'], [50, '合计'], [59, '支出'], [98, '支出']),
    at([2, '名称']),
    at([67, '人员'], [84, '公用'], [109, '其他'], [117, '特定']),
    at([59, '小计'], [67, '经费'], [84, '经费'], [98, '小计'], [109, '运转'], [117, '目标']),
    at([109, '类'], [117, '类']),
    at([67, '工资'], [77, '对个人'], [84, '商品和'], [89, '资本']),
    at([67, '福利'], [77, '和家庭'], [84, '服务支'], [89, '性支']),
    at([67, '支出'], [77, '的补助'], [84, '出'], [89, '出']),
    '',
    at([2, '行政运行'], [-55, '82.2'], [-64, '82.2'], [-72, '29.7'], [-82, '38.5'], [-88, '11.1'], [-93, '2.8']),
    at([2, '一般行政管理事务'], [-55, '39.6'], [-103, '39.6'], [-114, '34.9'], [-121, '4.8']),
  ].join('\n');
  const lines = read(text);
  it('reads every column with its groups (lines 1–9)', () => {
    expect(headerOf(lines, 1, 2, 3)).toEqual([
      '科目名称',
      '合计',
      '基本支出/小计',
      '基本支出/人员经费/工资福利支出',
      '基本支出/人员经费/对个人和家庭的补助',
      '基本支出/公用经费/商品和服务支出',
      '基本支出/公用经费/资本性支出',
      '项目支出/小计',
      '项目支出/其他运转类',
      '项目支出/特定目标类',
    ]);
  });
  it('reads 一般行政管理事务 (line 12): 39.6 under 合计 and 项目支出/小计, 34.9 其他运转类, 4.8 特定目标类', () => {
    expect(lines.get(12)!.cells).toEqual(['一般行政管理事务', '39.6', '', '', '', '', '', '39.6', '34.9', '4.8']);
  });
});

describe('spaced reader: header words broken at a space inside the label', () => {
  it('reads 经济分 / 类 科 / 目编码 over a code column as 经济分类 科目编码, one column', () => {
    const lines = read(
      [
        at([0, '经济分'], [11, '科目'], [33, '决算']),
        at([0, '类 科'], [11, '名称'], [33, '数']),
        at([0, '目编码']),
        '',
        at([0, '301'], [11, '工资福利支出'], [-37, '2774.95']),
        at([0, '30101'], [11, '基本工资'], [-37, '1200.00']),
      ].join('\n'),
    );
    expect(headerOf(lines, 1)).toEqual(['经济分类 科目编码', '科目名称', '决算数']);
    expect(lines.get(6)!.cells).toEqual(['30101', '基本工资', '1200.00']);
  });
});

describe('spaced reader: codes printed with spaces', () => {
  it('reads 201 03 01 at the start of a row as one code cell, the label beside it (line 3)', () => {
    const lines = read(
      [
        at([3, '科目编码'], [13, '科目名称'], [32, '合计']),
        '',
        at([3, '201 03 01'], [13, '行政运行'], [-38, '536213.58']),
        at([3, '201 03 02'], [13, '一般行政管理事务'], [-38, '40000.00']),
      ].join('\n'),
    );
    expect(lines.get(3)!.cells).toEqual(['201 03 01', '行政运行', '536213.58']);
  });
});

describe('spaced reader: a wrapped label whose figures stand on its middle line', () => {
  // pdftotext centres a row's lines: the first piece of 政府办公厅（室）及相关机构事务 stands above the line with the
  // code and figures. The longest pieces end at column 24 (the cell's width). Values invented.
  const text = [
    at([3, '科目编码'], [15, '科目名称'], [32, '合计']),
    '',
    at([3, '2010102'], [15, '一般行政管理事务'], [-40, '110225.06']),
    at([15, '政府办公厅（室）及']),
    at([3, '20103'], [15, '相关机构事务'], [-40, '291082.48']),
    at([3, '2010301'], [15, '行政运行'], [-40, '187159.65']),
  ].join('\n');
  const lines = read(text);
  it('joins line 4 to the row below it (line 5): 政府办公厅（室）及相关机构事务', () => {
    expect(lines.get(5)!.cells).toEqual(['20103', '政府办公厅（室）及相关机构事务', '291082.48']);
    expect(lines.get(5)!.joined).toEqual([4]);
    expect(lines.get(4)!.skip).toBe('joined');
  });
  it('leaves the row above it as printed (line 3)', () => {
    expect(lines.get(3)!.cells).toEqual(['2010102', '一般行政管理事务', '110225.06']);
  });
});

describe('spaced reader: a table over a page break with its header repeated and few rows on the new page', () => {
  // Page 2 repeats the header right after the page number and shows a row with blank amounts and the totals only:
  // too little to find the columns again, so the columns of page 1 are kept. Values invented.
  const header = [
    at([0, '经济分'], [11, '科目'], [31, '决算'], [40, '经济分'], [51, '科目'], [71, '决算']),
    at([0, '类 科'], [11, '名称'], [31, '数'], [40, '类 科'], [51, '名称'], [71, '数']),
    at([0, '目编码'], [40, '目编码']),
  ];
  const text = [
    ...header,
    '',
    at([0, '301'], [11, '工资福利支出'], [-37, '2774.95'], [40, '302'], [51, '商品和服务支出'], [-77, '461.21']),
    at([0, '30101'], [11, '基本工资'], [-37, '1200.00'], [40, '30201'], [51, '办公费'], [-77, '61.21']),
    '',
    at([36, '— 1 —']),
    `\f${header[0]}`,
    header[1],
    header[2],
    '',
    at([40, '30299'], [51, '其他商品和服务支出']),
    at([11, '人员经费合计'], [-37, '2774.95'], [51, '公用经费合计'], [-77, '461.21']),
  ].join('\n');
  const { lines: read2 } = readTextForms(splitLines(text));
  const byN = new Map(read2.map((l) => [l.n, l]));
  it('reads the header of page 1 as six columns (lines 1–3)', () => {
    expect(byN.get(1)!.cells).toEqual(['经济分类 科目编码', '科目名称', '决算数', '经济分类 科目编码', '科目名称', '决算数']);
  });
  it('reads the row with blank amounts on page 2 as a row in the columns of page 1 (line 13)', () => {
    expect(byN.get(13)!.cells).toEqual(['', '', '', '30299', '其他商品和服务支出', '']);
  });
  it('reads the totals line (line 14) into the 科目名称 and 决算数 columns of both halves', () => {
    expect(byN.get(14)!.cells).toEqual(['', '人员经费合计', '2774.95', '', '公用经费合计', '461.21']);
  });
  it('reads the repeated header (line 9) as the same header as page 1, so the grid drops it as a repeat', () => {
    expect(byN.get(9)!.cells).toEqual(byN.get(1)!.cells);
  });
});

describe('narrative: prose broken at the page width', () => {
  it('joins an unindented line to the indented paragraph whose full-width line ends with ；', () => {
    const text = [
      '三、支出决算情况说明',
      '',
      '    2020年度支出合计163.2万元，其中：基本支出109.2万元，占66.91%；',
      '项目支出54.0万元，占33.09%。',
      '',
      '    本年度无其他支出。',
    ].join('\n');
    const lines = splitLines(text);
    const paras = readNarrative(lines, [{ name: 'narrative', start_line: 0, end_line: 6 } as never]);
    expect(paras.map((p) => [p.line, p.text])).toEqual([
      [3, '2020年度支出合计163.2万元，其中：基本支出109.2万元，占66.91%；项目支出54.0万元，占33.09%。'],
      [6, '本年度无其他支出。'],
    ]);
  });
});
