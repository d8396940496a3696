/**
 * A squeezed table (no row fills every column) whose row prints its total alone, a narrow figure right-aligned in its
 * cell, then a run of figures a few spaces after it: `62.11     44.00 0.00 18.11 0.00`. A lone figure stands at its
 * cell's right edge, so a gap narrower than a figure as wide as the row's narrowest and a space each side leaves no
 * room for a blank column: the run after it may start in the next column (`runsOf`, `fits` of `run-starts.ts`). A
 * run-starting figure stands at its cell's right edge, never left of where other lines' first runs, squeezed left from
 * the total column, put that column's figures (`0.00` of line 8 ends past 44.00): 44.00 stands under
 * 一般公共预算拨款收入, not one column right of it. Lines as pdftotext -layout wrote a generated 收入决算表 (万元),
 * its first page; values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '部门：焦作市财政局                                                             单位：万元',
  '                                    附表2 收入决算表',
  '        项目                               上级               附属',
  '                   本年收入合 一般公共预 补助 事业收 经营 单位 其他',
  '       科目名称             计      算拨款收入 收入 入 收入 上缴 收入',
  '                                                          收入',
  '合计                  25,242.23 25,114.34       127.90 0.00 0.00 0.00',
  '一般公共服务支出             8,995.29 8,961.19 0.00 34.11 0.00',
  ' 人大事务                 3,117.63 3,117.63         0.00',
  '   行政运行              2,653.63 2,653.63 0.00',
  '   一般行政管理事务             464.00 464.00                0.00 0.00 0.00',
  ' 政府办公厅（室）及相关机构事务     4,686.50 4,652.40         34.11 0.00 0.00 0.00',
  '   行政运行               2,819.26 2,819.26                   0.00',
  '   一般行政管理事务              62.11     44.00 0.00 18.11 0.00',
  '   事业运行               1,805.14 1,789.14        16.00      0.00 0.00',
  ' 纪检监察事务               1,191.16 1,191.16 0.00 0.00 0.00 0.00',
  '   行政运行               1,191.16 1,191.16 0.00 0.00 0.00',
  '教育支出                    584.68 584.68 0.00                0.00 0.00',
  ' 进修及培训                  584.68 584.68                0.00      0.00',
  '   教师进修                 584.68 584.68',
  '社会保障和就业支出            11,307.11 11,236.57       70.54      0.00',
  ' 行政事业单位养老支出          6,287.53 6,277.22 0.00 10.30         0.00 0.00'
].join('\n');

describe('a squeezed row whose lone total stands a narrow gap before the run after it (lines 3–22)', () => {
  const { at } = readFixture(TEXT);
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads the run after the lone total of line 14 from the column right after the total (62.11 | 44.00 0.00 18.11 0.00)', () => {
    expect(values(14)).toEqual(['62.11', '44.00', '0.00', '18.11', '0.00', '', '']);
  });

  it('still reads the rows whose runs start a figure and a space or more apart (lines 11 and 15)', () => {
    expect(values(11)).toEqual(['464.00', '464.00', '', '', '0.00', '0.00', '0.00']);
    expect(values(15)).toEqual(['1,805.14', '1,789.14', '', '16.00', '', '0.00', '0.00']);
  });
});
