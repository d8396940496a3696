/**
 * Tables continued over a page break in real `pdftotext -layout` output (Chromium printed the generator's HTML,
 * bench/pdf-accuracy.ts `--per-family 20 --seed 1 --keep`): pdftotext lays out every page on its own, so the same
 * column stands at other character positions on each page and the header repeated on the next page is wrapped and
 * interleaved otherwise.
 * - tests/fixtures/text-forms/page-refit.pdftotext.txt: 支出决算表 of synth-140100-caizhengju-2016-final-00021 (source
 *   lines 146–194), over three pages, the header repeated on each with its words in another order, the codes' 类 款 项
 *   one space apart on the first page and further apart on the second;
 * - tests/fixtures/text-forms/split-column.pdftotext.txt: 支出决算表 of synth-410200-kejiju-2017-final-00036 (source
 *   lines 137–182), a 行次 column, eight figure columns whose 项目支出 figures stand so unevenly that by position they
 *   make two columns, one under no header word; the table continued on a second page.
 * - tests/fixtures/text-forms/page-blank-cells.pdftotext.txt: 部门支出预算表 of synth-410803-jiaoyuju-2017-budget-00047
 *   (source lines 102–140), blank cells printed as nothing, the header repeated after a form feed (line 23) and the
 *   next page's figures standing further left; rows with blank cells squeezed together (`22.2 22.2 19.3      2.9`).
 * - tests/fixtures/text-forms/page-label-on-numbers.pdftotext.txt: 部门支出总表 of synth-410100-jiaotongju-2018-budget-00062
 *   (source lines 122–163): the header repeated on the next page, its `科目编码` written beside 栏次 on the 栏次 line
 *   there (over it on the first page), the next page's figures squeezed one space apart.
 * - tests/fixtures/text-forms/page-one-full-row.pdftotext.txt: 收入决算表 of synth-410100-wenlvju-2016-final-00022
 *   (source lines 82–122): the header repeated on the next page in another wrapping, that page's names and figures
 *   standing elsewhere than the first page's, one row of that page with a figure in every column.
 * Expected cells are read by hand from the HTML tables the PDFs were printed from; line numbers are the fixtures'.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { fitToPage, joinCodeParts, sameCharacters } from '../../../src/lib/parse/read/page-fit.ts';
import { placeFewer, placeInOrder } from '../../../src/lib/parse/read/figure-order.ts';
import { pieces } from '../../../src/lib/parse/read/piece.ts';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import type { ColumnModel } from '../../../src/lib/parse/read/positioned.ts';
import type { SourceLine } from '../../../src/lib/text/lines.ts';
import { readFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../fixtures/text-forms/${name}`), 'utf8');
const read = (name: string) => readFixture(fixture(name));

const EXPENDITURE = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];

describe('a final expenditure table whose header is repeated on each page in another order (page-refit)', () => {
  const { at } = read('page-refit.pdftotext.txt');

  it('reads the first page by its own header (lines 5–6, 10)', () => {
    expect(flattenHeader([at(5).cells, at(6).cells])).toEqual(['科目编码/类 款 项', '科目编码/科目名称', ...EXPENDITURE]);
    expect(at(10).cells).toEqual(['201', '一般公共服务支出', '3913247.34', '3567763.51', '345483.83', '0.00', '0.00', '0.00']);
  });

  it('keeps the table’s columns on the second page, fitted to where its figures stand there (组织事务, 其他组织事务支出: lines 27, 29)', () => {
    expect(flattenHeader([at(22).cells, at(23).cells])).toEqual(['科目编码/类 款 项', '科目编码/科目名称', ...EXPENDITURE]);
    expect(at(27).cells).toEqual(['201 32', '组织事务', '1473186.18', '1190767.30', '282418.88', '0.00', '0.00', '0.00']);
    expect(at(29).cells).toEqual(['201 32 99', '其他组织事务支出', '1083186.18', '800767.30', '282418.88', '0.00', '0.00', '0.00']);
  });

  it('reads a code whose 项 stands apart on the second page as one code (201 32   01 行政运行, line 28)', () => {
    expect(at(28).cells).toEqual(['201 32 01', '行政运行', '390000.00', '390000.00', '0.00', '0.00', '0.00', '0.00']);
  });

  it('reports how the second page’s columns were placed, with its first row', () => {
    const { problems } = readTextForms(splitLines(fixture('page-refit.pdftotext.txt')));
    expect(problems.some((p) => p.code === 'page_columns_refitted' && p.line === 27 && p.raw?.includes('组织事务'))).toBe(true);
  });
});

describe('a final expenditure table whose 项目支出 figures stand apart by position (split-column)', () => {
  const { at } = read('split-column.pdftotext.txt');

  it('reads eight figure columns after the 行次, each under its header word (lines 6–9)', () => {
    const header = flattenHeader([at(6).cells, at(7).cells]);
    expect(header.slice(3)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts 项目支出 in its column whether it stands near 公用经费 or far from it (一般公共服务支出, 社会保障和就业支出: lines 11, 17)', () => {
    expect(at(11).cells.slice(2)).toEqual(['1', '1064812.79', '0.00', '0.00', '0.00', '1064812.79', '0.00', '0.00', '0.00']);
    expect(at(17).cells.slice(2)).toEqual(['7', '20704811.29', '16427211.00', '15605850.43', '821360.57', '4277600.29', '0.00', '0.00', '0.00']);
  });

  it('reads the second page with the same columns (死亡抚恤, the unlabelled 合计: lines 34, 45)', () => {
    expect(at(34).cells).toEqual(['208 08 01', '死亡抚恤', '13', '4786367.95', '1916367.95', '1820549.55', '95818.40', '2870000.00', '0.00', '0.00', '0.00']);
    expect(at(45).cells.slice(2)).toEqual(['24', '39255704.01', '32825588.38', '31184308.93', '1641279.45', '6430115.63', '0.00', '0.00', '0.00']);
  });
});

describe('a budget expenditure table with blank cells continued after a form feed (page-blank-cells)', () => {
  const { at } = read('page-blank-cells.pdftotext.txt');

  it('reads the first page’s rows with blank cells by position (一般公共服务支出, 行政事业单位养老支出: lines 10, 18)', () => {
    expect(at(10).cells).toEqual(['201', '一般公共服务支出', '2', '1.1', '', '', '', '1.1']);
    expect(at(18).cells).toEqual(['208 05', '行政事业单位养老支出', '10', '29.1', '29.1', '25.4', '3.8', '']);
  });

  it('keeps the 行次 apart from the name on the next page (死亡抚恤 15, line 29)', () => {
    expect(at(29).cells).toEqual(['208 08 01', '死亡抚恤', '15', '12.0', '3.0', '2.6', '0.4', '9.0']);
  });

  it('places figures squeezed together before a blank cell each in a column of its own (卫生健康支出, 公务员医疗补助: lines 32, 35)', () => {
    expect(at(32).cells).toEqual(['210', '卫生健康支出', '18', '22.2', '22.2', '19.3', '2.9', '']);
    expect(at(35).cells).toEqual(['210 11 03', '公务员医疗补助', '21', '18.0', '18.0', '15.6', '2.3', '']);
  });
});

describe('placing the figures of a row with blank cells', () => {
  const columns = [
    { start: 10, end: 15 },
    { start: 20, end: 25 },
    { start: 30, end: 35 },
    { start: 40, end: 45 },
  ];
  const at = (text: string, start: number) => ({ text, start, end: start + text.length });

  it('puts figures one space apart in neighbouring columns and a far one where it stands', () => {
    expect(placeFewer([at('1.0', 11), at('2.0', 15), at('3.0', 41)], columns)).toEqual([0, 1, 3]);
  });

  it('puts figures squeezed one space apart into neighbouring columns under columns read by order, not two into one', () => {
    const model: ColumnModel = {
      columns: [{ start: 0, end: 8, kind: 'text' }, ...columns.map((c) => ({ ...c, kind: 'amount' as const }))],
      header: [['科目名称', '合计', '基本支出', '项目支出', '上缴上级支出']],
      figures: 4,
    };
    // by position 3.0, squeezed one space after 2.0, falls into 基本支出 with it; in order it is the next column's
    const placed = placeInOrder([at('行政运行', 0), at('1.0', 11), at('2.0', 21), at('3.0', 25)], model);
    expect(placed.cells).toEqual(['行政运行', '1.0', '2.0', '3.0', '']);
  });

  it('decides nothing when two placements fit as well (a lone figure midway between two columns)', () => {
    expect(placeFewer([at('1.0', 11), at('2.0', 26)], columns)).toBeNull();
  });
});

describe('a final income table continued on a page that repeats its header over one full row (page-one-full-row)', () => {
  const { at, header } = read('page-one-full-row.pdftotext.txt');
  const INCOME = ['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];

  it('reads the first page by its own header (lines 6–8, 10)', () => {
    expect(header(6)).toEqual(['科目编码/类 款 项', '科目编码/科目名称', ...INCOME]);
    expect(at(10).cells).toEqual(['201', '一般公共服务支出', '3138774.57', '3138774.57', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  it('keeps the names in the name column on the second page, its columns fitted to its one full row (lines 30, 32, 35, 37)', () => {
    expect(at(37).cells).toEqual(['221 02 01', '住房公积金', '25558928.45', '25558928.45', '0.00', '0.00', '0.00', '0.00', '0.00']);
    expect(at(30).cells).toEqual(['210', '卫生健康支出', '48023293.20', '48023293.20', '0.00', '0.00', '0.00', '0.00', '']);
    expect(at(32).cells).toEqual(['210 11 03', '公务员医疗补助', '21027306.27', '21027306.27', '0.00', '0.00', '0.00', '', '']);
    expect(at(35).cells).toEqual(['221', '住房保障支出', '46719539.79', '46719539.79', '', '', '', '0.00', '']);
  });
});

describe('fitting a table’s columns to a page', () => {
  const line = (raw: string, n: number) => ({ line: { n, raw, cells: [raw] } as unknown as SourceLine, parts: pieces(raw) });
  const model: ColumnModel = {
    columns: [
      { start: 0, end: 9, kind: 'text' },
      { start: 10, end: 24, kind: 'text' },
      { start: 26, end: 36, kind: 'amount' },
      { start: 37, end: 47, kind: 'amount' },
      { start: 48, end: 56, kind: 'amount' },
    ],
    header: [['科目编码', '科目名称', '合计', '基本支出', '项目支出']],
  };

  it('places each column where the page’s full rows put their k-th figure, and a row with a blank cell by position', () => {
    const fit = fitToPage(model, [
      line('201    一般公共服务支出      10.00    6.00    4.00', 1),
      line('20101  人大事务            6.00    6.00    0.00', 2),
      line('2010101 行政运行           6.00    6.00', 3),
    ]);
    expect(fit?.model.header).toEqual(model.header);
    expect(fit?.model.figures).toBe(3);
    expect(fit?.fullRows).toBe(2);
  });

  it('fits nothing when a row holds more figures than the table has columns', () => {
    expect(fitToPage(model, [line('201  一般公共服务支出  10.00 6.00 4.00 1.00', 1), line('20101 人大事务 6.00 6.00 0.00', 2)])).toBeNull();
  });

  it('fits nothing on one full row without a 栏次 row numbering the columns', () => {
    expect(fitToPage(model, [line('201  一般公共服务支出  10.00 6.00 4.00', 1), line('20101 人大事务 6.00', 2)])).toBeNull();
  });

  it('fits one full row under the table’s header repeated on the page', () => {
    const rows = [line('201  一般公共服务支出  10.00 6.00 4.00', 1), line('20101 人大事务 6.00', 2)];
    expect(fitToPage(model, rows, null, null, true)?.fullRows).toBe(1);
  });

  it('joins a code printed in parts, but not a code before a figure', () => {
    expect(joinCodeParts(pieces('201 32   01   行政运行   1.00')).map((p) => p.text)).toEqual(['201 32 01', '行政运行', '1.00']);
    expect(joinCodeParts(pieces('201 32   1.00')).map((p) => p.text)).toEqual(['201', '32', '1.00']);
  });

  it('knows a header repeated with its characters in another order', () => {
    expect(sameCharacters('本年支出合计基本支出', '基本支出本年支出合计')).toBe(true);
    expect(sameCharacters('本年支出合计基本支出', '本年收入合计基本支出')).toBe(false);
  });
});

describe('a budget expenditure table whose repeated header carries 科目编码 on its 栏次 line (page-label-on-numbers)', () => {
  const { at } = read('page-label-on-numbers.pdftotext.txt');

  it('reads the next page with the table’s five columns (住房保障支出, the 合计 row: lines 36 and 41)', () => {
    expect(at(36).cells).toEqual(['221', '住房保障支出', '16.2', '16.2', '13.2', '3.1', '0.0']);
    expect(at(41).cells).toEqual(['', '合计', '124.8', '101.8', '82.4', '19.3', '23.1']);
  });
});
