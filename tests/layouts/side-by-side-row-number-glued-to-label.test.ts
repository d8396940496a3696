/**
 * Side-by-side 收入支出决算总表 on the PDF path where pdftotext glued a spending row's 行次 to the end of its label
 * (`年末结转和结余60                17.79`), or wrote the 行次 and the figure on the line below the label
 * (`年末结转和结余` over `60                    61.8`). Lines cut from converted texts of the generated PDF corpus
 * (新乡市文化广电和旅游局 2017 决算 and 平顶山市文化广电和旅游局 2015 决算, pages 1–2, rows between cut out); values read by
 * hand from the printed lines (单位：万元).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const parse = (body: string) => parseDocument({ text: `2017年度\n部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const GLUED = `                          收入支出决算总表
                              2017年度
部门：新乡市文化广电和旅游局                                          单位：万元
        收入                         支出
    项目        决算数              项目            决算数
           行次                           行次
    栏次           1             栏次               2
一、一般公共预算财 1   5,903.77 一、一般公共服务支出       32   1,853.95
政拨款收入
二、政府性基金预算 2        0.00 二、外交支出          33      0.00
财政拨款收入
本年收入合计     27 5,903.77 本年支出合计           58   5,903.77
使用非财政拨款结余 28            结余分配            59


                               —2—
          收入                             支出
    项目              决算数           项目               决算数
               行次                             行次
    栏次               1            栏次                2
年初结转和结余   29         17.79 年末结转和结余60                17.79
          30                      61
收入总计      31 5,921.56 支出总计        62 5,921.56
  注：本表反映部门本年度的总收支和年末结转结余情况。
`;

const BELOW = `                        表1：收入支出决算总表
                              2015年度
部门名称：平顶山市文化广电和旅游局                                   单位：万元
         收入                       支出
    项目       决算数             项目          决算数
          行次                          行次
    栏次         1             栏次            2
一、一般公共预算财 1  21,440.6 一、一般公共服务支出      32  7,337.3
政拨款收入
二、政府性基金预算 2       0.0 二、外交支出          33      0.0
财政拨款收入
本年收入合计    27 21,510.1 本年支出合计          58 21,510.1
使用非财政拨款结余 28      0.0 结余分配            59      0.0


                               2/16
          收入                               支出
    项目              决算数            项目                决算数
               行次                               行次
    栏次               1             栏次                 2
年初结转和结余   29           61.8 年末结转和结余
                                  60                    61.8
          30                      61
收入总计      31 21,571.9 支出总计        62 21,571.9
  注：本表反映部门本年度的总收支和年末结转结余情况。
`;

const value = (body: string, block: string, name: string) => {
  const t = parse(body).tables.find((x) => x.kind === 'final_summary')!;
  return t.rows.find((r) => r.block === block && r.name === name)?.cells.map((c) => c.value);
};

describe('side-by-side row whose 行次 is glued to its label', () => {
  it('reads the label without its 行次 and the figure in its half (line 21: `年末结转和结余60 17.79`, 行次 59 above, 61 below)', () => {
    expect(value(GLUED, '支出', '年末结转和结余')).toEqual(['177900']);
    expect(value(GLUED, '收入', '年初结转和结余')).toEqual(['177900']);
    expect(value(GLUED, '支出', '支出总计')).toEqual(['59215600']);
  });
});

describe('side-by-side row whose 行次 and figure are on the line below its label', () => {
  it('reads line 21 `年末结转和结余` with line 22 `60 61.8`', () => {
    expect(value(BELOW, '支出', '年末结转和结余')).toEqual(['618000']);
    expect(value(BELOW, '收入', '年初结转和结余')).toEqual(['618000']);
    expect(value(BELOW, '支出', '结余分配')).toEqual(['0']);
  });
});
