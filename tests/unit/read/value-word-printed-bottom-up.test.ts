/**
 * A figure column's word whose lines pdftotext printed in the wrong order, in real `pdftotext -layout` output (the
 * 国有资本经营预算财政拨款支出决算表 of synth-410800-shangwuju-2017-final-00050, pdf28, source lines 363–368): the
 * squeezed header puts `支出 支出` on one line and `项目` under the second, so the last column's pieces read top down
 * spell 支出项目, a row-label word no figure column takes; bottom up they spell 项目支出, a value word. Expected cells
 * read by hand from the lines: the table's one row, 0.00 under 小计, 基本支出 and 项目支出.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TABLE = [
  '   科目编码        本年支出',
  '类 款 项 名称 小计 基本',
  '        科目',
  '                支出 支出',
  '                     项目',
  '           0.00 0.00 0.00',
].join('\n');

describe('a figure column’s word printed bottom up is read bottom up when only that order spells a value word', () => {
  const { at, header } = readFixture(TABLE);

  it('names the last column 项目支出 (lines 1–5)', () => {
    expect(header(1).slice(-3)).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('puts the three zeros under 小计, 基本支出 and 项目支出 (line 6)', () => {
    expect(at(6).cells.slice(-3)).toEqual(['0.00', '0.00', '0.00']);
  });
});
