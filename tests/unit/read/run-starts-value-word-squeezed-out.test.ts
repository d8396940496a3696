/**
 * A 收入决算表 whose header pdftotext drew left of its figures (`一般公共预 补助 事业 经营 单位 其他` at 42–62 over
 * figures ending up to 82): by position `一般公共预算拨款收入` gets a column with no room at all, where the totals end
 * and the next figures start, and no row prints a figure over it. That column still counts for the run starts
 * (`namedValueColumnCount` of `src/lib/parse/read/row-calibration.ts`), so the page's runs are placed on all seven
 * value columns: on the first page the figures starting a run after a gap end at 67 (事业收入), 72 (经营收入), 77
 * (附属单位上缴收入) and 82 (其他收入); below the repeated header at 65, 70, 75 and 80. Real `pdftotext -layout` output
 * of a Chromium-printed generator document (`tests/fixtures/text-forms/income-value-word-squeezed-out.pdftotext.txt`,
 * units 元); the cells are read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a value word squeezed out between two figure columns', () => {
  const { onLine } = ingestTextFormFixture('income-value-word-squeezed-out.pdftotext.txt', 'final_income');

  it('reads 总计: 6440084.75 twice, the packed zero in 上级补助收入, the zeros ending at 72 and 82 in 经营收入 and 其他收入 (line 11)', () => {
    expect(onLine(11)).toEqual({ 本年收入合计: '6440084.75', 一般公共预算拨款收入: '6440084.75', 上级补助收入: '0', 经营收入: '0', 其他收入: '0' });
  });

  it('reads 人大事务: its zero ending at 77 in 附属单位上缴收入 (line 13)', () => {
    expect(onLine(13)).toEqual({ 本年收入合计: '507557.55', 一般公共预算拨款收入: '507557.55', 附属单位上缴收入: '0' });
  });

  it('reads 一般行政管理事务: a run of zeros from 67, in 事业收入, 经营收入 and 附属单位上缴收入 (line 16)', () => {
    expect(onLine(16)).toEqual({ 本年收入合计: '438787.63', 一般公共预算拨款收入: '438787.63', 事业收入: '0', 经营收入: '0', 附属单位上缴收入: '0' });
  });

  it('reads 社会保障和就业支出 below the repeated header: a run of zeros from 65, in 事业收入 to 其他收入 (line 31)', () => {
    expect(onLine(31)).toEqual({
      本年收入合计: '448613.92',
      一般公共预算拨款收入: '448613.92',
      事业收入: '0',
      经营收入: '0',
      附属单位上缴收入: '0',
      其他收入: '0',
    });
  });

  it('reads 事业单位医疗: a run of zeros from 70, in 经营收入, 附属单位上缴收入 and 其他收入 (line 37)', () => {
    expect(onLine(37)).toEqual({ 本年收入合计: '34525.21', 一般公共预算拨款收入: '34525.21', 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });
});
