/**
 * Readings of a squeezed header that only cut another reading's words (`read/split-words.ts`). The pieces are those of
 * the 收入决算表 header of synth-410100-fagaiwei-2016-final-00032 (seed 17, lines 89–92: `财政拨款` over `（补助）` over
 * `收入`, `本年收入` over `合计`), read by hand into the words each reading makes of them.
 */
import { describe, expect, it } from 'vitest';
import type { CoverReading } from '../../../src/lib/parse/read/header-cover.ts';
import type { Fragment } from '../../../src/lib/parse/read/piece.ts';
import { splitsWordsOf, withoutSplitWords } from '../../../src/lib/parse/read/split-words.ts';

const f = (text: string, row: number, start: number): Fragment => ({ row, part: { text, start, end: start + text.length } });
const reading = (words: Fragment[][]): CoverReading => ({
  paths: words.map((ps) => [ps.map((p) => p.part.text).join('')]),
  words: words.map((ps) => ps.map((p) => p.part.text).join('')),
  pieces: words,
});

const total = [f('本年收入', 1, 24), f('合计', 2, 26)];
const fiscal = [f('财政拨款', 0, 34), f('（补助）', 1, 29), f('收入', 2, 35)];
const other = [f('其他', 1, 46), f('收入', 2, 63)];
const seven = reading([total, fiscal, other]);

describe('readings that only cut the words of a reading of fewer columns', () => {
  it('sets aside 财政拨款（补助） | 收入 beside the reading of 财政拨款（补助）收入, whichever 收入 each takes', () => {
    const eight = reading([total, fiscal.slice(0, 2), [f('其他', 1, 46), f('收入', 2, 35)], [f('收入', 2, 63)]]);
    expect(splitsWordsOf(eight, seven)).toBe(true);
    expect(withoutSplitWords([seven, eight])).toEqual([seven]);
  });
  it('sets aside 合计 | 本年收入 beside 本年收入合计', () => {
    const split = reading([[total[1]!], [total[0]!], fiscal, other]);
    expect(withoutSplitWords([split, seven])).toEqual([seven]);
  });
  it('keeps a reading of as many columns, and one whose word joins pieces of two words of the other', () => {
    const same = reading([total, other, fiscal]);
    expect(splitsWordsOf(same, seven)).toBe(false);
    const across = reading([[total[0]!], [total[1]!, ...fiscal.slice(0, 1)], fiscal.slice(1), other]);
    expect(splitsWordsOf(across, seven)).toBe(false);
  });
});
