/**
 * A 支出决算表 whose squeezed header prints `其中：基本支出` whole over `小计 | 人员经费 | 公用经费`, with `项目支出`
 * drawn far right on the line between, one line above `小计`, and the narrow cells after it squeezed left
 * (`项目支出 级支出 出 单位补`). Read flat, the pieces also spell `项目支出小计 | 人员经费 | 公用经费 | 基本支出`, a
 * reading that crosses `项目支出` over the two 经费 words and puts `基本支出` right of the parts it stands over; the one
 * group reading crossing fewer pieces is the table's. Only one row prints all eight figures, zeros in the 基本支出
 * cells, so the rows' totals hold under both readings and cannot choose. Fixture trimmed from `pdftotext -layout`
 * output; values invented, read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = ingestBody(
  `2018年度\n测试市工业和信息化局部门决算`,
  `部门：测试市工业和信息化局                                                                        单位：元
                                   表三：支出决算表
      项目                              其中：基本支出                             上缴上  经营支  对附属
                本年支出合计                                         项目支出 级支出 出 单位补
     科目名称                    小计         人员经费       公用经费                             助支出
一般公共服务支出        3000.00 2000.00 1800.00   200.00   1000.00 0.00 0.00
 组织事务           3000.00 2000.00 1800.00   200.00   1000.00 0.00       0.00
教育支出            500.00       0.00                          500.00 0.00 0.00 0.00
科学技术支出          900.00 600.00 550.00 50.00     300.00 0.00 0.00
 应用研究           300.00                            0.00     300.00 0.00 0.00 0.00
  其他应用研究支出      300.00       0.00       0.00      0.00     300.00 0.00 0.00 0.00
 其他科学技术支出       600.00 600.00 550.00 50.00     0.00 0.00 0.00
合计            4400.00 2600.00 2350.00 250.00 1800.00       0.00 0.00
`,
);
const t = doc.tables.find((x) => x.kind === 'final_expenditure')!;
const row = (name: string) => t.rows.find((r) => r.name === name);
const value = (r: Row | undefined, path: string) => r?.cells.find((c) => c.column === path)?.value;

describe('a group word printed whole over its parts, 项目支出 drawn far right above their 小计', () => {
  it('heads 小计, 人员经费 and 公用经费 with 其中：基本支出 and reads 项目支出 as a column of its own', () => {
    expect(t.columns).toEqual(
      expect.arrayContaining(['其中：基本支出/小计', '其中：基本支出/人员经费', '其中：基本支出/公用经费', '项目支出']),
    );
  });
  it('reads 一般公共服务支出: 3000.00 total, 2000.00 基本支出, 1800.00 人员经费, 200.00 公用经费, 1000.00 项目支出', () => {
    const r = row('一般公共服务支出');
    expect(value(r, '本年支出合计')).toBe('3000');
    expect(value(r, '其中：基本支出/小计')).toBe('2000');
    expect(value(r, '其中：基本支出/人员经费')).toBe('1800');
    expect(value(r, '其中：基本支出/公用经费')).toBe('200');
    expect(value(r, '项目支出')).toBe('1000');
  });
  it('reads 教育支出: 0.00 基本支出 and 500.00 项目支出', () => {
    const r = row('教育支出');
    expect(value(r, '其中：基本支出/小计')).toBe('0');
    expect(value(r, '项目支出')).toBe('500');
  });
  it('reads 合计: 2600.00 基本支出 and 1800.00 项目支出', () => {
    const r = row('合计');
    expect(value(r, '其中：基本支出/小计')).toBe('2600');
    expect(value(r, '项目支出')).toBe('1800');
  });
});
