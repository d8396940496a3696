/**
 * A 一般公共预算财政拨款支出决算表 continued on a page that repeats its header word for word, but laid out anew: the
 * header's pieces stand a few columns away from where they stood on the page before (`公用经` at 74, not 79), and the
 * rows' figures spread wider (公用经费 ending at 86, not 83). The words are the same, so the page is no other table;
 * they stand elsewhere, so the page is not laid out as the page before, and its columns are fitted again to its own
 * full rows: a row whose 项目支出 is blank keeps its last figure under 公用经费. Real `pdftotext -layout` output:
 * tests/fixtures/text-forms/general-expenditure-header-repeated-elsewhere.pdftotext.txt, synth-140100-gongxinju-2015-final-00001
 * (pdf14, its lines 286–349). Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a header repeated on the next page with its words elsewhere is a page laid out anew', () => {
  const { at } = readTextFormFixture('general-expenditure-header-repeated-elsewhere.pdftotext.txt');

  it('reads a full row of the next page in its columns (其他社会保障和就业支出, line 46)', () => {
    expect(at(46).cells).toEqual(['20899', '其他社会保障和就业支出', '20', '549.92', '580.47', '611.03', '315.90', '300.11', '15.80', '295.12']);
  });

  it('keeps 公用经费 under 公用经费 when 项目支出 is blank (机关事业单位职业年金缴费支出, line 45; 事业单位医疗, line 50; 公务员医疗补助, line 51)', () => {
    expect(at(45).cells.slice(2)).toEqual(['19', '438.90', '418.95', '399.00', '399.00', '379.05', '19.95', '']);
    expect(at(50).cells).toEqual(['2101102', '事业单位医疗', '24', '110.16', '109.08', '108.00', '108.00', '102.60', '5.40', '']);
    expect(at(51).cells).toEqual(['2101103', '公务员医疗补助', '25', '55.26', '54.20', '53.14', '53.14', '50.48', '2.66', '']);
  });
});
