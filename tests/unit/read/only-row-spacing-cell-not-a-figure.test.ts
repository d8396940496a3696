/**
 * `respaceOnlyRow` (src/lib/parse/read/only-row-spacing.ts) on a row whose value cells hold a piece that is none of
 * the row's trailing figures: a 收支总表's last row alone on its page, `收入总计 845.92 支出总计 62 845.92`, its 支出
 * name and 行次 read into one cell (`支出总计62`) between the two 845.92. The row's trailing figures are `62 845.92`; the
 * cells print three pieces. Such a row is not respaced (it stands as placed by position): before, the respacing
 * took the last figure for the cells' first and threw on the rest.
 */
import { describe, expect, it } from 'vitest';
import { respaceOnlyRow } from '../../../src/lib/parse/read/only-row-spacing.ts';
import type { ColumnModel, Positioned } from '../../../src/lib/parse/read/positioned.ts';
import type { Placed } from '../../../src/lib/parse/read/placed.ts';

const at = (text: string, start: number): Positioned => ({ text, start, end: start + text.length });

describe('a row whose cells hold a piece that is no trailing figure is not respaced', () => {
  const model: ColumnModel = {
    columns: [
      { start: 0, end: 8, kind: 'text' },
      { start: 10, end: 17, kind: 'amount' },
      { start: 18, end: 30, kind: 'amount' },
      { start: 31, end: 40, kind: 'amount' },
      { start: 41, end: 50, kind: 'amount' },
    ],
    header: [['项目', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入']],
  };
  const parts = [at('收入总计', 0), at('845.92', 10), at('支出总计', 18), at('62', 31), at('845.92', 34)];
  const placed: Placed = {
    cells: ['收入总计', '845.92', '支出总计62', '845.92', ''],
    spans: [
      { start: 0, end: 4 },
      { start: 10, end: 16 },
      { start: 18, end: 33 },
      { start: 34, end: 40 },
      { start: 41, end: 50 },
    ],
    crowded: false,
  };

  it('leaves the row as placed (null), without throwing', () => {
    expect(respaceOnlyRow(placed, parts, model)).toBeNull();
  });
});
