/**
 * A 收入决算表 whose last two columns' figures pdftotext drew close enough to cluster as one column
 * (tests/fixtures/text-forms/final-income-last-column-clustered-into-the-one-before.pdftotext.txt: the title lines and
 * source lines 77–104 of synth-410400-wenlvju-2015-final-00005, pdf149; fixture line n is source line n + 73 from line 4
 * on). 附属单位上缴收入's zeros end at 71 (`0.00[67-71]`, line 11) and 其他收入's figures at 79 (`4229.43[72-79]`, the same
 * line): by position one column, 其他收入 a blank column after it, so the table's value columns were not all figures
 * and its pages' rows were placed where they stand, `4229.43` of the 合计 read as 附属单位上缴收入. The blank last column,
 * named by a value word of its own and touched by the figures ending where it starts, counts among the value columns
 * the page's run starts are placed on: seven, and the runs read one way. Values read by hand (元); each row's
 * 财政拨款收入 and 其他收入 add up to its total.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { onLine } = ingestTextFormFixture('final-income-last-column-clustered-into-the-one-before.pdftotext.txt', 'final_income');

describe('a last column whose figures cluster with the column before it', () => {
  it('reads the 合计 (line 11): 1226767.11 = 1222537.68 + 4229.43 of 其他收入, its zeros under 上级补助收入 and 附属单位上缴收入', () => {
    expect(onLine(11)).toEqual({ 本年收入合计: '1226767.11', 财政拨款收入: '1222537.68', 上级补助收入: '0', 附属单位上缴收入: '0', 其他收入: '4229.43' });
  });
  it('reads 文化旅游体育与传媒支出 (line 15): 264273.55 = 262304.88 + 1968.67 of 其他收入, its packed zero under 上级补助收入', () => {
    expect(onLine(15)).toEqual({ 本年收入合计: '264273.55', 财政拨款收入: '262304.88', 上级补助收入: '0', 其他收入: '1968.67' });
  });
  it('reads 一般公共服务支出 (line 12): four zeros one space apart from 58 on, under 事业收入 … 其他收入', () => {
    expect(onLine(12)).toEqual({ 本年收入合计: '12810.45', 财政拨款收入: '12810.45', 事业收入: '0', 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });
  it('reads 纪检监察事务 (line 13): its packed zero under 上级补助收入, the three from 64 on under 经营收入, 附属单位上缴收入 and 其他收入', () => {
    expect(onLine(13)).toEqual({ 本年收入合计: '12810.45', 财政拨款收入: '12810.45', 上级补助收入: '0', 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });
});
