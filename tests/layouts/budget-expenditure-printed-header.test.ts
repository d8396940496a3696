/**
 * A 部门支出总表 whose header `pdftotext -layout` broke over five lines, the tails of its economic-class words
 * (`支出`, `务支出`, `类`) printed below the heads on lines the header reader merges: the schema is chosen from the
 * header lines as printed, where each broken word keeps its pieces in reading order. Fixture hand-written in the
 * printed shape; values invented, read by hand (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2018年\n测试市文化旅游局部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('a 9-column 部门支出总表 whose economic-class words end two lines below their heads', () => {
  // Lines 4–16: title 4, department 5, header 6–10 (`资本性` on line 8, its `支出` on line 9), rows 11–16.
  const d = doc(`部门支出总表
部门名称：测试市文化旅游局                                                                               单位：万元
  科目编码                                             基本支出                            项目支出
           单位代 单位（科目名称） 合计                      人员经费           公用经费
            码                       小计      工资福利    对个人和 商品和服 资本性 小计 其他运转 特定目标
 类 款 项                                       支出 家庭的补         务支出     支出              类       类
                                                       助
                 合计       1,000.0 800.0 400.0 100.0 200.0 100.0 200.0 50.0 150.0
          410001 测试市文化旅 1,000.0 800.0 400.0 100.0 200.0 100.0 200.0 50.0 150.0
                 游局本级
201 01 01        行政运行      500.0 500.0 250.0 60.0 120.0 70.0
201 01 02        一般行政管理事务    200.0                                           200.0 50.0 150.0
208 05 01        行政单位离退休   300.0 300.0 150.0 40.0 80.0 30.0
`);
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('names the nine value columns by the schema, 资本性支出 whole although the reader split its word', () => {
    expect(t.columns).toContain('基本支出/公用经费/资本性支出');
    expect(t.columns).toContain('项目支出/特定目标类');
    expect(t.columns.filter((c) => c !== '科目编码' && c !== '单位代码' && c !== '单位（科目名称）').length).toBeGreaterThanOrEqual(9);
  });
  it('reads the 合计 row of line 11 across the nine columns (合计 1,000.0 = 基本 800.0 + 项目 200.0)', () => {
    const r = t.rows.find((x) => x.line === 11);
    expect(value(r, '合计')).toBe('10000000');
    expect(value(r, '基本支出/小计')).toBe('8000000');
    expect(value(r, '基本支出/公用经费/资本性支出')).toBe('1000000');
    expect(value(r, '项目支出/小计')).toBe('2000000');
    expect(value(r, '项目支出/其他运转类')).toBe('500000');
    expect(value(r, '项目支出/特定目标类')).toBe('1500000');
  });
  it('reads the coded row of line 15 with its project columns and leaves its basic columns blank', () => {
    const r = t.rows.find((x) => x.line === 15);
    expect(r?.code).toBe('2010102');
    expect(value(r, '合计')).toBe('2000000');
    expect(value(r, '项目支出/小计')).toBe('2000000');
    expect(value(r, '项目支出/特定目标类')).toBe('1500000');
    expect(value(r, '基本支出/小计') ?? null).toBeNull();
  });
  it('reads the coded row of line 14 with its basic columns (资本性支出 70.0)', () => {
    const r = t.rows.find((x) => x.line === 14);
    expect(r?.code).toBe('2010101');
    expect(value(r, '基本支出/小计')).toBe('5000000');
    expect(value(r, '基本支出/公用经费/资本性支出')).toBe('700000');
  });
});
