/**
 * A 收入决算表 in 元 printed over two pages, its header repeated where the second page starts (the run goes on: no title
 * between), each row's 行次 one space before its figures. On the second page pdftotext drew the header two characters
 * right, and long names push a row's 行次 further right (`其他支持中小企业发展和管理支出 30 102336.10`), onto where the
 * first page's figures stand. The header is read over its own page's rows only (the rows before the line repeating
 * it); clustered with the second page's, the 行次 numbers merge with the figures into one column headed 本年收入合计
 * and every row reads its 行次 as its total. The rows after the repeated header are fitted to their page as before.
 * Fixture trimmed from `pdftotext -layout` output; values read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = ingestBody(
  `2017年度\n测试市商务局部门决算`,
  `部门名称：测试市商务局                                               金额单位：元
  决算02表
                              收入决算表
         项目                                  上级   附属
功能分类                 行次 本年收入合
                           计
                                   一般公共预 补助 事业 经营 单位 其他
                                   算拨款收入 收入 收入 收入 上缴 收入
科目编码          科目名称
                                                  收入
201     一般公共服务支出       1 737379.19 737379.19
20101 人大事务             2 69098.25 69098.25
2010102 一般行政管理事务       3 69098.25 69098.25
20103 政府办公厅（室）及相关机构事务 4 250094.02 250094.02
2010302 一般行政管理事务       5 8011.96 8011.96
2010308 信访事务           6 90000.00 90000.00
2010350 事业运行           7 152082.06 152082.06
20111 纪检监察事务           8 153197.18 153197.18
2011101 行政运行           9 37221.66 37221.66
2011102 一般行政管理事务      10 115975.52 115975.52
20132 组织事务            11 264989.74 264989.74
2013201 行政运行          12 130177.18 130177.18
2013299 其他组织事务支出      13 134812.56 134812.56
208     社会保障和就业支出     14 732471.67 732471.67
          项目                                   上级   附属
功能分类                   行次 本年收入合
                             计
                                     一般公共预 补助 事业 经营 单位 其他
                                     算拨款收入 收入 收入 收入 上缴 收入
科目编码          科目名称
                                                    收入
20805 行政事业单位养老支出        15 372890.88 372890.88
2080501 行政单位离退休         16 133503.55 133503.55
2080502 事业单位离退休         17 197330.45 197330.45
2080599 其他行政事业单位养老支出    18 42056.88 42056.88
20808 抚恤                19 123554.12 123554.12
2080801 死亡抚恤            20 123554.12 123554.12
20899 其他社会保障和就业支出       21 236026.67 236026.67
2089999 其他社会保障和就业支出     22 236026.67 236026.67
210     卫生健康支出          23 293277.95 293277.95
21011 行政事业单位医疗          24 293277.95 293277.95
2101103 公务员医疗补助         25 130000.00 130000.00
2101199 其他行政事业单位医疗支出    26 163277.95 163277.95
215     资源勘探工业信息等支出     27 123186.48 123186.48
21508 支持中小企业发展和管理支出     28 123186.48 123186.48
2150805 中小企业发展专项        29 20850.38 20850.38
2150899 其他支持中小企业发展和管理支出 30 102336.10 102336.10
`,
);
const t = doc.tables.find((x) => x.kind === 'final_income')!;
const row = (code: string) => t.rows.find((r) => r.code === code);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('a header repeated inside the run is read over its own page\'s rows', () => {
  it('reads 201 一般公共服务支出 (行次 1): 737379.19 本年收入合计 and 737379.19 一般公共预算拨款收入', () => {
    expect(value(row('201'), '本年收入合计')).toBe('737379.19');
    expect(value(row('201'), '一般公共预算拨款收入')).toBe('737379.19');
  });
  it('reads 2010308 信访事务 (行次 6): 90000.00 本年收入合计, never its 行次', () => {
    expect(value(row('2010308'), '本年收入合计')).toBe('90000');
  });
  it('reads 20805 on the second page (行次 15): 372890.88 本年收入合计 and 一般公共预算拨款收入', () => {
    expect(value(row('20805'), '本年收入合计')).toBe('372890.88');
    expect(value(row('20805'), '一般公共预算拨款收入')).toBe('372890.88');
  });
  it('reads 2150899, its long name pushing 行次 30 right: 102336.10 本年收入合计', () => {
    expect(value(row('2150899'), '本年收入合计')).toBe('102336.1');
  });
});
