/**
 * A squeezed header whose `小计` pdftotext wrote on a line above the pieces of another word (`header-cover.ts`
 * `twoWords`): a 小计 heads a group's parts and never ends a word from a line above that word's end, so `项目支` /
 * `出` under a `小计` raised above them and drawn left of them is 项目支出, and the 小计 a column of its own — however
 * near the wide characters left of 小计 on its line put it to the `出`. Hand-written fixtures, the lines as
 * `pdftotext -layout` writes narrow 政府性基金 and 国有资本经营 tables; the cells are read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

describe('a 小计 written on a line above another word of the header', () => {
  it('reads 本年支出 over 小计 | 基本支出 | 项目支出, never 项目支出小计, and one 0.00 under each of six columns (line 9)', () => {
    const lines = [
      '            政府性基金预算财政拨款收入支出决算表',
      '                                            公开07表',
      '    科目编码    年初结 本年收        本年支出      年末结',
      '            转和结 入                    转和结',
      ' 类 款 项 科目名称 余          小计  基本支',
      '                            出',
      '                                项目支',
      '                                 出    余',
      '             0.00 0.00 0.00 0.00 0.00 0.00',
    ];
    const { valuesUnder } = readFixture(lines.join('\n'));
    const read = valuesUnder(3, 9);
    expect(read).toEqual({
      年初结转和结余: '0.00',
      本年收入: '0.00',
      '本年支出/小计': '0.00',
      '本年支出/基本支出': '0.00',
      '本年支出/项目支出': '0.00',
      年末结转和结余: '0.00',
    });
  });

  it('reads the three columns of a 国有资本经营 table whose 小计 and a 出 share the line under 本年支出 (line 6)', () => {
    const lines = [
      '2016年度部门决算表                               国有资本经营预算财政拨款支出决算表',
      '      科目编码        本年支出',
      '  类 款 项 科目 名称 小计 出',
      '                  基本支 项目支',
      '                        出',
      '           合计 0.00 0.00 0.00',
    ];
    const { valuesUnder } = readFixture(lines.join('\n'));
    const read = valuesUnder(2, 6, /本年/);
    expect(read).toEqual({ '本年支出/小计': '0.00', '本年支出/基本支出': '0.00', '本年支出/项目支出': '0.00' });
  });
});
