/**
 * A 支出决算表 in 万元 whose last three columns print their words on two or three lines (`上缴上` over `级支出`,
 * `经营支` over `出`, `对附属` over `单位补` over `助支出`), cells centred in a tall header. pdftotext wrote the rests
 * `级支出 出 单位补` packed one space after `项目支出` and the starts `上缴上 经营支` after them on the same line, where
 * they print, `对附属` on a line above and `助支出` below. The starts go up a line where they stand and each rest under
 * its start, so 上缴上级支出, 经营支出 and 对附属单位补助支出 head a column each (blank in every row). The same line is
 * drawn a whole column left from the 行次 on (`行次 合计 基本支出 项目支出` over `1 1361.03 726.47 634.56`, `本年支出`
 * over the first figures): its words move one column right, 行次 onto the row numbers, so the next page, printing no
 * header, is fitted with a 行次 column and never reads a row number as money.
 * Fixture trimmed from `pdftotext -layout` output; values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = ingestBody(
  `2017年度\n测试市财政局部门决算`,
  `部门：测试市财政局                                                       单位：万元
2017年度部门决算表                                                     支出决算表
             项目                                           对附属
 功能分类科                      本年支出
                       行次 合计 基本支出 项目支出 级支出 出 单位补  上缴上 经营支
   目编码          科目名称                                      助支出
 201       一般公共服务支出       1 1361.03 726.47 634.56
 201 01    人大事务           2 128.99 128.99
 201 01 01 行政运行           3 128.99 128.99
 201 03    政府办公厅（室）及相关    4 555.76 295.69 260.07
           机构事务
 201 03 01 行政运行           5 295.69 295.69
 208       社会保障和就业支出     16 948.63 539.41 409.22
\f                                 测试市财政局2017年度部门决算

208 08 抚恤             17 356.13 114.14 241.99
208 08 01
       死亡抚恤           18 356.13 114.14 241.99
210    卫生健康支出         21 756.22 701.94 54.29
210 11 行政事业单位医疗       22 756.22 701.94 54.29
`,
);
const t = doc.tables.find((x) => x.kind === 'final_expenditure')!;
const row = (code: string) => t.rows.find((r) => r.code === code);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('header word starts drawn right of their rests on one line', () => {
  it('reads the six value columns by their words', () => {
    expect(t.columns).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });
  it('reads 201 一般公共服务支出 (行次 1): 1361.03 合计, 726.47 基本支出, 634.56 项目支出', () => {
    expect(value(row('201'), '本年支出合计')).toBe('13610300');
    expect(value(row('201'), '基本支出')).toBe('7264700');
    expect(value(row('201'), '项目支出')).toBe('6345600');
  });
  it('reads 2010101 行政运行 (行次 3): 128.99 合计 and 基本支出, no 项目支出', () => {
    expect(value(row('2010101'), '本年支出合计')).toBe('1289900');
    expect(value(row('2010101'), '基本支出')).toBe('1289900');
    expect(value(row('2010101'), '项目支出') ?? null).toBeNull();
  });
});

describe('a header line drawn a whole column left from its 行次 on', () => {
  it('reads 20808 抚恤 on the next page (行次 17): 356.13 合计, 114.14 基本支出, 241.99 项目支出', () => {
    expect(value(row('20808'), '本年支出合计')).toBe('3561300');
    expect(value(row('20808'), '基本支出')).toBe('1141400');
    expect(value(row('20808'), '项目支出')).toBe('2419900');
  });
  it('reads 210 卫生健康支出 (行次 21): 756.22 合计, 701.94 基本支出, 54.29 项目支出, never 21 as money', () => {
    expect(value(row('210'), '本年支出合计')).toBe('7562200');
    expect(value(row('210'), '基本支出')).toBe('7019400');
    expect(value(row('210'), '项目支出')).toBe('542900');
  });
  it('leaves no row number outside a cell', () => {
    expect(doc.problems.filter((p) => p.code === 'unaccounted_number' || p.code === 'cell_without_header')).toEqual([]);
  });
});
