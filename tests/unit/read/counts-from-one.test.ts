import { describe, expect, it } from 'vitest';
import { countsFromOne, pieces } from '../../../src/lib/parse/read/piece.ts';

describe('countsFromOne: a 栏次 row numbers the columns 1, 2, 3 …', () => {
  it('reads the numbers of a 栏次 row printed apart or squeezed as counting from one', () => {
    expect(countsFromOne(pieces('      1          2          3          4'))).toBe(true);
    expect(countsFromOne(pieces('1 2 3 4 5 6 7 8 9 10 11'))).toBe(true);
  });

  it('refuses numbers out of order, starting elsewhere, or a figure among them', () => {
    expect(countsFromOne(pieces('1  3  2'))).toBe(false);
    expect(countsFromOne(pieces('2  3  4'))).toBe(false);
    expect(countsFromOne(pieces('1  2.00  3'))).toBe(false);
  });

  it('reads a row of cells the same way, a blank cell numbering nothing', () => {
    expect(countsFromOne(['1', '2', '3'])).toBe(true);
    expect(countsFromOne(['1', null, '3'])).toBe(false);
    expect(countsFromOne(['1', '2', undefined])).toBe(false);
  });
});
