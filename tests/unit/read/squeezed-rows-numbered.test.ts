/**
 * A squeezed 支出决算表 no row of whose first page fills every column, its rows numbered by a 行次 column
 * (tests/fixtures/text-forms/expenditure-squeezed-row-numbers.pdftotext.txt: source lines 140–159 of the generated
 * synth-140300-zhujianju-2017-final-00048 as `pdftotext -layout` wrote them). Every row's first number after its name
 * numbers the rows, 1, 2, 3 … down them, under the last label column headed 行次: it is the row's 行次, no figure, and
 * the figures after it are placed by meaning as in any squeezed table (`squeezed-rows.ts`, `coverOnSqueezedRows`,
 * `placeSqueezedRow`). Expected cells read by hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a squeezed table whose rows print a 行次', () => {
  const { at, header } = readTextFormFixture('expenditure-squeezed-row-numbers.pdftotext.txt');

  it('reads the header as the eight value columns after 行次 (line 4)', () => {
    expect(header(4).slice(2)).toEqual([
      '项目/行次',
      ...EXPENDITURE_COLUMNS,
    ]);
  });

  it('reads 201 一般公共服务支出 with its 行次 1 and its figures from the total on (line 8)', () => {
    expect(at(8).cells.slice(0, 9)).toEqual(['201', '一般公共服务支出', '1', '1,672.65', '1,592.58', '1,242.21', '350.37', '80.07', '0.00']);
  });

  it('reads 201 03 01 行政运行 (line 11: 341.00 341.00 265.98 75.02 0.00)', () => {
    expect(at(11).cells.slice(0, 8)).toEqual(['201 03 01', '行政运行', '3', '341.00', '341.00', '265.98', '75.02', '0.00']);
  });

  it('leaves 项目支出 blank where the row prints four figures (201 03 50 事业运行, line 13)', () => {
    expect(at(13).cells.slice(0, 8)).toEqual(['201 03 50', '事业运行', '5', '474.42', '474.42', '370.05', '104.37', '']);
  });
});
