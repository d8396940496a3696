/**
 * A group word printed on the line of its other parts, one part of it under it, in real `pdftotext -layout` output
 * (the 一般公共预算财政拨款支出决算表 of synth-410100-chengguanju-2017-final-00042, pdf25, source lines 270–275): the
 * table prints 行次 | 本年支出 (小计 | 基本支出 | 项目支出), and the lines read `小计 基本支出 本年支出` over `项目支出`.
 * 本年支出 over 项目支出 is no wrapped word (本年支出项目支出 means nothing), so it is the group word over its part; 小计
 * and 基本支出 beside it on its line, under no group of their own, are its subtotal and its other part. On every row
 * 小计 = 基本支出 + 项目支出 (4,409.84 = 3,329.59 + 1,080.25). Values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TABLE = [
  '     项目     行次 小计 基本支出   本年支出',
  '    科目名称                          项目支出',
  '总计            1 4,409.84 3,329.59 1,080.25',
  '一般公共服务支出      2 1,252.22 957.94 294.28',
  ' 人大事务         3 442.42 442.42         0.00',
  '   行政运行       4 442.42 442.42         0.00',
].join('\n');

describe('the parts of a group printed beside the group word on its line stand under it', () => {
  const { at, header } = readFixture(TABLE);
  const cell = (n: number, path: string) => at(n).cells[header(1).indexOf(path)];

  it('reads 本年支出 over 小计 | 基本支出 | 项目支出 (lines 1–2)', () => {
    expect(header(1).slice(-3)).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('puts 总计’s 4,409.84 under 本年支出/小计 and 3,329.59 under 本年支出/基本支出 (line 3)', () => {
    expect(cell(3, '本年支出/小计')).toBe('4,409.84');
    expect(cell(3, '本年支出/基本支出')).toBe('3,329.59');
    expect(cell(3, '本年支出/项目支出')).toBe('1,080.25');
  });
});
