/**
 * A 收入决算表 whose 本年收入合计 is printed `本年收入` over `合计` beside `财政拨款` on the same line (`header-words.ts`,
 * `joinLoneTotals`): tests/fixtures/text-forms/income-total-word-beside-first-source.pdftotext.txt is 收入决算表 of
 * synth-410803-chengguanju-2019-final-00077 (seed 106, its lines 84–108). `本年收入` is also a group word, and the other
 * sources start on the lines below it, so it was read as a group heading every column: 本年收入/合计,
 * 本年收入/财政拨款（补助）收入 … A group heads its parts from a line above them all; `财政拨款` starts on its line, beside
 * it, so `本年收入` is the first line of the wrapped total word 本年收入合计, and the header is flat. Expected cells read
 * by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 收入决算表 header printing 本年收入 over 合计 beside 财政拨款', () => {
  const { at } = readTextFormFixture('income-total-word-beside-first-source.pdftotext.txt');
  const header = () => flattenHeader([4, 5, 6, 7, 8].map((n) => at(n).cells).filter((c) => c.length > 0));

  it('reads seven flat columns, 本年收入合计 first, no 本年收入 group over the sources', () => {
    expect(header().slice(-7)).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads 一般公共服务支出 (line 9) with its 行次 and seven figures', () => {
    expect(at(9).cells.slice(-8)).toEqual(['1', '291.0', '291.0', '0.0', '0.0', '0.0', '0.0', '0.0']);
  });
});
