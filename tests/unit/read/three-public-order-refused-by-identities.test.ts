/**
 * A horizontal 三公 table with a figure in every column whose header lines give one order of the items by the
 * words' positions, an order under which the figures break the table's identities (小计 = 购置费 + 运行维护费 fails:
 * 0.00 ≠ 189990.41 + 41990.83), while another order of the items keeps them: pdftotext drew `公务接待` / `费` of each
 * half out of its cell's order (after 因公出国, before 小计), and the lines' words misled the reading. The order the
 * marker characters alone leave, narrowed by the identities and the 栏次 numbers, is read (`horizontal.ts`). Lines as
 * pdftotext -layout prints the generated PDF corpus's table (Chromium → pdftotext -layout), the department's name
 * replaced; values read by hand from the printed lines, in 元.
 */
import { describe, expect, it } from 'vitest';
import { ingestBody, table, valuesByColumn } from '../../helpers.ts';

const doc = (body: string) => ingestBody('2016年度\n测试市部门决算', body);
const tableOf = (d: ReturnType<typeof doc>) => table(d, 'final_three_public');
const values = valuesByColumn;
const V = '公务用车购置及运行维护费';

const TABLE = `                                   财政拨款“三公”经费支出决算表
                        预算数                                                  决算数
                     公务用车购置及运行维护费                                         公务用车购置及运行维护费
  合计 因公出国 （境）费 小计 车购置       公务用   公务用车运
                                            公务接待 合计 因公出国
                                              费                （境）费 小计 车购置       公务用   公务用车运
                                                                                                 公务接待
                                                                                                   费
                             费    行维护费                                            费    行维护费
   1         2        3      4       5         6        7         8        9      10      11       12
302001.98 70020.74 189990.41 0.00 189990.41 41990.83 236135.98 38511.40 165291.65 0.00 165291.65 32332.93
 注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

describe('a 三公 row whose figures refuse the order its lines\' words give', () => {
  it('reads the order its figures keep, each item under its own figures', () => {
    const d = doc(TABLE);
    expect(values(tableOf(d))).toMatchObject({
      // 预算数: 302001.98 = 70020.74 + 189990.41 + 41990.83; 189990.41 = 0.00 + 189990.41
      '预算数/合计': '302001.98',
      '预算数/因公出国（境）费': '70020.74',
      [`预算数/${V}/小计`]: '189990.41',
      [`预算数/${V}/公务用车购置费`]: '0',
      [`预算数/${V}/公务用车运行维护费`]: '189990.41',
      '预算数/公务接待费': '41990.83',
      // 决算数: 236135.98 = 38511.40 + 165291.65 + 32332.93
      '决算数/合计': '236135.98',
      '决算数/因公出国（境）费': '38511.4',
      [`决算数/${V}/小计`]: '165291.65',
      [`决算数/${V}/公务用车购置费`]: '0',
      [`决算数/${V}/公务用车运行维护费`]: '165291.65',
      '决算数/公务接待费': '32332.93',
    });
    expect(d.problems.find((p) => p.code === 'three_public_by_words')?.message).toContain('各行词序给出的顺序下数字不符合表内恒等式');
  });
});
