/**
 * Rows with blank cells placed by where the first figures of their runs end (`read/run-starts.ts`):
 * tests/fixtures/text-forms/blank-cells-by-run-starts.pdftotext.txt is the first page of the 支出决算表 of the
 * generated document synth-410700-nongyeju-2015-final-00009 (seed 14, source lines 129–157), as `pdftotext -layout`
 * wrote it. Every row is squeezed (figures one space apart), so the whole rows (lines 27, 29: eight figures, 0.00
 * ending at 46, 51, 56) stand left of where a figure after blank cells prints (上缴上级支出 ending at 50, 经营支出 at
 * 55, 对附属单位补助支出 at 60): by the whole rows, a 0.00 ending at 55 read as 对附属单位补助支出. Expected cells are
 * read by hand from the printed table and the document's truth; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { placeByRunStarts, runsOf } from '../../../src/lib/parse/read/run-starts.ts';
import { trailingFigures } from '../../../src/lib/parse/read/columns.ts';
import { pieces } from '../../../src/lib/parse/read/piece.ts';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('blank-cells-by-run-starts.pdftotext.txt');
const values = (n: number) => at(n).cells.slice(-8);

describe('figures after blank cells placed by where the page’s run-starting figures end (lines 10–29)', () => {
  it('puts 合计’s lone 0.00 (ending at 55) under 经营支出, 上缴上级支出 and 对附属单位补助支出 blank (line 10)', () => {
    expect(values(10)).toEqual(['745.16', '534.18', '464.74', '69.44', '210.98', '', '0.00', '']);
  });
  it('reads 0.00 56.30 0.00 after a gap as 公用经费, 项目支出, 上缴上级支出 and the 0.00 at 60 as 对附属单位补助支出 (line 14)', () => {
    expect(values(14)).toEqual(['56.30', '0.00', '', '0.00', '56.30', '0.00', '', '0.00']);
  });
  it('reads 9.23 0.00 after a gap as 项目支出 and 上缴上级支出 (line 18)', () => {
    expect(values(18)).toEqual(['9.23', '0.00', '0.00', '', '9.23', '0.00', '', '']);
  });
  it('reads a lone 44.12 ending at 45 as 项目支出 (line 22)', () => {
    expect(values(22)).toEqual(['44.12', '0.00', '', '', '44.12', '', '', '']);
  });
  it('reads 0.00 0.00 after 公用经费 as 上缴上级支出 and 经营支出 (line 26)', () => {
    expect(values(26)).toEqual(['97.00', '97.00', '84.39', '12.61', '', '0.00', '0.00', '']);
  });
});

describe('a page placed by its run-starting figures (placeByRunStarts)', () => {
  const at = (text: string, end: number) => ({ text, start: end - text.length, end });
  // (a whole row of the page: eight figures one space apart)
  const whole = [18, 24, 30, 36, 41, 46, 51, 56].map((end, i) => at(i < 4 ? '97.00' : '0.00', end));
  it('reads figures one space apart as one run', () => {
    expect(runsOf([at('9.23', 18), at('0.00', 23), at('9.23', 45), at('0.00', 50)])).toEqual([
      { end: 18, length: 2, packedEnds: [23] },
      { end: 45, length: 2, packedEnds: [50], gap: 18 },
    ]);
  });
  it('places a lone 0.00 when a row of the page pins its column (five figures, then two ending at 55 and 60)', () => {
    const five = [at('36.71', 18), at('0.00', 23), at('0.00', 28), at('0.00', 33), at('36.71', 39)];
    const page = [[...five, at('0.00', 55), at('0.00', 60)], [at('745.16', 18), at('534.18', 25), at('0.00', 55)], whole];
    expect(placeByRunStarts(page, 8)).toEqual([[0, 1, 2, 3, 4, 6, 7], [0, 1, 6], null]);
  });
  it('puts a lone 0.00 ending two characters right of a pinned 0.00 (57 beside 55) in the same column', () => {
    const five = [at('36.71', 18), at('0.00', 23), at('0.00', 28), at('0.00', 33), at('36.71', 39)];
    const page = [[...five, at('0.00', 55), at('0.00', 60)], [at('745.16', 18), at('534.18', 25), at('0.00', 55)], whole, [at('745.16', 18), at('534.18', 25), at('0.00', 57)]];
    expect(placeByRunStarts(page, 8)).toEqual([[0, 1, 2, 3, 4, 6, 7], [0, 1, 6], null, [0, 1, 6]]);
  });
  it('decides nothing when the page leaves the lone figure two columns', () => {
    expect(placeByRunStarts([[at('745.16', 18), at('534.18', 25), at('0.00', 55)], whole], 8)).toEqual([null, null]);
  });
  it('decides nothing on a page whose run-starting figures drift from line to line (ends 51, 53, 55, 57, 59, 61 chained)', () => {
    const rows = [51, 53, 55, 57, 59, 61].map((e) => [at('745.16', 18), at('534.18', 25), at('0.00', e)]);
    expect(placeByRunStarts([...rows, whole], 8)).toEqual([null, null, null, null, null, null, null]);
  });
  it('decides nothing on a page whose whole row is not squeezed (its figures a gap apart)', () => {
    const spread = whole.map((f, i) => at(f.text, f.end + 3 * i));
    expect(placeByRunStarts([[at('745.16', 18), at('534.18', 25), at('0.00', 55), at('0.00', 60)], spread], 8)).toEqual([null, null]);
  });
});

describe('a page no row fills: placed by its run-starting figures only where pdftotext packed its figures', () => {
  // (the placement itself: blank-cells-by-run-starts-no-whole-row.test.ts)
  const at = (text: string, end: number) => ({ text, start: end - text.length, end });
  it('decides nothing on a page whose figures stand apart, none one space after another (a gap is no blank column)', () => {
    const page = [[at('990000.00', 46), at('990000.00', 64)], [at('990000.00', 45), at('990000.00', 67)], [at('990000.00', 46), at('990000.00', 65)]];
    expect(placeByRunStarts(page, 3)).toEqual([null, null, null]);
  });
  it('pins a figure a short gap after a lone total to the next column where the other lines’ first runs put that column’s figures (613.71 at 43)', () => {
    // (the 收入决算表 page of synth-140100-shengtaiju-2017-final-00041 of seed 16, source lines 111–129: no row prints
    // all seven figures; 行政运行 prints 613.71 613.71 three spaces apart, the second ending at 43 where the
    // 财政拨款收入 of every other row ends, its cell the next one, not one after a blank column. Pinned there, the page's
    // run starts place every row: figures starting a run end at 54 (事业收入), 59 (经营收入), 64 (附属单位上缴收入) and
    // 69 (其他收入); values checked by hand against the lines)
    const text = [
      '208 05 06 机关事业单位职业年金缴费支出  1,787.20 1,787.20',
      '208 08 抚恤                 3,392.23 3,392.23                 0.00 0.00',
      '208 08 01 死亡抚恤            3,392.23 3,392.23 0.00 0.00',
      '208 99 其他社会保障和就业支出        1,123.68 1,123.68            0.00',
      '208 99 99 其他社会保障和就业支出     1,123.68 1,123.68                 0.00 0.00',
      '210       卫生健康支出          5,826.49 5,826.49       0.00 0.00',
      '210 11    行政事业单位医疗        5,826.49 5,826.49       0.00           0.00',
      '210 11 02 事业单位医疗          2,358.10 2,358.10 0.00                 0.00',
      '210 11 03 公务员医疗补助         1,107.03 1,107.03                      0.00',
      '210 11 99 其他行政事业单位医疗支出    2,361.36 2,361.36            0.00 0.00 0.00',
      '211       节能环保支出          4,752.99 4,752.99 0.00 0.00',
      '211 01    环境保护管理事务        4,752.99 4,752.99       0.00',
      '211 01 01 行政运行              613.71   613.71            0.00 0.00',
      '211 01 99 其他环境保护管理事务支出    4,139.28 4,139.28 0.00       0.00 0.00 0.00',
      '221       住房保障支出          3,653.90 3,621.35      32.55',
      '221 02    住房改革支出          3,653.90 3,621.35      32.55      0.00 0.00',
      '221 02 01 住房公积金           2,395.00 2,395.00 0.00       0.00 0.00',
      '221 02 02 提租补贴              696.02 682.48 0.00 13.54 0.00        0.00',
      '221 02 03 购房补贴              562.88 543.88        19.00           0.00',
    ];
    const page = text.map((l) => trailingFigures(pieces(l)));
    const placed = placeByRunStarts(page, 7);
    expect(placed[12]).toEqual([0, 1, 4, 5]);
    expect(placed[1]).toEqual([0, 1, 5, 6]);
    expect(placed[3]).toEqual([0, 1, 4]);
    expect(placed[6]).toEqual([0, 1, 3, 6]);
    expect(placed[8]).toEqual([0, 1, 6]);
    expect(placed[15]).toEqual([0, 1, 3, 5, 6]);
    expect(placed[17]).toEqual([0, 1, 2, 3, 4, 6]);
  });
});
