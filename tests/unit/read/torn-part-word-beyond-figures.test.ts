/**
 * A label word's characters torn off a value word right of the figures, in real `pdftotext -layout` output (the
 * 支出决算表 of synth-140300-jiaotongju-2016-final-00028, pdf115, source lines 135–190, two pages). The narrow header
 * tore `项目支出` into `项目` (line 8) over `支出` (line 12), right of the columns the figures fill, and the 栏次 row
 * prints its numbers squeezed one space apart (`2 3 4 5 6 7 8`, line 14). `项目` is a label word, so every column up
 * to it was taken for a label column and the figures for nothing the header names: no fact was read. The label columns
 * end at the first figure column no label word heads; the header is then read as one exact cover of its words onto the
 * numbered columns. Expected cells read by hand (万元 in the text, 元 in the model): 9.1 = 7.1 + 2.0 and 7.1 = 6.5 + 0.6
 * (line 15); a row printing 2.0 twice far apart holds its total and 项目支出 (line 18).
 */
import { describe, expect, it } from 'vitest';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a label word torn off a value word right of the figures ends no label column', () => {
  const { table, onLine } = ingestTextFormFixture('torn-part-word-beyond-figures.pdftotext.txt', 'final_expenditure');

  it('reads the eight value columns the 栏次 row numbers', () => {
    expect(table.columns.filter((c) => /支出|经费|小计|合计/.test(c) && !/科目/.test(c))).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts 一般公共服务支出’s 9.1 under 本年支出合计 and 2.0 under 项目支出 (line 15)', () => {
    expect(onLine(15)).toEqual({ 本年支出合计: '91000', '其中：基本支出/小计': '71000', '其中：基本支出/人员经费': '65000', '其中：基本支出/公用经费': '6000', 项目支出: '20000' });
  });

  it('puts a row’s two 2.0 printed far apart under 本年支出合计 and 项目支出 (line 18)', () => {
    expect(onLine(18)).toEqual({ 本年支出合计: '20000', 项目支出: '20000' });
  });

  it('reads 总计 on the page after the break (line 54)', () => {
    expect(onLine(54)).toEqual({ 本年支出合计: '1205000', '其中：基本支出/小计': '1031000', '其中：基本支出/人员经费': '949000', '其中：基本支出/公用经费': '83000', 项目支出: '173000' });
  });
});
