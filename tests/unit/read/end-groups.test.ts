/**
 * `placeByEndGroups` on hand-made pages: each line its trailing figures with the character where each starts and ends
 * (end exclusive), as pdftotext lays them out right-aligned in their cells; figures one space apart or less are packed
 * (only a run's first figure marks where its column ends).
 */
import { describe, expect, it } from 'vitest';
import { placeByEndGroups } from '../../../src/lib/parse/read/end-groups.ts';

const line = (...ends: number[]) => ends.map((end) => ({ text: '0.00', start: end - 4, end }));
// (three lines showing the places 20, 30, 39 and 48 twice each)
const BLOCK = [line(20, 30, 48), line(20, 39, 48), line(20, 30, 39)];
const PLACED = [
  [0, 1, 3],
  [0, 2, 3],
  [0, 1, 2],
];

describe('a block of lines whose figures end in as many places as the table has value columns', () => {
  it('places every line of three or more, each figure in the column of the place it ends at', () => {
    const page = [line(20, 30), line(20, 39), line(19, 29, 48), line(20, 40, 48)];
    expect(placeByEndGroups(page, 4)).toEqual([[0, 1], [0, 2], [0, 1, 3], [0, 2, 3]]);
  });

  it('places nothing where the lines show fewer places than columns (a column left blank throughout)', () => {
    const page = [line(20, 30), line(20, 39), line(20, 30, 39)];
    expect(placeByEndGroups(page, 4)).toEqual([null, null, null]);
  });

  it('places nothing where one line alone shows a place (39 here)', () => {
    const page = [line(20, 30, 48), line(20, 30, 48), line(20, 39, 48)];
    expect(placeByEndGroups(page, 4)).toEqual([null, null, null]);
  });

  it('starts the next run of lines at a line whose first figure ends elsewhere than the totals (its total blank, or drawn otherwise)', () => {
    expect(placeByEndGroups([...BLOCK, line(30, 48)], 4)).toEqual([...PLACED, null]);
  });

  it('places nothing where fewer than three lines print two figures or more', () => {
    const page = [line(20, 30), line(20, 39, 48), line(20)];
    expect(placeByEndGroups(page, 4)).toEqual([null, null, null]);
  });

  it('starts a new block at a line whose figures would make more places than columns, and reads each block on its own', () => {
    // (the lower block drawn wider: places 20, 33, 43, 53)
    const lower = [line(20, 33, 53), line(20, 43, 53), line(20, 33, 43)];
    expect(placeByEndGroups([...BLOCK, ...lower], 4)).toEqual([...PLACED, ...PLACED]);
  });

  it('starts the next run of lines at a line whose packed figure would end right of its column (packed figures end at their cell or left of it)', () => {
    // (the last line: 20, then a run of two, `0.00` ending at 30 and a wide figure packed after it ending at 45, right of 39)
    const page = [...BLOCK, [...line(20, 30), { text: '1234567.89', start: 31, end: 45 }]];
    expect(placeByEndGroups(page, 4)).toEqual([...PLACED, null]);
  });

  it('places packed figures in the columns after the first of their run, where they end left of their own column', () => {
    // (the last line: `0.00` ending at 30, `0.00` packed after it ending at 35, left of the place 39 of the next column)
    const page = [...BLOCK, [...line(20, 30), { text: '0.00', start: 31, end: 35 }]];
    expect(placeByEndGroups(page, 4)).toEqual([...PLACED, [0, 1, 2]]);
  });
});
