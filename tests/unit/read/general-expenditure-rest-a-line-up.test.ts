/**
 * A 一般公共预算财政拨款支出决算表 printing no 栏次 row whose narrow header cells pdftotext drew bottom line first, on
 * real `pdftotext -layout` output: tests/fixtures/text-forms/general-expenditure-rest-a-line-up.pdftotext.txt, 表五 of
 * synth-410300-caizhengju-2015-final-00003 (printed with seed 31). The cell 公用经费 prints `公用` on line 5 and its
 * rest `经费` a line up, on line 4, ending left of where `公用` ends (pdftotext right-aligns the cell's lines); `人员经`
 * and its rest `费` stand on line 4 one space apart, and 项目支出 is `项目支` (line 3) over `出` (line 5). Expected cells
 * are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a header word whose rest pdftotext drew a line up, right-aligned (general-expenditure-rest-a-line-up)', () => {
  const { at, header } = readTextFormFixture('general-expenditure-rest-a-line-up.pdftotext.txt');

  it('reads 公用经费 from `公用` and the `经费` over it, under 其中：基本支出 beside 人员经费, and 项目支出 last', () => {
    expect(header(2).slice(-5)).toEqual([
      '本年支出/小计',
      '本年支出/其中：基本支出/小计',
      '本年支出/其中：基本支出/人员经费',
      '本年支出/其中：基本支出/公用经费',
      '本年支出/项目支出',
    ]);
  });

  it('keeps each figure under its column (合计, line 6; 教育支出, line 11)', () => {
    expect(at(6).cells.slice(-5)).toEqual(['866.7', '729.0', '648.8', '80.2', '137.7']);
    expect(at(11).cells.slice(-5)).toEqual(['21.2', '0.0', '0.0', '0.0', '21.2']);
  });
});
