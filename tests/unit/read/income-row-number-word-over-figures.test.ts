/**
 * A 部门收入总表 whose header pdftotext drew right of its columns, on real `pdftotext -layout` output:
 * tests/fixtures/text-forms/income-row-number-word-over-figures.pdftotext.txt, synth-410803-chengguanju-2019-budget-00077
 * (pdf24, its lines 76–107). `行次` stands over the 合计 figures (`行次     合计` over `1 125606723.04`), the row numbers
 * under no word; the fund words are squeezed one space apart over two lines (`一般公共预算拨 事业 其他` over
 * `款收入 收入 收入`); 事业收入 and 其他收入 are blank in every row. Expected cells are read by hand from the lines and
 * the table's totals (合计 = 上年结转 + 一般公共预算拨款收入 in every row).
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 行次 word drawn over the first figures heads the row numbers (income-row-number-word-over-figures)', () => {
  const { at, header } = readTextFormFixture('income-row-number-word-over-figures.pdftotext.txt');

  it('reads 行次 over the row numbers and the fund words in order over the figures', () => {
    const h = header(4);
    expect(h[2]!.split('/').pop()).toBe('行次');
    expect(h.slice(3)).toEqual(['合计', '上年结转', '一般公共预算拨款收入', '事业收入', '其他收入']);
  });

  it('puts each row number in the 行次 column and each figure under its fund (lines 8, 12, 19)', () => {
    expect(at(8).cells).toEqual(['', '合计', '1', '125606723.04', '59933.53', '125546789.51', '', '']);
    expect(at(12).cells.slice(2)).toEqual(['5', '18229314.71', '', '18229314.71', '', '']);
    expect(at(19).cells).toEqual(['210', '卫生健康支出', '11', '36333650.21', '59933.53', '36273716.68', '', '']);
  });
});
