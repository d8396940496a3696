/**
 * A 部门收入总表 whose header pdftotext drew left of its columns, on real `pdftotext -layout` output:
 * tests/fixtures/text-forms/income-total-word-over-row-numbers.pdftotext.txt, synth-410800-wenlvju-2020-budget-00090
 * (pdf19, its lines 63–106). `行次` stands over the long names' ends, `合计` over the row numbers (`行次 合计 上年结` over
 * `1 62.61`), `上年结转` over the 合计 figures and `一般公共预算拨款收入` over its own figures; 上年结转, 事业收入 and
 * 其他收入 are blank in every row. Expected cells are read by hand from the lines (合计 = 一般公共预算拨款收入 in every
 * row, as the table's totals say).
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a total word drawn over the row numbers heads the figures beside them (income-total-word-over-row-numbers)', () => {
  const { at, header } = readTextFormFixture('income-total-word-over-row-numbers.pdftotext.txt');

  it('reads 行次 over the row numbers and 合计 over the first figures, 上年结转 a column blank in every row', () => {
    const h = header(4);
    expect(h[2]!.split('/').pop()).toBe('行次');
    expect(h.slice(3)).toEqual(['合计', '上年结转', '一般公共预算拨款收入', '事业收入', '其他收入']);
  });

  it('puts each row number in the 行次 column and the figures under 合计 and 一般公共预算拨款收入 (lines 9, 18, 43)', () => {
    expect(at(9).cells).toEqual(['201', '一般公共服务支出', '1', '62.61', '', '62.61', '', '']);
    expect(at(18).cells).toEqual(['201 32', '组织事务', '9', '17.20', '', '17.20', '', '']);
    expect(at(43).cells).toEqual(['', '总计', '30', '149.25', '', '149.25', '', '']);
  });

  it('splits a row number glued to the name into the 行次 column (line 20)', () => {
    expect(at(20).cells).toEqual(['201 32 99', '其他组织事务支出', '11', '15.56', '', '15.56', '', '']);
  });
});
