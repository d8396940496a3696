import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated 决算 (lines 1–2 of the document, a blank line, then its 收入决算表 over
// three pages: fixture line n is the document's line n + 92 from line 4 on). Its 栏次 row (line 13) squeezes `3 4 5 6`
// one space apart and draws `7` far right of them: a figure column between 6 and 7 stands nearer 7's centre than 6's
// without 7 standing over it. Only a number standing apart from its neighbours and inside a figure column says that
// column is another's; the header read by position stands, and the 事业收入 zeros stay under 事业收入.

describe('a 收入决算表 whose 栏次 numbers are squeezed, but for the last, far right', () => {
  const { onLine } = ingestTextFormFixture('final-income-figure-column-between-squeezed-and-far-numbers.pdftotext.txt', 'final_income');

  it('reads the 总计 row under its words (`11478288.18 11442082.59 0.00 0.00           36205.59`, line 14)', () => {
    expect(onLine(14)).toEqual({ 本年收入合计: '11478288.18', '财政拨款（补助）收入': '11442082.59', 上级补助收入: '0', 事业收入: '0', 其他收入: '36205.59' });
  });

  it('reads the last page’s zeros under 事业收入 and 其他收入 (`2139630.96 2139630.96     0.00            0.00`, line 77; line 81)', () => {
    expect(onLine(77)).toEqual({ 本年收入合计: '2139630.96', '财政拨款（补助）收入': '2139630.96', 事业收入: '0', 其他收入: '0' });
    expect(onLine(81)).toEqual({ 本年收入合计: '779409.94', '财政拨款（补助）收入': '779409.94', 事业收入: '0', 其他收入: '0' });
  });
});
