/**
 * Side-by-side 财政拨款收支总表 on the PDF path whose first rows pdftotext laid out as a block of their own, set with the
 * header some characters right of the rest of the page: lines cut from a converted text of the generated PDF corpus
 * (焦作市商务局 2017 预算, page 8). The rows down to `外交` end their spending figures at 46, 55, 60, 65 (`一般公共服务`
 * prints all four), the rows from `国防` on at 40, 49, 54, 59 (the figures that start a run): neither set places the
 * other block's lines, and the page's figure ends fall in no four groups. Values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const TWO_BLOCKS = `                            表4：财政拨款收支总表
部门：焦作市商务局                                                           单位：万元
        收入                              支出
                                                        政府 国有
      项目          金额        项目         合计 预算拨款 性基
                                               一般公共
                                                        金预 经营
                                                             资本
                                                        算 预算
一、本年收入       39011.18 一、本年支出          39091.46 39091.46 0.00
（一）一般公共预算拨款 39011.18 一般公共服务           11284.53 11284.53 0.00 0.00
（二）政府性基金预算拨款     0.00 外交                  0.00     0.00
（三）国有资本经营预算拨          国防                     0.00
款
二、上年结转          80.28 公共安全                   0.00
                      教育            0.00          0.00 0.00
                      科学技术          0.00     0.00 0.00
                      文化旅游体育与传媒              0.00
                      社会保障和就业   13108.71 13108.71      0.00
                      卫生健康       4998.94 4998.94       0.00
                      节能环保          0.00     0.00 0.00
                      城乡社区                   0.00 0.00 0.00
                      农林水           0.00               0.00
                      交通运输          0.00     0.00 0.00
                      资源勘探工业信息等 3051.57 3051.57
                      商业服务业等                 0.00 0.00 0.00
                      金融            0.00     0.00
                      援助其他地区                      0.00 0.00
                      自然资源海洋气象等     0.00
                      住房保障       6647.71 6647.71 0.00
                      粮油物资储备        0.00               0.00
                      国有资本经营预算                    0.00 0.00
                      灾害防治及应急管理                   0.00
                      其他            0.00     0.00      0.00
                      债务还本          0.00     0.00 0.00
                      债务付息          0.00
                      抗疫特别国债安排的     0.00               0.00
`;

const parseBudget = (body: string) => parseDocument({ text: `2017年\n焦作市商务局部门预算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

/** One row's printed cells (in 元: the table prints 万元) by the two characters naming their column (`金额`, `合计`, …). */
function rowsOf(body: string): (block: string, name: string) => Record<string, string | null> | undefined {
  const t = parseBudget(body).tables.find((x) => x.kind === 'budget_fiscal_summary')!;
  return (block, name) => {
    const row = t.rows.find((r) => r.block === block && r.name === name);
    return row ? Object.fromEntries(row.cells.filter((c) => c.raw !== '').map((c) => [c.column.slice(3, 5), c.value])) : undefined;
  };
}

describe('side-by-side page whose first rows pdftotext shifted as a block', () => {
  it('reads each block on its own columns', () => {
    const row = rowsOf(TWO_BLOCKS);
    // upper block: `外交 0.00 0.00` ends at 46 and 55, the 合计 and 一般 of `一般公共服务`
    expect(row('支出', '外交')).toEqual({ 合计: '0', 一般: '0' });
    // lower block: `国防 0.00` ends at 49, `教育 0.00 0.00 0.00` at 40, 54, 59, `科学技术` at 40, 49, 54
    expect(row('支出', '国防')).toEqual({ 一般: '0' });
    expect(row('支出', '教育')).toEqual({ 合计: '0', 政府: '0', 国有: '0' });
    expect(row('支出', '科学技术')).toEqual({ 合计: '0', 一般: '0', 政府: '0' });
    // `社会保障和就业 13108.71 13108.71 0.00`: the second figure one space after the first, the zero ending at 59
    expect(row('支出', '社会保障和就业')).toEqual({ 合计: '131087100', 一般: '131087100', 国有: '0' });
    // `援助其他地区 0.00 0.00` ends at 54 and 59
    expect(row('支出', '援助其他地区')).toEqual({ 政府: '0', 国有: '0' });
    // `住房保障 6647.71 6647.71 0.00`: each figure one space after the one before, from 合计 on
    expect(row('支出', '住房保障')).toEqual({ 合计: '66477100', 一般: '66477100', 政府: '0' });
    // the income half, not shifted: `二、上年结转 80.28`
    expect(row('收入', '二、上年结转')).toEqual({ 金额: '802800' });
  });
});
