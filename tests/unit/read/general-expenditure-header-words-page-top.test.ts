/**
 * A squeezed 一般公共预算支出表 whose header's first line (`基本支出   项目支出`, two whole header words) stands at the
 * top of a page it runs over, as it stands at the top of another page of the document: it is the header of the rows
 * below, not a running head, and the rows of the next page are read under the table's nine columns. Real
 * `pdftotext -layout` output: tests/fixtures/text-forms/general-expenditure-header-words-page-top.pdftotext.txt,
 * synth-410300-chengguanju-2020-budget-00093 (pdf6, its lines 192–233; its line 110, a page top of 部门支出总表,
 * prints the same first line, here fixture line 1, the text's first). Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a header first line of whole header words at a page top (general-expenditure-header-words-page-top)', () => {
  const { at } = readTextFormFixture('general-expenditure-header-words-page-top.pdftotext.txt');

  it('keeps the line at the page top as a header line (line 23)', () => {
    expect(at(23).skip).toBeUndefined();
    expect(at(23).cells.slice(3, 5)).toEqual(['合计', '基本支出']);
  });

  it('reads the next page under the nine columns (公务员医疗补助, line 36: 资本性支出 0.00, 项目支出 0.00)', () => {
    expect(at(36).cells).toEqual(['210 11 03', '', '公务员医疗补助', '18.29', '18.29', '8.80', '7.85', '1.65', '0.00', '0.00', '', '']);
  });

  it('reads a row of the next page that prints every figure (死亡抚恤, line 32)', () => {
    expect(at(32).cells).toEqual(['208 08 01', '', '死亡抚恤', '7.57', '4.95', '2.38', '2.12', '0.45', '0.00', '2.62', '2.12', '0.50']);
  });
});
