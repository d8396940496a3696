/**
 * A 收入决算表 page whose rows leave cells blank, read by where the figures that start a run end
 * (`src/lib/parse/read/run-starts.ts`, `namedValueColumnCount` of `row-calibration.ts`): the columns found by position
 * leave 经营收入 blank in every row (its zeros drawn between two columns), yet a value word of its own heads it, so the
 * page's run starts are placed on all seven value columns. Real `pdftotext -layout` output of a Chromium-printed
 * generator document (`tests/fixtures/text-forms/income-blank-column-between-zeros.pdftotext.txt`, units 万元); the
 * cells are read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const TOTALS = (total: string) => ({ 本年收入合计: total, 一般公共预算拨款收入: total });

describe('a page whose run starts show a column no row fills by position', () => {
  // Zeros after a gap end at 45 (事业收入), 50 (经营收入), 57 (附属单位上缴收入) and 62 (其他收入); a zero one space after
  // 一般公共预算拨款收入 (ending 38) is 上级补助收入.
  const { onLine } = ingestTextFormFixture('income-blank-column-between-zeros.pdftotext.txt', 'final_income');

  it('reads 一般公共服务支出 as 上级补助收入 and 附属单位上缴收入 (line 9: 0.00 ending 38, 0.00 ending 57)', () => {
    expect(onLine(9)).toEqual({ ...TOTALS('5220900'), 上级补助收入: '0', 附属单位上缴收入: '0' });
  });

  it('reads 人大事务 as 上级补助收入, 经营收入 and 其他收入 (line 10: zeros ending 38, 50 and 62)', () => {
    expect(onLine(10)).toEqual({ ...TOTALS('1748300'), 上级补助收入: '0', 经营收入: '0', 其他收入: '0' });
  });

  it('reads 政府办公厅（室）及相关机构事务 as 经营收入, 附属单位上缴收入 and 其他收入 (line 13: a zero ending 50, two packed after it)', () => {
    expect(onLine(13)).toEqual({ ...TOTALS('3312700'), 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });
});
