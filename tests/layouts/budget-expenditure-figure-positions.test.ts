/**
 * A squeezed 9-column 部门支出总表 (`pdftotext -layout`) whose header the text reader cannot rebuild: every row is read
 * as its figures in printed order. A row with blank cells prints its first figures squeezed together and its last
 * ones (zeros under 项目支出) after a wide gap, where they stand on the page; the identities hold with the zeros in any
 * 项目支出 column, so the column is told by where each such figure ends, against where the columns end in the least
 * squeezed whole row of the page (the 合计 row, line 8). Fixture: lines 97–122 of a pdf3 corpus document, values read
 * by hand (元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`焦作市住房和城乡建设局\n2016年度部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

// Lines 4–29: department 4, title 5, header 6–10, rows 11–29.
const d = doc(`部门名称：焦作市住房和城乡建设局                                                                                                            单位：元
                                                      附表3 部门支出总表
                                                           基本支出                                       项目支出
  科目编码
           单位代 单位（科目名称） 合计                             人员经费                 公用经费
            码                          小计       工资福利支 对个人和家 商品和服务 资本性支出 小计 其他运转类 特定目标类
 类 款 项                                             出       庭的补助         支出
                 合计       9279726.13 7898942.88 4751036.94 1726096.17 1273378.04 148431.73 1380783.25 954559.70 426223.55
          410001 焦作市住房和城乡 4076715.69 3921816.28 2358884.54 857004.78 632230.80 73696.16 154899.41 121708.95 33190.46
                 建设局本级
201 01 01        行政运行      901994.15 901994.15 542529.25 197105.95 145409.28 16949.67
201 11 01        行政运行      392593.14 392593.14 236135.97 85790.40 63289.42 7377.35                                   0.00
208 05 02        事业单位离退休 843378.79 843378.79 507273.43 184297.17 135959.98 15848.21              0.00      0.00
208 99 99        其他社会保障和就 796601.83 704043.99 423466.67 153849.40 113497.99 13229.93 92557.84 76823.01 15734.83
                 业支出
212 01 99        其他城乡社区管理 692789.42 630447.85 379200.24 137766.99 101633.66 11846.96 62341.57 44885.94 17455.63
                 事务支出
221 02 03        购房补贴      449358.36 449358.36 270278.98 98194.87 72440.47 8444.04               0.00                0.00
          410002 焦作市住房和城乡 1129195.44 708808.20 426332.25 154890.47 114266.04 13319.44 420387.24 390960.14 29427.10
                 建设综合行政执法
                 支队
201 01 02        一般行政管理事务 420387.24        0.00                  0.00       0.00            420387.24 390960.14 29427.10
201 32 01        行政运行      162109.66 162109.66 97505.33 35424.59 26133.49 3046.25                          0.00      0.00
208 05 06        机关事业单位职业 306350.44 306350.44 184262.92 66944.44 49386.35 5756.73                          0.00      0.00
                 年金缴费支出
210 11 03        公务员医疗补助   210348.10 210348.10 126519.67 45965.77 33909.94 3952.72                                   0.00
`);

describe('a squeezed 部门支出总表 whose zeros after a wide gap are placed by where they end', () => {
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  const at = (n: number) => t.rows.find((x) => x.line === n);
  it('puts the lone 0.00 of line 15 (ending where 特定目标类 ends on the 合计 row) under 特定目标类', () => {
    expect(value(at(15), '合计')).toBe('392593.14');
    expect(value(at(15), '基本支出/公用经费/资本性支出')).toBe('7377.35');
    expect(value(at(15), '项目支出/小计')).toBeNull();
    expect(value(at(15), '项目支出/其他运转类')).toBeNull();
    expect(value(at(15), '项目支出/特定目标类')).toBe('0');
  });
  it('puts the two zeros of line 16 under 项目支出 小计 and 其他运转类', () => {
    expect(value(at(16), '项目支出/小计')).toBe('0');
    expect(value(at(16), '项目支出/其他运转类')).toBe('0');
    expect(value(at(16), '项目支出/特定目标类')).toBeNull();
  });
  it('puts the two zeros of line 21 under 项目支出 小计 and 特定目标类', () => {
    expect(value(at(21), '项目支出/小计')).toBe('0');
    expect(value(at(21), '项目支出/其他运转类')).toBeNull();
    expect(value(at(21), '项目支出/特定目标类')).toBe('0');
  });
  it('reads line 25 as project spending with zeros under 基本支出 小计, 对个人和家庭的补助 and 商品和服务支出', () => {
    expect(value(at(25), '基本支出/小计')).toBe('0');
    expect(value(at(25), '基本支出/人员经费/工资福利支出')).toBeNull();
    expect(value(at(25), '基本支出/人员经费/对个人和家庭的补助')).toBe('0');
    expect(value(at(25), '基本支出/公用经费/商品和服务支出')).toBe('0');
    expect(value(at(25), '基本支出/公用经费/资本性支出')).toBeNull();
    expect(value(at(25), '项目支出/特定目标类')).toBe('29427.1');
  });
  it('reports no ambiguous placement', () => {
    expect(d.problems.filter((p) => p.code === 'ambiguous_placement')).toEqual([]);
  });
});
