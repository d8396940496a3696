/**
 * A 收入决算表 read by the order of its figures, continued on a page that repeats its header and that pdftotext drew
 * five characters left of the first page's figures (`6.41` of the first column ending at 32, where the first page's
 * totals end at 37), its labels where they were. No row of that page fills every column, so no full row shows where the
 * columns stand; but every row prints its total, right-aligned in the table's first figure column: the rows' first
 * figures ending at one column carry the columns over, and the zeros land in the blank columns they print under.
 * Lines as `pdftotext -layout` wrote them (the 阳泉市工业和信息化局 2016 决算, 收入决算表, pages 1 and 2, the running
 * head left out, a page's rows cut short); values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2016年度\n阳泉市工业和信息化局部门决算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value ?? null;

// Lines 4–37: the first page 4–25 (header 7–10, rows 11–25), the second page's header 26–29, rows 30–37.
const d = doc(`部门名称：阳泉市工业和信息化局                                                         单位：万元
  决算02表
                                         收入决算表
               科目编码                   一般公共     上级           附属
                             本年收入 预算拨款 补助 事业 经营 单位 其他
类 款 项                 科目名称    合计       收入 收入 收入 收入 上缴            收入
                                                            收入
              合计             1,136.21 1,136.21         0.00      0.00
201           一般公共服务支出         187.32 187.32                     0.00
201 11        纪检监察事务            71.00 71.00 0.00 0.00       0.00
201 11   01   行政运行              71.00 71.00 0.00            0.00
201 32        组织事务             116.32 116.32 0.00 0.00 0.00 0.00 0.00
201 32   99   其他组织事务支出         116.32 116.32 0.00 0.00      0.00
205           教育支出             123.35 123.35      0.00      0.00
205 08        进修及培训            123.35 123.35                0.00
205 08   01   教师进修              42.94 42.94 0.00            0.00
205 08   03   培训支出              80.41 80.41 0.00 0.00 0.00
206           科学技术支出            40.52 40.52       0.00 0.00 0.00
206 03        应用研究              40.52 40.52       0.00 0.00 0.00
206 03   99   其他应用研究支出          40.52 40.52            0.00
208           社会保障和就业支出        262.05 262.05 0.00 0.00 0.00
208 05        行政事业单位养老支出       119.14 119.14 0.00 0.00 0.00 0.00
\f            科目编码                 一般公共   上级             附属
                         本年收入 预算拨款 补助 事业 经营 单位 其他
 类 款 项          科目名称      合计      收入 收入 收入 收入 上缴            收入
                                                       收入
208 05 06 机关事业单位职业年金缴费支出    6.41   6.41      0.00 0.00
208 05 99 其他行政事业单位养老支出    112.73 112.73      0.00 0.00
208 99    其他社会保障和就业支出     142.91 142.91      0.00           0.00
208 99 99 其他社会保障和就业支出     142.91 142.91           0.00 0.00
210       卫生健康支出          157.75 157.75 0.00      0.00 0.00 0.00
210 11    行政事业单位医疗        157.75 157.75      0.00 0.00      0.00
210 11 01 行政单位医疗           19.55 19.55       0.00      0.00 0.00
210 11 03 公务员医疗补助          37.31 37.31       0.00 0.00 0.00
`);

describe('a page drawn left of the columns, no row full, carried by its totals', () => {
  const income = d.tables.find((x) => x.kind === 'final_income')!;
  const row = (line: number) => income.rows.find((x) => x.line === line);
  it('keeps the first page as printed (line 15, 组织事务: every column)', () => {
    const r = row(15);
    expect(value(r, '本年收入合计')).toBe('1163200');
    expect(value(r, '其他收入')).toBe('0');
  });
  it('reads line 30 (6.41 6.41 … 0.00 0.00) with its zeros under 事业收入 and 经营收入', () => {
    const r = row(30);
    expect(value(r, '本年收入合计')).toBe('64100');
    expect(value(r, '一般公共预算拨款收入')).toBe('64100');
    expect(value(r, '上级补助收入')).toBeNull();
    expect(value(r, '事业收入')).toBe('0');
    expect(value(r, '经营收入')).toBe('0');
  });
  it('reads line 32 with its far-right zero under 其他收入', () => {
    const r = row(32);
    expect(value(r, '事业收入')).toBe('0');
    expect(value(r, '附属单位上缴收入')).toBeNull();
    expect(value(r, '其他收入')).toBe('0');
  });
  it('reads line 34 (卫生健康支出) with a blank 事业收入 only', () => {
    const r = row(34);
    expect(value(r, '上级补助收入')).toBe('0');
    expect(value(r, '事业收入')).toBeNull();
    expect(value(r, '经营收入')).toBe('0');
    expect(value(r, '附属单位上缴收入')).toBe('0');
    expect(value(r, '其他收入')).toBe('0');
  });
});
