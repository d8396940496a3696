/**
 * A 支出决算表 page whose rows pdftotext drew left from a line on (the totals end at 39 down to line 37, at 31 from
 * line 39 on), the zeros after the packed figures staying where the page's columns are (项目支出 ending at 81–86,
 * 上缴上级支出 at 90–91, 经营支出 at 97, 对附属单位补助支出 at 103–104). A run after a wide gap ends where another line
 * packs the column after its first run, so the page is read with runs free to start next to the run before; the whole
 * page then fits no placement (its two blocks' ends interleave), and it is read as two blocks instead of not at all
 * (`placeByRunStarts`, `placeByRunBlocks` of `src/lib/parse/read/run-starts.ts`): the lower block's rows by their own
 * run starts, the upper block's, which its four rows leave undecided, left to their columns. Real `pdftotext -layout`
 * output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/expenditure-page-blocks-loose-runs.pdftotext.txt`, units 元); the cells are read by hand
 * from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { basicParts as basic, ingestTextFormFixture } from './read-fixture.ts';

describe('a page drawn left from a line on, its zeros where the page columns are', () => {
  const { onLine } = ingestTextFormFixture('expenditure-page-blocks-loose-runs.pdftotext.txt', 'final_expenditure');

  it('reads 机关事业单位职业年金缴费支出: its zero ending at 97 in 经营支出 (line 39)', () => {
    expect(onLine(39)).toEqual({ ...basic('20319832.17', '15239874.12', '5079958.05'), 经营支出: '0' });
  });

  it('reads 卫生健康支出: its zero ending at 90 in 上缴上级支出 (line 40)', () => {
    expect(onLine(40)).toEqual({ ...basic('11593549.48', '8695162.11', '2898387.37'), 上缴上级支出: '0' });
  });

  it('reads 事业单位医疗: zeros ending at 81, 90 and 104 in 项目支出, 上缴上级支出 and 对附属单位补助支出 (line 42)', () => {
    expect(onLine(42)).toEqual({ ...basic('11593549.48', '8695162.11', '2898387.37'), 项目支出: '0', 上缴上级支出: '0', 对附属单位补助支出: '0' });
  });

  it('reads 购房补贴: zeros ending at 97 and 104 in 经营支出 and 对附属单位补助支出 (line 45)', () => {
    expect(onLine(45)).toEqual({ ...basic('18687026.31', '14015269.73', '4671756.58'), 经营支出: '0', 对附属单位补助支出: '0' });
  });
});
