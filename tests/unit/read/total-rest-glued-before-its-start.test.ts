/**
 * A 支出决算表 whose `本年支出合计` pdftotext wrote as one piece, its rest first (`行次 合计本年支出`, line 9), in real
 * `pdftotext -layout` output (tests/fixtures/text-forms/total-rest-glued-before-its-start.pdftotext.txt: source lines
 * 133–186 of the generated synth-410200-chengguanju-2019-final-00076 of pdf89). The piece spells no word and begins
 * none: the column it heads was lost, and every figure of a row moved one column left (202.62 read as 基本支出). Read
 * as the word its rest glued before its start spells, it heads the totals. Expected cells read by hand from the lines
 * (万元): 136.37 + 66.25 = 202.62 and 118.64 + 17.73 = 136.37 (line 12); 50.11 + 2.13 = 52.24 (line 27); 714.21 +
 * 106.72 = 820.93 (line 49); the table states 万元, so the cells hold 元 (202.62 万元 = 2026200 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a total word whose rest was glued before its start heads the totals', () => {
  const { table, onLine } = ingestTextFormFixture('total-rest-glued-before-its-start.pdftotext.txt', 'final_expenditure');

  it('reads the eight value columns, 本年支出合计 first', () => {
    expect(table.columns).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts 一般公共服务支出’s 202.62 万元 under 本年支出合计 and 66.25 万元 under 项目支出 (line 12)', () => {
    expect(onLine(12)).toEqual({
      本年支出合计: '2026200',
      '其中：基本支出/小计': '1363700',
      '其中：基本支出/人员经费': '1186400',
      '其中：基本支出/公用经费': '177300',
      项目支出: '662500',
    });
  });

  it('reads 抚恤 on the page’s last row the same way (line 27)', () => {
    expect(onLine(27)).toEqual({ 本年支出合计: '522400', '其中：基本支出/小计': '501100', '其中：基本支出/人员经费': '436000', '其中：基本支出/公用经费': '65100', 项目支出: '21300' });
  });

  it('reads 合计 after the page break the same way (line 49)', () => {
    expect(onLine(49)).toEqual({ 本年支出合计: '10638400', '其中：基本支出/小计': '8209300', '其中：基本支出/人员经费': '7142100', '其中：基本支出/公用经费': '1067200', 项目支出: '2429000' });
  });
});
