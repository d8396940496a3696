/**
 * A squeezed 支出决算表 (`pdftotext -layout`) whose 项目支出 wraps as `项目` / `支出`: its first piece `项目` reads like
 * the label column's head word 项目, but it stands right of `本年` (of 本年支出合计) on its line, over the figures: a
 * value word's piece, not where the label columns end. Rows print their figures one space apart, the four columns
 * right of 项目支出 blank in every row. Trimmed from a converted generator document (a 2017 决算 of a 生态环境局,
 * 万元); values read by hand from the text: each row's figures fill 本年支出合计, 小计, 人员经费, 公用经费, 项目支出
 * in order (29.4 = 19.0 + 10.4; 19.0 = 14.8 + 4.2).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value ?? null;

// Lines 4–21: title 4, year 6, department 7, header 8–13, rows 14–21.
const d = ingestBody(
  `太原市生态环境局\n2017年度部门决算`,
  `                           支出决算表
                                                公开03表
                            2017年度
部门名称：太原市生态环境局                                   单位：万元
     项目           其中：基本支出                  对附
           本年                   项目 上缴   经营 属单
           支出              公用 支出 支出 支出 位补
                                     上级
    科目名称   合计 小计 人员   经费 经费                助支
                                           出
合计          96.3 82.4 64.3 18.1 13.8
一般公共服务支出    19.1 19.1 14.9 4.2
 人大事务       11.0 11.0 8.6 2.4
  行政运行      11.0 11.0 8.6 2.4
社会保障和就业支出 29.4 19.0 14.8 4.2 10.4
 抚恤         29.4 19.0 14.8 4.2 10.4
  死亡抚恤      29.4 19.0 14.8 4.2 10.4
   注：本表反映部门本年度各项支出情况。
`,
);
const t = d.tables.find((x) => x.kind === 'final_expenditure')!;
const row = (name: string) => t.rows.find((r) => r.name === name);

describe('a value word whose first piece reads like a label word', () => {
  it('names the eight value columns of a 支出决算表', () => {
    expect(t.rows[0]!.cells.map((c) => c.column)).toEqual(['本年支出合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });
  it('reads 合计 as 96.3 total, 82.4 小计, 64.3 人员经费, 18.1 公用经费, 13.8 项目支出 (万元)', () => {
    const r = row('合计');
    expect(['本年支出合计', '其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出'].map((c) => value(r, c))).toEqual(['963000', '824000', '643000', '181000', '138000']);
  });
  it('reads 社会保障和就业支出 as 29.4 total, 19.0 小计, 10.4 项目支出', () => {
    const r = row('社会保障和就业支出');
    expect([value(r, '本年支出合计'), value(r, '其中：基本支出/小计'), value(r, '项目支出')]).toEqual(['294000', '190000', '104000']);
  });
  it('leaves 项目支出 of 一般公共服务支出 blank: its four figures fill 合计 to 公用经费', () => {
    const r = row('一般公共服务支出');
    expect([value(r, '其中：基本支出/公用经费'), value(r, '项目支出')]).toEqual(['42000', null]);
  });
});
