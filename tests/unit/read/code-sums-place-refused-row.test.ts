/**
 * A 一般公共预算财政拨款支出决算表 whose rows of one figure repeated four times have every figure refused by the header's
 * totals, and placed by the sums down the classification (tests/fixtures/text-forms/general-expenditure-refused-row-by-code-sums.pdftotext.txt:
 * source lines 296–372 of the generated synth-410700-fagaiwei-2017-final-00049 as `pdftotext -layout` wrote them).
 * `215 资源勘探工业信息 30 219.40 219.40 219.40 219.40` (line 70): the row's totals hold with the figures under 年初预算数,
 * 全年预算数, 决算数/小计 and 项目支出, and under 全年预算数, 小计, 基本支出/小计 and 人员经费 alike, so the header's
 * totals leave every figure unread; the 总计 row's 年初预算数 (line 13, 4308.75) is the sum of its 类' (1688.60 + 689.76 +
 * 1031.98 + 511.12 + 219.40 + 167.89) only with 219.40 under 年初预算数 (`placeTablesByCodeSums` of `code-sums.ts`). Expected cells read by hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a row every figure of which the header totals refuse, placed by the classification sums', () => {
  const { at } = readTextFormFixture('general-expenditure-refused-row-by-code-sums.pdftotext.txt');

  it('places 215 资源勘探工业信息等支出 under 年初预算数, 全年预算数, 小计 and 项目支出 (line 70)', () => {
    expect(at(70).cells.slice(3)).toEqual(['219.40', '219.40', '219.40', '', '', '', '219.40']);
  });

  it('places its 款 21505 and 项 2150502 the same (lines 72 and 74)', () => {
    expect(at(72).cells.slice(3)).toEqual(['219.40', '219.40', '219.40', '', '', '', '219.40']);
    expect(at(74).cells.slice(3)).toEqual(['219.40', '219.40', '219.40', '', '', '', '219.40']);
  });
});
