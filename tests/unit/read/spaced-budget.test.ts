import { describe, expect, it } from 'vitest';
import { readSpaced } from '../../../src/lib/parse/read/spaced.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines, type SourceLine } from '../../../src/lib/text/lines.ts';
import { at } from './at.ts';

function read(text: string): Map<number, SourceLine> {
  const { lines } = readSpaced(splitLines(text));
  return new Map(lines.map((l) => [l.n, l]));
}

describe('spaced reader: 预算 headers whose label group is wrapped in its first column', () => {
  // A 一般公共预算基本支出表 as pdftotext prints it: the merged cell 部门预算支出经济分类科目 over 科目编码 | 科目名称 is
  // wrapped in the code column (部门预算 / 支出经济 / 分类科目, then 科目编码), and 本年一般公共预算基本支出 over
  // 合计 | 人员经费 | 公用经费 is wrapped in the 合计 column. Values invented.
  const text = [
    at([1, '部门预算'], [28, '本年一般']),
    at([1, '支出经济'], [28, '公共预算']),
    at([1, '分类科目'], [28, '基本支出']),
    at([1, '科目编码'], [14, '科目名称'], [32, '合计'], [43, '人员经费'], [53, '公用经费']),
    '',
    at([1, '301'], [10, '工资福利支出'], [-35, '38.41'], [-46, '38.41'], [-57, '0.00']),
    at([1, '30101'], [10, '基本工资'], [-35, '11.71'], [-47, '11.71']),
    at([1, '302'], [10, '商品和服务支出'], [-35, '7.54'], [-46, '0.00'], [-57, '7.54']),
  ].join('\n');
  const lines = read(text);
  it('reads 部门预算支出经济分类科目 as a group over the code and name columns, not as part of 科目编码 (lines 1–4)', () => {
    expect(flattenHeader([lines.get(1)!.cells, lines.get(2)!.cells])).toEqual([
      '部门预算支出经济分类科目/科目编码',
      '部门预算支出经济分类科目/科目名称',
      '本年一般公共预算基本支出/合计',
      '本年一般公共预算基本支出/人员经费',
      '本年一般公共预算基本支出/公用经费',
    ]);
  });
  it('reads line 7 into its columns: 11.71 under 合计 and 人员经费, 公用经费 blank', () => {
    expect(lines.get(7)!.cells).toEqual(['30101', '基本工资', '11.71', '11.71', '']);
  });
});

describe('spaced reader: a centred title with an ideographic space between its number and name', () => {
  // `附表1　部门收支总表` (U+3000 between number and name) centred over a side-by-side 收支总表. Values invented.
  const text = [
    at([24, '附表1\u3000部门收支总表']),
    '',
    at([2, '收入'], [30, '支出']),
    at([2, '项目'], [17, '金额'], [30, '项目'], [49, '金额']),
    '',
    at([2, '一、一般公共预算拨款收入'], [-24, '4,025.75'], [30, '一、一般公共服务'], [-53, '1,256.82']),
    at([2, '二、事业收入'], [-24, '8.48'], [30, '二、教育'], [-53, '500.98']),
  ].join('\n');
  const lines = read(text);
  it('leaves the title line 1 out of the table, so the header is 收入 / 支出 over 项目 and 金额 (lines 3–4)', () => {
    expect(lines.get(1)!.form).toBeUndefined();
    expect(flattenHeader([lines.get(3)!.cells, lines.get(4)!.cells])).toEqual(['收入/项目', '收入/金额', '支出/项目', '支出/金额']);
  });
  it('reads line 6 into four cells', () => {
    expect(lines.get(6)!.cells).toEqual(['一、一般公共预算拨款收入', '4,025.75', '一、一般公共服务', '1,256.82']);
  });
});

describe('spaced reader: 类 款 项 codes in columns of their own, 类 and 款 one space apart', () => {
  // A 预算 支出表 by budget unit: 类 and 款 stand one space apart, 项 further right; a unit row carries its code in the
  // 单位代码 column. Values invented.
  const text = [
    at([1, '类'], [5, '款'], [13, '项'], [18, '单位代码'], [28, '单位（科目名称）'], [-58, '合计'], [-70, '基本支出']),
    '',
    at([18, '410001'], [28, '某某局本级'], [-58, '2674680.97'], [-70, '1534943.27']),
    at([1, '201'], [5, '03'], [13, '08'], [28, '信访事务'], [-58, '270000.00'], [-70, '0.00']),
    at([1, '208'], [5, '08'], [13, '01'], [28, '死亡抚恤'], [-58, '794866.21'], [-70, '261281.44']),
  ].join('\n');
  const lines = read(text);
  it('reads 201 | 03 | 08 into the 类, 款 and 项 columns, not 201 03 as one code (line 4)', () => {
    expect(lines.get(4)!.cells).toEqual(['201', '03', '08', '', '信访事务', '270000.00', '0.00']);
  });
  it('keeps the header 类 | 款 | 项 | 单位代码 | 单位（科目名称） | 合计 | 基本支出 (line 1)', () => {
    expect(lines.get(1)!.cells).toEqual(['类', '款', '项', '单位代码', '单位（科目名称）', '合计', '基本支出']);
  });
});

describe('spaced reader: a title printed after a running head on its line', () => {
  // `2018年部门预算表          部门收支总表`: the running head at the left margin, the table name far right of it.
  // Values invented.
  const text = [
    at([0, '2018年部门预算表'], [30, '部门收支总表']),
    '',
    at([3, '收入'], [27, '支出']),
    at([3, '项目'], [19, '金额'], [27, '项目'], [43, '金额']),
    '',
    at([3, '一、一般公共预算拨款收入'], [-25, '755.96'], [27, '一、一般公共服务'], [-47, '370.05']),
    at([3, '二、事业收入'], [-25, '0.00'], [27, '二、教育'], [-47, '76.38']),
  ].join('\n');
  const lines = read(text);
  it('leaves line 1 out of the table and reads the header 收入 / 支出 over 项目 and 金额 (lines 3–4)', () => {
    expect(lines.get(1)!.form).toBeUndefined();
    expect(flattenHeader([lines.get(3)!.cells, lines.get(4)!.cells])).toEqual(['收入/项目', '收入/金额', '支出/项目', '支出/金额']);
  });
  it('reads line 7 into four cells', () => {
    expect(lines.get(7)!.cells).toEqual(['二、事业收入', '0.00', '二、教育', '76.38']);
  });
});

describe('spaced reader: wrapped labels in a table without codes, names indented by level', () => {
  // A 收入总表 printed without codes: 类 at column 2, 款 at 4, 项 at 6; long names wrapped in a narrow cell with the
  // figures on the middle line. Values invented.
  const text = [
    at([2, '项目'], [-25, '合计'], [-37, '财政拨款']),
    '',
    at([2, '一般公共服务支出'], [-25, '1129.63'], [-37, '1119.85']),
    at([4, '政府办公厅（室']),
    at([4, '）及相关机构事'], [-25, '280.06'], [-37, '280.06']),
    at([4, '务']),
    at([6, '一般行政管']),
    at([6, '理事务'], [-25, '280.06'], [-37, '280.06']),
    at([4, '纪检监察事务'], [-25, '450.85'], [-37, '450.85']),
  ].join('\n');
  const lines = read(text);
  it('joins lines 4–6 into the 款 政府办公厅（室）及相关机构事务 on line 5, not into the 类 on line 3', () => {
    expect(lines.get(3)!.cells).toEqual(['一般公共服务支出', '1129.63', '1119.85']);
    expect(lines.get(5)!.cells).toEqual(['政府办公厅（室）及相关机构事务', '280.06', '280.06']);
  });
  it('joins line 7 into the 项 一般行政管理事务 on line 8', () => {
    expect(lines.get(8)!.cells).toEqual(['一般行政管理事务', '280.06', '280.06']);
  });
});

describe('spaced reader: wrapped labels in a table whose rows are numbered items (一、 二、), no codes', () => {
  // A side-by-side 收支总表: the 收入 names fill a narrow cell and wrap; the figures stand on the label's last line.
  // Values invented.
  const text = [
    at([1, '收入'], [31, '支出']),
    at([1, '项目'], [16, '金额'], [31, '项目'], [51, '金额']),
    '',
    at([1, '一、事业收入'], [-25, '27613.32'], [31, '一、一般公共服务'], [-55, '11455.34']),
    at([1, '二、政府性基金预算拨款']),
    at([1, '收入'], [-25, '0.00'], [31, '二、外交'], [-55, '0.00']),
    at([1, '三、事业收入'], [-25, '0.00'], [31, '三、国防'], [-55, '0.00']),
  ].join('\n');
  const lines = read(text);
  it('joins line 5 into the row of line 6: 二、政府性基金预算拨款收入 0.00', () => {
    expect(lines.get(5)!.skip).toBe('joined');
    expect(lines.get(6)!.cells).toEqual(['二、政府性基金预算拨款收入', '0.00', '二、外交', '0.00']);
  });
});

describe('spaced reader: the first row label wrapped with its figures on the line below', () => {
  // Just under the header: `一、一般公共预算拨款收` alone, `入` with the figures on the next line. Values invented.
  const text = [
    at([1, '收入'], [31, '支出']),
    at([1, '项目'], [16, '金额'], [31, '项目'], [51, '金额']),
    '',
    at([1, '一、一般公共预算拨款收']),
    at([1, '入'], [-25, '27613.32'], [31, '一、一般公共服务'], [-55, '11455.34']),
    at([1, '二、事业收入'], [-25, '0.00'], [31, '二、外交'], [-55, '0.00']),
  ].join('\n');
  const lines = read(text);
  it('keeps line 4 out of the header (still 收入 / 支出 over 项目 and 金额) and joins it into the row of line 5', () => {
    expect(flattenHeader([lines.get(1)!.cells, lines.get(2)!.cells])).toEqual(['收入/项目', '收入/金额', '支出/项目', '支出/金额']);
    expect(lines.get(5)!.cells).toEqual(['一、一般公共预算拨款收入', '27613.32', '一、一般公共服务', '11455.34']);
  });
});

describe('spaced reader: a vertical 三公 table with its item names wrapped, figures on the last line', () => {
  // Items numbered 1. 2. 3., a 其中： part; values invented.
  const text = [
    at([1, '项目'], [17, '预算数']),
    '',
    at([1, '“三公”经费合计'], [-22, '27.84']),
    at([1, '1.因公出国（境']),
    at([1, '）费'], [-20, '7.26']),
    at([1, '2.公务用车购置']),
    at([1, '及运行费'], [-21, '17.65']),
    at([1, '其中：公务用车购']),
    at([1, '置费'], [-20, '10.49']),
    at([1, '公务用车运行费'], [-21, '7.16']),
    at([1, '3.公务接待费'], [-21, '2.93']),
  ].join('\n');
  const lines = read(text);
  it('joins each wrapped start into the figures line below it (lines 5, 7, 9)', () => {
    expect(lines.get(5)!.cells).toEqual(['1.因公出国（境）费', '7.26']);
    expect(lines.get(7)!.cells).toEqual(['2.公务用车购置及运行费', '17.65']);
    expect(lines.get(9)!.cells).toEqual(['其中：公务用车购置费', '10.49']);
  });
  it('leaves the unwrapped rows as printed (lines 3, 10)', () => {
    expect(lines.get(3)!.cells).toEqual(['“三公”经费合计', '27.84']);
    expect(lines.get(10)!.cells).toEqual(['公务用车运行费', '7.16']);
  });
});

describe('spaced reader: a side-by-side table whose 收入 half is numbered and 支出 half is not', () => {
  // 文化旅游体育与传媒 is a 支出 row of its own with blank amounts, not the start of the next row's label. Values invented.
  const text = [
    at([1, '收入'], [33, '支出']),
    at([1, '项目'], [20, '金额'], [33, '项目'], [52, '金额']),
    '',
    at([1, '（一）一般公共预算拨款'], [-28, '3,634.05'], [33, '一般公共服务'], [-56, '395.16']),
    at([1, '（二）政府性基金预算拨款'], [33, '外交']),
    at([1, '二、上年结转'], [33, '科学技术'], [-56, '277.70']),
    at([33, '文化旅游体育与传媒']),
    at([33, '社会保障和就业'], [-56, '1,749.81']),
  ].join('\n');
  const lines = read(text);
  it('keeps 文化旅游体育与传媒 (line 7) and 社会保障和就业 1,749.81 (line 8) apart', () => {
    expect(lines.get(7)!.cells).toEqual(['', '', '文化旅游体育与传媒', '']);
    expect(lines.get(8)!.cells).toEqual(['', '', '社会保障和就业', '1,749.81']);
  });
});

describe('spaced reader: a numbered row with blank amounts just above a total', () => {
  // `二十六、抗疫特别国债安排的` is a row of its own (blank amounts); `本年支出合计` under it is a total, never the rest
  // of a wrapped label. Values invented.
  const text = [
    at([1, '收入'], [27, '支出']),
    at([1, '项目'], [14, '金额'], [27, '项目'], [55, '金额']),
    '',
    at([1, '一、一般公共预算拨款收入'], [-21, '139.39'], [27, '二十五、债务付息'], [-59, '0.00']),
    at([27, '二十六、抗疫特别国债安排的']),
    at([1, '本年收入合计'], [-21, '139.39'], [27, '本年支出合计'], [-59, '139.67']),
  ].join('\n');
  const lines = read(text);
  it('keeps 本年支出合计 139.67 (line 6) apart from line 5', () => {
    expect(lines.get(6)!.cells).toEqual(['本年收入合计', '139.39', '本年支出合计', '139.67']);
    expect(lines.get(5)!.cells).toEqual(['', '', '二十六、抗疫特别国债安排的', '']);
  });
});
