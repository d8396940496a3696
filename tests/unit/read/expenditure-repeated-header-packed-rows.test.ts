/**
 * A 支出决算表 over three pages, its header repeated word for word on each, a column right of where it stood on the
 * second page. That page's full rows (合计, 基本支出, 项目支出 all printed) have their figures packed one space apart
 * (`32.65 15.78 16.87`): pdftotext squeezed them, they show where none of the columns stands, so the page is not fitted
 * anew to them and keeps the table's columns: a row whose 基本支出 is blank keeps its second figure under 项目支出, on
 * that page and on the third (read with the same columns). Real `pdftotext -layout` output:
 * tests/fixtures/text-forms/expenditure-repeated-header-packed-rows.pdftotext.txt, synth-410400-gongxinju-2017-final-00035
 * (pdf7, its lines 145–200). Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a page repeating the header whose full rows are packed one space apart keeps the table columns', () => {
  const { at } = readTextFormFixture('expenditure-repeated-header-packed-rows.pdftotext.txt');

  it('keeps 项目支出 under 项目支出 when 基本支出 is blank (支持中小企业发展和管理支出, line 49; 中小企业发展专项, line 50)', () => {
    expect(at(49).cells).toEqual(['215 08', '支持中小企业发展和管理支出', '4.65', '', '4.65', '', '', '']);
    expect(at(50).cells).toEqual(['215 08 05', '中小企业发展专项', '4.65', '', '4.65', '', '', '']);
  });

  it('reads the rows with 项目支出 blank and the unlabelled 合计 (住房保障支出, line 51; 合计, line 55)', () => {
    expect(at(51).cells).toEqual(['221', '住房保障支出', '15.09', '15.09', '', '', '', '']);
    expect(at(55).cells.slice(2)).toEqual(['197.54', '135.39', '62.15', '', '', '']);
  });

  it('reads the packed page in its columns (科技奖励, line 28, 基本支出 blank; 其他科学技术支出, line 29)', () => {
    expect(at(28).cells).toEqual(['206 99 01', '科技奖励', '5.76', '', '5.76', '', '', '']);
    expect(at(29).cells).toEqual(['206 99 99', '其他科学技术支出', '26.90', '15.78', '11.11', '', '', '']);
  });
});
