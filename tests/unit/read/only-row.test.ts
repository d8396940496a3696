/**
 * The only row of an empty table read under its squeezed header (`src/lib/parse/read/only-row.ts`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML (bench/pdf-accuracy.ts, seed 1):
 * - tests/fixtures/text-forms/gov-fund-only-row.pdftotext.txt: 表七 政府性基金预算财政拨款收入支出决算表 and 表八
 *   国有资本经营预算财政拨款支出决算表 of synth-410200-kejiju-2017-final-00036 (its lines 369–395): each table 无数据,
 *   its one row a 行次 `1` and a 0.00 in every column, its header words broken over four lines (`年初` / `结转` / `和结` /
 *   `余`), no 栏次 row and no second row to place the columns by;
 * - tests/fixtures/text-forms/state-capital-only-row-blank.pdftotext.txt: 国有资本经营预算财政拨款支出决算表 of
 *   synth-140300-jiaotongju-2016-final-00028 (its lines 384–395): two figures under three columns (项目支出 blank), the
 *   header's pieces readable as two words (`项目支出小计`) as well as three;
 * - tests/fixtures/text-forms/gov-fund-only-row-blank.pdftotext.txt: 附件1-7 政府性基金预算财政拨款收入支出决算表 of
 *   synth-410800-zhujianju-2016-final-00030 (its lines 319–331): five figures under six columns (基本支出 blank).
 * Expected cells are read by hand from the HTML tables the PDFs were printed from; line numbers are the fixtures'.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { readFixture, readTextFormFixture } from './read-fixture.ts';
import { GOV_FUND_COLUMNS } from '../../helpers.ts';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../fixtures/text-forms/${name}`), 'utf8');

describe('an empty 政府性基金 table whose one row prints every figure (gov-fund-only-row, lines 4–9)', () => {
  const text = fixture('gov-fund-only-row.pdftotext.txt');
  const { at } = readFixture(text);

  it('reads the header as its six columns, 本年支出 over its three', () => {
    expect(flattenHeader([at(4).cells, at(5).cells]).slice(4)).toEqual([
      '科目编码/行次',
      '年初结转和结余',
      '本年收入',
      '本年支出/小计',
      '本年支出/基本支出',
      '本年支出/项目支出',
      '年末结转和结余',
    ]);
  });

  it('puts the row number in the 行次 column and one 0.00 under each column (line 9)', () => {
    expect(at(9).cells.slice(4)).toEqual(['1', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  it('reads the 国有资本经营 table below it the same way (lines 22–26)', () => {
    expect(flattenHeader([at(22).cells, at(23).cells]).slice(4)).toEqual(['行次', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
    expect(at(26).cells.slice(4)).toEqual(['1', '0.00', '0.00', '0.00']);
  });

  it('says how each header was read (lines 4 and 22)', () => {
    const { problems } = readTextForms(splitLines(text));
    expect(problems.filter((p) => p.code === 'header_cover').map((p) => p.line)).toEqual([4, 22]);
  });
});

describe('an only row with a blank cell is not read by order', () => {
  it('leaves two figures under three columns where they stand when the header also reads as two words (state-capital-only-row-blank, line 10)', () => {
    const { at } = readFixture(fixture('state-capital-only-row-blank.pdftotext.txt'));
    // 小计 0.00, 基本支出 0.00, 项目支出 blank: never 项目支出小计 as a second column
    expect(flattenHeader([at(5).cells, at(6).cells]).join(' ')).not.toContain('项目支出小计');
    expect(at(10).cells.slice(5, 7)).toEqual(['0.00', '0.00']);
  });

  it('does not read five figures under a header of six as five columns: the blank cell stands in the gap (gov-fund-only-row-blank, line 12)', () => {
    const { at } = readFixture(fixture('gov-fund-only-row-blank.pdftotext.txt'));
    // 行次 1, 年初 0.00, 本年收入 0.00, 小计 0.00, 基本支出 blank, 项目支出 0.00, 年末 0.00
    expect(at(12).cells.slice(2)).toEqual(['1', '0.00', '0.00', '0.00', '', '0.00', '0.00']);
  });
});

describe('an empty 政府性基金 table whose header line writes the lower half of two cells before their upper half (gov-fund-only-row-scrambled)', () => {
  // synth-410803-jiaoyuju-2017-final-00047 (pdf6), its lines 388–396: `小计 支出 支出 和结基本   项目` on line 7 is
  // 小计, the 支出 under 基本 and under 项目, and 年末结转和结余's 和结 run into 基本
  const { at, header } = readFixture(fixture('gov-fund-only-row-scrambled.pdftotext.txt'));

  it('reads 基本支出 and 项目支出 from pieces written right to left on one line', () => {
    expect(header(4).slice(4)).toEqual(GOV_FUND_COLUMNS);
  });

  it('reads 科目 over 名称 drawn two columns left as one label column, 科目名称 (line 6–7)', () => {
    expect(header(4).slice(0, 4)).toEqual(['科目编码/类', '科目编码/款', '科目编码/项', '科目名称']);
  });

  it('puts one 0.00 under each of the six columns (line 9)', () => {
    expect(at(9).cells.slice(3)).toEqual(['合计', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });
});

describe('an only row printing fewer figures than its header names columns', () => {
  // gov-fund-only-row-fewer: synth-410300-shengtaiju-2016-final-00023 (pdf6), its lines 320–331: four 0.0 under six
  // columns, 本年收入 and 基本支出 blank (read by hand from the HTML)
  const { at, header } = readTextFormFixture('gov-fund-only-row-fewer.pdftotext.txt');

  it('puts each figure under the column whose word stands at or just right of it, the blank columns kept (line 9)', () => {
    expect(header(4).slice(4)).toEqual(GOV_FUND_COLUMNS);
    expect(at(9).cells.slice(3)).toEqual(['合计', '0.0', '', '0.0', '', '0.0', '0.0']);
  });

  it('reads three figures squeezed together under one rightmost piece beside the pieces written clear on their lines (gov-fund-only-row-fewer-squeezed, line 8)', () => {
    // synth-410700-kejiju-2016-final-00019 (pdf7), its lines 383–392: three 0.00 one space apart under six columns;
    // the generator's truth (seed 7, index 19, line 390) prints 年初结转和结余, 本年收入 and 小计 0.00, the others blank
    const read = readTextFormFixture('gov-fund-only-row-fewer-squeezed.pdftotext.txt').valuesUnder(4, 8);
    expect(read).toEqual({ 年初结转和结余: '0.00', 本年收入: '0.00', '本年支出/小计': '0.00' });
  });
});
