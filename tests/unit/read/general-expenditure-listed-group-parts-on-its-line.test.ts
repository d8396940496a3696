/**
 * A squeezed 一般公共预算财政拨款支出决算表 header whose `其中：基本支出` cell, one line high, shares its line with the
 * upper halves of the two-line cells under it (`其中：基本支出   人员   公用  项目` over `小计 经费 经费 支出`), the
 * shape of synth-410800-shengtaiju-2017-final-00040 (pdf65, its lines 218–243). `本年支出` heads the five columns, its
 * own 小计 drawn left beside 行次; `其中：基本支出` heads the second 小计, 人员经费 and 公用经费, whose first lines
 * pdftotext wrote on its own line right of it (`header-cover.ts` `pathsFor`), and the word's own characters start after
 * `其中：`. Read before as `本年支出` | `基本支出/…` | `项目支出`, 基本支出 and 项目支出 under no 本年支出. Expected cells read by
 * hand from the lines: 一般公共服务支出 10.7 = 4.0 + 6.7 and 4.0 = 3.8 + 0.2.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '      项目                    本年支出',
  '               行次 小计 其中：基本支出   人员   公用  项目',
  '      科目名称               小计 经费 经费 支出',
  '一般公共服务支出          1 10.7 4.0 3.8 0.2 6.7',
  ' 人大事务             2 10.7 4.0 3.8 0.2 6.7',
  '  行政运行            3 4.0 4.0 3.8 0.2',
  '  一般行政管理事务        4 6.7                  6.7',
  '社会保障和就业支出         5 47.4 30.6 28.8 1.8 16.8',
  ' 行政事业单位养老支出       6 19.6 14.6 13.7 0.9 5.0',
  '  事业单位离退休         7 7.8 7.8 7.4 0.5',
  '  其他行政事业单位养老支出 8 11.8 6.8 6.4 0.4 5.0',
  ' 抚恤               9 27.8 16.0 15.0 1.0 11.8',
  '  死亡抚恤          10 27.8 16.0 15.0 1.0 11.8',
  '卫生健康支出           11 28.1 28.1 26.4 1.7',
  ' 行政事业单位医疗       12 28.1 28.1 26.4 1.7',
  '  行政单位医疗        13 9.0 9.0 8.4 0.5',
  '  事业单位医疗        14 19.2 19.2 18.0 1.2',
  '节能环保支出          15 15.9 12.9 12.1 0.8 3.0',
  ' 环境保护管理事务       16 15.9 12.9 12.1 0.8 3.0',
  '  其他环境保护管理事务支出 17 15.9 12.9 12.1 0.8 3.0',
  '住房保障支出          18 29.4 29.4 27.7 1.8',
  ' 住房改革支出         19 29.4 29.4 27.7 1.8',
  '  住房公积金         20 12.0 12.0 11.3 0.7',
  '  提租补贴          21 8.4 8.4 7.9 0.5',
  '  购房补贴          22 9.0 9.0 8.5 0.5',
  '                23 131.5 105.0 98.7 6.3 26.4',
].join('\n');

describe('a 其中： group word sharing its line with the first lines of its parts', () => {
  const { at, header } = readFixture(TEXT);

  it('puts 基本支出 and 项目支出 under 本年支出, and 小计 人员经费 公用经费 under 基本支出', () => {
    expect(header(1).slice(-5)).toEqual(['本年支出/小计', '本年支出/其中：基本支出/小计', '本年支出/其中：基本支出/人员经费', '本年支出/其中：基本支出/公用经费', '本年支出/项目支出']);
  });

  it('reads 一般公共服务支出 (line 4) as 10.7 | 4.0 | 3.8 | 0.2 | 6.7 and 行政运行 (line 6) with 项目支出 blank', () => {
    expect(at(4).cells.slice(-5)).toEqual(['10.7', '4.0', '3.8', '0.2', '6.7']);
    expect(at(6).cells.slice(-5)).toEqual(['4.0', '4.0', '3.8', '0.2', '']);
  });
});
