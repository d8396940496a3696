/**
 * A 一般公共预算财政拨款支出决算表 continued on a page whose 款-level row prints its short name where the 项 part of the
 * codes stands, on real `pdftotext -layout` output: tests/fixtures/text-forms/general-expenditure-name-in-code-cell.pdftotext.txt,
 * 附件1-5 of synth-410800-jiaotongju-2015-final-00010 (pdf7, its lines 258–300). On the second page `208 08 抚恤`
 * (line 32) draws 抚恤 at column 7, and the page's labels carried into the table's label columns put it in the code
 * column with its code. Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a name carried into the code column with its code on a continued page (general-expenditure-name-in-code-cell)', () => {
  const { at } = readTextFormFixture('general-expenditure-name-in-code-cell.pdftotext.txt');

  it('reads 208 08 as the code and 抚恤 as the name, in the name column', () => {
    expect(at(32).cells).toEqual(['208 08', '抚恤', '14', '1,838.73', '1,811.95', '1,785.17', '1,729.00', '56.17']);
    expect(at(33).cells.slice(0, 2)).toEqual(['208 08 01', '死亡抚恤']);
  });
});
