import { describe, expect, it } from 'vitest';
import { splitLeadingCode } from '../../src/lib/parse/tables/levels.ts';

describe('a code printed at the start of a label', () => {
  it('is split from its name, joined, spaced or glued (`2080501 行政单位离退休`, `208 05 01 行政单位离退休`, `221 02 02提租补贴`)', () => {
    expect(splitLeadingCode('2080501 行政单位离退休')).toEqual({ code: '2080501', name: '行政单位离退休' });
    expect(splitLeadingCode('208 05 01 行政单位离退休')).toEqual({ code: '2080501', name: '行政单位离退休' });
    expect(splitLeadingCode('221 02 02提租补贴')).toEqual({ code: '2210202', name: '提租补贴' });
  });

  it('is never read out of a figure: `205.4` (an unlabelled 合计 drawn into the names) and `201,234.50` are no code and name', () => {
    expect(splitLeadingCode('205.4')).toBeNull();
    expect(splitLeadingCode('201,234.50')).toBeNull();
    expect(splitLeadingCode('208．5')).toBeNull();
  });
});
