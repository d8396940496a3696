/**
 * A 收入决算表 whose second page (no header repeated) draws its lower rows about five characters left of its upper
 * ones (tests/fixtures/text-forms/final-income-lower-rows-drawn-left-crowded.pdftotext.txt: the title lines and source
 * lines 81–128 of synth-140100-caizhengju-2016-final-00021, pdf131; fixture line n is source line n + 77 from line 4
 * on). `77.7[19-23] 77.5[24-28]` on line 39 both fall into the 本年收入合计 column the upper rows' totals end in
 * (`55.7[24-28]` on line 33), while `0.2[50-53]` stands alone under 其他收入 as on the page before. The figure alone in
 * its cell stays there; the crowded pair goes where the header's totals hold (77.7 = 77.5 + 0.2). Values read by hand
 * (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { onLine, doc } = ingestTextFormFixture('final-income-lower-rows-drawn-left-crowded.pdftotext.txt', 'final_income');

const row = (total: string, fiscal: string, other: string) => ({ 本年收入合计: total, '财政拨款（补助）收入': fiscal, 其他收入: other });

describe('a crowded pair beside a figure alone in its cell, on rows drawn left of the page’s upper rows', () => {
  it('reads line 39 (20899 其他社会保障和就业支出): 77.7 合计, 77.5 财政拨款（补助）收入, 0.2 其他收入', () => {
    expect(onLine(39)).toEqual(row('777000', '775000', '2000'));
  });
  it('reads line 40, its name run into its first figure (`…就业支出77.7`), the same way', () => {
    expect(onLine(40)).toEqual(row('777000', '775000', '2000'));
  });
  it('reads lines 41 and 42 (210, 21011): 127.7, 126.2 and 1.5', () => {
    expect(onLine(41)).toEqual(row('1277000', '1262000', '15000'));
    expect(onLine(42)).toEqual(row('1277000', '1262000', '15000'));
  });
  it('reads the unlabelled 合计 on line 50: 551.5, 548.9 and 2.5', () => {
    expect(onLine(50)).toEqual(row('5515000', '5489000', '25000'));
  });
  it('leaves no figure of these lines unread', () => {
    expect(doc.problems.filter((p) => p.code === 'unread_numbers' || p.code === 'spaced_column_crowded')).toEqual([]);
  });
});
