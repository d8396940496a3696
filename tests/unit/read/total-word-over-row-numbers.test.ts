/**
 * A table's total word drawn from over its 行次 column, in real `pdftotext -layout` output (the 支出决算表 of
 * synth-410300-shangwuju-2016-final-00033, pdf13, source lines 158–170): `本年支出合计` starts at column 26, where the
 * row numbers stand, its figures from 28; `上缴上 / 级支出` broken apart send the header to be read again by its words.
 * Read again, 本年支出合计 stays the first figure column's word, beside 其中：基本支出 over 小计 | 人员经费 | 公用经费,
 * which it heads none of. Expected cells read by hand from the lines (总计 row: 本年支出合计 39927260.22, 基本支出 小计
 * 29965411.13, 项目支出 9961849.09).
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const TABLE = [
  '          科目编码',
  '                       行次 本年支出合计',
  '                                                   其中：基本支出',
  '                                                                            项目支出 上缴上      经营支 对附属',
  '                                                                                              单位补',
  ' 类 款 项         科目名称                       小计         人员经费 公用经费                        级支出  出  助支出',
  '          总计              1 39927260.22 29965411.13 24871291.16 5094119.97 9961849.09',
  '201       一般公共服务支出        2 13405883.19 7807697.31 6480388.74 1327308.57 5598185.88',
  '201 01    人大事务            3 2591151.71 330832.35 274590.85 56241.50 2260319.36',
  '201 01 01 行政运行            4 330832.35 330832.35 274590.85 56241.50',
  '201 01 02 一般行政管理事务        5 2260319.36                                     2260319.36',
  '201 03 01 行政运行            7 539769.50 539769.50 448008.68 91760.82',
  '201 03 50 事业运行            8 4183468.24 4183468.24 3472278.63 711189.61',
].join('\n');

describe('a total word drawn from over the 行次 column heads the first figure column', () => {
  const { at, header } = readFixture(TABLE);
  const cell = (n: number, path: string) => at(n).cells[header(1).indexOf(path)];

  it('reads 本年支出合计 as a column word of its own, 其中：基本支出 over its three parts (lines 1–6)', () => {
    expect(header(1).filter((h) => !h.startsWith('科目编码'))).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts 总计’s figures under their words (line 7)', () => {
    expect(cell(7, '本年支出合计')).toBe('39927260.22');
    expect(cell(7, '其中：基本支出/小计')).toBe('29965411.13');
    expect(cell(7, '其中：基本支出/公用经费')).toBe('5094119.97');
    expect(cell(7, '项目支出')).toBe('9961849.09');
  });

  it('puts 一般行政管理事务’s 2260319.36 under 本年支出合计 and 项目支出 (line 11)', () => {
    expect(cell(11, '本年支出合计')).toBe('2260319.36');
    expect(cell(11, '项目支出')).toBe('2260319.36');
    expect(cell(11, '其中：基本支出/小计')).toBe('');
  });
});
