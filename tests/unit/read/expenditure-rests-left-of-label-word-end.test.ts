/**
 * A 支出决算表 whose third header line pdftotext squeezed left, on real `pdftotext -layout` output:
 * tests/fixtures/text-forms/expenditure-rests-left-of-label-word-end.pdftotext.txt, 附表3 of
 * synth-410200-shangwuju-2015-final-00016 (pdf30, its lines 157–194). Line 7 prints
 * `功能分类 科目名称 出合计 出 支出 支出 支出 助支`: the rests of `本年支` and `基本支` stand where the names of the rows do,
 * left of where the label columns end, but after the line's last label word `科目名称`: they are the value side's.
 * The 栏次 row numbers six columns. Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('header pieces after a line’s last label word are the value side’s, wherever pdftotext drew them (expenditure-rests-left-of-label-word-end)', () => {
  const { at, header } = readTextFormFixture('expenditure-rests-left-of-label-word-end.pdftotext.txt');

  it('reads the six words the 栏次 row numbers, 本年支出合计 and 基本支出 whole (lines 4–9)', () => {
    expect(header(4).slice(2)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('reads a row printing every column in order (其他组织事务支出, line 19) and a total with its two parts (一般公共服务支出, line 10)', () => {
    expect(at(19).cells.slice(2)).toEqual(['9.9', '0.5', '9.4', '0.0', '0.0', '0.0']);
    expect(at(10).cells.slice(2, 5)).toEqual(['51.8', '29.6', '22.2']);
  });
});
