/**
 * A header's first line that is one value word alone (`本年支出`, over 小计 | 其中：基本支出 | 项目支出), repeated at
 * the top of each page the table runs over, is the header of the rows below, no running head
 * (`readTextForms`, the header lines kept from page furniture): tests/fixtures/text-forms/
 * general-expenditure-group-word-alone-at-page-tops.pdftotext.txt is the 一般公共预算财政拨款支出决算表 of
 * synth-140100-gongxinju-2015-final-00001 (pdf18, source lines 292–365), four pages under the same header. Removed as a
 * running head, it left the third page's header other words than the table's, read anew into ten columns.
 * Expected cells are read by hand from those lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a value word alone at each page top over the header is the header, no running head', () => {
  const { at } = readTextFormFixture('general-expenditure-group-word-alone-at-page-tops.pdftotext.txt');
  it('keeps 本年支出 on the third page (line 45)', () => {
    expect(at(45).skip).toBeUndefined();
  });
  it('reads the third page under the table columns (line 51: 2697.34 | 2454.80 | 2160.22 | 294.58 | 242.55)', () => {
    expect(at(51).cells).toEqual(['2089999', '其他社会保障和就业支出', '23', '2697.34', '2454.80', '2160.22', '294.58', '242.55']);
  });
  it('reads a row of the third page with 项目支出 0.00 (line 52)', () => {
    expect(at(52).cells).toEqual(['210', '卫生健康支出', '24', '5171.71', '5171.71', '4551.10', '620.60', '0.00']);
  });
  it('reads the last page under the table columns (line 72)', () => {
    expect(at(72).cells).toEqual(['2210203', '购房补贴', '35', '1823.74', '1823.74', '1604.90', '218.85', '']);
  });
});
