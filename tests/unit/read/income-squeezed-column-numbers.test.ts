/**
 * A 部门收入总表 whose 栏次 row pdftotext squeezed as it squeezed the header, on real `pdftotext -layout` output:
 * tests/fixtures/text-forms/income-squeezed-column-numbers.pdftotext.txt, synth-410300-chengguanju-2020-budget-00093
 * (pdf17, its lines 76–110). `栏次    1 2 3 4 5` stands one space apart over rows printed wider
 * (`82.87    82.46 0.41`): the columns its numbers would place, the last reaching the rows' right edge, put 82.46 and 0.41
 * into one cell. Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a squeezed 栏次 row places no columns its rows cannot hold (income-squeezed-column-numbers)', () => {
  const { at } = readTextFormFixture('income-squeezed-column-numbers.pdftotext.txt');
  const figures = (n: number) => at(n).cells.filter((c) => /\d/.test(c) && !/^\d{3,7}$/.test(c));

  it('keeps each figure of a row in a cell of its own, in order (the 合计 row, line 11; 一般行政管理事务, line 15)', () => {
    expect(figures(11)).toEqual(['82.87', '82.46', '0.41']);
    expect(figures(15)).toEqual(['7.36', '7.25', '0.12']);
    expect(figures(25)).toEqual(['14.79', '14.63', '0.16']);
  });

  it('puts the figures one space apart into neighbouring columns and the 合计 apart from them (line 12)', () => {
    const cells = at(12).cells;
    const total = cells.indexOf('25.94');
    const fiscal = cells.indexOf('25.83');
    expect(total).toBeGreaterThan(0);
    expect(fiscal).toBeGreaterThan(total + 1);
    expect(cells.indexOf('0.12')).toBe(fiscal + 1);
  });
});
