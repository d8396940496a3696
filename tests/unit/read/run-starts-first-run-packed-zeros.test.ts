/**
 * A narrow 收入决算表's next page, no row of it filling every column, placed by where the figures that start a run end
 * (`src/lib/parse/read/run-starts.ts`): where several placements fit the page's runs, the one whose lines' first runs
 * pack their zeros where those columns' run-starting zeros end decides (each zero of so narrow a table packed at its
 * cell's edge). Real `pdftotext -layout` output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/income-narrow-page-packed-zeros.pdftotext.txt`, units 万元); the cells are read by hand
 * from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const TOTALS = (total: string) => ({ 本年收入合计: total, 财政拨款收入: total });

describe('a narrow page whose first runs pack zeros at their cells\' edges', () => {
  // On the page after `-4-` the zeros that start a run end at 54 or 55 (事业收入), 58 (经营收入), 64 (附属单位上缴收入)
  // and 68 to 70 (其他收入); 上级补助收入's zeros only ever follow 财政拨款收入 one space apart, ending at 50. Line 37
  // `4,466.4 4,466.4 0.0 0.0 0.0       0.0` packs zeros ending at 50, 54 and 58 in its first run: 上级补助收入, 事业收入
  // and 经营收入, the page's own columns.
  const { onLine } = ingestTextFormFixture('income-narrow-page-packed-zeros.pdftotext.txt', 'final_income');

  it('reads 社会保障和就业支出 as 事业收入 and 其他收入 beside its totals (line 26)', () => {
    expect(onLine(26)).toEqual({ ...TOTALS('52702000'), 事业收入: '0', 其他收入: '0' });
  });

  it('reads 抚恤 as 经营收入, 附属单位上缴收入 and 其他收入 (line 27)', () => {
    expect(onLine(27)).toEqual({ ...TOTALS('11410000'), 经营收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });

  it('reads 农业农村 as 上级补助收入, 事业收入, 经营收入 and 其他收入 (line 37)', () => {
    expect(onLine(37)).toEqual({ ...TOTALS('44664000'), 上级补助收入: '0', 事业收入: '0', 经营收入: '0', 其他收入: '0' });
  });

  it('reads 事业运行 as 上级补助收入, 附属单位上缴收入 and 其他收入 (line 39)', () => {
    expect(onLine(39)).toEqual({ ...TOTALS('7025000'), 上级补助收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });
});
