/**
 * Budget expenditure tables as `pdftotext -layout` writes them when their header is broken over several lines: the
 * value columns come from the table's schema (chosen by the header words, confirmed by the row identities), not from
 * the header the spaced reader could rebuild. Fixtures hand-written in the printed shape; values invented, read by hand
 * (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2018年\n测试市城市管理局部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('a 5-column 部门支出总表 whose code header is wrapped around the name header', () => {
  // Lines 4–21. `功能分类科 / 目编码` is one header cell printed over two lines with `科目名称` beside its first half.
  const d = doc(`部门支出总表
部门：测试市城市管理局                                                      金额单位：元
           项目                            其中：基本支出
 功能分类科 科目名称           合计         小计        人员经费      公用经费      项目支出
   目编码
           总计       1200.00 1000.00 800.00 200.00 200.00
 201       一般公共服务支出 700.00 600.00 500.00 100.00 100.00
 201 01    人大事务       300.00 300.00 250.00 50.00           0.00
 201 01 01 行政运行       300.00 300.00 250.00 50.00           0.00
 201 03    政府办公厅（室） 400.00 300.00 250.00 50.00 100.00
           及相关机构事务
 201 03 01 行政运行      300.00 300.00 250.00 50.00
 201 03 02 一般行政管理事务 100.00 0.00 0.00 0.00 100.00
 208       社会保障和就业支 500.00 400.00 300.00 100.00 100.00
           出
 208 05    行政事业单位养老 500.00 400.00 300.00 100.00 100.00
           支出
 208 05 05 机关事业单位基本 500.00 400.00 300.00 100.00 100.00
           养老保险缴费支出
`);
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('names the five value columns by the schema', () => {
    expect(t.columns).toEqual(['合计', '基本支出/小计', '基本支出/人员经费', '基本支出/公用经费', '项目支出']);
  });
  it('reads the split codes as 7-digit codes (line 12: 201 01 01 → 2010101)', () => {
    const r = t.rows.find((x) => x.line === 12);
    expect(r?.code).toBe('2010101');
    expect(r?.name).toBe('行政运行');
    expect(value(r, '基本支出/人员经费')).toBe('250');
    expect(value(r, '项目支出')).toBe('0');
  });
  it('joins a wrapped 类 name to its row and keeps its lone code a 类 code (line 17: 208 社会保障和就业支 / 出)', () => {
    const r = t.rows.find((x) => x.line === 17);
    expect(r?.code).toBe('208');
    expect(r?.name).toBe('社会保障和就业支出');
    expect(r?.entity).toBeNull();
    expect(value(r, '合计')).toBe('500');
  });
  it('leaves a blank 项目支出 blank, not zero (line 15)', () => {
    const r = t.rows.find((x) => x.line === 15);
    expect(value(r, '合计')).toBe('300');
    expect(value(r, '项目支出')).toBeNull();
  });
  it('reads the 总计 row (line 9)', () => {
    const r = t.rows.find((x) => x.line === 9);
    expect(r?.is_total).toBe(true);
    expect(value(r, '基本支出/小计')).toBe('1000');
  });
});

describe('a 5-column 部门支出总表 whose group 其中：基本支出 is printed over 合计 (pdftotext -fixed)', () => {
  // Lines 4–14, no codes: the names carry the rows.
  const d = doc(`部门支出总表
           部门：测试市城市管理局                                                                                                       单位：万元
                                  项目                                              其中：基本支出
                                                                  合计                                          项目支
                               科目名称                                           小计        人员经        公用经           出
                                                                                           费          费
                                  栏次                                1           2          3          4          5
            一般公共服务支出                                               57.08       57.08      51.94       5.14        0.00
               人大事务                                                57.08       57.08      51.94       5.14        0.00
            社会保障和就业支出                                             280.17      195.91     178.28      17.63       84.26
               行政事业单位养老支出                                           96.99       74.21      67.53       6.68       22.78
`);
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('puts the first figure under 合计 and the second under 基本支出 小计 (line 13)', () => {
    const r = t.rows.find((x) => x.line === 13);
    expect(r?.name).toBe('社会保障和就业支出');
    expect(value(r, '合计')).toBe('2801700');
    expect(value(r, '基本支出/小计')).toBe('1959100');
    expect(value(r, '基本支出/公用经费')).toBe('176300');
    expect(value(r, '项目支出')).toBe('842600');
  });
});

describe('a 9-column 部门支出预算表 whose header words are broken and interleaved', () => {
  // Lines 4–18: `商品 / 和服 / 务支 / 出` and `其他 / 运转 / 类` broken over lines; the reader's columns do not fit, so
  // some rows come out with several figures in one cell.
  const d = doc(`部门：测试市科学技术局                                                                     单位：万元
                                            2018年部门支出预算表
  科目编码                                     基本支出                   项目支出
                                         人员经费 公用经费
           单位代 单位（科目名称） 合计                   对个人   商品 资本           其他 特定目
 类 款 项      码                    小计 工资福 和家庭 和服 性支 小计 运转 标类
                                       利支出 的补助 务支 出                类
                                                   出
                           917.2 715.1 268.9 310.4 86.4 49.4 202.0 83.4 118.6
          410001 测试市科学技术局本 306.2 247.0 92.9 107.2 29.9 17.1 59.1 42.0 17.1
                 级
201 01 01        行政运行       86.8 86.8 32.6 37.7 10.5 6.0 0.0 0.0 0.0
206 03 99        其他应用研究支出 59.1 0.0 0.0 0.0 0.0 0.0 59.1 42.0 17.1
208 05 05        机关事业单位基本养 160.3 160.3 60.3 69.5 19.4 11.1 0.0 0.0 0.0
                 老保险缴费支出
`);
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('reads the nine value columns of the schema', () => {
    expect(t.columns).toHaveLength(9);
    expect(t.columns[8]).toBe('项目支出/特定目标类');
  });
  it('reads every figure of a row in printed order (line 15: 行政运行)', () => {
    const r = t.rows.find((x) => x.line === 15);
    expect(r?.code).toBe('2010101');
    expect(r?.entity).toBe('410001 测试市科学技术局本级');
    expect(value(r, '合计')).toBe('868000');
    expect(value(r, '基本支出/人员经费/工资福利支出')).toBe('326000');
    expect(value(r, '基本支出/公用经费/资本性支出')).toBe('60000');
    expect(value(r, '项目支出/特定目标类')).toBe('0');
  });
  it('reads the unlabelled first row as the 合计 (line 12)', () => {
    const r = t.rows.find((x) => x.line === 12);
    expect(r?.is_total).toBe(true);
    expect(value(r, '项目支出/小计')).toBe('2020000');
    expect(value(r, '项目支出/其他运转类')).toBe('834000');
  });
});
