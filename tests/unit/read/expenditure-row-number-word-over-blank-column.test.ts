/**
 * A 支出决算表 (元) whose `行次` word pdftotext drew right of the rows' numbers, over no figure (`行次 本年支出合计`
 * over `1 67051966.94`), each row's figures standing apart in their own columns under their value words: the columns
 * by position hold the rows, and the header squeezed over the figures is no reason to read them otherwise. Real
 * `pdftotext -layout` output of a generated 平顶山 文化广电和旅游局 2015 决算, lines 8–41 of the fixture. Values read
 * by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { onLine } = ingestTextFormFixture('expenditure-row-number-word-over-blank-column.pdftotext.txt', 'final_expenditure');

describe('a 行次 word drawn over no figure, the figures under their words', () => {
  it('reads `16818014.46              16818014.46` of 一般行政管理事务 as 本年支出合计 and 项目支出, 基本支出 blank', () => {
    // the second figure ends where 项目支出 of 人大事务 ends, the line above
    expect(onLine(16)).toEqual({ 本年支出合计: '16818014.46', 项目支出: '16818014.46' });
  });

  it('reads 人大事务: 41271763.05 = 24453748.59 + 16818014.46', () => {
    expect(onLine(14)).toEqual({ 本年支出合计: '41271763.05', 基本支出: '24453748.59', 项目支出: '16818014.46' });
  });
});
