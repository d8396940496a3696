/**
 * A 收入决算表 page whose zeros stand in columns as narrow as their figures, pdftotext packing some of them one space
 * apart and leaving others a narrow gap after the one before
 * (tests/fixtures/text-forms/final-income-narrow-gap-no-blank-column.pdftotext.txt: the title lines and source lines
 * 68–96 of synth-410200-nongyeju-2016-final-00026, pdf137; fixture line n is source line n + 64 from line 4 on).
 * 事业运行 (line 28) prints `97.44 97.44      0.00 0.00 0.00   0.00`: its last zero ends at 63, three characters after
 * the zero before it, where the page's other lines pack their 其他收入 zeros (`0.00 0.00 0.00`, line 14). No placement
 * of the page's runs fits with a blank column behind every gap (the 购房补贴 zeros ending at 56 and 63 would need
 * one between 附属单位上缴收入 and 其他收入); a gap narrower than the page's narrowest figure (`0.00`, four characters)
 * holds none, and the page then reads one way: each zero under the 栏次 number of its column
 * (5 经营收入 ending at 50, 6 附属单位上缴收入 at 56, 7 其他收入 at 61). Values read by hand (万元 printed, 元 read).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { onLine } = ingestTextFormFixture('final-income-narrow-gap-no-blank-column.pdftotext.txt', 'final_income');

describe('a page whose last zero stands a gap narrower than a figure after the zero before it', () => {
  it('reads 事业运行 (line 28): 97.44 twice, zeros under 事业收入, 经营收入, 附属单位上缴收入 and 其他收入', () => {
    expect(onLine(28)).toEqual({ 本年收入合计: '974400', '财政拨款（补助）收入': '974400', 事业收入: '0', 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });
  it('reads 购房补贴 (line 31): 27.65 twice, its zeros under 上级补助收入, 附属单位上缴收入 and 其他收入', () => {
    expect(onLine(31)).toEqual({ 本年收入合计: '276500', '财政拨款（补助）收入': '276500', 上级补助收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });
  it('reads 一般公共服务支出 (line 14): its packed zero under 上级补助收入, the three after a gap under 经营收入, 附属单位上缴收入 and 其他收入', () => {
    expect(onLine(14)).toEqual({ 本年收入合计: '1736400', '财政拨款（补助）收入': '1736400', 上级补助收入: '0', 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });
  it('reads the 总计 (line 13): 553.01 twice, its zeros ending at 53 and 64 under 经营收入 and 其他收入', () => {
    expect(onLine(13)).toEqual({ 本年收入合计: '5530100', '财政拨款（补助）收入': '5530100', 经营收入: '0', 其他收入: '0' });
  });
});
