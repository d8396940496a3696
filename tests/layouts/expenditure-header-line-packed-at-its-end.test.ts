/**
 * A 支出决算表 whose middle header line pdftotext packed one space apart at its end only: `本年支出合计` stands over
 * the totals where it prints, then `基本支出 项目支出 上级 支出 位补` one space after one another, left of the cells
 * they head (`上级` of 上缴上级支出, `支出` of 经营支出, `位补` of 对附属单位补助支出, whose other pieces stand on the
 * lines above and below over their cells). The rows print two figures of five after the total, so no full row shows
 * the columns; `基本支出` stands clear of the word before it, over the first figure column, and the packed pieces after
 * it are put back in order, each under its column's word. Lines as `pdftotext -layout` wrote them
 * (synth-410200-nongyeju-2016-final-00026 of the fresh corpus pdf82, 表三, lines 112–124); values read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import { cell, ingestBody } from '../helpers.ts';

// Lines 5–17: year 5, department 6, title 7, header 8–12, rows 13–17.
const d = ingestBody(
  `2016年度\n开封市农业农村局部门决算`,
  `
                              2016年度
部门：开封市农业农村局                                                      单位：元
                       表三：支出决算表
       项目                                                   对附
                                                      上缴 经营 属单
                   本年支出合计       基本支出 项目支出 上级 支出 位补
      科目名称                                            支出    助支
                                                             出
一般公共服务支出         9735437.62     7089150.14 2646287.48
 人大事务            4042111.75     2806040.96 1236070.79
   行政运行          2806040.96     2806040.96
   一般行政管理事务      1236070.79                1236070.79
 组织事务            5693325.87     4283109.18 1410216.69
`,
);

describe('a header line packed one space apart at its end only', () => {
  const expenditure = d.tables.find((t) => t.kind === 'final_expenditure')!;
  it('reads the six value columns, 本年支出合计 to 对附属单位补助支出', () => {
    expect(expenditure.columns.slice(-6)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });
  it('puts 一般公共服务支出 9735437.62 7089150.14 2646287.48 as total, 基本支出 and 项目支出 (line 13)', () => {
    const r = expenditure.rows.find((x) => x.name === '一般公共服务支出');
    expect(r?.line).toBe(13);
    expect(cell(r!, '本年支出合计')).toBe('9735437.62');
    expect(cell(r!, '基本支出')).toBe('7089150.14');
    expect(cell(r!, '项目支出')).toBe('2646287.48');
    expect(cell(r!, '上缴上级支出')).toBeNull();
  });
  it('puts 一般行政管理事务 1236070.79 with its blank 基本支出 under 项目支出 (line 16)', () => {
    const r = expenditure.rows.find((x) => x.name === '一般行政管理事务');
    expect(cell(r!, '基本支出')).toBeNull();
    expect(cell(r!, '项目支出')).toBe('1236070.79');
  });
});
