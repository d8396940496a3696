/**
 * A 行次 column beside a value header pdftotext broke over two lines, in real `pdftotext -layout` output:
 * tests/fixtures/text-forms/row-number-column-beside-broken-header.pdftotext.txt is the 部门收入总表 of
 * synth-140100-jiaoyuju-2019-budget-00081 (pdf6, source lines 75–95). Its header prints `上年结 / 转`, `一般公共预 /
 * 算拨款收入`, `事业收 / 入`, `其他收 / 入` over two lines right of `行次` and `合计`; the rows print their 行次 number,
 * 合计 and one more figure. Expected cells are read by hand from those lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, header } = readTextFormFixture('row-number-column-beside-broken-header.pdftotext.txt');

describe('a 行次 column stays with the labels when a broken value header is read by meaning', () => {
  it('reads the value words whole, after the 行次 column (line 3)', () => {
    expect(header(3)).toEqual(['科目编码/类 款 项', '科目编码/科目名称', '科目编码/行次', '合计', '上年结转', '一般公共预算拨款收入', '事业收入', '其他收入']);
  });

  it('puts each row second figure under 一般公共预算拨款收入 (lines 6–8)', () => {
    expect(at(6).cells).toEqual(['', '合计', '1', '14,862.71', '', '14,862.71', '', '']);
    expect(at(7).cells).toEqual(['201', '一般公共服务支出', '2', '1,840.05', '', '1,840.05', '', '']);
    expect(at(8).cells).toEqual(['201 01', '人大事务', '3', '1,404.69', '', '1,404.69', '', '']);
  });
});
