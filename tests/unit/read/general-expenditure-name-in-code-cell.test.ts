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

/**
 * A code printed without spaces (`20603`, `20808`) carried into the code column with its name, one space after it:
 * tests/fixtures/text-forms/general-expenditure-group-word-alone-at-page-tops.pdftotext.txt, the
 * 一般公共预算财政拨款支出决算表 of synth-140100-gongxinju-2015-final-00001 (pdf18, source lines 292–365), lines 31 and 39
 * (`20603 应用研究           13   1647.55 …`, `20808 抚恤             20   2715.46 …`).
 */
describe('a code printed without spaces carried into the code column with its name', () => {
  const { at } = readTextFormFixture('general-expenditure-group-word-alone-at-page-tops.pdftotext.txt');

  it('reads 20603 as the code and 应用研究 as the name (line 31)', () => {
    expect(at(31).cells.slice(0, 4)).toEqual(['20603', '应用研究', '13', '1647.55']);
  });
  it('reads 20808 as the code and 抚恤 as the name (line 39)', () => {
    expect(at(39).cells).toEqual(['20808', '抚恤', '20', '2715.46', '1381.59', '1215.80', '165.79', '1333.87']);
  });
});
