/**
 * A horizontal 三公 table whose row prints three figures in each half (预算数 | 决算数), blank cells squeezed out:
 * twelve placements keep the table's identities, some carrying a 预算数 figure over into the 决算数 half. A figure
 * standing clearly left of the halves' boundary (midway between the two measure words) is the 预算数 half's, right of
 * it the 决算数 half's (`placeFigures`, `horizontal.ts`). Lines as pdftotext -layout prints the generated PDF corpus's
 * table (Chromium → pdftotext -layout), the department's name replaced; values read by hand from the printed lines,
 * in 万元 (× 10,000 in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestBody, table, valuesByColumn } from '../../helpers.ts';

const doc = (body: string) => ingestBody('2018年度\n测试市部门决算', body);
const tableOf = (d: ReturnType<typeof doc>) => table(d, 'final_three_public');
const values = valuesByColumn;
const V = '公务用车购置及运行维护费';

const TABLE = `部门名称：测试市生态环境局                                  单位：万元
                财政拨款“三公”经费支出决算表
          预算数                     决算数
         公务用车购置及运               公务用车购置及运
      因公     行维护费            因公     行维护费
      出国      公务  公务 公务      出国      公务  公务 公务
 合计 （境）       用车  用车 接待 合计 （境）       用车  用车 接待
      费 小计 购置 运行       费     费  小计 购置 运行 费
              费 维护费                  费 维护费
  1.8     1.8      1.8   0.9     0.9      0.9
    注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。本表金额转换为万元时，因四舍五入可能存在
尾差。
`;

describe('a 三公 row of blank cells whose figures each stand in their half', () => {
  it('keeps the three figures left of the halves\' boundary in 预算数 and the three right of it in 决算数', () => {
    const d = doc(TABLE);
    // 预算数: 1.8 under 合计 (col 2), 1.8 under 小计 (col 10), 1.8 under 公务用车运行维护费 (col 19): 1.8 = 1.8 = 0 + 1.8
    // 决算数: 0.9 under 合计 (col 25), 小计 (col 33), 运行维护费 (col 42)
    expect(values(tableOf(d))).toEqual({
      '预算数/合计': '18000',
      [`预算数/${V}/小计`]: '18000',
      [`预算数/${V}/公务用车运行维护费`]: '18000',
      '决算数/合计': '9000',
      [`决算数/${V}/小计`]: '9000',
      [`决算数/${V}/公务用车运行维护费`]: '9000',
    });
  });
});
