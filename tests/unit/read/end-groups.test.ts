/**
 * `placeByEndGroups` on hand-made pages: each line its trailing figures with the character where each starts and ends
 * (end exclusive), as pdftotext lays them out right-aligned in their cells.
 */
import { describe, expect, it } from 'vitest';
import { placeByEndGroups } from '../../../src/lib/parse/read/end-groups.ts';

const line = (...ends: number[]) => ends.map((end) => ({ text: '0.00', start: end - 4, end }));

describe('a block of lines whose figures end in as many places as the table has value columns', () => {
  it('places every line of three or more, each figure in the column of the place it ends at', () => {
    const page = [line(20, 30), line(20, 39), line(19, 29, 48), line(20, 48)];
    expect(placeByEndGroups(page, 4)).toEqual([[0, 1], [0, 2], [0, 1, 3], [0, 3]]);
  });

  it('places nothing where the lines show fewer places than columns (a column left blank throughout)', () => {
    const page = [line(20, 30), line(20, 39), line(20, 30, 39)];
    expect(placeByEndGroups(page, 4)).toEqual([null, null, null]);
  });

  it('places nothing where fewer than three lines print two figures or more', () => {
    const page = [line(20, 30), line(20, 39, 48), line(20)];
    expect(placeByEndGroups(page, 4)).toEqual([null, null, null]);
  });

  it('starts a new block at a line whose figures would make more places than columns, and reads each block on its own', () => {
    // (upper block: places 20, 30, 39, 48; lower block drawn wider: 20, 33, 43, 53)
    const page = [line(20, 30), line(20, 39), line(20, 48), line(20, 33), line(20, 43, 53), line(20, 33, 53)];
    expect(placeByEndGroups(page, 4)).toEqual([[0, 1], [0, 2], [0, 3], [0, 1], [0, 2, 3], [0, 1, 3]]);
  });

  it('places nothing where one line puts two figures in one place', () => {
    // (29 and 31 both within two characters of the place 30 and 29 open)
    const page = [line(20, 30), line(20, 39), line(20, 29, 31, 48), line(20, 30, 48)];
    expect(placeByEndGroups(page, 4)).toEqual([null, null, null, null]);
  });
});
