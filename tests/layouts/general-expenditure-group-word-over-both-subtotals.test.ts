/**
 * A 一般公共预算财政拨款支出决算表 whose group word `其中：基本支出` pdftotext drew over both 小计 of its header line
 * (`行次 小计 小计 人员经 公用经 出`): read by position, both columns read 本年支出/其中：基本支出/小计. The group has
 * one 小计, its first part, so the left one is 本年支出's own (the row's total). Each row prints its 行次 and total on
 * its line and the rest of its figures on the line below (`201 一般公共服务支出 1 16.24` / `5.35 4.76 0.59 10.90`),
 * joined once the totals confirm them. Lines as `pdftotext -layout` wrote them (synth-410700-jiaoyuju-2016-final-00029
 * of the fresh corpus pdf82, 公开05表, lines 236–278); values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import { cell, ingestBody } from '../helpers.ts';

const d = ingestBody(
  `2016年度\n新乡市教育局部门决算`,
  `
                一般公共预算财政拨款支出决算表
                                                  公开05表
                        2016年度
部门：新乡市教育局                                         单位：万元
      项目                       本年支出
                             其中：基本支出      项目支
功能分类       科目名称   行次 小计   小计    人员经  公用经   出
科目编码                             费    费
            栏次          1  2     3    4    5
201     一般公共服务支出     1 16.24
                           5.35 4.76 0.59 10.90
20101 人大事务           2 10.90
                           0.00 0.00 0.00 10.90
2010102 一般行政管理事务     3 10.90
                           0.00 0.00 0.00 10.90
20103 政府办公厅（室）及
        相关机构事务       4 2.202.20 1.96 0.24 0.00
2010301 行政运行         5 2.202.20 1.96 0.24 0.00
20111 纪检监察事务         6 3.153.15 2.80 0.35 0.00
2011101 行政运行         7 3.153.15 2.80 0.35 0.00
205     教育支出         8 21.99
                          14.35 12.77 1.58 7.64
20508 进修及培训          9 21.99
                          14.35 12.77 1.58 7.64
2050803 培训支出        10 21.99
                          14.35 12.77 1.58 7.64
208     社会保障和就业支出   11 11.49
                           8.00 7.12 0.88 3.49
20899 其他社会保障和就业
        支出          12 11.49
                           8.00 7.12 0.88 3.49
2089999 其他社会保障和就业
        支出          13 11.49 8.00 7.12 0.88 3.49
210     卫生健康支出      14 23.62 19.04 16.95 2.09 4.58
21011 行政事业单位医疗      15 23.62 19.04 16.95 2.09 4.58
2101199 其他行政事业单位医
        疗支出         16 23.62 19.04 16.95 2.09 4.58
221     住房保障支出      17 23.30 23.30 20.73 2.56 0.00
22102 住房改革支出        18 23.30 23.30 20.73 2.56 0.00
2210202 提租补贴        19 10.00 10.00 8.90 1.10 0.00
2210203 购房补贴        20 13.29 13.29 11.83 1.46 0.00
        总计          21 96.65 70.04 62.33 7.70 26.61
    注：本表反映部门本年度一般公共预算财政拨款支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`,
);

describe('a group word drawn over its own 小计 and the outer one', () => {
  const t = d.tables.find((x) => x.kind === 'final_general_expenditure')!;
  it('reads the outer 小计 as 本年支出\'s own and the group\'s as 基本支出', () => {
    expect(t.columns.filter((c) => c.endsWith('小计'))).toEqual(['本年支出/小计', '本年支出/其中：基本支出/小计']);
  });
  it('puts 201 一般公共服务支出 16.24 / 5.35 4.76 0.59 10.90 as 小计, 基本支出, 人员经费, 公用经费, 项目支出', () => {
    const r = t.rows.find((x) => x.code === '201');
    expect(cell(r!, '本年支出/小计')).toBe('162400');
    expect(cell(r!, '本年支出/其中：基本支出/小计')).toBe('53500');
    expect(cell(r!, '本年支出/其中：基本支出/人员经费')).toBe('47600');
    expect(cell(r!, '本年支出/其中：基本支出/公用经费')).toBe('5900');
    expect(cell(r!, '本年支出/项目支出')).toBe('109000');
  });
  it('puts 20101 人大事务 10.90 / 0.00 0.00 0.00 10.90 with 0 under 基本支出', () => {
    const r = t.rows.find((x) => x.code === '20101');
    expect(cell(r!, '本年支出/小计')).toBe('109000');
    expect(cell(r!, '本年支出/其中：基本支出/小计')).toBe('0');
    expect(cell(r!, '本年支出/项目支出')).toBe('109000');
  });
});
