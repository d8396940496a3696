/**
 * A 部门支出预算表 whose header `pdftotext -layout` wrote over nine lines, the tails of its economic-class words
 * (`利支出`, `服务支`, `出`, `转类`, `标类`) on lines past the grid's last header row: the schema is chosen from the
 * header lines as printed down to the first row with figures, not only down to the grid's first row. Fixture copied
 * from a converted PDF (title to the first unit's rows); values read by hand (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2020年\n开封市交通运输局部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('a 9-column 部门支出预算表 whose header runs past the rows the grid takes as header', () => {
  // Lines 4–21: title 4, department 5, header 6–14, rows 15–21 (a name wrapped on line 20).
  const d = doc(`                                       2020年部门支出预算表
部门名称：开封市交通运输局                                                                          单位：万元
                                                基本支出                    项目支出
  科目编码
                                             人员经费        公用经费
           单位代      单位（科目名称）  合计                  对个
            码                        小计 工资福 人和 商品和 资本性 小计 其他运            转类 标类
                                                                               特定目
 类 款 项                                      利支出 家庭     服务支 支出
                                                  的补 出
                                                  助
                 总计           157.02 114.07 86.69 0.00 10.03 17.34 42.95 22.71 20.24
          410001 开封市交通运输局本级    42.02 31.16 23.68 0.00 2.76 4.72 10.86 4.45 6.41
201 01 01        行政运行          11.09 11.09 8.43 0.00 0.97 1.69 0.00 0.00 0.00
201 03 08        信访事务          10.86 0.00 0.00 0.00 0.00 0.00 10.86 4.45 6.41
208 05 05        机关事业单位基本养老保险 5.89 5.89 4.48 0.00 0.54 0.87 0.00 0.00 0.00
                 缴费支出
210 11 03        公务员医疗补助        0.86 0.86 0.66 0.00 0.08 0.13 0.00 0.00 0.00
`);
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  it('reads the 总计 row of line 15 across the nine columns (157.02 = 114.07 + 42.95)', () => {
    const r = t.rows.find((x) => x.line === 15);
    expect(value(r, '合计')).toBe('1570200');
    expect(value(r, '基本支出/小计')).toBe('1140700');
    expect(value(r, '基本支出/人员经费/工资福利支出')).toBe('866900');
    expect(value(r, '基本支出/人员经费/对个人和家庭的补助')).toBe('0');
    expect(value(r, '基本支出/公用经费/商品和服务支出')).toBe('100300');
    expect(value(r, '基本支出/公用经费/资本性支出')).toBe('173400');
    expect(value(r, '项目支出/小计')).toBe('429500');
    expect(value(r, '项目支出/其他运转类')).toBe('227100');
    expect(value(r, '项目支出/特定目标类')).toBe('202400');
  });
  it('reads the coded row of line 18, its project columns printed two figures to a cell (4.45 6.41)', () => {
    const r = t.rows.find((x) => x.line === 18);
    expect(r?.code).toBe('2010308');
    expect(value(r, '合计')).toBe('108600');
    expect(value(r, '基本支出/小计')).toBe('0');
    expect(value(r, '项目支出/小计')).toBe('108600');
    expect(value(r, '项目支出/其他运转类')).toBe('44500');
    expect(value(r, '项目支出/特定目标类')).toBe('64100');
  });
});
