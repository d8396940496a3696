/**
 * A header word's start drawn on the line under its rest: the 部门收入总表 of the 焦作市科学技术局 2019 budget, where
 * pdftotext wrote `结转` on the line of `合计` and `上年` on the line under it (lines as converted, pieces positioned
 * by character).
 */
import { describe, expect, it } from 'vitest';
import { stackBrokenWords } from '../../../src/lib/parse/read/header-stacks.ts';

const piece = (text: string, start: number) => ({ text, start, end: start + text.length });

describe('a word start drawn under its rest', () => {
  // `                      合计 结转 共预算` / `                            上年`
  const lines = [[piece('合计', 22), piece('结转', 25), piece('共预算', 28)], [piece('上年', 28)]];
  it('puts 上年 over 结转 so the cell reads 上年结转', () => {
    const out = stackBrokenWords(lines);
    expect(out[0]!.map((p) => p.text)).toEqual(['合计', '上年', '共预算']);
    expect(out[1]!.map((p) => p.text)).toEqual(['结转']);
  });
  it('leaves a piece that continues a stack above it where it is (国有资本经营预算 / 拨款 / 财政)', () => {
    const out = stackBrokenWords([[piece('预算', 59)], [piece('拨款', 57)], [piece('财政', 59)]]);
    expect(out.map((l) => l.map((p) => p.text))).toEqual([['预算'], ['拨款'], ['财政']]);
  });
});
