/**
 * A 支出决算表 header whose 本年支出合计 is wrapped in its narrow cell, `本年支出` over `合计`
 * (tests/fixtures/text-forms/expenditure-total-wrapped-over-its-column.pdftotext.txt: source lines 131–176 of the
 * generated synth-410811-shangwuju-2016-final-00034 as `pdftotext -layout` wrote them):
 *
 * ```
 *                   本年支出                   上缴 经营 属单
 *               行次 合计 基本支出 项目支出 上级 支出 位补
 * ```
 *
 * pdftotext draws the CJK words narrower than they print, so `本年支出` reaches over the start of `基本支出` though it
 * stands centred over its own column's `合计`: joined they are one word of 本年支出's own meaning, the column's wrapped
 * word, and 本年支出 heads no group over 合计 | 基本支出 | 项目支出 (nor the label columns before them)
 * (`header-levels.ts`, `readHeaderLabels`). Expected labels and cells read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a total wrapped in its narrow cell, its first line reaching over the next column', () => {
  const { at, header } = readTextFormFixture('expenditure-total-wrapped-over-its-column.pdftotext.txt');

  it('reads 本年支出合计 as one column beside 基本支出 and 项目支出 (line 6)', () => {
    expect(header(6)).toEqual(['项目/科目名称', '项目/行次', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('reads a row under them (一般公共服务支出, line 11)', () => {
    expect(at(11).cells).toEqual(['一般公共服务支出', '1', '1,070.15', '794.34', '275.80', '0.00', '0.00', '0.00']);
  });
});
