/**
 * A 一般公共预算财政拨款支出决算表 whose two broken header words start at one column, on real `pdftotext -layout` output:
 * tests/fixtures/text-forms/general-expenditure-broken-words-one-start.pdftotext.txt, 附表5 of
 * synth-410200-nongyeju-2016-final-00026 (pdf13, its lines 247–266). `项目支` (line 3) and `公用经` (line 4) both start at
 * column 41; the rest `出` of 项目支出 stands at 45, right of the rests `费 费` (37, 39) of 人员经费 and 公用经费.
 * Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('two broken header words starting at one column (general-expenditure-broken-words-one-start)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-broken-words-one-start.pdftotext.txt');

  it('reads 公用经费 under 其中：基本支出 beside 人员经费, and 项目支出 last', () => {
    expect(header(2).slice(1)).toEqual([
      '本年支出/小计',
      '本年支出/其中：基本支出/小计',
      '本年支出/其中：基本支出/人员经费',
      '本年支出/其中：基本支出/公用经费',
      '本年支出/项目支出',
    ]);
  });

  it('keeps each figure under its column (一般公共服务支出, line 7; 人大事务, line 8)', () => {
    expect(at(7).cells).toEqual(['一般公共服务支出', '37.02', '23.14', '19.90', '3.24', '13.88']);
    expect(at(8).cells).toEqual(['人大事务', '1.95', '', '', '', '1.95']);
  });
});
