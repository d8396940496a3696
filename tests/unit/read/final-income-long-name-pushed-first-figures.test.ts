import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated 决算 (lines 1–2 of the document, a blank line, then the first page of its
// 收入决算表, printed without codes and without 行次: fixture line n is the document's line n + 68 from line 4 on). The long
// name `政府办公厅（室）及相关机构事务` (line 15) ends one space before its first figure, which stands three characters left
// of the other rows' (`150.0` at 17–22, theirs ending at 25); its zeros stand where the other rows' do (`0.0` at 43–46,
// 47–50 and 51–54: 经营收入, 附属单位上缴收入, 其他收入). A row a long name pushed is no row drawn left as a whole: read as
// drawn, its zeros keep their columns, and so does every other row of the page.

describe('a 收入决算表 row whose long name pushed only its first figures left', () => {
  const { onLine } = ingestTextFormFixture('final-income-long-name-pushed-first-figures.pdftotext.txt', 'final_income');

  it('reads its zeros where they stand (`政府办公厅（室）及相关机构事务 150.0 150.0 … 0.0 0.0 0.0`, line 15, in 万元)', () => {
    expect(onLine(15)).toEqual({ 本年收入合计: '1500000', 一般公共预算拨款收入: '1500000', 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });

  it('reads the rows around it by where their figures stand (`1894.0 1894.0 0.0            0.0 0.0`, line 11; line 16)', () => {
    expect(onLine(11)).toEqual({ 本年收入合计: '18940000', 一般公共预算拨款收入: '18940000', 上级补助收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
    expect(onLine(16)).toEqual({ 本年收入合计: '1500000', 一般公共预算拨款收入: '1500000', 事业收入: '0', 经营收入: '0', 附属单位上缴收入: '0' });
  });
});
