/**
 * A 收入决算表 page pdftotext drew as two blocks (`placeByRunBlocks` of `src/lib/parse/read/run-starts.ts`): its first
 * three rows' totals end at 33–35 and their zeros after a gap end at 49, 55, 62/63 and 69/70; from line 33 on the
 * totals end at 29–30 and the zeros at 47, 52, 57 and 69, the columns of the page before (`144.63 144.63 0.00 0.00
 * 0.00`, line 35, packs 上级补助收入, 事业收入 and 经营收入 ending at 42, 47 and 52). One placement fits the whole page
 * (ends 47 and 49 in one column), but the two blocks keep each column's ends closer together, so the page is read as
 * two: the lower rows' zeros in the columns where their own block puts them. Real `pdftotext -layout` output of a
 * Chromium-printed generator document (`tests/fixtures/text-forms/income-rows-drawn-left-from-a-line.pdftotext.txt`,
 * units 万元); the cells are read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a page drawn as two blocks, the totals moving left from a line on', () => {
  const { onLine } = ingestTextFormFixture('income-rows-drawn-left-from-a-line.pdftotext.txt', 'final_income');

  it('reads 事业单位医疗: 73.74 twice, the packed zero in 上级补助收入, the zeros ending at 52 and 57 in 经营收入 and 附属单位上缴收入 (line 40)', () => {
    expect(onLine(40)).toEqual({ 本年收入合计: '737400', 一般公共预算拨款收入: '737400', 上级补助收入: '0', 经营收入: '0', 附属单位上缴收入: '0' });
  });

  it('reads 住房保障支出: zeros ending at 47 and 52 in 事业收入 and 经营收入 (line 41)', () => {
    expect(onLine(41)).toEqual({ 本年收入合计: '977700', 一般公共预算拨款收入: '977700', 事业收入: '0', 经营收入: '0' });
  });

  it('reads 住房公积金: zeros ending at 47, 52 and 57 in 事业收入, 经营收入 and 附属单位上缴收入 (line 43)', () => {
    expect(onLine(43)).toEqual({ 本年收入合计: '954500', 一般公共预算拨款收入: '954500', 事业收入: '0', 经营收入: '0', 附属单位上缴收入: '0' });
  });

  it('reads 提租补贴: a zero ending at 52 in 经营收入, one ending at 69 in 其他收入 (line 44)', () => {
    expect(onLine(44)).toEqual({ 本年收入合计: '23200', 一般公共预算拨款收入: '23200', 经营收入: '0', 其他收入: '0' });
  });

  it('reads the unlabelled total: 844.18 = 842.63 + 1.54 of 其他收入 (rounded), its zero ending at 52 in 经营收入 (line 45)', () => {
    expect(onLine(45)).toEqual({ 本年收入合计: '8441800', 一般公共预算拨款收入: '8426300', 经营收入: '0', 其他收入: '15400' });
  });
});
