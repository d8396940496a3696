/**
 * A sparse 收入决算表 whose header pdftotext tore over the columns no row fills (`上级` over `补助` drawn between `事业收`
 * and `经营`, `附属` / `单位` / `上缴` / `收入` beside `其他`), in real `pdftotext -layout` output
 * (synth-410400-gongxinju-2017-final-00035, pdf80, source lines 37–145: the 收入支出决算总表, then the 收入决算表).
 * By position one figure column and several blank ones are headed by pieces the vocabulary does not know; the pieces
 * read as one cover of the seven words, and each row's third figure, which may stand in any of five source columns,
 * is placed by the 总表 (五、事业收入 98.48). Expected cells read by hand (万元 → 元; 66.29 + 13.70 = 79.99, within a
 * last digit of 80.00).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a sparse 收入 table whose header is torn over its blank columns is read under its cover', () => {
  const { onLine } = ingestTextFormFixture('income-sparse-torn-blank-columns.pdftotext.txt', 'final_income');

  it('reads the 合计 row 26735.25 26636.77 98.48 as 本年收入合计, 一般公共预算拨款收入 and 事业收入 (line 59)', () => {
    expect(onLine(59)).toEqual({ 本年收入合计: '267352500', 一般公共预算拨款收入: '266367700', 事业收入: '984800' });
  });

  it('reads 2150805 中小企业发展专项 80.00 66.29 13.70 the same way (line 102)', () => {
    expect(onLine(102)).toEqual({ 本年收入合计: '800000', 一般公共预算拨款收入: '662900', 事业收入: '137000' });
  });

  it('reads 221 住房保障支出 2059.33 2044.30 15.03, printed one space apart, the same way (line 105)', () => {
    expect(onLine(105)).toEqual({ 本年收入合计: '20593300', 一般公共预算拨款收入: '20443000', 事业收入: '150300' });
  });
});
