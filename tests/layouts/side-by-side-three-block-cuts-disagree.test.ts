/**
 * 财政拨款收入支出决算总表 on the PDF path whose first page pdftotext drew in blocks: the rows down to `六、科学技术支出`
 * end their spending figures at 61/62 (合计), 68 (一般公共预算), 73 (政府性基金) and 78 (国有资本经营), the rows from
 * `八、社会保障和就业支出` on at 61, 70 and 82. Real `pdftotext -layout` output of a generated 太原市科学技术局 2019
 * 决算, lines 21–33 of the fixture. The page read whole leaves lines unread; cuts of three blocks read some lines alike,
 * and where they read a line differently the page's reading whole stands. Values read by hand from the printed lines
 * (万元, ×10000 in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';
import { halfCells } from '../helpers.ts';

const { table } = ingestTextFormFixture('fiscal-summary-three-block-cuts-disagree.pdftotext.txt', 'final_fiscal_summary');

/** A spending row's printed cells, by the two characters after `支出/` naming their column (`合计`, `一般` …). */
const spending = (name: string) => halfCells(table, '支出', name);

describe('a side-by-side page whose blocks the cuts read differently in places', () => {
  it('reads `34 … 0.00` (ending at 73) of 二、外交支出 as 政府性基金', () => {
    expect(spending('二、外交支出')).toEqual({ 政府: '0' });
  });

  it('reads `35 0.00 … 0.00` (ending at 62 and 78) of 三、国防支出 as 合计 and 国有资本经营', () => {
    expect(spending('三、国防支出')).toEqual({ 合计: '0', 国有: '0' });
  });

  it('keeps `40 395.25 395.25 0.00` (ending at 61, 70, 82) of 八、社会保障和就业支出 as 合计, 一般公共预算, 国有资本经营', () => {
    expect(spending('八、社会保障和就业支出')).toEqual({ 合计: '3952500', 一般: '3952500', 国有: '0' });
  });

  it('keeps `41 297.74 297.74 0.00` of 九、卫生健康支出 alike', () => {
    expect(spending('九、卫生健康支出')).toEqual({ 合计: '2977400', 一般: '2977400', 国有: '0' });
  });
});
