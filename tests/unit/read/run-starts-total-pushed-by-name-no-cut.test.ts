/**
 * A 支出决算表 page no one placement of its run starts fits, read as two blocks (`placeByRunBlocks` of
 * `src/lib/parse/read/run-starts.ts`). One row's total ends three characters left of the others' (`21011 行政事业单位医疗
 * 17472418.51`, line 35: pushed left by its long name, one space after it), the rows around it ending theirs at 29:
 * that is no cut where the rows are drawn otherwise (the line after it ends its total where the lines above do), so no
 * block is read there with loose runs pinned. Real `pdftotext -layout` output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/expenditure-total-pushed-by-name-no-cut.pdftotext.txt`, units 元); the cells are read by
 * hand from the printed lines (on this page 上缴上级支出's zeros end at 85, 对附属单位补助支出's at 95).
 */
import { describe, expect, it } from 'vitest';
import { basicParts as basic, ingestTextFormFixture } from './read-fixture.ts';

describe('a total pushed left by a long name is no place to cut the page', () => {
  const { onLine } = ingestTextFormFixture('expenditure-total-pushed-by-name-no-cut.pdftotext.txt', 'final_expenditure');

  it('reads 其他社会保障和就业支出 (2089999): its zero ending at 95 in 对附属单位补助支出 (line 32)', () => {
    expect(onLine(32)).toEqual({
      ...basic('15879564.8', '7201115.05', '2400371.69', '9601486.74'),
      项目支出: '6278078.06',
      对附属单位补助支出: '0',
    });
  });

  it('reads 卫生健康支出: its zero ending at 85 in 上缴上级支出 (line 34)', () => {
    expect(onLine(34)).toEqual({
      ...basic('17472418.51', '13104313.88', '4368104.63'),
      上缴上级支出: '0',
    });
  });
});
