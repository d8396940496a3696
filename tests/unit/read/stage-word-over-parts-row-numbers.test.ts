/**
 * A stage's block word over its parts beside a 行次 column, in real `pdftotext -layout` output (the
 * 一般公共预算财政拨款支出决算表 of synth-410700-kejiju-2016-final-00019, pdf117, source lines 202–239). `决算数` (line 5)
 * heads `小计 基本支出 项目支出` (line 6); read by position it stood as a column of its own among them, one column more
 * than any row fills. The rows' 行次 (`1`, `2` … in the label columns) is no figure: counted as one, the rows seemed
 * to fill that extra column, and 决算数 was left a column that took 基本支出's figures. Expected cells read by hand
 * (万元 in the text, 元 in the model); each 小计 is the sum of its 基本支出 and 项目支出 (5687.83 + 3769.81 = 9457.64;
 * 3473.06 + 0.00 = 3473.06).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a stage word heads its parts beside a 行次 column, the rows’ numbers counted as no figure', () => {
  const { table, named } = ingestTextFormFixture('stage-word-over-parts-row-numbers.pdftotext.txt', 'final_general_expenditure');

  it('reads 决算数 over 小计, 基本支出 and 项目支出', () => {
    expect(table.columns.filter((c) => /数|支出|小计/.test(c) && !/科目/.test(c))).toEqual(['年初预算数', '全年预算数', '决算数/小计', '决算数/基本支出', '决算数/项目支出']);
  });

  it('puts 一般公共服务支出’s 5687.83 under 基本支出 and 3769.81 under 项目支出 (line 7)', () => {
    expect(named('一般公共服务支出')).toEqual({ 年初预算数: '92573300', 全年预算数: '93574800', '决算数/小计': '94576400', '决算数/基本支出': '56878300', '决算数/项目支出': '37698100' });
  });

  it('reads a row printed closer together the same way (line 23, 行政事业单位养老支出)', () => {
    expect(named('行政事业单位养老支出')).toEqual({ 年初预算数: '32330100', 全年预算数: '33530400', '决算数/小计': '34730600', '决算数/基本支出': '34730600', '决算数/项目支出': '0' });
  });
});
