/**
 * A squeezed 支出决算表 whose header names six value columns while the rows fill three (`figure-order.ts`,
 * `blankColumnsBeside`): the department has no 上缴上级支出, 经营支出 or 对附属单位补助支出. 本年支出合计 is the sum of the
 * other columns in every full row whichever two of the five its two other figures fill, so the totals alone cannot
 * place them. tests/fixtures/text-forms/squeezed-total-beside-parts.pdftotext.txt holds source lines 145–164 of the
 * generated synth-410400-gongxinju-2017-final-00035 as `pdftotext -layout` wrote them: the full rows print their
 * three figures one space apart, `24.70 17.70 7.00`, while a row with a blank cell between two figures prints a gap,
 * `8.75        8.75`. No blank column stands between two figures printed touching, so they fill 本年支出合计,
 * 基本支出 and 项目支出. Expected cells read by hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('three figures printed touching under six column words, no 栏次 row (squeezed-total-beside-parts)', () => {
  const { at, header } = readTextFormFixture('squeezed-total-beside-parts.pdftotext.txt');

  it('reads the six value columns in the header’s order (lines 5–9)', () => {
    expect(header(5).slice(2)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts a full row’s figures under 本年支出合计, 基本支出 and 项目支出 (201, line 10)', () => {
    expect(at(10).cells).toEqual(['201', '一般公共服务支出', '24.70', '17.70', '7.00', '', '', '']);
  });

  it('puts 12.82 under 本年支出合计 and 基本支出 (201 32 01, line 12)', () => {
    expect(at(12).cells).toEqual(['201 32 01', '行政运行', '12.82', '12.82', '', '', '', '']);
  });

  it('puts 8.75 under 本年支出合计 and 项目支出, 基本支出 blank (205 08 01, line 16)', () => {
    expect(at(16).cells).toEqual(['205 08 01', '教师进修', '8.75', '', '8.75', '', '', '']);
  });
});
