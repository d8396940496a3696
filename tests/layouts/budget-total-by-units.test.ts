/**
 * A 9-column 部门支出总表 in 万元 whose 总计 row squeezes its figures and leaves 资本性支出 blank: by the table's
 * identities the lone 公用经费 figure fits 商品和服务支出 as well as 资本性支出. The budget-unit rows under it, each
 * placed from its classification rows, settle it: the 总计 row equals their column sums.
 * Fixture hand-written in the shape `pdftotext -layout` writes it; values invented, read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2017年\n测试市住房和城乡建设局部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

// Lines 4–21: title 4, department 5, header 6–10, 总计 11, unit 140001 on 12–13 and its rows 14–15, unit 140002 on
// 16–17 and its rows 18–21 (the name of line 19 wrapped onto line 20).
const d = doc(`                                                 部门支出总表
部门名称：测试市住房和城乡建设局                                                                                   单位：万元
  科目编码                                              基本支出                         项目支出
           单位代 单位（科目名称） 合计                       人员经费           公用经费
            码                        小计      工资福利    对个人和 商品和服 资本 小计 其他运转 特定目标
 类 款 项                                        支出 家庭的补         务支出     性支           类       类
                                                       助               出
                 总计        6322.00 2750.00 585.00 2020.00 145.00         3572.00 1470.00 2102.00
          140001 测试市住房和城乡建 2700.00 1030.00 225.00 745.00 60.00           1670.00 1040.00 630.00
                 设局本级
201 03 02        一般行政管理事务 1670.00                                        1670.00 1040.00 630.00
201 11 01        行政运行       1030.00 1030.00 225.00 745.00 60.00
          140002 测试市住房和城乡建 3622.00 1720.00 360.00 1275.00 85.00          1902.00 430.00 1472.00
                 设信息中心
201 03 08        信访事务        762.00                                       762.00 190.00 572.00
208 05 99        其他行政事业单位养 1900.00 760.00 160.00 555.00 45.00            1140.00 240.00 900.00
                 老支出
210 11 03        公务员医疗补助    960.00 960.00 200.00 720.00 40.00
`);

describe('a squeezed 总计 row of a 部门支出总表 placed by the sums of its budget units', () => {
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  const total = t.rows.find((x) => x.line === 11);
  it('puts the 145.00 of line 11 under 商品和服务支出 and leaves 资本性支出 blank, as the units of lines 13 and 17 print', () => {
    expect(value(total, '基本支出/公用经费/商品和服务支出')).toBe('1450000');
    expect(value(total, '基本支出/公用经费/资本性支出')).toBeNull();
  });
  it('reads the other figures of line 11 in their columns', () => {
    expect(value(total, '合计')).toBe('63220000');
    expect(value(total, '基本支出/人员经费/对个人和家庭的补助')).toBe('20200000');
    expect(value(total, '项目支出/特定目标类')).toBe('21020000');
  });
  it('says how line 11 was placed and reports no ambiguous placement', () => {
    expect(d.problems.some((p) => p.line === 11 && p.code === 'cells_placed' && p.message.includes('总计行 = 各单位行之和'))).toBe(true);
    expect(d.problems.filter((p) => p.code === 'ambiguous_placement')).toEqual([]);
  });
});
