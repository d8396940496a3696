import { describe, expect, it } from 'vitest';
import { divInt, formatDecimal, formatPercent, formatWan, percentOf, sumDec, subDec, yuanToWan, cmpDec, groupThousands } from '../../src/lib/site/format.ts';

describe('万元 / 元 formatting from exact decimal strings', () => {
  it('converts 元 to 万元 exactly (焦作 2022 支出总计 21832000 元 = 2,183.20万元)', () => {
    expect(yuanToWan('21832000')).toBe('2,183.20');
    expect(formatWan('21832000')).toBe('2,183.20万元');
  });
  it('rounds half away from zero without floating point', () => {
    expect(yuanToWan('50')).toBe('0.01'); // 0.005 万元 → 0.01
    expect(yuanToWan('49')).toBe('0.00');
    expect(yuanToWan('-50')).toBe('-0.01');
    expect(yuanToWan('-49')).toBe('0.00');
    expect(yuanToWan('706804492.61')).toBe('70,680.45');
    // a value that float arithmetic gets wrong: 1.005 → 1.01
    expect(formatDecimal('1.005', 2)).toBe('1.01');
    expect(yuanToWan('123456789012345678901234567890')).toBe('12,345,678,901,234,567,890,123,456.79');
  });
  it('formats 元 and missing values', () => {
    expect(formatDecimal('1234.5')).toBe('1,234.50');
    expect(formatWan(null)).toBe('—');
    expect(yuanToWan('abc')).toBe('—');
    expect(groupThousands('1000000')).toBe('1,000,000');
  });
});

describe('percentages', () => {
  it('computes shares exactly (焦作 2022 基本支出 1,861.78 / 2,182.77 = 85.29%)', () => {
    expect(percentOf('18617800', '21827700', 2)).toBe('85.29');
    expect(formatPercent('3209900', '21827700', 2)).toBe('14.71%');
  });
  it('handles zero and missing denominators', () => {
    expect(percentOf('1', '0')).toBeNull();
    expect(formatPercent(null, '1')).toBe('—');
    expect(percentOf('1', '3', 1)).toBe('33.3');
    expect(percentOf('2', '3', 1)).toBe('66.7');
  });
});

describe('exact arithmetic helpers', () => {
  it('sums, subtracts, divides and compares', () => {
    expect(sumDec(['0.1', '0.2', null])).toBe('0.3');
    expect(sumDec([])).toBeNull();
    expect(subDec('21832000', '21827700')).toBe('4300');
    expect(divInt('21827700', 7, 0)).toBe('3118243');
    expect(cmpDec('10', '9.99')).toBe(1);
    expect(cmpDec(null, '0')).toBe(-1);
  });
});
