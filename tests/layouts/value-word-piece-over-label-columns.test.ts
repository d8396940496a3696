/**
 * A 一般公共预算财政拨款支出决算表 whose narrow header cells wrap `年初预` / `算数` and `全年预` / `算数`: pdftotext drew
 * `年初预` left of its figures, over the long names of the 科目名称 column (`政府办公厅（室）及相关机构事务` reaches under
 * it). The piece is read into 年初预算数 over the figures; it is no word of the label columns as well (there it stood as
 * a group word over every column right of it, 决算数's 小计 | 基本支出 | 项目支出 read as `决算数/年初预/小计`, and
 * the table's 决算数 went unread). Trimmed `pdftotext -layout` output of Chromium-printed generator HTML (a 2015 决算
 * of a 工业和信息化局, 万元); values read by hand from the text, under the 栏次 row `1 2 3 4 5`.
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value ?? null;

const d = ingestBody(
  `焦作市工业和信息化局\n2015年度部门决算`,
  `             附表5：一般公共预算财政拨款支出决算表
                         2015年度
部门名称：焦作市工业和信息化局                                         单位：万元
             项目                               决算数
                      年初预 全年预
功能分类          科目名称    算数 算数            小计 基本支  出
                                                     项目支
                                                      出
科目编码
                栏次       1      2        3      4      5
        总计            598.71 587.97    577.22 325.92 251.30
201     一般公共服务支出        83.91 83.07     82.23 82.23 0.00
20103 政府办公厅（室）及相关机构事务 29.68 28.84       28.00 28.00 0.00
2010350 事业运行            29.68 28.84     28.00 28.00
20111 纪检监察事务            54.23 54.23     54.23 54.23
2011101 行政运行            54.23 54.23     54.23 54.23
  注：本表反映部门本年度一般公共预算财政拨款实际支出情况。
`,
);
const t = d.tables.find((x) => x.kind === 'final_general_expenditure')!;
const row = (name: string) => t.rows.find((r) => r.name === name);
const COLUMNS = ['年初预算数', '全年预算数', '决算数/小计', '决算数/基本支出', '决算数/项目支出'];

describe('a value word\'s piece drawn over the label columns', () => {
  it('names the five value columns, 年初预 in none of them', () => {
    expect(t.rows[0]!.cells.map((c) => c.column)).toEqual(COLUMNS);
  });
  it('reads 总计 as 598.71, 587.97, 577.22, 325.92 and 251.30 (万元)', () => {
    expect(COLUMNS.map((c) => value(row('总计'), c))).toEqual(['5987100', '5879700', '5772200', '3259200', '2513000']);
  });
  it('reads 20103 as 29.68, 28.84, 28.00, 28.00 and 0.00', () => {
    expect(COLUMNS.map((c) => value(row('政府办公厅（室）及相关机构事务'), c))).toEqual(['296800', '288400', '280000', '280000', '0']);
  });
  it('leaves 项目支出 of 2010350 事业运行 blank', () => {
    expect([value(row('事业运行'), '决算数/小计'), value(row('事业运行'), '决算数/项目支出')]).toEqual(['280000', null]);
  });
});
