/**
 * Side-by-side 财政拨款收支总表 on the PDF path, a spending row printing no figure (`文化旅游体育与传媒`) right above a
 * row printing its figures (`社会保障和就业`): lines cut from a converted text of the generated PDF corpus (焦作市山阳区
 * 科学技术局 2018 预算). The spending names all start at one place, but one (`一般公共服务`) stands one space after the
 * income figure beside it, pushed there by pdftotext: no indentation by level, so the name alone on its line is no
 * wrapped start of the name below. Values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const PAGE = `                               财政拨款收支总表
部门：焦作市山阳区科学技术局                                                               金额单位：元
         收入                                       支出
                                                                      政府 国有
       项目            金额          项目            合计        一般公共预算拨      性基 资本
                                                             款        金预 经营
                                                                       算 预算
一、本年收入        221204173.32 一、本年支出           221558164.13 221558164.13
（一）一般公共预算拨款 221204173.32 一般公共服务             117399201.05 117399201.05
（二）政府性基金预算拨款          0.00 外交                       0.00              0.00
（三）国有资本经营预算拨               国防                       0.00         0.00      0.00
款
二、上年结转           353990.81 公共安全                           0.00
                           教育                0.00         0.00
                           科学技术       14970000.00 14970000.00       0.00
                           文化旅游体育与传媒
                           社会保障和就业    30379553.81 30379553.81 0.00
                           卫生健康       37759409.27 37759409.27 0.00 0.00
                           节能环保              0.00         0.00 0.00 0.00
                           城乡社区                           0.00
                           农林水               0.00                   0.00
                           交通运输              0.00
                           资源勘探工业信息等         0.00         0.00      0.00
                           商业服务业等                              0.00 0.00
                           金融                             0.00
                           援助其他地区            0.00              0.00
                           自然资源海洋气象等                      0.00
                           住房保障       21050000.00 21050000.00 0.00 0.00
                           粮油物资储备            0.00         0.00 0.00
                           国有资本经营预算          0.00         0.00      0.00
                           灾害防治及应急管理         0.00         0.00 0.00
                           其他                0.00              0.00 0.00
                           债务还本              0.00              0.00
                           债务付息              0.00              0.00 0.00
                           抗疫特别国债安排的         0.00              0.00
收入总计          221558164.13 二、年终结转结余
                           支出总计      221558164.13 221558164.13 0.00 0.00
`;

describe('a spending name alone on its line above a row of figures, in a half whose names one income figure pushed', () => {
  const d = parseDocument({ text: `2018年度部门预算\n\n${PAGE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'budget_fiscal_summary')!;
  const row = (block: string, name: string) => {
    const r = t.rows.find((x) => x.block === block && x.name === name);
    return r ? Object.fromEntries(r.cells.filter((c) => c.raw !== '').map((c) => [c.column, c.value])) : undefined;
  };

  it('reads the name alone as a row of its own, blank', () => {
    expect(row('支出', '文化旅游体育与传媒')).toEqual({});
  });

  it('reads the row below under its own name', () => {
    // `社会保障和就业    30379553.81 30379553.81 0.00`
    expect(row('支出', '社会保障和就业')).toEqual({
      '支出/合计': '30379553.81',
      '支出/一般公共预算拨款': '30379553.81',
      '支出/政府性基金预算': '0',
    });
  });
});
