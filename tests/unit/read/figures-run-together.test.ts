/**
 * Two figures run together with no space are two figures. In a narrow 支出决算表 (万元) the 人员经费 and 公用经费
 * columns are each filled to their edges, and pdftotext -layout writes their figures as one word (`58.4714.62`); read
 * as one cell it was no number and both values were lost. The lines are those pdftotext -layout writes for a generated
 * 2016 部门决算 (郑州市发展和改革委员会), shortened; the values are read by hand from lines 16 and 19:
 *
 * ```
 * 社会保障和就业支出             73.09   73.09   58.4714.62
 * 卫生健康支出               125.61   68.00   54.4013.60 57.61
 * ```
 */
import { describe, expect, it } from 'vitest';
import { splitRunTogether } from '../../../src/lib/parse/read/spaced.ts';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  "  决算03表",
  "                                  支出决算表",
  "        项目                        其中：基本支出",
  "                   本年支                            项目支 上缴上 经营支 对附属",
  "       科目名称        出合计        小计 人员经        公用经 出 级支出 出 单位补",
  "                                      费      费                助支出",
  "        栏次            1        2       3     4      5     6 7  8",
  "总计                 584.98     409.12 327.30 81.82 175.87",
  "一般公共服务支出           149.09      86.15 68.92 17.23 62.93",
  " 人大事务                11.85                         11.85",
  "  一般行政管理事务           11.85                         11.85",
  "                                    —9—",
  "\f科学技术支出                19.49                       19.49",
  " 应用研究                 19.49                       19.49",
  "  其他应用研究支出            19.49                       19.49",
  "社会保障和就业支出             73.09   73.09   58.4714.62",
  " 行政事业单位养老支出           73.09   73.09   58.4714.62",
  "  机关事业单位基本养老保险缴费支出    73.09   73.09   58.4714.62",
  "卫生健康支出               125.61   68.00   54.4013.60 57.61"
].join('\n');

describe('two figures run together with no space (58.4714.62) are read as two cells', () => {
  const { at } = readFixture(TEXT);
  it('reads 人员经费 58.47 and 公用经费 14.62 of 社会保障和就业支出 (line 16)', () => {
    expect(at(16).cells.slice(0, 5)).toEqual(['社会保障和就业支出', '73.09', '73.09', '58.47', '14.62']);
  });
  it('reads 54.40 and 13.60, then 项目支出 57.61, of 卫生健康支出 (line 19)', () => {
    expect(at(19).cells.slice(0, 6)).toEqual(['卫生健康支出', '125.61', '68.00', '54.40', '13.60', '57.61']);
  });
  it('cuts a word only where both parts are figures with the same number of decimals', () => {
    expect(splitRunTogether({ text: '1,234.5612.30', start: 4, end: 17 }).map((p) => [p.text, p.start, p.end])).toEqual([['1,234.56', 4, 12], ['12.30', 12, 17]]);
    expect(splitRunTogether({ text: '2016.12.31', start: 0, end: 10 })).toHaveLength(1);
    expect(splitRunTogether({ text: '58.47', start: 0, end: 5 })).toHaveLength(1);
  });
});
