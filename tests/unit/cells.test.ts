import { describe, expect, it } from 'vitest';
import { makeCell } from '../../src/lib/parse/tables/cells.ts';

const opts = { column: '支出/合计', line: 286, unitExponent: 0, unit: '元' };

describe('value cells', () => {
  // `本年支出合计          59 298984973.48 298984973.48        0.00`: the 行次 59 printed one space before the figure
  // shared its cell when the row was placed; the cell holds two numbers, never the one 59298984973.48
  it('a value cell holding a row number and a figure a space apart is no value', () => {
    const { cell, kind } = makeCell('59 298984973.48', opts);
    expect(kind).toBe('text');
    expect(cell.value).toBeNull();
  });
  it('a figure with thousands separators is still read', () => {
    expect(makeCell('298,984,973.48', opts).cell.value).toBe('298984973.48');
    expect(makeCell(' 0.00 ', opts).cell.value).toBe('0');
  });
});
