/**
 * A sparse 收入决算表 in 万元 (every row prints 本年收入合计 and 财政拨款收入 only) whose header pdftotext drew with
 * `本年收入` over the figures and its rest `合计` on the line below, right after `行次`, left of them. Read by
 * position, `合计` heads the total figures and `本年收入` a column of its own lying inside their span, blank in every
 * row. A column holds no figures inside another's: the two words are one, 本年收入合计, over the total figures. The
 * table runs over a page break (`第3页 共16页`, its header repeated). Fixture from `pdftotext -layout` output; values
 * read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = ingestBody(
  `2015年度\n测试市工业和信息化局部门决算`,
  `
                                      收入决算表
                                        2015年度
部门名称：测试市工业和信息化局                                                   单位：万元
         科目编码             本年收入     财政拨款     上级补 事业收 经营收 附属单 其他收
                     行次 合计          收入 助收入 入         入 位上缴   入
 类 款 项        科目名称                                       收入
          合计            1 3,648.06 3,648.06
201       一般公共服务支出      2 878.66 878.66
201 03    政府办公厅（室）及相    3 878.66 878.66
          关机构事务
201 03 01 行政运行          4 304.47 304.47
201 03 02 一般行政管理事务      5 182.00 182.00
201 03 50 事业运行          6 392.19 392.19
205       教育支出          7 135.19 135.19
205 08    进修及培训         8 135.19 135.19
205 08 01 教师进修          9 135.19 135.19
206       科学技术支出       10 366.26 366.26
206 03    应用研究         11 65.23 65.23
206 03 99 其他应用研究支出     12 65.23 65.23
206 99    其他科学技术支出     13 301.03 301.03
206 99 01 科技奖励         14 118.25 118.25
206 99 99 其他科学技术支出     15 182.78 182.78
208       社会保障和就业支出    16 1,282.67 1,282.67
208 05    行政事业单位养老支出   17 724.04 724.04
208 05 01 行政单位离退休      18 340.48 340.48
208 05 06 机关事业单位职业年金
          缴费支出         19 383.56 383.56

                                       第3页 共16页
       科目编码               本年收入   财政拨款    上级补 事业收 经营收 附属单 其他收
                      行次 合计       收入 助收入 入        入 位上缴   入
 类 款 项         科目名称                                   收入
208 08     抚恤           20 406.13 406.13
208 08 01 死亡抚恤          21 406.13 406.13
208 99     其他社会保障和就业支   22 152.50 152.50
           出
208 99 99 其他社会保障和就业支
           出            23 152.50 152.50
210        卫生健康支出       24 286.16 286.16
210 11     行政事业单位医疗     25 286.16 286.16
210 11 02 事业单位医疗        26 286.16 286.16
215        资源勘探工业信息等支   27 471.04 471.04
           出
215 08     支持中小企业发展和管   28 471.04 471.04
           理支出
215 08 99 其他支持中小企业发展
           和管理支出        29 471.04 471.04
221        住房保障支出       30 228.08 228.08
221 02     住房改革支出       31 228.08 228.08
221 02 03 购房补贴          32 228.08 228.08
`,
);
const t = doc.tables.find((x) => x.kind === 'final_income')!;
const row = (code: string) => t.rows.find((r) => r.code === code);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;
const columns = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
const read = (r: Row | undefined) => columns.map((c) => value(r, c) ?? null);

describe('a word part drawn inside the figures its word heads', () => {
  it('reads the seven income columns, 本年收入合计 first', () => {
    expect(t.columns).toEqual(columns);
  });
  it('reads 合计 (line 11): 3,648.06 total and 财政拨款收入', () => {
    const total = t.rows.find((r) => r.name === '合计');
    expect(total?.line).toBe(11);
    expect(read(total)).toEqual(['36480600', '36480600', null, null, null, null, null]);
  });
  it('reads 2060399 其他应用研究支出 (line 23): 65.23 total and 财政拨款收入', () => {
    expect(read(row('2060399'))).toEqual(['652300', '652300', null, null, null, null, null]);
  });
  it('reads 2210203 购房补贴 after the page break (line 54): 228.08 total and 财政拨款收入', () => {
    expect(row('2210203')?.line).toBe(54);
    expect(read(row('2210203'))).toEqual(['2280800', '2280800', null, null, null, null, null]);
  });
});
