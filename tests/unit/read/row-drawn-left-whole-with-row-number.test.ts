/**
 * A 支出决算表 page whose rows from line 46 on pdftotext drew left as a whole, their 行次 after a short name (`提租补贴
 * 24    290,785.33    290,785.33 …`): the first figure falls under the 行次 column (`placeWithRowNumber` of
 * `src/lib/parse/read/figure-order.ts`). The figure after the 行次 and those packed one space after it fill the value
 * columns from the first on, in order; the row's other figures, moved as far right as that first figure (the row drawn
 * left whole), fall where the lower rows' whole row (line 48) puts its columns. The unlabelled total on the last line,
 * its 行次 26 alone before five packed figures, reads in order. Real `pdftotext -layout` output of a Chromium-printed
 * generator document (`tests/fixtures/text-forms/full-row-drawn-left-number-in-name.pdftotext.txt`, units 元); the
 * cells are read by hand from the printed lines (below line 45 本年支出合计 ends at 35, 基本支出 at 48, 项目支出 at 61,
 * 上缴上级支出 at 66, 经营支出 at 71, 对附属单位补助支出 at 76).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('rows drawn left whole after a short name and their 行次', () => {
  const { onLine, named } = ingestTextFormFixture('full-row-drawn-left-number-in-name.pdftotext.txt', 'final_expenditure');

  it('reads 提租补贴 (行次 24), its first figure four spaces after the 行次: zeros ending at 66 and 76 in 上缴上级支出 and 对附属单位补助支出 (line 49)', () => {
    expect(onLine(49)).toEqual({ 本年支出合计: '290785.33', 基本支出: '290785.33', 上缴上级支出: '0', 对附属单位补助支出: '0' });
    expect(named('提租补贴')).toEqual(onLine(49));
  });

  it('reads the unlabelled total after its 行次 26: 37,170,984.73 = 36,304,843.82 + 866,140.91, two zeros, in order (line 51)', () => {
    expect(onLine(51)).toEqual({ 本年支出合计: '37170984.73', 基本支出: '36304843.82', 项目支出: '866140.91', 上缴上级支出: '0', 经营支出: '0' });
  });
});
