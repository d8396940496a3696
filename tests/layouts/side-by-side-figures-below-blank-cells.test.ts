/**
 * 财政拨款收入支出决算总表 on the PDF path whose second page prints most spending rows' figures alone on the line below
 * the row (`十八、自然资源海洋气象等支出 50` over `0.00       0.00      0.00`), three figures or fewer of four: real
 * `pdftotext -layout` output of a generated 焦作市中站区生态环境局 2015 决算, lines 36–72 of the fixture. No reading by
 * order places three figures in four columns, and the rows' own lines stand elsewhere; the lines of figures below
 * their rows, laid out alike, end their figures at 50 (合计), 60–61 (一般公共预算), 65–66 (政府性基金) and 71 (国有资本
 * 经营). Values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';
import { halfCells } from '../helpers.ts';

const { table } = ingestTextFormFixture('fiscal-summary-figures-below-rows-blank-cells.pdftotext.txt', 'final_fiscal_summary');

/** A spending row's printed cells, by the two characters after `支出/` naming their column (`合计`, `一般` …). */
const spending = (name: string) => halfCells(table, '支出', name);

describe('side-by-side rows whose figures, some cells blank, pdftotext wrote alone on the line below', () => {
  it('places `0.00       0.00      0.00` (ends 50, 61, 71) under 十八、自然资源海洋气象等支出', () => {
    expect(spending('十八、自然资源海洋气象等支出')).toEqual({ 合计: '0', 一般: '0', 国有: '0' });
  });

  it('places `174203.99 174203.99 0.00` (ends 50, 60, 65) under 十九、住房保障支出', () => {
    expect(spending('十九、住房保障支出')).toEqual({ 合计: '174203.99', 一般: '174203.99', 政府: '0' });
  });

  it('places `0.00            0.00 0.00` (ends 50, 66, 71) under 二十一、国有资本经营预算支出', () => {
    expect(spending('二十一、国有资本经营预算支出')).toEqual({ 合计: '0', 政府: '0', 国有: '0' });
  });

  it('places `0.00            0.00` (ends 50, 66) under 二十三、其他支出', () => {
    expect(spending('二十三、其他支出')).toEqual({ 合计: '0', 政府: '0' });
  });

  it('places `1332497.77 1332497.77      0.00` (ends 50, 61, 71) under 本年支出合计', () => {
    expect(spending('本年支出合计')).toEqual({ 合计: '1332497.77', 一般: '1332497.77', 国有: '0' });
  });
});
