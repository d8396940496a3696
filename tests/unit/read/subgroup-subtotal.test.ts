/**
 * A squeezed header whose group prints two subtotals side by side: `本年支出` (colspan 5) over `小计 | 其中：基本支出
 * (colspan 3: 小计 | 人员经费 | 公用经费) | 项目支出`, the 一般公共预算财政拨款支出决算表 of
 * synth-140300-chengguanju-2015-final-00008 as `pdftotext -layout` wrote it (Chromium print, figures one space apart).
 * The first 小计 is 本年支出's own, the second the subgroup's. Expected cells are read by hand from the printed HTML;
 * line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '               附表5 一般公共预算财政拨款支出决算表',
  '          项目                        本年支出',
  '                                  其中：基本支出 项目',
  ' 功能分类科          科目名称      小计 小计 人员经 公用 支出',
  '  目编码                                  费 经费',
  '                 栏次        1     2     3 4 5',
  '          总计              134.4 117.2 110.2 7.0 17.2',
  '201       一般公共服务支出         59.2 56.5 53.1 3.4 2.7',
  '201 01    人大事务              2.8 2.8 2.6 0.2',
  '201 01 01 行政运行              2.8 2.8 2.6 0.2',
  '201 32    组织事务             28.4 25.7 24.2 1.5 2.7',
  '201 32 01 行政运行              8.7 8.7 8.2 0.5',
  '201 32 99 其他组织事务支出         19.7 17.0 16.0 1.0 2.7',
  '208       社会保障和就业支出        11.4 1.4 1.4 0.1 10.0',
  '',
].join('\n');

const { at } = readFixture(TEXT);
const header = () => flattenHeader([2, 3, 4].map((n) => at(n).cells));

describe('a group over its own 小计 and a subgroup with its 小计 beside it (本年支出: 小计 | 其中：基本支出/小计 …)', () => {
  it('heads the first 小计 by 本年支出 and the second by 其中：基本支出, the group over all five figure columns (lines 2–5)', () => {
    expect(header().slice(2)).toEqual([
      '本年支出/小计',
      '本年支出/其中：基本支出/小计',
      '本年支出/其中：基本支出/人员经费',
      '本年支出/其中：基本支出/公用经费',
      '本年支出/项目支出',
    ]);
  });

  it('keeps the figures of the total and of 201 32 in those columns, a blank 项目支出 blank (lines 7, 11, 12)', () => {
    expect(at(7).cells.slice(2)).toEqual(['134.4', '117.2', '110.2', '7.0', '17.2']);
    expect(at(11).cells).toEqual(['201 32', '组织事务', '28.4', '25.7', '24.2', '1.5', '2.7']);
    expect(at(12).cells).toEqual(['201 32 01', '行政运行', '8.7', '8.7', '8.2', '0.5', '']);
  });
});
