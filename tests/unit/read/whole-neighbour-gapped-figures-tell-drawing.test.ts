/**
 * Rows with blank cells between two whole rows whose totals end three characters apart (`recalibrate` of
 * `src/lib/parse/read/row-calibration.ts`): the 合计 row above (line 8) stands apart, its last figures ending at 77,
 * 82, 87 and 92; 其他组织事务支出 below (line 17) packs all eight one space apart, ending at 36 … 78. A row's packed
 * first figures end where the packed row's do, its figures after a gap where the 合计 row's do (83 and 88; 77, 82 and
 * 87): matching neither whole row in every figure, the row is not taken for one block's and is calibrated on both, as
 * any row between two whole rows. Real `pdftotext -layout` output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/expenditure-whole-neighbour-gapped-figures.pdftotext.txt`, units 万元); the cells are read
 * by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { basicParts as basic, ingestTextFormFixture } from './read-fixture.ts';

describe('a row between a whole row standing apart and one packed, matching neither in every figure', () => {
  const { onLine } = ingestTextFormFixture('expenditure-whole-neighbour-gapped-figures.pdftotext.txt', 'final_expenditure');

  it('reads 行政运行 (行次 4): zeros ending at 83 and 88 in 上缴上级支出 and 经营支出 (line 11)', () => {
    expect(onLine(11)).toEqual({ ...basic('2420000', '2057000', '363000'), 上缴上级支出: '0', 经营支出: '0' });
  });

  it('reads 行政运行 (行次 7): zeros ending at 77, 82 and 87 in 项目支出, 上缴上级支出 and 经营支出 (line 14)', () => {
    expect(onLine(14)).toEqual({ ...basic('5397600', '4587900', '809600'), 项目支出: '0', 上缴上级支出: '0', 经营支出: '0' });
  });
});
