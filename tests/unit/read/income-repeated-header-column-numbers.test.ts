/**
 * A 部门收入总表 over three pages whose repeated header pdftotext laid out further right on the later pages, on real
 * `pdftotext -layout` output: tests/fixtures/text-forms/income-repeated-header-column-numbers.pdftotext.txt,
 * synth-410700-gongxinju-2019-budget-00069 (pdf18, its lines 63–126). Every row prints two figures (合计 and
 * 一般公共预算拨款收入), so no row fills the five value columns; on the second page the figures stand six characters
 * right of the first page's (`14   1412325.28      1412325.28` under `栏次  1  2  3  4 5`), where one shift of the
 * first page's columns would put them under 上年结转 and 事业收入. The page's own 栏次 row says where they stand:
 * the first under 1 (合计), the second under 3 (一般公共预算拨款收入). Expected cells read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a page repeating the header with its own 栏次 row places its figures under its numbers (income-repeated-header-column-numbers)', () => {
  const { at } = readTextFormFixture('income-repeated-header-column-numbers.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(-5);

  it('reads the first page as laid out (合计 row, line 8; 201 一般公共服务支出, line 9)', () => {
    expect(values(8)).toEqual(['12442648.76', '', '12442648.76', '', '']);
    expect(values(9)).toEqual(['3732728.10', '', '3732728.10', '', '']);
  });

  it('puts the second page figures under 合计 and 一般公共预算拨款收入 (205 教育支出, line 27; 2101102 事业单位医疗, line 43)', () => {
    expect(values(27)).toEqual(['1412325.28', '', '1412325.28', '', '']);
    expect(values(43)).toEqual(['345163.29', '', '345163.29', '', '']);
  });

  it('reads the third page the same way, where its rows stand further left below (line 49, line 52)', () => {
    expect(values(49)).toEqual(['352762.47', '', '352762.47', '', '']);
    expect(values(52)).toEqual(['1430111.26', '', '1430111.26', '', '']);
  });
});
