/**
 * A 收入决算表 page whose rows from a line on pdftotext drew left with their 行次 (`placeWithRowNumber` of
 * `src/lib/parse/read/figure-order.ts`): `行政单位医疗   26 59.65 59.35 … 0.30`, a shorter name before the 行次, the
 * 行次 and the figures packed one space after it pulled left, the total under the 行次 column. A 行次 cell never holds
 * money: the packed figures are read in order from the first value column, the 行次 in its column, not in the name.
 * Real `pdftotext -layout` output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/income-rows-drawn-left-from-a-line.pdftotext.txt`, units 万元); the cells are read by
 * hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('rows drawn left with their 行次, the total under the 行次 column', () => {
  const { onLine, named } = ingestTextFormFixture('income-rows-drawn-left-from-a-line.pdftotext.txt', 'final_income');

  it('reads 行政单位医疗 (行次 26) as 59.65 = 59.35 + 0.30 of 其他收入, its name without the 行次 (line 39)', () => {
    expect(onLine(39)).toEqual({ 本年收入合计: '596500', 一般公共预算拨款收入: '593500', 其他收入: '3000' });
    expect(named('行政单位医疗')).toEqual(onLine(39));
  });

  it('reads the figures of 其他行政事业单位养老支出 printed on its middle line with its 行次 21: 20.23 in 本年收入合计 and in 一般公共预算拨款收入 (line 33)', () => {
    expect(named('其他行政事业单位养老支出')).toMatchObject({ 本年收入合计: '202300', 一般公共预算拨款收入: '202300' });
  });
});
