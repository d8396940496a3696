/**
 * A 部门支出总表 continued on a second page, whose repeated header leaves its last line `类 款 项` as a row: that row
 * prints no figure, so it says nothing of the table's width, and the nine-column schema the header names stands (not
 * the eleven-column one, whose two blank subtotal columns would leave the lone 0.0 of 信访事务 three places to go).
 * Fixture copied from a converted PDF (title to the note, the second page's running head left out); values read by hand (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2019年\n阳泉市农业农村局部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('a 部门支出总表 whose repeated header line `类 款 项` stands among its rows', () => {
  // Lines 4–38: title 4, department 5, header 6–10, rows 11–29, page number 31, header repeated 32–36 (its last line
  // `类 款 项` line 34), row 37, note 38 (the page's running head left out: printed once here, it is no furniture).
  const d = doc(`                                                 部门支出总表
部门：阳泉市农业农村局                                                                                       单位：万元
  科目编码                                               基本支出                   项目支出
         单位代 单位（科目名称） 合计                         人员经费         公用经费
                                         小计 工资福 对个人         商品和 资本性 小计 其他运 特定目
 类 款 项 码                                       利支出 和家庭      服务支 支出           转类 标类
                                                     的补助 出
                      总计         155.0   127.8 48.0 62.0 12.4      5.5 27.2   2.5 24.7
               140001 阳泉市农业农村局
                      本级          80.7    74.4 27.9 36.1      7.2  3.2  6.3    0.1 6.2
201 03    01          行政运行         5.3     5.3   2.0   2.6    0.5  0.2  0.0   0.0  0.0
201 03    50          事业运行        17.8    17.8   6.7   8.7    1.7  0.8        0.0  0.0
208 05    06          机关事业单位职业    14.6    14.6   5.5    7.1   1.4  0.6             0.0
                      年金缴费支出
208 08    01          死亡抚恤        15.7     9.4   3.5   4.6    0.9  0.4  6.3    0.1 6.2
210 11    01          行政单位医疗      18.7    18.7   7.0    9.1   1.8  0.8  0.0   0.0  0.0
221 02    01          住房公积金        8.7     8.7   3.2   4.2    0.8  0.4  0.0
               140002 阳泉市农业农村事
                      务服务中心       74.3    53.4 20.0 25.9      5.2  2.3 20.9   2.4 18.5
201 03 08             信访事务         1.6                        0.0       1.6   0.6  1.0
208 05 01             行政单位离退休     13.2    13.2   5.0   6.4    1.3  0.6  0.0
208 05 99             其他行政事业单位    17.2     8.0   3.0   3.9    0.8  0.3  9.2   0.6  8.6
                      养老支出
208 99 99             其他社会保障和就    19.1     9.0   3.4         4.4   0.9   0.4   10.1   1.2   8.9
                      业支出
213 01 01             行政运行        12.3    12.3   4.6         6.0   1.2   0.5

                                                       -4-
  科目编码                                   基本支出             项目支出
          单位代 单位（科目名称） 合计            人员经费        公用经费
           码                  小计   工资福   对个人 商品和 资本性 小计 其他运 特定目
 类 款 项                             利支出 和家庭     服务支 支出      转类 标类
                                         的补助 出
221 02 03     购房补贴       10.8 10.8   4.1   5.3   1.1  0.5   0.0 0.0
   注：本表反映部门年度总体支出预算情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`);
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('reads the nine value columns the header names, without the subtotals of 人员经费 and 公用经费', () => {
    expect(t.columns).toContain('基本支出/公用经费/商品和服务支出');
    expect(t.columns).not.toContain('基本支出/人员经费/小计');
    expect(t.columns).not.toContain('基本支出/公用经费/小计');
  });
  it('reads 信访事务 of line 23: 合计 1.6, 商品和服务支出 0.0, 项目支出 1.6 = 0.6 + 1.0, the other basic columns blank', () => {
    const r = t.rows.find((x) => x.line === 23);
    expect(r?.code).toBe('2010308');
    expect(value(r, '合计')).toBe('16000');
    expect(value(r, '基本支出/公用经费/商品和服务支出')).toBe('0');
    expect(value(r, '项目支出/小计')).toBe('16000');
    expect(value(r, '项目支出/其他运转类')).toBe('6000');
    expect(value(r, '项目支出/特定目标类')).toBe('10000');
    expect(value(r, '基本支出/人员经费/工资福利支出') ?? null).toBeNull();
  });
});
