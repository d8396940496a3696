import { describe, expect, it } from 'vitest';
import { spacedIndentSteps } from '../../src/lib/parse/tables/levels.ts';

// Where each label of a table printed without codes starts, as pdftotext wrote it: the places of
// tests/fixtures/text-forms/budget-income-uncoded-levels-by-place.pdftotext.txt (lines 55–57 on page 3, 82–85 on
// page 4), and of a 收入总表 whose last page prints `住房改革支出` at 0 and `住房公积金` at 1 under a page printing 类 at 0,
// 款 at 1 and 项 at 2.

describe('the indentation steps of space-aligned labels, page by page', () => {
  it('reads each page’s places in their order, a page drawn a character further in too (`死亡抚恤` at 3)', () => {
    const places = [
      { page: 3, start: 0 }, { page: 3, start: 1 }, { page: 3, start: 2 },
      { page: 4, start: 3 }, { page: 4, start: 1 }, { page: 4, start: 3 }, { page: 4, start: 0 },
    ];
    expect(spacedIndentSteps(places)).toEqual([0, 1, 2, 2, 1, 2, 0]);
  });

  it('tells no steps when a page prints fewer places than another (a 款 at 0 and a 项 at 1 on a page drawn left)', () => {
    const places = [{ page: 4, start: 0 }, { page: 4, start: 1 }, { page: 4, start: 2 }, { page: 5, start: 0 }, { page: 5, start: 1 }];
    expect(spacedIndentSteps(places)).toBeNull();
  });

  it('tells no steps when a page prints more than three places', () => {
    expect(spacedIndentSteps([0, 1, 2, 3].map((start) => ({ page: 1, start })))).toBeNull();
  });

  it('leaves labels all at one place, page by page, at one step', () => {
    expect(spacedIndentSteps([{ page: 1, start: 1 }, { page: 1, start: 1 }, { page: 2, start: 2 }])).toEqual([0, 0, 0]);
  });
});
