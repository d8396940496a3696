/**
 * The spaced reader on real `pdftotext -layout` output of tables whose figure columns are as narrow as their figures
 * (Chromium printed the generator's HTML, bench/pdf-accuracy.ts `--per-family 20 --seed 1 --keep`): pdftotext squeezes
 * each row on its own, so neighbouring figures stand one space apart and the same column starts a few characters left
 * or right from row to row, and the header words of narrow cells interleave over many lines.
 * - tests/fixtures/text-forms/expenditure-squeezed.pdftotext.txt: 部门支出总表 of synth-410800-caizhengju-2016-budget-00020
 *   (10.5 pt Noto Sans, narrow), a three-level header, every row full, the table continued after a page break;
 * - tests/fixtures/text-forms/final-squeezed.pdftotext.txt: 收入决算表 and 支出决算表 of
 *   synth-140300-chengguanju-2015-final-00008, where `位上缴` stands on the line of `附属单` and `目编码` on the 栏次 line.
 * - tests/fixtures/text-forms/expenditure-split-codes-squeezed.pdftotext.txt: 部门支出总表 of
 *   synth-410400-gongxinju-2017-budget-00035, 类 款 项 in columns of their own, the header's second line squeezed one
 *   word a space apart while the rests of its words stand right of them on a line squeezed less.
 * - tests/fixtures/text-forms/row-numbers-squeezed.pdftotext.txt: 一般公共预算财政拨款支出决算表 of
 *   synth-410300-zhujianju-2015-final-00013, a 行次 column one space before the squeezed figures.
 * - tests/fixtures/text-forms/numbered-unnamed.pdftotext.txt: 支出决算表 of synth-410400-gongxinju-2017-final-00035
 *   (source lines 133–150), a 栏次 row numbering six columns where the figures by position make eight (two under no
 *   header word), and a label so long that the first figure starts under it.
 * - tests/fixtures/text-forms/row-numbers-tight.pdftotext.txt: 一般公共预算财政拨款支出决算表 of
 *   synth-410100-fagaiwei-2016-final-00032 (source lines 221–234), the 行次 one space before the figures and `小计`
 *   starting over the two-digit row numbers, blank cells printed as nothing.
 * Expected cells are read by hand from the HTML tables the PDFs were printed from; line numbers are the fixtures'.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readFixture } from './read-fixture.ts';

const read = (name: string) => {
  const text = readFileSync(path.resolve(import.meta.dirname, `../../fixtures/text-forms/${name}`), 'utf8');
  return readFixture(text).at;
};

/** The nine figure columns of the 部门支出总表, as printed in the HTML. */
const BUDGET_EXPENDITURE_COLUMNS = [
  '合计',
  '基本支出/小计',
  '基本支出/人员经费/工资福利支出',
  '基本支出/人员经费/对个人和家庭的补助',
  '基本支出/公用经费/商品和服务支出',
  '基本支出/公用经费/资本性支出',
  '项目支出/小计',
  '项目支出/其他运转类',
  '项目支出/特定目标类',
];

describe('a budget expenditure table squeezed by pdftotext (部门支出总表, every row full)', () => {
  const at = read('expenditure-squeezed.pdftotext.txt');

  it('reads the three-level header in order onto the nine figure columns (lines 4–11)', () => {
    expect(flattenHeader([at(4).cells, at(5).cells, at(6).cells]).slice(3)).toEqual(BUDGET_EXPENDITURE_COLUMNS);
  });

  it('reads a row whose figures stand one space apart by order (一般行政管理事务, line 13)', () => {
    expect(at(13).cells).toEqual(['201 03 02', '', '一般行政管理事务', '10.2', '0.0', '0.0', '0.0', '0.0', '0.0', '10.2', '5.3', '4.9']);
  });

  it('keeps a budget unit row whose columns drift from the others in its cells (焦作市财政局本级, line 12)', () => {
    expect(at(12).cells).toEqual(['', '410001', '焦作市财政局本级', '123.0', '88.7', '64.2', '19.2', '5.1', '0.2', '34.2', '12.7', '21.6']);
  });

  it('carries the columns onto the next page, its lines shifted left (行政单位医疗 and 总计, lines 26 and 28)', () => {
    expect(at(26).cells).toEqual(['210 11 01', '', '行政单位医疗', '11.0', '11.0', '7.9', '2.4', '0.6', '0.0', '0.0', '0.0', '0.0']);
    expect(at(28).cells).toEqual(['', '', '总计', '123.0', '88.7', '64.2', '19.2', '5.1', '0.2', '34.2', '12.7', '21.6']);
  });
});

describe('final account tables squeezed by pdftotext (收入决算表, 支出决算表)', () => {
  const at = read('final-squeezed.pdftotext.txt');

  it('reads income words broken onto the line of their start (附属单 … 位上缴 … 收入, lines 6–9)', () => {
    expect(flattenHeader([at(6).cells, at(7).cells]).slice(2)).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads a full income row by order (组织事务, line 12)', () => {
    expect(at(12).cells).toEqual(['201 32', '组织事务', '77.16', '77.16', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  it('reads the code column word whose end stands on the 栏次 line (功能分类科 … 目编码, lines 45–47)', () => {
    expect(flattenHeader([at(44).cells, at(45).cells])).toEqual(['项目/功能分类科目编码', '项目/科目名称', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
    expect(at(46).cells).toEqual(['', '栏次', '1', '2', '3', '4', '5', '6']);
  });

  it('reads the one full expenditure row by order under a 栏次 row numbering its six columns (行政运行, line 49)', () => {
    expect(at(49).cells).toEqual(['201 32 01', '行政运行', '44.01', '44.01', '0.00', '0.00', '0.00', '0.00']);
  });
});

describe('a budget expenditure table whose header words end right of their neighbours (部门支出总表, split codes)', () => {
  const at = read('expenditure-split-codes-squeezed.pdftotext.txt');

  it('joins each squeezed word to its rest on the line below, in order (资本性支 … 出, lines 3–6)', () => {
    expect(flattenHeader([at(3).cells, at(4).cells, at(5).cells]).slice(5)).toEqual(BUDGET_EXPENDITURE_COLUMNS);
  });

  it('reads the rows with split codes by order (行政运行 and 死亡抚恤, lines 9 and 13)', () => {
    expect(at(9).cells).toEqual(['201', '01', '01', '', '行政运行', '181333.10', '181333.10', '46909.81', '105409.99', '22119.17', '6894.13', '0.00', '0.00', '0.00']);
    expect(at(13).cells).toEqual(['208', '08', '01', '', '死亡抚恤', '76946.27', '6871.76', '1748.10', '4024.17', '836.30', '263.19', '70074.51', '14014.91', '56059.60']);
  });
});

describe('a final expenditure table with a 行次 column before its squeezed figures', () => {
  const at = read('row-numbers-squeezed.pdftotext.txt');

  it('keeps the 行次 with the labels and reads the figures by order (lines 5–7)', () => {
    expect(flattenHeader([at(5).cells, at(6).cells])).toEqual(['项目/功能分类科目编码', '项目/科目名称', '项目/行次', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('reads each row by order: 人大事务 and 政府办公厅（室）及相关机构事务, its label wrapped (lines 9 and 12)', () => {
    expect(at(9).cells).toEqual(['20101', '人大事务', '2', '336.68', '336.68', '0.00']);
    expect(at(12).cells).toEqual(['20103', '政府办公厅（室）及相关机构事务', '4', '506.67', '313.23', '193.45']);
  });
});

describe('a final expenditure table whose 栏次 row numbers fewer columns than the figures make by position', () => {
  const at = read('numbered-unnamed.pdftotext.txt');

  it('reads the six named columns (lines 5–7)', () => {
    expect(at(5).cells.slice(2)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('reads each full row by order (一般公共服务支出, 一般行政管理事务: lines 9 and 12)', () => {
    expect(at(9).cells).toEqual(['201', '一般公共服务支出', '927078.16', '759489.33', '167588.83', '0.00', '0.00', '0.00']);
    expect(at(12).cells).toEqual(['2010102', '一般行政管理事务', '110225.06', '0.00', '110225.06', '0.00', '0.00', '0.00']);
  });

  it('counts a figure that starts under a long label among the row’s figures (政府办公厅（室）及相关机构事务, line 13)', () => {
    expect(at(13).cells.slice(2)).toEqual(['291082.48', '259618.23', '31464.25', '0.00', '0.00', '0.00']);
  });
});

describe('a final expenditure table whose figure header starts over its 行次 numbers', () => {
  const at = read('row-numbers-tight.pdftotext.txt');

  it('reads 小计, 基本支出 and 项目支出 onto the figures, the 行次 a label column (lines 2–3)', () => {
    expect(flattenHeader([at(2).cells, at(3).cells])).toEqual(['项目/功能分类科目编码', '项目/科目名称', '项目/行次', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('reads full rows by order and rows with a blank cell by position (lines 5, 7, 8 and 14)', () => {
    expect(at(5).cells).toEqual(['201', '一般公共服务支出', '1', '1336.14', '1082.88', '253.26']);
    expect(at(7).cells).toEqual(['201 01 01', '行政运行', '3', '1082.88', '1082.88', '']);
    expect(at(8).cells).toEqual(['201 01 02', '一般行政管理事务', '4', '253.26', '', '253.26']);
    expect(at(14).cells).toEqual(['208 08 01', '死亡抚恤', '10', '2605.88', '2074.27', '531.61']);
  });
});

// tests/fixtures/text-forms/row-numbers-in-label.pdftotext.txt: 部门收入总表 of synth-410800-shangwuju-2017-budget-00050
// (source lines 74–114): the 行次 column before five squeezed figures, its number one space after the name, standing
// in the label column on the rows whose name fills it (`一般行政管理事务 4`) and right of it on the others; the 行次
// word drawn under 合计 by the squeeze. Cells read by hand from the HTML table the PDF was printed from.
describe('a budget income table whose 行次 numbers stand in the label column on some rows only', () => {
  const at = read('row-numbers-in-label.pdftotext.txt');

  it('reads the 行次 as a label column, not as the first figure column (lines 2–5)', () => {
    expect(flattenHeader([at(2).cells, at(3).cells])).toEqual(['项目/功能分类科目编码', '项目/科目名称', '项目/行次', '合计', '上年结转', '一般公共预算拨款收入', '事业收入', '其他收入']);
  });

  it('puts every row’s five figures in order after its 行次 (一般公共服务支出, 一般行政管理事务: lines 7 and 10)', () => {
    expect(at(7).cells).toEqual(['201', '一般公共服务支出', '1', '169.91', '0.00', '169.91', '0.00', '0.00']);
    expect(at(10).cells).toEqual(['2011102', '一般行政管理事务', '4', '51.00', '0.00', '51.00', '0.00', '0.00']);
  });
});

// tests/fixtures/text-forms/row-numbers-next-page.pdftotext.txt: 一般公共预算财政拨款支出决算表 of
// synth-410300-zhujianju-2015-final-00013 (source lines 296–348), over two pages: on the second page pdftotext draws
// the 行次 numbers left, under the name column (`住房保障支出  26`), and the unlabelled 合计 prints its 行次 alone.
// Cells read by hand from the HTML table the PDF was printed from.
describe('a 行次 drawn under the name column on the next page', () => {
  const at = read('row-numbers-next-page.pdftotext.txt');

  it('keeps the 行次 out of the name (住房保障支出 26, 住房公积金 28: lines 47 and 49)', () => {
    expect(at(47).cells).toEqual(['221', '住房保障支出', '26', '864.80', '864.80', '0.00']);
    expect(at(49).cells).toEqual(['2210201', '住房公积金', '28', '296.06', '296.06', '0.00']);
  });

  it('reads the unlabelled 合计’s number as its 行次, not as a name (31, line 52)', () => {
    expect(at(52).cells).toEqual(['', '', '31', '4637.66', '3292.00', '1345.66']);
  });
});

// tests/fixtures/text-forms/row-numbers-under-total.pdftotext.txt: 收入决算表 of synth-410100-fagaiwei-2016-final-00032
// (source lines 87–108): a 行次 column, each row's number drawn right under the 本年收入合计 header, left of that
// column's figures (`一般公共服务支出     1 1336.14 1336.14`), most cells blank. Cells read by hand from the HTML table the
// PDF was printed from.
describe('a 行次 number drawn under the first figure column’s header', () => {
  const at = read('row-numbers-under-total.pdftotext.txt');

  it('puts the number in the 行次 and the figures in 本年收入合计 and 一般公共预算拨款收入 (lines 6 and 14)', () => {
    expect(at(6).cells).toEqual(['201', '一般公共服务支出', '1', '1336.14', '1336.14', '', '', '', '', '']);
    expect(at(14).cells).toEqual(['208 08', '抚恤', '9', '2605.88', '2605.88', '', '', '', '', '']);
  });
});
