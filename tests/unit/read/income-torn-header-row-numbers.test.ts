/**
 * A narrow 收入决算表 whose header pdftotext tore into pieces on five lines (`财政拨` / `款（补` / `助）收` / `入`,
 * `本年收` under `入合计`) over rows squeezed one space apart after their 行次, in real `pdftotext -layout` output
 * (synth-410700-jiaoyuju-2016-final-00029, pdf89, source lines 36–129: the 收入支出决算总表, then the 收入决算表). The
 * pieces read as one cover of the seven words; a row's third figure (`0.35` of the 合计 row, printed far right) may
 * stand in any of five source columns by how the row is squeezed, and only the 总表 tells which: 八、其他收入 0.35.
 * Expected cells read by hand (万元 → 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a torn header over squeezed rows read as one cover, the figures no placement tells apart placed by the 总表', () => {
  const { doc, onLine } = ingestTextFormFixture('income-torn-header-row-numbers.pdftotext.txt', 'final_income');

  it('reads the 合计 row 1 140.88 140.53 0.35 as 本年收入合计, 财政拨款（补助）收入 and 其他收入 (line 64)', () => {
    expect(onLine(64)).toEqual({ 本年收入合计: '1408800', '财政拨款（补助）收入': '1405300', 其他收入: '3500' });
  });

  it('reads 纪检监察事务 9 7.62 7.54 0.09 the same way (line 73)', () => {
    expect(onLine(73)).toEqual({ 本年收入合计: '76200', '财政拨款（补助）收入': '75400', 其他收入: '900' });
  });

  it('reads a row of two equal figures, 教师进修 17 2.39 2.39, as 本年收入合计 and 财政拨款（补助）收入 (line 81)', () => {
    expect(onLine(81)).toEqual({ 本年收入合计: '23900', '财政拨款（补助）收入': '23900' });
  });

  it('reports how the rows were placed and settled', () => {
    const codes = doc.problems.map((p) => p.code);
    expect(codes).toContain('spaced_row_by_summary');
    expect(codes).toContain('columns_settled');
  });
});
