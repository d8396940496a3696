/**
 * A 部门收入总表 printed with a `项目` over the code and name columns, `功能分类科目编码` alone on its own lines under
 * it, and one 项 code that pdftotext drew short (`208 08 抚恤`): the header's code word is a header row, though it stands
 * alone on its line, so the table is read by class. Lines as `pdftotext -layout` wrote them (the 开封市交通运输局 2020
 * budget); values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2020年\n开封市交通运输局部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col || c.column.endsWith(`/${col}`))?.value;

// Lines 4–31: department 4, table number 5, title 6, header 7–12 (栏次 12), rows 13–32 (合计 32).
const d = doc(`部门名称：开封市交通运输局                                单位：万元
  预算02表
                    部门收入总表
       项目                       一般公
                    合计 上年       共预算 事业 其他
                           结转 拨款收 收入 收入
功能分类科        科目名称
  目编码                            入
              栏次      1     2     3     4 5
201       一般公共服务支出   11.79       11.79
201 11    纪检监察事务     11.79 0.00 11.79 0.00
201 11 01 行政运行       11.03 0.00 11.03 0.00
201 11 02 一般行政管理事务    0.76 0.00 0.76        0.00
208       社会保障和就业支出 21.80 0.63 21.16 0.00
208 08 抚恤            21.80 0.63 21.16 0.00
208 08 01 死亡抚恤       21.80 0.63 21.16       0.00
210       卫生健康支出     14.24 0.00 14.24       0.00
210 11    行政事业单位医疗 14.24         14.24
210 11 01 行政单位医疗     14.24       14.24 0.00 0.00
214       交通运输支出     17.72 0.00 17.72 0.00 0.00
214 01    公路水路运输     17.72       17.72      0.00
214 01 01 行政运行       13.18       13.18
214 01 06 公路养护        4.54 0.00 4.54
221       住房保障支出     42.43 0.00 42.43 0.00 0.00
221 02    住房改革支出     42.43 0.00 42.43 0.00
221 02 01 住房公积金       9.26        9.26 0.00
221 02 02 提租补贴       17.17       17.17 0.00 0.00
221 02 03 购房补贴       16.00 0.00 16.00       0.00
          合计        107.97 0.63 107.34
`);

describe('a code word alone on its header lines under 项目', () => {
  const income = d.tables.find((x) => x.kind === 'budget_income')!;
  it('reads 行政运行 on line 15 as row 2011101 with its 合计, 上年结转 and 拨款收入', () => {
    const r = income.rows.find((x) => x.line === 15);
    expect(r?.code).toBe('2011101');
    expect(r?.name).toBe('行政运行');
    expect(value(r, '合计')).toBe('110300');
    expect(value(r, '上年结转')).toBe('0');
    expect(value(r, '一般公共预算拨款收入')).toBe('110300');
  });
  it('reads 抚恤, drawn where the 项 code stands, as row 20808 on line 18', () => {
    const r = income.rows.find((x) => x.line === 18);
    expect(r?.code).toBe('20808');
    expect(r?.name).toBe('抚恤');
    expect(value(r, '上年结转')).toBe('6300');
    expect(value(r, '一般公共预算拨款收入')).toBe('211600');
  });
  it('keeps no column named 科目名称 among the figures', () => {
    expect(income.rows[0]?.cells.some((c) => c.column === '科目名称')).toBe(false);
  });
});
