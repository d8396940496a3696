/**
 * A narrow 支出决算表 page no one placement of its run starts fits, read as two blocks (`placeByRunBlocks` of
 * `src/lib/parse/read/run-starts.ts`). Its rows' totals all end at 26: the page is drawn alike throughout, so no block
 * is read with loose runs pinned (a run after a wide gap standing in the column right after its line's packed
 * figures): those blocks decide only where the rows are drawn otherwise from the cut on. Read so, 行政运行's zero after
 * the wide gap, ending at 65 where 事业运行's 项目支出 zero does (line 15), stays in 项目支出. Real `pdftotext -layout`
 * output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/expenditure-page-cut-strict-where-drawn-alike.pdftotext.txt`, units 万元); the cells are
 * read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { basicParts as basic, ingestTextFormFixture } from './read-fixture.ts';

describe('a page drawn alike, cut into blocks read strictly', () => {
  const { onLine } = ingestTextFormFixture('expenditure-page-cut-strict-where-drawn-alike.pdftotext.txt', 'final_expenditure');

  it('reads 行政运行: zeros ending at 65, 75 and 80 in 项目支出, 经营支出 and 对附属单位补助支出 (line 20)', () => {
    expect(onLine(20)).toEqual({
      ...basic('10928000', '8961000', '1967000'),
      项目支出: '0',
      经营支出: '0',
      对附属单位补助支出: '0',
    });
  });

  it('reads 事业运行 the same way: its zero ending at 65 in 项目支出, the one at 75 in 经营支出 (line 15)', () => {
    expect(onLine(15)).toEqual({
      ...basic('20856100', '17102000', '3754100'),
      项目支出: '0',
      经营支出: '0',
    });
  });
});
