/**
 * Squeezed headers read as an exact cover of vocabulary words (`src/lib/parse/read/header-cover.ts`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML (bench/pdf-accuracy.ts, seed 1):
 * - tests/fixtures/text-forms/income-cover.pdftotext.txt: 表2 收入决算表 of synth-140100-caizhengju-2016-final-00021
 *   (its lines 92–104), where `（补助）收` is written left of `财政拨款` on the header's first line and the ends of
 *   seven words (`计`, `助收入`, `入` …) on the lines below in another order;
 * - tests/fixtures/text-forms/budget-expenditure-cover.pdftotext.txt: 预算03表 部门支出总表 of
 *   synth-140300-shengtaiju-2018-budget-00058 (its lines 129–146), `其中：基本支出` over 小计 | 人员经费 | 公用经费,
 *   the ends `费 费 出` of three words on one line and `公用经` printed right of them;
 * - tests/fixtures/text-forms/income-cut-piece.pdftotext.txt: 收入决算表 of synth-410811-shengtaiju-2016-final-00024
 *   (its lines 73–84), where `收入位上缴` is one piece, the end of 附属单位上缴收入's neighbour and the middle of it, and
 *   `本年收入合` starts inside the label column's span;
 * - tests/fixtures/text-forms/income-numbered-cover.pdftotext.txt: 附件1-2 收入决算表 of
 *   synth-410100-fagaiwei-2016-final-00032 (its lines 84–96): seven columns numbered on the 栏次 row, only the first two
 *   printed in any row (so no row says by its figures how many there are), `本年收入` drawn right of its `合计`;
 * - tests/fixtures/text-forms/income-raised-other.pdftotext.txt: 附表2 收入决算表 of synth-410400-gongxinju-2017-final-00035
 *   (its lines 75–84), where `其他收入` is drawn on a line of its own under the others (and so under 本年收入合计);
 * - tests/fixtures/text-forms/income-near-anchors.pdftotext.txt: 收入决算表 of synth-410300-caizhengju-2015-final-00003
 *   (its lines 86–97), where `一般公` is raised a line above `上级补` and drawn one column right of it;
 * - tests/fixtures/text-forms/income-two-spellings.pdftotext.txt: 收入决算表 of synth-410200-shengtaiju-2015-final-00006
 *   (its lines 85–95), where `（补助）收财政拨款` spells 财政拨款（补助）收入 or 财政拨款收入（补助）;
 * - tests/fixtures/text-forms/gov-fund-stray-piece.pdftotext.txt: 表7 政府性基金预算财政拨款收入支出决算表 of
 *   synth-140100-caizhengju-2016-final-00021 (its lines 354–359): one row of 0.00 under a 栏次 row, the `余` that ends
 *   年初结转和结余 drawn among the label words, 本年收入 (a total word) second, `入 小计` two cells on one line;
 * - tests/fixtures/text-forms/general-expenditure-label-word.pdftotext.txt: 一般公共预算财政拨款支出决算表 of
 *   synth-410200-nongyeju-2016-final-00026 (its lines 278–288), `项目` (a label word too) over a `支出` drawn left of it.
 * Expected cells are read by hand from the HTML tables the PDFs were printed from; line numbers are the fixtures'.
 * The small cases below place pieces by hand, to show what is not read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { coverHeader, exactCovers } from '../../../src/lib/parse/read/header-cover.ts';
import { frags } from './fragments.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { readFixture } from './read-fixture.ts';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../fixtures/text-forms/${name}`), 'utf8');

describe('a 收入决算表 header whose words pdftotext broke and reordered (income-cover, lines 4–7)', () => {
  const text = fixture('income-cover.pdftotext.txt');
  const { at } = readFixture(text);

  it('reads the seven income columns in their printed order', () => {
    expect(flattenHeader([at(4).cells, at(5).cells]).slice(2)).toEqual([
      '本年收入合计',
      '财政拨款（补助）收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ]);
  });

  it('puts each figure of a row under its column (一般公共服务支出, line 10; 人大事务, line 11)', () => {
    expect(at(10).cells).toEqual(['201', '一般公共服务支出', '3913247.34', '3913247.34', '0.00', '0.00', '0.00', '0.00', '0.00']);
    expect(at(11).cells).toEqual(['201 01', '人大事务', '650016.67', '650016.67', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  it('reports how the header was read as an info problem with its first line and raw text', () => {
    const cover = readTextForms(splitLines(text)).problems.filter((p) => p.code === 'header_cover');
    expect(cover).toHaveLength(1);
    expect(cover[0]!.severity).toBe('info');
    expect(cover[0]!.line).toBe(4);
    expect(cover[0]!.raw).toContain('本年收入合 （补助）收 财政拨款 上级补');
    expect(cover[0]!.message).toContain('「财政拨款（补助）收入」');
  });
});

describe('a 部门支出总表 header with a group word over three columns (budget-expenditure-cover, lines 7–10)', () => {
  const { at } = readFixture(fixture('budget-expenditure-cover.pdftotext.txt'));

  it('reads 合计, the three columns under 其中：基本支出 and 项目支出 in order', () => {
    expect(flattenHeader([at(7).cells, at(8).cells]).slice(1)).toEqual(['合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出']);
  });

  it('keeps 项目支出 apart from the 公用经费 printed right of its end (社会保障和就业支出, line 15)', () => {
    expect(at(15).cells).toEqual(['社会保障和就业支出', '280.17', '195.91', '178.28', '17.63', '84.25']);
  });
});

describe('a 收入决算表 header with the space between two cells lost (income-cut-piece, lines 4–7)', () => {
  const { at } = readFixture(fixture('income-cut-piece.pdftotext.txt'));

  it('cuts `收入位上缴` into the parts of two words and reads the seven columns', () => {
    expect(flattenHeader([at(4).cells, at(5).cells]).slice(2)).toEqual([
      '本年收入合计',
      '一般公共预算拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ]);
  });

  it('puts the unlabelled total row and a coded row under those columns (lines 8 and 11)', () => {
    expect(at(8).cells).toEqual(['', '', '23,257.04', '23,145.19', '0.00', '111.85', '0.00', '0.00', '0.00']);
    expect(at(11).cells).toEqual(['2010101', '行政运行', '1,558.69', '1,535.49', '0.00', '23.20', '0.00', '0.00', '0.00']);
  });
});

describe('a 收入决算表 of mostly blank columns under a 栏次 row (income-numbered-cover, lines 5–9)', () => {
  const { at } = readFixture(fixture('income-numbered-cover.pdftotext.txt'));

  it('reads the seven words onto the seven numbered columns, 本年收入 and 合计 one word', () => {
    expect(at(5).cells.slice(5)).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    expect(at(8).cells.slice(5)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('puts the two printed figures of a row under 本年收入合计 and 一般公共预算拨款收入 (一般公共服务支出, line 9)', () => {
    expect(at(9).cells.slice(5)).toEqual(['1336.14', '1336.14', '', '', '', '', '']);
    expect(at(12).cells.slice(5)).toEqual(['253.26', '253.26', '', '', '', '', '']);
  });
});

describe('a 收入决算表 whose last word is drawn under the others (income-raised-other, lines 2–4)', () => {
  const text = fixture('income-raised-other.pdftotext.txt');
  const { at } = readFixture(text);

  it('reads 本年收入合计 as the first column, not as a group over the 其他收入 standing below it', () => {
    expect(flattenHeader([at(2).cells, at(3).cells, at(4).cells]).slice(2)).toEqual([
      '本年收入合计',
      '财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ]);
  });

  it('puts each figure under its column (一般公共服务支出, line 6; 政府办公厅（室）及相关机构事务, line 10)', () => {
    expect(at(6).cells.slice(-7)).toEqual(['927078.16', '921972.08', '0.00', '0.00', '0.00', '0.00', '5106.08']);
    expect(at(10).cells.slice(-7)).toEqual(['291082.48', '288788.70', '0.00', '0.00', '0.00', '0.00', '2293.78']);
  });

  it('reads a part group word as a column when a word below it is a column of its own (pieces by hand)', () => {
    // 其他收入 stands below 本年收入合计 and belongs under it, yet the three words are the three figure columns
    const header = frags('本年收入合计@0:0 事业收入@0:8 其他收入@1:14');
    expect(coverHeader(header, 3)?.paths).toEqual([['本年收入合计'], ['事业收入'], ['其他收入']]);
    expect(coverHeader(header, 2)).toBeNull();
  });
});

describe('a 收入决算表 whose first two words start on different lines one column apart (income-near-anchors, lines 2–5)', () => {
  const { at } = readFixture(fixture('income-near-anchors.pdftotext.txt'));

  it('orders 一般公共预算拨款收入 before 上级补助收入 by the lines where both have pieces (共预算 left of 上级补)', () => {
    expect(at(2).cells.slice(2)).toEqual(['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts the figures of a row with blank cells under their columns (人大事务, line 9; 一般行政管理事务, line 10)', () => {
    expect(at(9).cells.slice(2)).toEqual(['9.06', '9.06', '0.00', '', '0.00', '0.00', '']);
    expect(at(10).cells.slice(2)).toEqual(['9.06', '9.06', '', '0.00', '0.00', '', '0.00']);
  });

  it('leaves the order to the anchors when they stand clearly apart, whatever one line shows (pieces by hand)', () => {
    // 公用经 is written right of the 出 that ends 项目支出 on their line, but its anchor stands clearly left of 项目支
    const header = frags('合计@0:0 项目支@0:14 人员经@1:4 公用经@2:9 出@2:6 费@2:2 费@3:9');
    expect(coverHeader(header, 4)?.paths).toEqual([['合计'], ['人员经费'], ['公用经费'], ['项目支出']]);
  });

  it('orders nothing by pieces of equal text, which any of the words may end (入)', () => {
    // 事业收 and 经营收 one column apart on lines apart, their only shared line holding two 入
    expect(coverHeader(frags('事业收@0:10 经营收@1:11 入@2:8 入@2:12'), 2)).toBeNull();
  });
});

describe('a 收入决算表 whose pieces spell one column two ways (income-two-spellings, lines 2–5)', () => {
  const text = fixture('income-two-spellings.pdftotext.txt');
  const { at } = readFixture(text);

  it('reads `（补助）收财政拨款` … `入` as 财政拨款（补助）收入, the usual spelling of the same column', () => {
    expect(at(2).cells.slice(2)).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts the figures under those columns (一般公共服务支出, line 7; 政府办公厅（室）及相关机构事务, line 11)', () => {
    expect(at(7).cells.slice(2)).toEqual(['11,521.46', '11,462.63', '', '', '', '', '58.82']);
    expect(at(11).cells.slice(2)).toEqual(['3,794.00', '3,787.66', '', '', '', '', '6.34']);
  });

  it('reports the reading as an info problem on the header\'s first line', () => {
    const cover = readTextForms(splitLines(text)).problems.filter((p) => p.code === 'header_cover');
    expect(cover.map((p) => [p.severity, p.line])).toEqual([['info', 2]]);
    expect(cover[0]!.raw).toContain('（补助）收财政拨款');
  });
});

describe('a one-row 政府性基金 table whose header is as narrow as its 0.00 figures (gov-fund-stray-piece, lines 2–5)', () => {
  const text = fixture('gov-fund-stray-piece.pdftotext.txt');
  const { at } = readFixture(text);

  it('reads the six columns, taking the `余` drawn into the label columns as the end of 年初结转和结余', () => {
    expect(flattenHeader([at(2).cells, at(3).cells]).slice(-6)).toEqual([
      '年初结转和结余',
      '本年收入',
      '本年支出/小计',
      '本年支出/基本支出',
      '本年支出/项目支出',
      '年末结转和结余',
    ]);
    expect(at(5).cells.slice(-6)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('puts the six printed 0.00 of its one row under those columns (line 6)', () => {
    expect(at(6).cells.slice(-6)).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  it('reports the reading, with the `余` among the words, as an info problem on line 2', () => {
    const cover = readTextForms(splitLines(text)).problems.filter((p) => p.code === 'header_cover');
    expect(cover.map((p) => [p.severity, p.line])).toEqual([['info', 2]]);
    expect(cover[0]!.message).toContain('「年初结转和结余」「本年收入」');
  });
});

describe('a 一般公共预算财政拨款支出决算表 whose `项目` over `支出` is also a label word (general-expenditure-label-word, lines 4–7)', () => {
  const { at } = readFixture(fixture('general-expenditure-label-word.pdftotext.txt'));

  it('joins 项目 and the 支出 drawn left under it into 项目支出, the last of seven columns under 年初预算数 … 决算数', () => {
    expect(flattenHeader([at(4).cells, at(5).cells, at(6).cells]).slice(-7)).toEqual([
      '年初预算数',
      '全年预算数',
      '决算数/小计',
      '决算数/其中：基本支出/小计',
      '决算数/其中：基本支出/人员经费',
      '决算数/其中：基本支出/公用经费',
      '决算数/项目支出',
    ]);
  });

  it('puts each figure under its column (一般公共服务支出, line 9; 行政运行, line 11, 项目支出 blank)', () => {
    expect(at(9).cells.slice(-7)).toEqual(['75.8', '77.2', '78.6', '55.7', '50.1', '5.6', '22.9']);
    expect(at(11).cells.slice(-7)).toEqual(['11.9', '11.7', '11.6', '11.6', '10.5', '1.2', '']);
  });
});

/** Pieces placed by hand: `text@row:start`. */
describe('what the exact cover does not read', () => {
  it('leaves a header with a piece no vocabulary word accounts for (备注)', () => {
    expect(coverHeader(frags('合计@0:0 基本支@0:6 出@1:6 备注@0:12'), 2)).toBeNull();
  });

  it('leaves a header whose words are fewer or more than the figure columns', () => {
    expect(coverHeader(frags('合计@0:0 基本支@0:6 出@1:6 项目支@0:12 出@1:12'), 2)).toBeNull();
    expect(coverHeader(frags('合计@0:0 基本支@0:6 出@1:6 项目支@0:12 出@1:12'), 3)?.paths).toEqual([['合计'], ['基本支出'], ['项目支出']]);
  });

  it('leaves two words whose order the anchors cannot decide (事业收 and 经营收 on lines apart, one column apart)', () => {
    expect(exactCovers(frags('事业收@0:10 入@1:8 经营收@1:11 入@2:11'))).toHaveLength(1);
    expect(coverHeader(frags('事业收@0:10 入@1:8 经营收@1:11 入@2:11'), 2)).toBeNull();
  });

  it('takes a reading only when its totals add up in the rows (a last digit per part of rounding allowed)', () => {
    const header = frags('合计@0:0 基本支@0:6 出@1:6 项目支@0:12 出@1:12');
    expect(coverHeader(header, 3, [['10.00', '4.00', '5.00']])).toBeNull();
    expect(coverHeader(header, 3, [['10.00', '4.00', '6.00']])?.paths).toEqual([['合计'], ['基本支出'], ['项目支出']]);
    expect(coverHeader(header, 3, [['10.00', '4.00', '5.99']])).not.toBeNull();
  });

  it('lets the rows confirm the one reading whose total adds up, and reads nothing when every reading does', () => {
    // 合计 may be the table's total or the subtotal first under 基本支出: both stand where the pieces allow
    const header = frags('基本支出@0:8 合计@1:0 人员经费@1:6 公用经费@1:12 项目支出@1:20');
    expect(coverHeader(header, 4, [['10.00', '3.00', '2.00', '5.00']])?.paths).toEqual([['合计'], ['基本支出', '人员经费'], ['基本支出', '公用经费'], ['项目支出']]);
    expect(coverHeader(header, 4, [['5.00', '3.00', '2.00', '0.00']])).toBeNull();
    expect(coverHeader(header, 4)).toBeNull();
  });

  it('does not end a whole word with a 小计 that stands on a line above its end and far from it', () => {
    // pieces of 政府性基金 表七 in synth-140300-caizhengju-2017-final-00038 (its lines 348–351): `项目支` … `出` is
    // 项目支出, never 项目支出小计 with the 小计 that stands under 本年支出's first column
    const header = frags('年初结@0:5 本年支出@0:20 年末结@0:30 转和结@1:6 入本年收@1:10 项目支@1:25 转和结@1:29 余@2:6 小计@2:16 基本支@2:19 出@3:21 出@3:26 余@3:31');
    expect(coverHeader(header, 6)?.paths).toEqual([['年初结转和结余'], ['本年收入'], ['本年支出', '小计'], ['本年支出', '基本支出'], ['本年支出', '项目支出'], ['年末结转和结余']]);
  });

  it('does not join a group word and the 小计 under it into one word', () => {
    const covers = exactCovers(frags('其中：基本支出@0:10 小计@1:8 人员经@1:12 费@2:12 公用经@1:16 费@2:16')) ?? [];
    expect(covers.every((c) => c.some((w) => w.text === '其中：基本支出'))).toBe(true);
    expect(coverHeader(frags('其中：基本支出@0:10 小计@1:8 人员经@1:12 费@2:12 公用经@1:16 费@2:16'), 3)?.paths).toEqual([
      ['其中：基本支出', '小计'],
      ['其中：基本支出', '人员经费'],
      ['其中：基本支出', '公用经费'],
    ]);
  });
});
