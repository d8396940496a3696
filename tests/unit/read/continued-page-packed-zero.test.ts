/**
 * A 收入决算表 going on over a page that repeats no header and on which no row fills every column
 * (`byFigureEnds` of `src/lib/parse/read/page-fit.ts`): the page's figures stand apart, each column's right-aligned at
 * one place (ends 28, 40, 47, 55, 62, 69, 76 by the page's columns), except a zero packed one space after the figure
 * before it (`169402.07   169402.07   0.00 0.00`, line 36: the second zero ends at 52, three short of its column).
 * That zero marks no place of its own: the page's columns are where the other figures end. Real `pdftotext -layout`
 * output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/income-continued-page-packed-zero.pdftotext.txt`, units 元); the cells are read by hand
 * from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a continued page without a header, one zero packed against the figure before it', () => {
  const { onLine } = ingestTextFormFixture('income-continued-page-packed-zero.pdftotext.txt', 'final_income');

  it('reads 社会保障和就业支出: 219295.27 in 本年收入合计 and in 一般公共预算拨款收入, zeros in 上级补助收入, 事业收入 and 其他收入 (line 29)', () => {
    expect(onLine(29)).toEqual({ 本年收入合计: '219295.27', 一般公共预算拨款收入: '219295.27', 上级补助收入: '0', 事业收入: '0', 其他收入: '0' });
  });

  it('reads 卫生健康支出: 221538.34 = 220769.75 + 768.59 of 事业收入 (line 33)', () => {
    expect(onLine(33)).toEqual({ 本年收入合计: '221538.34', 一般公共预算拨款收入: '220769.75', 上级补助收入: '0', 事业收入: '768.59', 其他收入: '0' });
  });

  it('reads the packed zero of 公务员医疗补助 into 事业收入, the zeros after it into 经营收入 and 附属单位上缴收入 (line 36)', () => {
    expect(onLine(36)).toEqual({
      本年收入合计: '169402.07',
      一般公共预算拨款收入: '169402.07',
      上级补助收入: '0',
      事业收入: '0',
      经营收入: '0',
      附属单位上缴收入: '0',
    });
  });

  it('reads 购房补贴: 51159.45 = 50000.00 + 1159.45 of 事业收入, its last zero in 其他收入 (line 52)', () => {
    expect(onLine(52)).toEqual({
      本年收入合计: '51159.45',
      一般公共预算拨款收入: '50000',
      上级补助收入: '0',
      事业收入: '1159.45',
      经营收入: '0',
      其他收入: '0',
    });
  });
});
