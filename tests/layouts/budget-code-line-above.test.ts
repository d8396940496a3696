/**
 * A 部门收入总表 and a 部门支出总表 in 元 whose 项 codes are printed on a line of their own (`215 05 01`), the name
 * and figures on the next line with the code column blank: the two lines are one coded row, read on the line with
 * the figures. Fixture hand-written in the shape `pdftotext -layout` writes it; values invented, read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2017年\n测试市商务局部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col || c.column.endsWith(`/${col}`))?.value;

// Lines 4–16: 部门收入总表 (department 4, title 5, header 7–9, rows 10–16, codes alone on 12 and 15); lines 17–29:
// 部门支出总表 (department 17, title 18, header 20–22, rows 23–29, codes alone on 25 and 28).
const d = doc(`部门：测试市商务局                                                                     单位：元
                                          部门收入总表
                                                                              公开02表
            项目                                      财政拨款
功能分类科            科目名称        行次    合计       上年结转 （补助）收 事业     收入   其他收入
  目编码                                                 入
215    资源勘探工业信息等支出       1 3000.00  500.00  2400.00 0.00 100.00
215 05 工业和信息产业监管         2 1000.00    0.00   900.00 0.00 100.00
215 05 01
       行政运行              3 1000.00    0.00   900.00 0.00 100.00
215 08 支持中小企业发展和管理支出     4 2000.00  500.00  1500.00 0.00   0.00
215 08 99
       其他支持中小企业发展和管理支出   5 2000.00  500.00  1500.00 0.00   0.00
部门：测试市商务局                                                                     单位：元
                                            部门支出总表
                                                                                       公开03表
              项目                                   其中：基本支出
功能分类科            科目名称     行次 合计            小计        人员经费 公用经费             项目支出
  目编码
215    资源勘探工业信息等支出       1 3000.00 1200.00 1000.00 200.00   1800.00
215 05 工业和信息产业监管         2 1000.00 1000.00  800.00 200.00      0.00
215 05 01
       行政运行              3 1000.00 1000.00  800.00 200.00      0.00
215 08 支持中小企业发展和管理支出     4 2000.00  200.00  200.00   0.00   1800.00
215 08 99
       其他支持中小企业发展和管理支出   5 2000.00  200.00  200.00   0.00   1800.00
`);

describe('项 codes printed on a line of their own above the name and figures', () => {
  const income = d.tables.find((x) => x.kind === 'budget_income')!;
  const spending = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('reads 行政运行 of the 收入总表 as row 2150501 on line 13, the line with its figures', () => {
    const r = income.rows.find((x) => x.line === 13);
    expect(r?.code).toBe('2150501');
    expect(r?.name).toBe('行政运行');
    expect(value(r, '合计')).toBe('1000');
    expect(value(r, '其他收入')).toBe('100');
  });
  it('reads line 16 of the 收入总表 as row 2150899 and keeps no row for the code lines 12 and 15', () => {
    expect(income.rows.find((x) => x.line === 16)?.code).toBe('2150899');
    expect(income.rows.filter((x) => x.line === 12 || x.line === 15)).toEqual([]);
  });
  it('reads 行政运行 of the 支出总表 as row 2150501 on line 26 with its 人员经费', () => {
    const r = spending.rows.find((x) => x.line === 26);
    expect(r?.code).toBe('2150501');
    expect(value(r, '人员经费')).toBe('800');
  });
  it('reads line 29 of the 支出总表 as row 2150899 with its 项目支出, no row left on line 28', () => {
    const r = spending.rows.find((x) => x.line === 29);
    expect(r?.code).toBe('2150899');
    expect(value(r, '项目支出')).toBe('1800');
    expect(spending.rows.some((x) => x.line === 28)).toBe(false);
  });
  it('accounts the printed codes of lines 12, 15, 25 and 28 (no unaccounted number there)', () => {
    expect(d.problems.filter((p) => p.code === 'unaccounted_number' && [12, 15, 25, 28].includes(p.line))).toEqual([]);
  });
});

// Lines 4–16: title 4, department 5, header 6–9, rows 10–16; the names of lines 11 and 13 wrap onto lines 12 and 14
// with the figures.
const wrapped = doc(`                       表二 部门收入总表
部门名称：测试市农业农村局                                     单位：万元
          项目                   一般公
                   合计    上年结   共预算 事业收 其他收
 功能分类科 科目名称               转 拨款收 入          入
  目编码                           入
208       社会保障和就业支 30.00 1.00 29.00 0.00 0.00
208 05 行政事业单位养老
          支出        20.00 0.00 20.00 0.00 0.00
208 05 05 机关事业单位基本
          养老保险缴费支出 20.00 0.00 20.00 0.00 0.00
208 08 抚恤           10.00 1.00 9.00 0.00 0.00
208 08 01 死亡抚恤      10.00 1.00 9.00 0.00 0.00
`);

describe('a code and the start of its name on a line without figures, the rest of the name and the figures below', () => {
  const income = wrapped.tables.find((x) => x.kind === 'budget_income')!;
  it('reads lines 11–12 as row 20805 行政事业单位养老支出 on line 12, the line with its figures', () => {
    const r = income.rows.find((x) => x.line === 12);
    expect(r?.code).toBe('20805');
    expect(r?.name).toBe('行政事业单位养老支出');
    expect(value(r, '合计')).toBe('200000');
  });
  it('reads lines 13–14 as row 2080505 on line 14 and keeps no row on the code lines 11 and 13', () => {
    const r = income.rows.find((x) => x.line === 14);
    expect(r?.code).toBe('2080505');
    expect(r?.name).toBe('机关事业单位基本养老保险缴费支出');
    expect(income.rows.filter((x) => x.line === 11 || x.line === 13)).toEqual([]);
  });
  it('leaves the row of line 15 (code, name and figures on one line) as printed', () => {
    expect(income.rows.find((x) => x.line === 15)?.code).toBe('20808');
  });
});
