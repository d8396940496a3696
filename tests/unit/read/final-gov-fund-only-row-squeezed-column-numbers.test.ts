import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated 决算 (lines 1–2 of the document, a blank line, then its empty
// 政府性基金预算财政拨款收入支出决算表: fixture line n is the document's line n + 306 from line 4 on). Its 栏次 row squeezes
// `1 2 3 4 5 6` one space apart (line 11, characters 3–14) over a 合计 row printing four zeros wider apart (line 12:
// `0.00` at 3–7, 13–17, 18–22 and 23–27). Squeezed, the numbers say nothing of where the columns stand: a zero standing
// nearest another number than its own column's is no reason to read the header again onto them (which kept one zero).

describe('an empty 政府性基金 table whose only row prints its zeros wider apart than its squeezed 栏次 numbers', () => {
  const { onLine } = ingestTextFormFixture('final-gov-fund-only-row-squeezed-column-numbers.pdftotext.txt', 'final_gov_fund');

  it('reads the 合计 row’s four zeros under 年初结转和结余, 基本支出, 项目支出 and 年末结转和结余 (line 12)', () => {
    expect(onLine(12)).toEqual({ 年初结转和结余: '0', '本年支出/基本支出': '0', '本年支出/项目支出': '0', 年末结转和结余: '0' });
  });
});
