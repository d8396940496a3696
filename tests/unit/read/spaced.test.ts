import { describe, expect, it } from 'vitest';
import { readSpaced } from '../../../src/lib/parse/read/spaced.ts';
import { pieces } from '../../../src/lib/parse/read/piece.ts';
import { buildColumns, placeParts } from '../../../src/lib/parse/read/positioned.ts';
import { flattenHeader, readGrid } from '../../../src/lib/parse/tables/grid.ts';
import { isBlank, splitLines, type SourceLine } from '../../../src/lib/text/lines.ts';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { at } from './at.ts';

/** Read a spaced text; return the lines by number. */
function read(text: string): Map<number, SourceLine> {
  const { lines } = readSpaced(splitLines(text));
  return new Map(lines.map((l) => [l.n, l]));
}

// The shape of a real `pdftotext -layout` 收入决算表 header (numbers invented), as the issue shows it: header words
// broken across lines and columns, a 合计 row without label, a data row whose code and name stand apart.
const ISSUE = [
  '                项目                                                          附属单',
  '                               本年收入合        财政拨款收        上级补助   事业收   经营收         其他收',
  '  支出功能分类                                                                    位上',
  '                     科目名称        计            入           收入     入     入           入',
  '   科目编码                                                                     缴收入',
  '',
  '                              1,234.56    1,200.00                              34.56',
  '201             一般公共服务支出        987.65      980.00                               7.65',
].join('\n');

describe('spaced reader: the pdftotext -layout 收入决算表 header', () => {
  const lines = read(ISSUE);
  it('joins the header words broken over lines into nine column labels, 项目 over code and name', () => {
    const h1 = lines.get(1)!;
    const h2 = lines.get(2)!;
    expect(h1.form).toBe('spaced');
    expect(flattenHeader([h1.cells, h2.cells])).toEqual([
      '项目/支出功能分类科目编码',
      '项目/科目名称',
      '本年收入合计',
      '财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ]);
  });
  it('marks the other header lines as joined into the first (nothing read twice, nothing lost)', () => {
    expect(lines.get(1)!.joined).toEqual([3, 4, 5]);
    for (const n of [3, 4, 5]) expect(lines.get(n)!.skip).toBe('joined');
  });
  it('reads the 合计 row without label: 1,234.56 under 本年收入合计, 1,200.00 under 财政拨款收入, 34.56 under 其他收入', () => {
    expect(lines.get(7)!.cells).toEqual(['', '', '1,234.56', '1,200.00', '', '', '', '', '34.56']);
  });
  it('reads a data row with the code and the name at their own positions and blank cells as gaps (line 8)', () => {
    expect(lines.get(8)!.cells).toEqual(['201', '一般公共服务支出', '987.65', '980.00', '', '', '', '', '7.65']);
  });
  it('measures positions in characters as written (a CJK character is one column)', () => {
    const span = lines.get(8)!.spans![1]!;
    expect(span).toEqual({ start: 16, end: 24 }); // 一般公共服务支出: 8 characters from column 16
  });
});

describe('spaced reader: blank cells decide nothing, position does', () => {
  const text = [
    '项目                     合计        基本支出        项目支出',
    '一般公共服务支出        100.00                        100.00',
    '教育支出                 50.00           50.00',
    '科学技术支出          1,000.00',
  ].join('\n');
  const lines = read(text);
  it('puts a value after a blank middle cell under the last column, not the middle one', () => {
    expect(lines.get(2)!.cells).toEqual(['一般公共服务支出', '100.00', '', '100.00']);
  });
  it('leaves trailing blank cells blank', () => {
    expect(lines.get(3)!.cells).toEqual(['教育支出', '50.00', '50.00', '']);
    expect(lines.get(4)!.cells).toEqual(['科学技术支出', '1,000.00', '', '']);
  });
});

describe('spaced reader: a header wrapped over three lines', () => {
  // Columns: label from 0; 本年收入合计 centred on 13; 附属单位上缴收入 centred on 24 (blank in every row); 其他收入 on 34.
  const text = [
    at([12, '本年'], [23, '附属单']),
    at([0, '项目'], [12, '收入'], [23, '位上缴'], [33, '其他']),
    at([12, '合计'], [23, '收入'], [33, '收入']),
    at([0, '合计'], [-16, '10.00'], [-37, '10.00']),
    at([0, '事业收入'], [-16, '5.00'], [-37, '5.00']),
  ].join('\n');
  const lines = read(text);
  it('joins 本年/收入/合计 and 附属单/位上缴/收入 into one label each', () => {
    expect(lines.get(1)!.cells).toEqual(['项目', '本年收入合计', '附属单位上缴收入', '其他收入']);
    expect(lines.get(1)!.joined).toEqual([2, 3]);
  });
  it('keeps the blank 附属单位上缴收入 column, so 10.00 stays under 其他收入', () => {
    expect(lines.get(4)!.cells).toEqual(['合计', '10.00', '', '10.00']);
    expect(lines.get(5)!.cells).toEqual(['事业收入', '5.00', '', '5.00']);
  });
});

describe('spaced reader: a wrapped label', () => {
  const text = [
    at([0, '科目编码'], [11, '科目名称'], [32, '合计'], [44, '基本支出']),
    at([0, '2010301'], [11, '行政运行'], [-38, '120.00'], [-50, '120.00']),
    at([0, '2010350'], [11, '事业运行（含其他事业单位'], [-38, '30.00'], [-50, '30.00']),
    at([11, '运行支出）']),
    at([0, '2010399'], [11, '其他政府办公厅（室）'], [-38, '5.00'], [-50, '5.00']),
  ].join('\n');
  const lines = read(text);
  it('joins the continuation of a wrapped label (a name alone on its line, in a table with codes) to its row', () => {
    expect(lines.get(3)!.cells).toEqual(['2010350', '事业运行（含其他事业单位运行支出）', '30.00', '30.00']);
    expect(lines.get(3)!.joined).toEqual([4]);
    expect(lines.get(4)!.skip).toBe('joined');
  });
  it('keeps the amounts of the rows around it in their columns', () => {
    expect(lines.get(5)!.cells).toEqual(['2010399', '其他政府办公厅（室）', '5.00', '5.00']);
  });
});

describe('spaced reader: a group label over amount columns', () => {
  // 财政拨款 stands above its three columns; 本年收入合计 is a single label centred between the header lines.
  const text = [
    at([38, '财政拨款']),
    at([0, '项目'], [16, '本年收入合计']),
    at([29, '小计'], [36, '一般公共预算'], [47, '政府性基金']),
    at([0, '合计'], [-24, '300.00'], [-32, '300.00'], [-44, '200.00'], [-53, '100.00']),
  ].join('\n');
  const lines = read(text);
  it('puts 财政拨款 over 小计, 一般公共预算 and 政府性基金 only', () => {
    expect(flattenHeader([lines.get(1)!.cells, lines.get(2)!.cells])).toEqual([
      '项目',
      '本年收入合计',
      '财政拨款/小计',
      '财政拨款/一般公共预算',
      '财政拨款/政府性基金',
    ]);
  });
});

describe('spaced reader: numbers right-aligned with gaps that vary from row to row', () => {
  // 年初预算 amounts end at column 30, 决算数 amounts at column 44, as pdftotext and a generator right-align them.
  const text = [
    at([0, '项目'], [26, '年初预算'], [41, '决算数']),
    at([0, '一、一般公共服务支出'], [-30, '1,234,567.89'], [-44, '99.00']),
    at([0, '二、教育支出'], [-30, '12.00'], [-44, '100,000.00']),
    at([0, '三、科学技术支出'], [-30, '0.50'], [-44, '7.25']),
  ].join('\n');
  const lines = read(text);
  it('reads every row into label, 年初预算, 决算数', () => {
    expect(lines.get(2)!.cells).toEqual(['一、一般公共服务支出', '1,234,567.89', '99.00']);
    expect(lines.get(3)!.cells).toEqual(['二、教育支出', '12.00', '100,000.00']);
    expect(lines.get(4)!.cells).toEqual(['三、科学技术支出', '0.50', '7.25']);
  });
});

describe('spaced reader: prose is left alone', () => {
  it('does not read a narrative sentence with double spaces around its numbers as a table', () => {
    const text = '某某局  2022  年收入合计  107,259.2  万元，其中：一般公共预算107,259.2  万元。\n1.  本级机关。';
    const { lines } = readSpaced(splitLines(text));
    expect(lines.every((l) => l.form === undefined)).toBe(true);
  });
  it('does not touch lines with tabs', () => {
    const text = '项目\t合计\t基本支出\n教育支出      50.00    50.00\t\n';
    const { lines } = readSpaced(splitLines(text));
    expect(lines[0]!.cells).toEqual(['项目', '合计', '基本支出']);
    expect(lines[1]!.form).toBeUndefined();
  });
});

describe('positioned-text core', () => {
  it('takes positioned pieces from any source (here: x positions of a PDF, in points) and makes the same cells', () => {
    const line = (n: number): SourceLine => ({ n, raw: '', cells: [] });
    const header = [{ line: line(1), parts: [{ text: '项目', start: 10, end: 40 }, { text: '决算数', start: 300, end: 345 }] }];
    const data = [
      { line: line(2), parts: [{ text: '一般公共服务支出', start: 10, end: 130 }, { text: '1,000.00', start: 290, end: 350 }] },
      { line: line(3), parts: [{ text: '教育支出', start: 10, end: 70 }, { text: '5.00', start: 320, end: 350 }] },
    ];
    const model = buildColumns(header, data);
    expect(model.header).toEqual([['项目', '决算数']]);
    expect(placeParts(data[1]!.parts, model).cells).toEqual(['教育支出', '5.00']);
  });
  it('cuts a line into pieces at every run of spaces, with character positions', () => {
    expect(pieces('  合计   1,234.56')).toEqual([
      { text: '合计', start: 2, end: 4 },
      { text: '1,234.56', start: 7, end: 15 },
    ]);
  });
});

describe('spaced reader: a table over a page break', () => {
  // Page 2 has no header and pdftotext placed its columns 5 characters further left (no overlap with page 1's).
  const text = [
    at([0, '项目'], [16, '合计'], [28, '基本支出'], [40, '项目支出']),
    at([0, '教育支出'], [-20, '50.00'], [-32, '50.00']),
    at([0, '科学技术支出'], [-20, '30.00'], [-44, '30.00']),
    '\f' + at([0, '社会保障支出'], [-15, '20.00'], [-39, '20.00']),
    at([0, '卫生健康支出'], [-15, '10.00'], [-27, '10.00']),
  ].join('\n');
  const { lines } = readTextForms(splitLines(text));
  it('reads the headerless page with the columns of the page before, shifted to fit', () => {
    expect(lines[3]!.cells).toEqual(['社会保障支出', '20.00', '', '20.00']);
    expect(lines[4]!.cells).toEqual(['卫生健康支出', '10.00', '10.00', '']);
  });
  it('keeps the positions as written on the page', () => {
    expect(lines[3]!.spans![1]).toEqual({ start: 10, end: 15 });
  });
});

describe('spaced reader: 行次 column and 栏次 row', () => {
  const text = [
    at([12, '收入'], [42, '支出']),
    at([0, '项目'], [19, '行次'], [26, '决算数'], [34, '项目'], [48, '行次'], [55, '决算数']),
    at([0, '栏次'], [28, '1'], [34, '栏次'], [57, '2']),
    at([0, '一、财政拨款收入'], [-21, '1'], [-31, '1,234.56'], [34, '一、教育支出'], [-50, '5'], [-60, '1,000.00']),
    at([0, '二、其他收入'], [-21, '2'], [-31, '15.44'], [34, '二、科学技术支出'], [-50, '6'], [-60, '250.00']),
  ].join('\n');
  const lines = read(text);
  it('reads the 栏次 row into the columns, not into the header labels', () => {
    expect(flattenHeader([lines.get(1)!.cells, lines.get(2)!.cells])).toEqual(['收入/项目', '收入/行次', '收入/决算数', '支出/项目', '支出/行次', '支出/决算数']);
    expect(lines.get(3)!.cells).toEqual(['栏次', '', '1', '栏次', '', '2']);
  });
  it('keeps the 行次 numbers in their own column', () => {
    expect(lines.get(4)!.cells).toEqual(['一、财政拨款收入', '1', '1,234.56', '一、教育支出', '5', '1,000.00']);
  });
});

describe('spaced reader: a label spread over its cell', () => {
  it('reads `合        计` (distributed alignment) as the one label 合计', () => {
    const text = [
      at([0, '项目'], [22, '决算数']),
      at([0, '合'], [9, '计'], [-26, '65.00']),
      at([0, '教育支出'], [-26, '65.00']),
    ].join('\n');
    expect(read(text).get(2)!.cells).toEqual(['合计', '65.00']);
  });
});

describe('spaced reader: side-by-side labels one space apart', () => {
  it('does not join a label with the numbered label of the next block (`…收入 二、教育支出`)', () => {
    // The long label of row 3 runs into the blank 决算数 cell and ends one space before the right block's label.
    const text = [
      at([0, '项目'], [10, '决算数'], [16, '项目'], [30, '决算数']),
      at([0, '一、财政拨款'], [-15, '10.00'], [16, '一、一般公共服务支出'], [-34, '8.00']),
      at([0, '二、政府性基金预算财政拨款收入'], [16, '二、教育支出'], [-34, '2.00']),
    ].join('\n');
    expect(text.split('\n')[2]!.indexOf('二、教育支出')).toBe(16); // one space after the label ending at 15
    expect(read(text).get(3)!.cells).toEqual(['二、政府性基金预算财政拨款收入', '', '二、教育支出', '2.00']);
  });
});

describe('spaced reader: a header repeated inside a table (a page break the text does not mark)', () => {
  const head = [at([10, '本年'], [24, '基本'], [36, '项目']), at([0, '项目'], [10, '支出'], [24, '支出'], [36, '支出'])];
  const text = [
    ...head,
    at([0, '教育支出'], [-16, '50.00'], [-30, '50.00']),
    ...head,
    at([0, '科学技术支出'], [-16, '30.00'], [-42, '30.00']),
  ].join('\n');
  const lines = read(text);
  it('reads the repeated header exactly as the first, so the grid can drop it as a repeat', () => {
    expect(lines.get(4)!.cells).toEqual(lines.get(1)!.cells);
    expect(lines.get(1)!.cells).toEqual(['项目', '本年支出', '基本支出', '项目支出']);
    expect(lines.get(5)!.skip).toBe('joined');
  });
  it('reads the rows after it in their columns', () => {
    expect(lines.get(6)!.cells).toEqual(['科学技术支出', '30.00', '', '30.00']);
  });
  it('gives the grid two data rows and the repeated header as a repeated line', () => {
    const grid = readGrid([...lines.values()].filter((l) => !isBlank(l)));
    expect(grid.rows.map((r) => r.n)).toEqual([3, 6]);
    expect(grid.repeatedLines).toEqual([4]);
  });
});

describe('spaced reader: headers left-aligned over right-aligned numbers (wide columns)', () => {
  it('gives each amount column the header at its start, not the next column’s header that stands nearer', () => {
    const text = [
      at([0, '项目'], [14, '年初预算'], [29, '决算数']),
      at([0, '教育支出'], [-27, '50.00'], [-41, '60.00']),
      at([0, '科学技术支出'], [-27, '1,050.00'], [-41, '70.00']),
    ].join('\n');
    const lines = read(text);
    expect(lines.get(1)!.cells).toEqual(['项目', '年初预算', '决算数']);
    expect(lines.get(2)!.cells).toEqual(['教育支出', '50.00', '60.00']);
  });
});
