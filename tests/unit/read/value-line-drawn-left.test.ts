/**
 * A header line of value words drawn a whole column left of their figures, in real `pdftotext -layout` output (the
 * 收入决算表 of synth-140100-shengtaiju-2017-final-00041, pdf105, source lines 89–140, two pages): pdftotext packed the
 * long line `功能分类 科目名称 本年收入合计 财政拨款收入 助收入 入 … 其他收入` left, so 本年收入合计 (columns 10–16)
 * stands over no figure, 财政拨款收入 (17–23) over the totals (17–28), and the 财政拨款 figures (29–40) under no word.
 * Each word heads the figures right of it. Expected cells read by hand; each row's total is the sum of the figures
 * beside it (56875962.42 + 180778.61 = 57056741.03; 20697144.99 + 119184.94 = 20816329.93; 5381410.92 + 34679.13 =
 * 5416090.05).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('value words drawn a whole column left of their figures head the figures right of them', () => {
  const { table, named } = ingestTextFormFixture('value-line-drawn-left.pdftotext.txt', 'final_income');

  it('reads the seven value columns by their words', () => {
    expect(table.columns.filter((c) => /收入/.test(c))).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts 总计’s 57056741.03 under 本年收入合计 and 56875962.42 under 财政拨款收入 (line 10)', () => {
    expect(named('总计')).toEqual({ 本年收入合计: '57056741.03', 财政拨款收入: '56875962.42', 其他收入: '180778.61' });
  });

  it('reads 社会保障和就业支出, wrapped onto line 20, the same way (line 19)', () => {
    expect(named('社会保障和就业支出')).toEqual({ 本年收入合计: '20816329.93', 财政拨款收入: '20697144.99', 其他收入: '119184.94' });
  });

  it('reads the page after the break, its header repeated as drawn (line 35, 死亡抚恤)', () => {
    expect(named('死亡抚恤')).toEqual({ 本年收入合计: '5416090.05', 财政拨款收入: '5381410.92', 其他收入: '34679.13' });
  });
});
