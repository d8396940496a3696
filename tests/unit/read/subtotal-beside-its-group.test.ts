/**
 * A group's 小计 printed on the group word's line, left of it, in real `pdftotext -layout` output (the
 * 一般公共预算财政拨款支出决算表 of synth-410803-kejiju-2017-final-00037, pdf119, source lines 231–272): `行次 小计
 * 本年支出` (line 6) over `基本支出 项目支出` (line 7). Read by position, `小计` headed its figure column alone, the
 * subtotal of nothing, and the table's totals were published under a column no reader could name. A bare 小计 right
 * beside columns a group word heads over two of its parts is that group's subtotal. Expected cells read by hand (元):
 * 347827.93 + 56749.27 = 404577.20 (line 8); 746962.50 + 185623.12 = 932585.62 (line 35).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a 小计 printed beside its group word is the group’s subtotal', () => {
  const { table, named } = ingestTextFormFixture('subtotal-beside-its-group.pdftotext.txt', 'final_general_expenditure');

  it('reads 本年支出 over 小计, 基本支出 and 项目支出', () => {
    expect(table.columns).toEqual(['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });

  it('puts 一般公共服务支出’s 404577.20 under 本年支出/小计 (line 8)', () => {
    expect(named('一般公共服务支出')).toEqual({ '本年支出/小计': '404577.2', '本年支出/基本支出': '347827.93', '本年支出/项目支出': '56749.27' });
  });

  it('reads 总计 the same way (line 35)', () => {
    expect(named('总计')).toEqual({ '本年支出/小计': '932585.62', '本年支出/基本支出': '746962.5', '本年支出/项目支出': '185623.12' });
  });
});
