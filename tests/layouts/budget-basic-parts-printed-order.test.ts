/**
 * A 一般公共预算基本支出表 whose header prints 合计, 人员经费 and 公用经费 one space apart (`合计 人员经费 公用经费`) over
 * wider figures: the header reader places the squeezed words over the figures out of their printed order (公用经费
 * before 人员经费). The columns read by meaning keep the parts in the order the header line prints them, also when the
 * reader joined that line into another header row. Fixtures are lines cut from converted texts of the generated PDF
 * corpus; expected values are read by hand (万元 × 10,000), with the fixture line (fixture line 1 is the fourth line of
 * the text).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Table } from '../../src/lib/model/table.ts';

const ingest = (dept: string, body: string) => ingestText({ text: `2020年\n${dept}部门预算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const G = '本年一般公共预算基本支出';
const COLUMNS = [`${G}/合计`, `${G}/人员经费`, `${G}/公用经费`];
const values = (t: Table, code: string | null) => {
  const cells = t.rows.find((r) => r.code === code)?.cells ?? [];
  return COLUMNS.map((col) => cells.find((c) => c.column === col)?.value);
};

// synth-410811-chengguanju-2020-budget-00094.txt (pdf7) lines 205–228 (the unit printed above the title)
const ONE_LINE = `部门名称：焦作市山阳区城市管理局                                  单位：万元
2020年部门预算表                                  一般公共预算基本支出表
   部门预算支出经济分类科目     本年一般公共预算基本支出
 科目编       科目名称     合计 人员经费 公用经费
   码
       总计         18916.35 16646.39 2269.96
 301 工资福利支出       10619.52 10619.52 0.00
 30106 伙食补助费        221.46 221.46
 30108 机关事业单位基本养老
       保险缴费        3643.54 3643.54
 30109 职业年金缴费      1123.12 1123.12 0.00
 30111 公务员医疗补助缴费     68.55 68.55
 30112 其他社会保障缴费    2088.05 2088.05 0.00
 30199 其他工资福利支出    3474.81 3474.81 0.00
 303 对个人和家庭的补助 6026.87 6026.87
 30301 离休费         3052.98 3052.98 0.00
 30304 抚恤金         2973.89 2973.89
 302 商品和服务支出       2269.96     0.00 2269.96
 30213 维修（护）费       546.66           546.66
 30217 公务接待费          2.94     0.00 2.94
 30225 专用燃料费        516.00     0.00 516.00
 30229 福利费          349.99     0.00 349.99
 30239 其他交通费用       854.36     0.00 854.36
    注：本表反映部门年度一般公共预算基本支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;

// synth-410100-jiaotongju-2018-budget-00062.txt (pdf6) lines 204–214: the header line with 合计 人员经费 公用经费 (line 5)
// is joined by the reader into the header row of line 3.
const JOINED = `2018年部门预算表                                                      一般公共预算基本支出表
部门名称：郑州市交通运输局                                                         单位：万元
 部门预算支出经济分类科 政府预算支出经济分类科目                本年一般公共预算基本支出
        目
 科目编 科目名称 科目编      科目名称            合计      人员经费 公用经费
   码          码
                                 15,945.33 12,756.26 3,189.07
30102 津贴补贴     50101 工资奖金津补贴      2,234.59 2,234.59      0.00
30103 奖金       50101 工资奖金津补贴      1,237.20 1,237.20
30106 伙食补助费    50101 工资奖金津补贴        482.35 482.35        0.00
30107 绩效工资     50101 工资奖金津补贴      1,580.57 1,580.57      0.00
`;

describe('a 基本支出 header whose parts stand one space apart (合计 人员经费 公用经费)', () => {
  const t = ingest('焦作市山阳区城市管理局', ONE_LINE).tables.find((x) => x.kind === 'budget_general_basic')!;
  it('names the columns 合计, 人员经费, 公用经费 in the order line 4 prints them', () => {
    expect(t.columns).toEqual(COLUMNS);
  });
  it('puts the figures of line 7 (301 工资福利支出 10619.52 10619.52 0.00) under 合计, 人员经费, 公用经费', () => {
    expect(values(t, '301')).toEqual(['106195200', '106195200', '0']);
  });
  it('reads the 总计 of line 6 as 18916.35 | 16646.39 | 2269.96', () => {
    expect(values(t, null)).toEqual(['189163500', '166463900', '22699600']);
  });
});

describe('the same header words on a line the reader joined into another header row', () => {
  const t = ingest('郑州市交通运输局', JOINED).tables.find((x) => x.kind === 'budget_general_basic')!;
  it('names the columns 合计, 人员经费, 公用经费 in the order line 5 prints them', () => {
    expect(t.columns).toEqual(COLUMNS);
  });
  it('puts 2,234.59 | 2,234.59 | 0.00 of line 8 (30102 津贴补贴) under 合计, 人员经费, 公用经费', () => {
    expect(values(t, '30102')).toEqual(['22345900', '22345900', '0']);
  });
  it('puts 1,237.20 of line 9 (30103 奖金, 公用经费 blank) under 人员经费', () => {
    expect(values(t, '30103')).toEqual(['12372000', '12372000', null]);
  });
});
