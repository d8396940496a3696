/**
 * A 部门收入总表 whose codes print 款 and 项 squeezed into one part (`208 9999`, `210 1199`), on real `pdftotext -layout`
 * output: tests/fixtures/text-forms/income-squeezed-code-at-page-top.pdftotext.txt,
 * synth-410811-chengguanju-2020-budget-00094 (pdf24, its lines 70–110). A row at the top of a continued page prints its
 * code and the name's start on one line and the name's last character with the figures on the next
 * (`208 9999 其他社会保障和就业支` over `出  19541715.97 …`): the code line is a row of the table, joined to its figures.
 * Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a code printed with its 款 and 项 squeezed together at a page top starts the row below it (income-squeezed-code-at-page-top)', () => {
  const { at } = readTextFormFixture('income-squeezed-code-at-page-top.pdftotext.txt');

  it('joins the code line to its figures line at the continued page top (lines 32–33)', () => {
    expect(at(33).cells).toEqual(['208 9999', '其他社会保障和就业支出', '19541715.97', '0.00', '19541715.97', '0.00', '0.00']);
  });

  it('reads the same code form inside the page as before (lines 36–37)', () => {
    expect(at(37).cells).toEqual(['210 1199', '其他行政事业单位医疗支出', '16220648.64', '0.00', '16072059.54', '148589.10', '0.00']);
  });
});
