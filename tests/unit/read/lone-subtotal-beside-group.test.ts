/**
 * A group's subtotal printed on the group word's line, in real `pdftotext -layout` output:
 * tests/fixtures/text-forms/lone-subtotal-beside-group.pdftotext.txt is the 一般公共预算财政拨款支出决算表 of
 * synth-410800-jiaotongju-2015-final-00010 (source lines 180–196). The printed HTML heads it `项目 / 科目名称 | 行次 |
 * 本年支出 (colspan 3: 小计 | 基本支出 | 项目支出)`; pdftotext prints `小计` on the line of `本年支出`, left of it, over
 * no part of its own (844,819.92 = 672,590.21 + 172,229.71: it totals 基本支出 and 项目支出). Expected cells are read by
 * hand from that HTML; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, header } = readTextFormFixture('lone-subtotal-beside-group.pdftotext.txt');

describe('a lone 小计 at a group’s left edge, on the group word’s line', () => {
  it('reads it as the group’s own subtotal (lines 4–5)', () => {
    expect(header(4).slice(-3)).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('puts the total row’s figures under those columns (line 6)', () => {
    expect(at(6).cells.slice(-3)).toEqual(['844819.92', '672590.21', '172229.71']);
  });
});
