/**
 * Space-aligned tables with few figures, where the header and the 栏次 row must show the columns the amounts do not:
 * an empty table with a 栏次 row, a 栏次 row whose numbers stand nearer the next column's figures, block labels
 * left-aligned over short right-aligned figures, a last page with one row under its repeated header, and a group word
 * wrapped over two lines above its 合计. Fixtures hand-placed with `at` (values invented); expected cells read from them.
 */
import { describe, expect, it } from 'vitest';
import { readSpaced } from '../../../src/lib/parse/read/spaced.ts';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { flattenHeader, readGrid } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines, type SourceLine } from '../../../src/lib/text/lines.ts';
import { figuresOnMiddleLine, type WrapChoice } from '../../../src/lib/parse/read/wrapped-labels.ts';
import { at } from './at.ts';

function read(text: string): Map<number, SourceLine> {
  const { lines } = readSpaced(splitLines(text));
  return new Map(lines.map((l) => [l.n, l]));
}

describe('spaced reader: an empty table whose only rows are the 栏次 row and an unlabelled 合计', () => {
  // 政府性基金 决算 with nothing but zeros: the header words over blank columns show where the columns stand.
  const text = [
    at([1, '项目'], [20, '年初结转和'], [31, '本年收入'], [40, '本年支出'], [70, '年末结转和']),
    at([20, '结余'], [70, '结余']),
    at([1, '功能分类科'], [8, '科目名称'], [40, '小计'], [52, '基本支出'], [58, '项目支出']),
    at([1, '目编码']),
    at([8, '栏次'], [20, '1'], [31, '2'], [40, '3'], [52, '4'], [58, '5'], [70, '6']),
    '',
    at([8, '合计'], [-47, '0.00'], [-79, '0.00']),
  ].join('\n');
  const lines = read(text);
  it('reads 年初结转和结余 (lines 1–2, over 栏次 1) as a blank column of its own, not as part of the 科目名称 column', () => {
    expect(flattenHeader([lines.get(1)!.cells, lines.get(2)!.cells])).toEqual([
      '项目/功能分类科目编码',
      '科目名称',
      '年初结转和结余',
      '本年收入',
      '本年支出/小计',
      '本年支出/基本支出',
      '本年支出/项目支出',
      '年末结转和结余',
    ]);
  });
  it('reads line 5 as the 栏次 row (one number per value column), so it is never a data row', () => {
    expect(lines.get(5)!.cells).toEqual(['', '栏次', '1', '2', '3', '4', '5', '6']);
    const grid = readGrid([...lines.values()].filter((l) => l.raw.trim() !== ''));
    expect(grid.columnNumbersLine).toBe(5);
    expect(grid.rows.map((r) => r.n)).toEqual([7]);
  });
  it('reads the 合计 row of line 7: 0.00 under 本年支出/小计 and 0.00 under 年末结转和结余', () => {
    expect(lines.get(7)!.cells).toEqual(['', '合计', '', '', '0.00', '', '', '0.00']);
  });
});

describe('spaced reader: a 栏次 row whose number stands nearer the next column’s figures', () => {
  // A horizontal 三公 budget table: headers and 栏次 numbers left-aligned in their cells, figures right-aligned, so 6
  // (at column 51) stands closer to the figures of column 5 (ending at 50) than to its own (54–57).
  const text = [
    at([3, '“三公”经'], [13, '因公出国（'], [23, '公务用车购'], [51, '公务接待费']),
    at([3, '费合计'], [13, '境）费'], [23, '置及运行费']),
    at([23, '小计'], [33, '公务用车购'], [45, '公务用车运']),
    at([33, '置费'], [45, '行费']),
    at([3, '1'], [13, '2'], [23, '3'], [33, '4'], [45, '5'], [51, '6']),
    '',
    at([-9, '18.0'], [-27, '16.8'], [-50, '16.8'], [-57, '1.1']),
  ].join('\n');
  const lines = read(text);
  it('numbers the six value columns 1 to 6 in order (line 5), not 5 and 6 in one cell', () => {
    expect(lines.get(5)!.cells).toEqual(['1', '2', '3', '4', '5', '6']);
  });
  it('reads line 7: 18.0 合计, 16.8 小计 and 运行费, 1.1 公务接待费', () => {
    expect(lines.get(7)!.cells).toEqual(['18.0', '', '16.8', '', '16.8', '1.1']);
  });
});

describe('spaced reader: 预算数 and 决算数 left-aligned over their 合计, the figures short and right-aligned', () => {
  // The 决算数 block label starts where its first column's word 合计 starts (column 62); that column's only figure,
  // 3.8, ends at 67 and starts after 合计 ends: the label heads the columns up to the next block, not by nearer centre.
  const text = [
    at([1, '预算数'], [62, '决算数']),
    at([13, '因公出国（'], [23, '公务用车购'], [73, '因公出国（'], [85, '公务用车购']),
    at([1, '合计'], [13, '境）费'], [23, '置及运行维'], [50, '公务接待费'], [62, '合计'], [73, '境）费'], [85, '置及运行维'], [107, '公务接待费']),
    at([23, '护费'], [85, '护费']),
    at([23, '小计'], [31, '公务用车购'], [42, '公务用车运'], [85, '小计'], [92, '公务用车购'], [100, '公务用车运']),
    at([31, '置费'], [42, '行维护费'], [92, '置费'], [100, '行维护费']),
    '',
    at([1, '4.9'], [-55, '4.9'], [-67, '3.8'], [-112, '3.8']),
  ].join('\n');
  const lines = read(text);
  it('puts 公务接待费 of line 3 (columns 50–55) under 预算数 and the second 合计 under 决算数', () => {
    const header = flattenHeader([1, 2, 3].map((n) => lines.get(n)!.cells));
    expect(header[5]).toBe('预算数/公务接待费');
    expect(header[6]).toBe('决算数/合计');
    expect(header[11]).toBe('决算数/公务接待费');
  });
  it('reads line 8: 4.9 under 预算数/合计 and 预算数/公务接待费, 3.8 under 决算数/合计 and 决算数/公务接待费', () => {
    expect(lines.get(8)!.cells).toEqual(['4.9', '', '', '', '', '4.9', '3.8', '', '', '', '', '3.8']);
  });
});

describe('spaced reader: a last page with one row under its repeated header', () => {
  // 基本支出明细: three code | name | 决算数 blocks. The header's 数 stands one column left of the figures (a short
  // word left-aligned in a wide cell); the last page repeats the header and holds only the 合计 rows.
  const header = [
    at([3, '经济分'], [11, '科目'], [31, '决算'], [47, '经济分'], [56, '科目'], [70, '决算'], [83, '经济分'], [90, '科目'], [113, '决算']),
    at([3, '类 科'], [11, '名称'], [31, '数'], [47, '类 科'], [56, '名称'], [70, '数'], [83, '类 科'], [90, '名称'], [113, '数']),
    at([3, '目编码'], [47, '目编码'], [83, '目编码']),
  ];
  const text = [
    ...header,
    '',
    at([3, '301'], [11, '工资福利支出'], [-41, '1,098.95'], [47, '302'], [56, '商品和服务支出'], [-78, '201.15'], [83, '310'], [90, '资本性支出']),
    at([3, '30101'], [11, '基本工资'], [-41, '4,146.05'], [47, '30201'], [56, '办公费'], [-78, '609.53'], [83, '31002'], [90, '办公设备购置']),
    at([3, '30102'], [11, '津贴补贴'], [-41, '3,496.67'], [47, '30202'], [56, '印刷费'], [-78, '1.28'], [83, '31003'], [90, '专用设备购置']),
    '',
    at([50, '-1-']),
    `\f${header[0]}`,
    header[1],
    header[2],
    '',
    at([11, '人员经费合计'], [-40, '13,173.81'], [90, '公用经费合计'], [-121, '1,796.43']),
  ].join('\n');
  const lines = new Map(readTextForms(splitLines(text)).lines.map((l) => [l.n, l]));
  it('reads the page-two header (lines 10–12) with the columns of page one, so it is a repeat of the header', () => {
    expect(lines.get(10)!.cells).toEqual(lines.get(1)!.cells);
  });
  it('reads line 14 into nine cells: 13,173.81 under the first 决算数, 1,796.43 under the third', () => {
    expect(lines.get(14)!.cells).toEqual(['', '人员经费合计', '13,173.81', '', '', '', '', '公用经费合计', '1,796.43']);
  });
});

describe('spaced reader: 本年收入 wrapped over two lines above its 合计, its parts beside starting on the 合计 line', () => {
  // A 部门收入总表 by unit: 本年收 / 入 over 合计, with 一般公共预算, 事业收入 and 其他收入 beside starting on the line
  // of 合计 — the 本年收入 group over four columns, not the one word 本年收入合计 (a label beside a word wrapped over
  // three lines is centred on its lines).
  const text = [
    at([3, '单位代'], [10, '单位名'], [23, '总计'], [36, '本年收'], [85, '上年结']),
    at([3, '码'], [10, '称'], [36, '入'], [85, '转结余']),
    at([36, '合计'], [52, '一般公'], [66, '事业收'], [75, '其他收']),
    at([52, '共预算'], [66, '入'], [75, '入']),
    '',
    at([10, '总计'], [-32, '22,750.52'], [-45, '22,678.64'], [-61, '22,568.46'], [-81, '110.18'], [-90, '71.89']),
    at([3, '410001'], [10, '测试局本级'], [-32, '6,626.62'], [-45, '6,626.62'], [-61, '6,608.88'], [-81, '17.74']),
  ].join('\n');
  const lines = read(text);
  it('reads the header (lines 1–4) as 本年收入 over 合计, 一般公共预算, 事业收入 and 其他收入', () => {
    expect(flattenHeader([lines.get(1)!.cells, lines.get(2)!.cells])).toEqual([
      '单位代码',
      '单位名称',
      '总计',
      '本年收入/合计',
      '本年收入/一般公共预算',
      '本年收入/事业收入',
      '本年收入/其他收入',
      '上年结转结余',
    ]);
  });
  it('reads line 7 into its columns: 6,626.62 under 总计 and 本年收入/合计, 17.74 under 其他收入', () => {
    expect(lines.get(7)!.cells).toEqual(['410001', '测试局本级', '6,626.62', '6,626.62', '6,608.88', '', '17.74', '']);
  });
});

describe('spaced reader: a vertical 三公 table whose 合计 lost its label and whose first item wraps with blank amounts', () => {
  // The only line with two pieces and an amount is line 7; the unlabelled 合计 (line 4) and the item wrapped over
  // lines 5–6 stand between it and the header.
  const text = [
    at([2, '项目'], [18, '预算']),
    at([18, '数']),
    '',
    at([18, '29.82']),
    at([2, '1.因公出国（境）']),
    at([2, '费']),
    at([2, '2.公务用车购置及'], [-23, '29.82']),
    at([2, '运行费']),
  ].join('\n');
  const lines = read(text);
  it('keeps the header to lines 1–2 (项目 | 预算数), with no amount or item in it', () => {
    expect(lines.get(1)!.cells).toEqual(['项目', '预算数']);
    expect(lines.get(1)!.joined).toEqual([2]);
  });
  it('reads line 4 as a row of the table: 29.82 with no label', () => {
    expect(lines.get(4)!.cells).toEqual(['', '29.82']);
  });
});

describe('spaced reader: numbered rows with blank amounts between two rows of figures, labels wrapped', () => {
  // A 收支总表: 二、 and 三、 wrap over two lines; 二、 has no amount (a row of its own), 三、 has its figure on its last
  // line (the figures stand on a label's last line in this document: 一、 also starts above its figures).
  const text = [
    at([0, '收入'], [33, '支出']),
    at([0, '项目'], [17, '金额'], [33, '项目'], [53, '金额']),
    '',
    at([0, '一、一般公共预算拨款']),
    at([0, '收入'], [-27, '1209886.83'], [33, '一、一般公共服务'], [-62, '600550.35']),
    at([0, '二、政府性基金预算拨']),
    at([0, '款收入'], [33, '二、外交']),
    at([0, '三、国有资本经营预算']),
    at([0, '拨款收入'], [-27, '0.00'], [33, '三、国防'], [-62, '0.00']),
    at([0, '四、事业收入'], [-27, '2619.74'], [33, '四、公共安全']),
  ].join('\n');
  const lines = new Map(readTextForms(splitLines(text)).lines.map((l) => [l.n, l]));
  it('joins lines 6–7 into the row 二、政府性基金预算拨款收入 of its own, with no amount', () => {
    expect(lines.get(6)!.cells.slice(0, 2)).toEqual(['二、政府性基金预算拨款收入', '']);
  });
  it('joins line 8 into the row of line 9: 三、国有资本经营预算拨款收入 0.00', () => {
    expect(lines.get(9)!.cells).toEqual(['三、国有资本经营预算拨款收入', '0.00', '三、国防', '0.00']);
  });
});

describe('spaced reader: a 行次 column whose header stands left of its numbers and whose numbers do not overlap', () => {
  // 行次 (columns 22–24) over row numbers that end a character apart (1 at 24–25, 2 at 23–24): one column, not two.
  const text = [
    at([0, '项目'], [22, '行次'], [28, '合计'], [42, '上年结转']),
    '',
    at([0, '一般公共服务支出'], [24, '1'], [-36, '2,770.46'], [-48, '0.00']),
    at([2, '纪检监察事务'], [23, '2'], [-37, '447.23'], [-48, '0.00']),
    at([4, '一般行政管理事务'], [24, '3'], [-38, '447.23'], [-47, '0.00']),
  ].join('\n');
  const lines = read(text);
  it('reads the header 项目 | 行次 | 合计 | 上年结转 (line 1)', () => {
    expect(lines.get(1)!.cells).toEqual(['项目', '行次', '合计', '上年结转']);
  });
  it('reads 1, 2 and 3 in the 行次 column (lines 3–5)', () => {
    expect([3, 4, 5].map((n) => lines.get(n)!.cells)).toEqual([
      ['一般公共服务支出', '1', '2,770.46', '0.00'],
      ['纪检监察事务', '2', '447.23', '0.00'],
      ['一般行政管理事务', '3', '447.23', '0.00'],
    ]);
  });
});

describe('spaced reader: a word on the top header line beside, not over, the lower words of another group', () => {
  // A horizontal 三公 budget table: 公务接待费 (columns 48–53, top line) stands over no figures and has lower words
  // only to its left (公务用车运行费, under the group 公务用车购置及运行费): a blank column of its own, not a group.
  const text = [
    at([3, '“三公”经'], [14, '因公出国（'], [20, '公务用车购'], [48, '公务接待费']),
    at([3, '费合计'], [14, '境）费'], [20, '置及运行费']),
    at([20, '小计'], [31, '公务用车购'], [40, '公务用车运']),
    at([31, '置费'], [40, '行费']),
    at([3, '1'], [14, '2'], [20, '3'], [31, '4'], [40, '5'], [48, '6']),
    '',
    at([-8, '11.00'], [-25, '11.00'], [-45, '11.00']),
  ].join('\n');
  const lines = read(text);
  it('reads six columns, 公务接待费 the last and blank (line 7)', () => {
    expect(flattenHeader([1, 2].map((n) => lines.get(n)!.cells))).toEqual([
      '“三公”经费合计',
      '因公出国（境）费',
      '公务用车购置及运行费/小计',
      '公务用车购置及运行费/公务用车购置费',
      '公务用车购置及运行费/公务用车运行费',
      '公务接待费',
    ]);
    expect(lines.get(7)!.cells).toEqual(['11.00', '', '11.00', '', '11.00', '']);
  });
});

describe('spaced reader: a unit name wrapped above its figures, a blank line between it and the header', () => {
  const text = [
    at([2, '单位代码'], [11, '单位名称'], [25, '合计'], [39, '一般公共预算']),
    '',
    at([11, '平顶山市科学技术']),
    at([2, '410001'], [11, '局本级'], [-30, '63.81'], [-44, '63.81']),
    at([11, '平顶山市科学技术']),
    at([2, '410002'], [11, '信息中心'], [-30, '78.82'], [-44, '78.02']),
  ].join('\n');
  const lines = new Map(readTextForms(splitLines(text)).lines.map((l) => [l.n, l]));
  it('keeps line 3 out of the header (单位代码 | 单位名称 | 合计 | 一般公共预算)', () => {
    expect(lines.get(1)!.cells).toEqual(['单位代码', '单位名称', '合计', '一般公共预算']);
  });
  it('joins line 3 into the row of line 4: 平顶山市科学技术局本级', () => {
    expect(lines.get(4)!.cells).toEqual(['410001', '平顶山市科学技术局本级', '63.81', '63.81']);
  });
});

describe('spaced reader: an empty table whose only row is one unlabelled amount under its header', () => {
  const text = [
    at([3, '项目'], [23, '年初结转和'], [35, '本年收入'], [44, '本年支出'], [67, '年末结转和']),
    at([23, '结余'], [67, '结余']),
    at([3, '功能分类科'], [15, '科目名称'], [44, '小计'], [52, '基本支出'], [60, '项目支出']),
    at([3, '目编码']),
    '',
    at([-49, '0.00']),
  ].join('\n');
  const lines = read(text);
  it('reads line 6 as a row of the table, 0.00 under 本年支出/小计', () => {
    const header = flattenHeader([1, 2].map((n) => lines.get(n)!.cells));
    const cells = lines.get(6)!.cells;
    expect(cells.filter((c) => c !== '')).toEqual(['0.00']);
    expect(header[cells.indexOf('0.00')]).toBe('本年支出/小计');
  });
});

describe('spaced reader: labels centred on their figures over two lines, one after another', () => {
  // Figures on a label's second line; a label piece between two rows goes down when it starts a 其他… item.
  const text = [
    at([0, '科目编码'], [12, '科目名称'], [-33, '合计'], [-43, '基本支出']),
    '',
    at([12, '行政事业单位养老']),
    at([0, '20805'], [12, '支出'], [-33, '226.50'], [-43, '218.34']),
    at([0, '2080501'], [12, '行政单位离退休'], [-33, '56.00'], [-43, '56.00']),
    at([12, '机关事业单位基本']),
    at([0, '2080505'], [12, '养老保险缴费支出'], [-33, '88.00'], [-43, '88.00']),
    at([12, '其他行政事业单位']),
    at([0, '2080599'], [12, '养老支出'], [-33, '82.50'], [-43, '74.34']),
  ].join('\n');
  const lines = new Map(readTextForms(splitLines(text)).lines.map((l) => [l.n, l]));
  it('joins line 8 into the row of line 9 (其他行政事业单位养老支出), not into the row of line 7', () => {
    expect(lines.get(7)!.cells[1]).toBe('机关事业单位基本养老保险缴费支出');
    expect(lines.get(9)!.cells[1]).toBe('其他行政事业单位养老支出');
  });
});

describe('spaced reader: unit names centred over three lines, figures on the middle one', () => {
  // 和城乡建设综合行 / 政执法支队: the short last piece can only end a label, so this document's long labels run on
  // below their figures; 人员管理服务中心 (line 8) then ends the unit above, not the item below.
  const text = [
    at([0, '单位代码'], [11, '单位名称'], [-38, '合计']),
    '',
    at([11, '焦作市中站区住房']),
    at([0, '410002'], [11, '和城乡建设综合行'], [-38, '36127283.76']),
    at([11, '政执法支队']),
    at([0, '201010'], [11, '一般行政管理事务'], [-38, '7425622.69']),
    at([11, '焦作市中站区住房']),
    at([0, '410003'], [11, '和城乡建设离退休'], [-38, '39035321.43']),
    at([11, '人员管理服务中心']),
    at([0, '201329'], [11, '其他组织事务支出'], [-38, '16948271.42']),
  ].join('\n');
  const lines = new Map(readTextForms(splitLines(text)).lines.map((l) => [l.n, l]));
  it('reads the units of lines 4 and 8 with their three pieces each', () => {
    expect(lines.get(4)!.cells[1]).toBe('焦作市中站区住房和城乡建设综合行政执法支队');
    expect(lines.get(8)!.cells[1]).toBe('焦作市中站区住房和城乡建设离退休人员管理服务中心');
  });
  it('leaves the item of line 10 its own label: 其他组织事务支出', () => {
    expect(lines.get(10)!.cells[1]).toBe('其他组织事务支出');
  });
});

describe('spaced reader: figures a single space apart in narrow columns', () => {
  // A vertical 三公 table whose label and figures, or two figures, stand one space apart.
  const text = [
    at([2, '项目'], [12, '预算数'], [18, '决算数']),
    '',
    at([2, '“三公”经费合计'], [-16, '11.20'], [-22, '15.00']),
    at([2, '1.因公出国（境）'], [-16, '3.20'], [-22, '11.00']),
    at([2, '费用']),
    at([2, '2.公务接待费'], [-16, '5.50'], [-22, '4.40']),
  ].join('\n');
  const lines = read(text);
  it('reads line 3 as a row (label, 11.20, 15.00), not as a header line', () => {
    expect(lines.get(1)!.cells).toEqual(['项目', '预算数', '决算数']);
    expect(lines.get(3)!.cells).toEqual(['“三公”经费合计', '11.20', '15.00']);
  });
  it('reads figures with one space between them on line 6: 5.50 and 4.40', () => {
    expect(lines.get(6)!.cells).toEqual(['2.公务接待费', '5.50', '4.40']);
  });
});

describe('spaced reader: an empty table whose only row is the 行次 number of its unlabelled 合计', () => {
  const text = [
    at([8, '年初结'], [13, '本年'], [24, '本年'], [44, '年末结']),
    at([0, '项目'], [4, '行次'], [8, '转和结'], [13, '收入'], [24, '支出'], [44, '转和结']),
    at([8, '余'], [44, '余']),
    at([0, '科目'], [22, '小计'], [28, '基本'], [38, '项目']),
    at([0, '名称'], [28, '支出'], [38, '支出']),
    '',
    at([6, '1']),
  ].join('\n');
  const lines = read(text);
  it('reads line 7 as a row with 1 in the 行次 column and every amount blank', () => {
    const header = flattenHeader([1, 2].map((n) => lines.get(n)!.cells));
    const cells = lines.get(7)!.cells;
    expect(header[cells.indexOf('1')]).toBe('行次');
    expect(cells.filter((c) => c !== '')).toEqual(['1']);
  });
});

describe('spaced reader: an empty table whose 合计 row shows only its 行次 and one figure', () => {
  // 基本支出 (31–35) stands between the 行次 column (its 1 at 21) and the figure under 项目支出: a blank column of its
  // own, never a second header word of the 行次 column.
  const text = [
    at([2, '项目'], [17, '行次'], [23, '本年支出']),
    at([2, '功能分类科'], [10, '科目名称'], [23, '小计'], [31, '基本支出'], [43, '项目支出']),
    at([2, '目编码']),
    '',
    at([21, '1'], [-48, '0.0']),
  ].join('\n');
  const lines = read(text);
  it('reads the header 项目 | 科目名称 | 行次 | 本年支出 over 小计, 基本支出 and 项目支出 (lines 1–3)', () => {
    expect(flattenHeader([1, 2].map((n) => lines.get(n)!.cells))).toEqual([
      '项目/功能分类科目编码',
      '项目/科目名称',
      '行次',
      '本年支出/小计',
      '本年支出/基本支出',
      '本年支出/项目支出',
    ]);
  });
  it('reads line 5: 1 under 行次, 0.0 under 本年支出/项目支出', () => {
    expect(lines.get(5)!.cells).toEqual(['', '', '1', '', '', '0.0']);
  });
});

describe('spaced reader: a page that repeats the header and the 栏次 row over the columns of the page before', () => {
  // The 栏次 numbers stand left-aligned in their cells (1 at 24, 4 at 49), the figures right-aligned (ending at 29 and
  // 54): they show no column's edge, so the next page is read with the columns as they stand, not shifted.
  const header = [
    at([0, '项目'], [24, '本年支出合'], [30, '基本支出'], [41, '项目支出'], [49, '上缴上级支']),
    at([24, '计'], [49, '出']),
    at([0, '功能分类科'], [13, '科目名称']),
    at([0, '目编码']),
    at([13, '栏次'], [24, '1'], [30, '2'], [41, '3'], [49, '4']),
  ];
  const text = [
    ...header,
    '',
    at([0, '2080502'], [13, '事业单位离退休'], [-29, '136.7'], [-35, '36.7'], [-46, '100.0'], [-54, '0.0']),
    at([0, '2080505'], [13, '机关事业单位基本'], [-29, '93.1'], [-35, '93.1']),
    at([0, '20808'], [13, '抚恤'], [-29, '29.1'], [-35, '19.9'], [-46, '9.2'], [-54, '0.0']),
    '',
    at([40, '-1-']),
    `\f${header[0]}`,
    ...header.slice(1),
    '',
    at([0, '210'], [13, '卫生健康支出'], [-29, '5.8'], [-35, '5.8'], [-46, '0.0'], [-54, '0.0']),
    at([0, '21011'], [13, '行政事业单位医疗'], [-29, '5.8'], [-35, '5.8'], [-46, '0.0']),
  ].join('\n');
  const lines = new Map(readTextForms(splitLines(text)).lines.map((l) => [l.n, l]));
  it('reads lines 18–19 into their columns: 5.8 under 本年支出合计 and under 基本支出', () => {
    expect(lines.get(18)!.cells).toEqual(['210', '卫生健康支出', '5.8', '5.8', '0.0', '0.0']);
    expect(lines.get(19)!.cells).toEqual(['21011', '行政事业单位医疗', '5.8', '5.8', '0.0', '']);
  });
});

describe('spaced reader: a label wrapped over four lines at a page top, two of them above its figures', () => {
  const text = [
    at([0, '项目'], [27, '合计'], [43, '基本支出']),
    at([0, '功能分类科目编码'], [19, '科目名称']),
    '',
    at([19, '机关事业']),
    at([19, '单位职业']),
    at([0, '208 05 06'], [19, '年金缴费'], [-39, '2096781.22'], [-54, '2096781.22']),
    at([19, '支出']),
    at([0, '208 05 99'], [19, '其他行政'], [-39, '497937.27'], [-54, '183092.50']),
  ].join('\n');
  const lines = new Map(readTextForms(splitLines(text)).lines.map((l) => [l.n, l]));
  it('keeps lines 4–5 out of the header and joins them, with line 7, into the row of line 6', () => {
    expect(flattenHeader([lines.get(1)!.cells, lines.get(2)!.cells])).toEqual(['项目/功能分类科目编码', '项目/科目名称', '合计', '基本支出']);
    expect(lines.get(6)!.cells).toEqual(['208 05 06', '机关事业单位职业年金缴费支出', '2096781.22', '2096781.22']);
  });
});

describe('wrapped labels: where a document prints a wrapped label’s figures', () => {
  const choice = (pieces: number, valid: number[]): WrapChoice => ({ column: 1, upper: 0, pieces: Array.from({ length: pieces }, (_, k) => k + 1), lower: pieces + 1, valid, rows: [] });
  it('says the first line when the one piece that could start a label above its figures is outweighed by a label running on two lines below them', () => {
    // 其中：公务用车购置费 alone on its line with blank amounts looks like the start of the next row's label (valid: 1 of
    // 2 pieces up); 室）及相关机 / 构事务 can only continue the row above (valid: both up)
    expect(figuresOnMiddleLine([choice(2, [1]), choice(2, [2])])).toBe(false);
  });
  it('says the middle line when labels certainly start above their figures and none certainly runs on below', () => {
    expect(figuresOnMiddleLine([choice(1, [0]), choice(1, [0, 1])])).toBe(true);
  });
});

describe('spaced reader: the last rows of small and empty tables', () => {
  it('reads a vertical 三公 table whose empty 合计 row leaves two blank lines under the header (lines 1–4)', () => {
    const lines = read(
      [
        at([0, '项目'], [10, '预算数']),
        '',
        '',
        at([0, '1.因公出国（境）'], [-16, '0.00']),
        at([0, '费']),
        at([0, '其中：公务用车购置'], [-16, '0.00']),
        at([0, '费']),
        at([0, '公务用车运行费'], [-16, '0.00']),
      ].join('\n'),
    );
    expect(lines.get(1)!.cells).toEqual(['项目', '预算数']);
    expect(lines.get(4)!.cells).toEqual(['1.因公出国（境）费', '0.00']);
  });
  it('reads the 行次 number alone under the 栏次 row as the only row of an empty table (line 6)', () => {
    const lines = read(
      [
        at([0, '项目'], [20, '行次'], [32, '年初结转和'], [47, '本年收入']),
        at([32, '结余']),
        at([0, '功能分类科'], [11, '科目名称']),
        at([11, '栏次'], [33, '1'], [47, '2']),
        '',
        at([24, '1']),
      ].join('\n'),
    );
    const cells = lines.get(6)!.cells;
    expect(flattenHeader([lines.get(1)!.cells, lines.get(2)!.cells])[cells.indexOf('1')]).toBe('行次');
    expect(cells.filter((c) => c !== '')).toEqual(['1']);
  });
  it('keeps a 经济分类 row name that is also a 三公 word out of the header: 因公出国（境）费 / 用 over its figures (line 3)', () => {
    const lines = new Map(
      readTextForms(
        splitLines(
          [
            at([1, '科目'], [14, '科目'], [28, '合计'], [44, '公用']),
            '',
            at([12, '因公出国（境）费']),
            at([1, '30212'], [12, '用'], [-36, '13338.00'], [-52, '13338.00']),
            at([1, '30215'], [12, '会议费'], [-37, '121103.52'], [-53, '121103.52']),
          ].join('\n'),
        ),
      ).lines.map((l) => [l.n, l]),
    );
    expect(lines.get(1)!.cells).toEqual(['科目', '科目', '合计', '公用']);
    expect(lines.get(4)!.cells).toEqual(['30212', '因公出国（境）费用', '13338.00', '13338.00']);
  });
});

describe('spaced reader: a classification name ends at its 支出', () => {
  // Labels cut every four characters, centred on their figures: 政府办公 / 厅（室） / 及相关机 (figures) / 构事务 runs on
  // below its figures, so this document's labels do; 缴费支出 still ends 机关事业单位基本养老保险缴费支出, and 机关事业 /
  // 单位职业 start the next row.
  const text = [
    at([3, '科目编码'], [17, '科目名称'], [-41, '合计'], [-56, '基本支出']),
    '',
    at([17, '政府办公']),
    at([17, '厅（室）']),
    at([3, '201 03'], [17, '及相关机'], [-41, '766488.68'], [-56, '758389.75']),
    at([17, '构事务']),
    at([3, '201 03 01'], [17, '行政运行'], [-41, '698389.75'], [-56, '698389.75']),
    at([17, '机关事业']),
    at([17, '单位基本']),
    at([3, '208 05 05'], [17, '养老保险'], [-41, '275936.14'], [-56, '275936.14']),
    at([17, '缴费支出']),
    at([17, '机关事业']),
    at([17, '单位职业']),
    at([3, '208 05 06'], [17, '年金缴费'], [-41, '443027.69'], [-56, '443027.69']),
    at([17, '支出']),
  ].join('\n');
  const lines = new Map(readTextForms(splitLines(text)).lines.map((l) => [l.n, l]));
  it('reads the rows of lines 5, 10 and 14 with their own pieces', () => {
    expect(lines.get(5)!.cells[1]).toBe('政府办公厅（室）及相关机构事务');
    expect(lines.get(10)!.cells[1]).toBe('机关事业单位基本养老保险缴费支出');
    expect(lines.get(14)!.cells[1]).toBe('机关事业单位职业年金缴费支出');
  });
});
