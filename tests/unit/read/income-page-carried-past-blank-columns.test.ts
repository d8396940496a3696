/**
 * A squeezed 收入决算表 whose first page prints two figures a row and whose next page prints a third beyond them
 * (`src/lib/parse/read/carry-shift.ts` `shiftFor`), on real `pdftotext -layout` output of a Chromium-printed generator
 * document: tests/fixtures/text-forms/income-page-carried-past-blank-columns.pdftotext.txt, the 收入支出决算总表 and
 * 收入决算表 of synth-140100-gongxinju-2015-final-00001 (kept corpus pdf98, its lines 35–125).
 *
 * Page one's rows (lines 50–63) print 本年收入合计 and one figure ending at column 38; the header's words are squeezed
 * one space apart over them. Page two (from line 65) repeats the header drawn elsewhere and prints a third figure
 * ending at 46 (`5611.93`, line 68). The columns page one showed none of stand somewhere beyond its figures: page two
 * keeps page one's columns unshifted, each figure ending at 38 in one column on both pages, each ending at 46 in
 * another. The 总表 (lines 6 and 10: 一般公共预算财政拨款收入 7751407.12, 事业收入 13142.49) then names both columns
 * through the 合计 row (line 89). Expected values read by hand from those lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a squeezed table whose next page prints figures beyond its first page\'s columns', () => {
  const { onLine } = ingestTextFormFixture('income-page-carried-past-blank-columns.pdftotext.txt', 'final_income');

  it('reads page one\'s second figure as 一般公共预算拨款收入 (line 50)', () => {
    expect(onLine(50)).toEqual({ 本年收入合计: '1596739.74', 一般公共预算拨款收入: '1596739.74' });
  });

  it('reads page two\'s figures in the same columns, the third as 事业收入, never crowded into one cell (lines 68 and 71)', () => {
    expect(onLine(68)).toEqual({ 本年收入合计: '1327914.39', 一般公共预算拨款收入: '1322302.46', 事业收入: '5611.93' });
    expect(onLine(71)).toEqual({ 本年收入合计: '974198.31', 一般公共预算拨款收入: '968113.82', 事业收入: '6084.49' });
  });

  it('reads the 合计 row as the 总表 states it (line 89)', () => {
    expect(onLine(89)).toEqual({ 本年收入合计: '7764549.61', 一般公共预算拨款收入: '7751407.12', 事业收入: '13142.49' });
  });
});
