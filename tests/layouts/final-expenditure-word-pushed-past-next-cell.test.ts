/**
 * A 支出决算表 in 万元 whose narrow header cells pdftotext broke over three lines (`本年支` / `出合计`, `对附` / `属单` /
 * `位补` / `助支` / `出`) and whose 上缴上级支出 it wrote with `上缴` at the end of the second line, right of `属单` of
 * 对附属单位补助支出, and `上级` in its place among the cells. Read as one cover of the six words the 栏次 row numbers,
 * the words' order came out circular: 上缴上级支出 before 经营支出 on their line (its `上级` left of `经营`), 经营支出
 * before 对附属单位补助支出 (`经营` left of `属单`), and 对附属单位补助支出 before 上缴上级支出 by their first pieces on
 * two lines (`对附` left of `上缴`): no order, no reading. When the anchors allow no order, a word pushed right on its
 * line, a piece of its own left of its first piece there, stands from that piece for words on other lines too.
 * Every row prints 本年支出合计, 基本支出 and 项目支出 at most. The table's last row stands after the header
 * repeated on the next page, with `上缴` on a line of its own. Fixture from `pdftotext -layout` output; values read by
 * hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = ingestBody(
  `2016年度\n测试市生态环境局部门决算`,
  `
                            表三 支出决算表
                               2016年度
部门：测试市生态环境局                                          单位：万元
        科目编码                                    对附
                      本年支 基本支 项目支 上级 经营 属单 上缴
              科目名称    出合计 出          出 支出 支出 位补 助支
 类 款 项                                          出
               栏次       1      2      3     4 5 6
                      815.58 524.94 290.65
201       一般公共服务支出    250.04 136.97 113.07
201 01    人大事务         85.37 38.00 47.37
201 01 01 行政运行         38.00 38.00
201 01 02 一般行政管理事务     47.37         47.37
201 03    政府办公厅（室）及相关 55.47 20.51 34.96
          机构事务
201 03 01 行政运行         20.51 20.51
201 03 08 信访事务         34.96         34.96
201 11    纪检监察事务       20.95         20.95
201 11 02 一般行政管理事务     20.95         20.95
201 32    组织事务         88.25 78.46 9.78
201 32 99 其他组织事务支出     88.25 78.46 9.78
208       社会保障和就业支出   116.54 33.42 83.12
208 08    抚恤           53.21 17.43 35.78
208 08 01 死亡抚恤         53.21 17.43 35.78
208 99    其他社会保障和就业支出 63.33 15.99 47.33
208 99 99 其他社会保障和就业支出 63.33 15.99 47.33
210       卫生健康支出      118.54 79.08 39.46
210 11    行政事业单位医疗    118.54 79.08 39.46
210 11 99 其他行政事业单位医疗支 118.54 79.08 39.46
          出
211       节能环保支出      193.91 138.91 55.00
211 01    环境保护管理事务    193.91 138.91 55.00
211 01 01 行政运行         96.05 96.05
211 01 99 其他环境保护管理事务支 97.86 42.86 55.00
          出
221       住房保障支出      136.56 136.56
221 02    住房改革支出      136.56 136.56
221 02 01 住房公积金        60.70 60.70
        科目编码                               对附
                      本年支 基本支 项目支 上级 经营 属单
                                     上缴
              科目名称    出合计 出        出 支出 支出 位补
                                           助支
 类 款 项                                     出
               栏次       1     2    3  4 5 6
221 02 02 提租补贴         75.86 75.86
   注：本表反映部门本年度各项支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`,
);
const t = doc.tables.find((x) => x.kind === 'final_expenditure')!;
const row = (code: string) => t.rows.find((r) => r.code === code);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;
const columns = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
const read = (r: Row | undefined) => columns.map((c) => value(r, c) ?? null);

describe('a word pdftotext pushed right past the next cell on its line', () => {
  it('reads the six columns in the order the 栏次 row numbers them', () => {
    expect(t.columns).toEqual(columns);
  });
  it('reads 20132 组织事务 (line 24): 88.25 total, 78.46 基本支出, 9.78 项目支出', () => {
    expect(row('20132')?.line).toBe(24);
    expect(read(row('20132'))).toEqual(['882500', '784600', '97800', null, null, null]);
  });
  it('reads 2010102 一般行政管理事务 (line 17): 47.37 total and 项目支出, 基本支出 blank', () => {
    expect(read(row('2010102'))).toEqual(['473700', null, '473700', null, null, null]);
  });
  it('reads 2210202 提租补贴 after the repeated header: 75.86 total and 基本支出', () => {
    expect(read(row('2210202'))).toEqual(['758600', '758600', null, null, null, null]);
  });
});
