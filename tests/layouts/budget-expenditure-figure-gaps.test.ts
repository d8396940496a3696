/**
 * A squeezed 9-column 部门支出总表 (`pdftotext -layout`) whose rows drop their blank cells: the figures of neighbouring
 * columns stand one space apart, a blank column leaves a wider run of spaces. By the identities alone the lone
 * 公用经费 figure fits 商品和服务支出 as well as 资本性支出 (both add up to 基本支出 小计); the spaces between the
 * figures settle it. Fixture: lines 94–108 of a pdf6 corpus document, values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`焦作市中站区文化广电和旅游局\n2018年度部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

// Lines 4–18: title 4, department 5, header 6–11, unit 410001 on 12–13, classification rows 14–18.
const d = doc(`2018年部门预算表                                                                     部门支出总表
部门名称：焦作市中站区文化广电和旅游局                                                             单位：万元
                                                基本支出                 项目支出
  科目编码                                       人员经费        公用经费
           单位代     单位（科目名称）   合计                                       其他 特定
            码                                     对个人   商品和   资本
                                     小计 工资福 和家庭 服务支 性支 小计 运转 目标
 类 款 项                                      利支出 的补助 出 出                类 类
          410001 焦作市中站区文化广电和旅
                 游局本级         126.03 111.84 41.07 60.70 10.07    14.20 4.70 9.50
201 01 01        行政运行          11.68 11.68 4.29 6.33 1.05
201 03 01        行政运行          14.47 14.47 5.29 7.88 1.30
201 03 02        一般行政管理事务       3.06                              3.06 2.17 0.89
201 11 01        行政运行          10.13 10.13 3.70 5.52 0.91
201 11 02        一般行政管理事务       2.04                              2.04 1.19 0.86
`);

describe('a squeezed 部门支出总表 whose rows drop blank cells, placed by the spaces between the figures', () => {
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  const at = (n: number) => t.rows.find((x) => x.line === n);
  it('puts 1.05 of line 14 (行政运行, 6.33 one space before it) under 商品和服务支出 and leaves 资本性支出 blank', () => {
    expect(value(at(14), '合计')).toBe('116800');
    expect(value(at(14), '基本支出/公用经费/商品和服务支出')).toBe('10500');
    expect(value(at(14), '基本支出/公用经费/资本性支出')).toBeNull();
  });
  it('puts 10.07 of the unit row (line 13) under 商品和服务支出, the wider gap after it holding the blank 资本性支出', () => {
    expect(value(at(13), '基本支出/人员经费/对个人和家庭的补助')).toBe('607000');
    expect(value(at(13), '基本支出/公用经费/商品和服务支出')).toBe('100700');
    expect(value(at(13), '基本支出/公用经费/资本性支出')).toBeNull();
    expect(value(at(13), '项目支出/小计')).toBe('142000');
    expect(value(at(13), '项目支出/特定目标类')).toBe('95000');
  });
  it('reads line 16, whose figures start after a wide gap, as project spending only', () => {
    expect(value(at(16), '合计')).toBe('30600');
    expect(value(at(16), '基本支出/小计')).toBeNull();
    expect(value(at(16), '项目支出/其他运转类')).toBe('21700');
  });
  it('reports no ambiguous placement', () => {
    expect(d.problems.filter((p) => p.code === 'ambiguous_placement')).toEqual([]);
  });
});
