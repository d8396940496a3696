import { describe, expect, it } from 'vitest';
import { add, cmp, div, parseDecimal, round, shift, sub, sum, toFixed, toString } from '../../src/lib/decimal.ts';

const d = (s: string) => parseDecimal(s)!;

describe('decimal', () => {
  it('parses printed numbers exactly', () => {
    expect(toString(d('2,182.74'))).toBe('2182.74');
    expect(toString(d('0.00'))).toBe('0');
    expect(toString(d('-9.91'))).toBe('-9.91');
    expect(toString(d('1.'))).toBe('1');
    expect(parseDecimal('1,2,3')).toBeNull();
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });
  it('converts 万元 to 元 by shifting, never through floating point', () => {
    expect(toString(shift(d('2,182.74'), 4))).toBe('21827400');
    expect(toString(shift(d('107,259.2'), 4))).toBe('1072592000');
    // 0.1 + 0.2 in floating point is 0.30000000000000004; exact here
    expect(toString(add(d('0.1'), d('0.2')))).toBe('0.3');
    expect(toString(shift(d('477474492.61'), 0))).toBe('477474492.61');
  });
  it('adds, subtracts and compares', () => {
    expect(toString(sum([d('0.00'), d('13.96'), d('4.23')]))).toBe('18.19');
    expect(toString(sub(d('18.20'), d('18.19')))).toBe('0.01');
    expect(cmp(d('1.10'), d('1.1'))).toBe(0);
    expect(cmp(d('-1'), d('0'))).toBe(-1);
  });
  it('rounds half away from zero and divides', () => {
    expect(toString(round(d('2.345'), 2))).toBe('2.35');
    expect(toString(round(d('-2.345'), 2))).toBe('-2.35');
    expect(toFixed(d('99.995'), 2)).toBe('100.00');
    expect(toString(div(d('17.22'), d('18.20'), 4)!)).toBe('0.9462');
    expect(div(d('1'), d('0'), 2)).toBeNull();
  });
});
