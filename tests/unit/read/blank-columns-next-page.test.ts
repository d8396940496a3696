/**
 * A squeezed 支出决算表 with columns blank in every row, continued on the next page under its header repeated
 * (`page-fit.ts`, `fitToPage`): tests/fixtures/text-forms/blank-columns-next-page.pdftotext.txt holds source lines
 * 142–186 of the generated synth-410100-wenlvju-2016-final-00022 as `pdftotext -layout` wrote them. The header names
 * eight value columns (本年支出合计, 基本支出 小计 | 人员经费 | 公用经费, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出);
 * the rows fill the first five at most, the last three are blank in every row. pdftotext laid out the second page on
 * its own, its figures further right (`753.69   454.13 340.60 113.53 299.56`): no row there fills all eight columns,
 * so the page's columns are fitted on its rows that fill the five filled ones, the blank three carried beside them.
 * Expected cells read by hand from the lines; line numbers are the fixture's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { readFixture } from './read-fixture.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/blank-columns-next-page.pdftotext.txt'), 'utf8');
const { at } = readFixture(text);

describe('a table with three columns blank in every row, continued on a page laid out on its own', () => {
  it('reads a full row of the first page under the first five value columns (line 20)', () => {
    expect(at(20).cells).toEqual(['208', '社会保障和就业支出', '1499.81', '1012.26', '759.20', '253.07', '487.55', '', '', '']);
  });

  it('puts a full row of the second page under the same five columns (208 08 抚恤, line 33)', () => {
    expect(at(33).cells).toEqual(['208 08', '抚恤', '753.69', '454.13', '340.60', '113.53', '299.56', '', '', '']);
  });

  it('leaves 项目支出 blank on a row of four figures of the second page (208 05 01, line 32)', () => {
    expect(at(32).cells).toEqual(['208 05 01', '行政单位离退休', '150.13', '150.13', '112.60', '37.53', '', '', '', '']);
  });

  it('reports the second page’s columns fitted to its rows', () => {
    const { problems } = readTextForms(splitLines(text));
    expect(problems.some((p) => p.code === 'page_columns_refitted' && p.line === 32)).toBe(true);
  });
});
