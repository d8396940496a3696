/**
 * A 一般公共预算财政拨款支出决算表 continued on a page that repeats its header word for word, a few columns right of where
 * it stood (`公用经费` at 88, not 83), its rows spread wider. The page's full rows have two of their figures one space
 * apart (`2,317,311.25 1,651,840.99 1,387,546.43`) and the others further: most of their figures stand apart, so they
 * show where the page's columns stand, and the page is fitted again to them. A row whose 项目支出 is blank keeps its last
 * figure under 公用经费. Real `pdftotext -layout` output:
 * tests/fixtures/text-forms/general-expenditure-repeated-header-rows-partly-packed.pdftotext.txt,
 * synth-410400-gongxinju-2017-final-00035 (pdf14, its lines 239–291). Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a page repeating the header elsewhere is fitted again to full rows most of whose figures stand apart', () => {
  const { at } = readTextFormFixture('general-expenditure-repeated-header-rows-partly-packed.pdftotext.txt');

  it('keeps 公用经费 under 公用经费 when 项目支出 is blank (行政事业单位养老支出, line 33; 行政单位医疗, line 41; 住房保障支出, line 47)', () => {
    expect(at(33).cells).toEqual(['208 05', '行政事业单位养老支出', '20', '998,577.56', '998,577.56', '838,805.15', '159,772.41', '']);
    expect(at(41).cells).toEqual(['210 11 01', '行政单位医疗', '28', '694,120.32', '694,120.32', '583,061.06', '111,059.26', '']);
    expect(at(47).cells).toEqual(['221', '住房保障支出', '34', '355,930.09', '355,930.09', '298,981.26', '56,948.83', '']);
  });

  it('reads the full rows of that page in their columns (社会保障和就业支出, line 32; 总计, line 51)', () => {
    expect(at(32).cells).toEqual(['208', '社会保障和就业支出', '19', '2,317,311.25', '1,651,840.99', '1,387,546.43', '264,294.56', '665,470.26']);
    expect(at(51).cells.slice(1)).toEqual(['总计', '38', '9,212,475.28', '4,853,600.38', '4,077,024.28', '776,576.10', '4,358,874.90']);
  });
});
