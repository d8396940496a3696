/**
 * The 收入 half's names wrapped onto a second line in a side-by-side 财政拨款收入支出决算总表, in real `pdftotext -layout`
 * output (synth-140100-jiaotongju-2015-final-00011, pdf115, source lines 159–210): `一、一般公共预算财政` / `拨款`
 * (lines 13–14), `政府性基金预算财政拨` / `款` (lines 46–47). The 支出 half's names stand in a text column right of the
 * 收入 half's figures: it is a label column wherever it stands, so the wrapped names of both halves are joined. (A
 * version of the rule ending the label columns at the first figure column left the 收入 names' rests as rows of
 * their own.) Expected cells read by hand (万元 in the text, 元 in the model).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a side-by-side 总表’s 收入 names wrapped onto a second line are joined', () => {
  const { table } = ingestTextFormFixture('fiscal-summary-wrapped-income-names.pdftotext.txt', 'final_fiscal_summary');
  const income = table.rows.filter((r) => r.block === '收入');
  const value = (name: string) => income.find((r) => r.name === name)?.cells.find((c) => c.value !== null)?.value;

  it('reads 一、一般公共预算财政拨款 23,008.0 whole (line 13)', () => {
    expect(value('一、一般公共预算财政拨款')).toBe('230080000');
  });

  it('reads 政府性基金预算财政拨款 0.0 whole (line 46)', () => {
    expect(value('政府性基金预算财政拨款')).toBe('0');
  });

  it('leaves no rest of a name a row of its own', () => {
    expect(income.map((r) => r.name).filter((n) => ['拨款', '款', '政拨款', '财政拨款'].includes(n))).toEqual([]);
  });
});
