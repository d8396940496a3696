/**
 * A 一般公共预算财政拨款支出决算表 with a 行次 column whose second page starts without its header:
 * tests/fixtures/text-forms/general-expenditure-row-number-glued-next-page.pdftotext.txt holds source lines 233–286 of
 * the generated synth-140100-shangwuju-2017-final-00051 as `pdftotext -layout` wrote them. The first page is squeezed
 * (`22 498.90 498.90 0.00` one space apart); on the second page the figures stand apart, so no one shift carries the
 * page onto the first page's columns, and one row prints its 行次 glued to the end of its name
 * (`发展和管理支出30 230.33 …`, line 47). The 行次 still number that page's rows: its columns are fitted again to its
 * full rows with the 行次 column where its numbers stand (`page-fit.ts`), and the rows are read under it
 * (`rowNumberColumn` of `figure-order.ts`), the 行次 never read as money. Expected cells read by hand from the lines;
 * line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('general-expenditure-row-number-glued-next-page.pdftotext.txt');

describe('a continued page whose 行次 one row glued to its name', () => {
  it('reads a row of the first page (2101102 事业单位医疗, line 32)', () => {
    expect(at(32).cells).toEqual(['2101102', '事业单位医疗', '21', '268.18', '268.18', '0.00']);
  });

  it('reads the 行次 of the second page as a 行次, not as money (2101103 公务员医疗补助, line 33)', () => {
    expect(at(33).cells).toEqual(['2101103', '公务员医疗补助', '22', '498.90', '498.90', '0.00']);
  });

  it('puts a row with a zero 基本支出 under its columns (2150517 产业发展, line 38)', () => {
    expect(at(38).cells).toEqual(['2150517', '产业发展', '25', '121.66', '0.00', '121.66']);
  });

  it('splits the 行次 glued to the name into its cell, the name joined to its first line (2150899, line 47)', () => {
    expect(at(47).cells).toEqual(['2150899', '其他支持中小企业发展和管理支出', '30', '230.33', '214.49', '15.84']);
  });

  it('reads the unlabelled total row under the same columns (line 52)', () => {
    expect(at(52).cells.slice(2)).toEqual(['35', '4,564.94', '3,688.73', '876.21']);
  });
});
