/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path whose income labels wrap onto the next line on its second page
 * (`年初财政拨款结转和结` / `余`, `政府性基金预算财政拨` / `款`, `国有资本经营预算财政` / `拨款`): lines cut from a
 * converted text of the generated PDF corpus (洛阳市财政局 2015 决算, the table's two pages). The labels of the first
 * page were joined with their wrapped pieces before the rows were read (`一、一般公共预算财政拨款`); the column prints
 * no label wider than its ten characters, so a ten-character label followed by a label alone is one wrapped label.
 * Values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const TWO_PAGES = `2015年度部门决算表                                                                                财政拨款收入支出决算总表
                                                      2015年度
部门：洛阳市财政局                                                                                         单位：元
              收入                                      支出
                                                                              政府 国有
                                                                              性基 资本
     项目               金额                 项目               合计      一般公共预算      金预 经营
               行次                                行次                财政拨款 算财 预算
                                                                              政拨 财政
                                                                               款 拨款
     栏次                 1              栏次                  2          3        4 5
一、一般公共预算财政 1        19867070.25 一、一般公共服务支出       33     1895181.91 1895181.91 0.00 0.00
拨款
二、政府性基金预算财 2               0.00 二、外交支出           34            0.00      0.00 0.00 0.00
政拨款
三、国有资本经营预算 3               0.00 三、国防支出           35           0.00        0.00 0.00 0.00
财政拨款
           4                    四、公共安全支出         36           0.00        0.00 0.00 0.00
           5                    五、教育支出           37      991635.97 991635.97 0.00 0.00
           6                    六、科学技术支出         38           0.00        0.00 0.00 0.00
           7                    七、文化旅游体育与传媒支出    39           0.00        0.00 0.00 0.00
           8                    八、社会保障和就业支出      40    12997928.58 12997928.58 0.00 0.00
           9                    九、卫生健康支出         41     2119587.77 2119587.77 0.00 0.00
           10                   十、节能环保支出         42           0.00        0.00 0.00 0.00
           11                   十一、城乡社区支出        43           0.00        0.00 0.00 0.00
           12                   十二、农林水支出         44           0.00        0.00 0.00 0.00
           13                   十三、交通运输支出        45           0.00        0.00 0.00 0.00
           14                   十四、资源勘探工业信息等支出   46           0.00        0.00 0.00 0.00
           15                   十五、商业服务业等支出      47           0.00        0.00 0.00 0.00
           16                   十六、金融支出          48           0.00        0.00 0.00 0.00
           收入                                    支出
                                                                     政府 国有
                                                                     性基 资本
    项目           金额              项目             合计       一般公共预算      金预 经营
           行次                             行次              财政拨款       算财 预算
                                                                     政拨 财政
                                                                      款 拨款
    栏次            1              栏次              2           3        4 5
           17             十七、援助其他地区支出     49        0.00        0.00 0.00 0.00
           18             十八、自然资源海洋气象等支出 50         0.00        0.00 0.00 0.00
           19             十九、住房保障支出       51  1862736.02 1862736.02 0.00 0.00
           20             二十、粮油物资储备支出     52        0.00        0.00 0.00 0.00
           21             二十一、国有资本经营预算支出 53         0.00        0.00 0.00 0.00
           22             二十二、灾害防治及应急管理支出 54        0.00        0.00 0.00 0.00
           23             二十三、其他支出        55        0.00        0.00 0.00 0.00
           24             二十四、债务还本支出      56        0.00        0.00 0.00 0.00
           25             二十五、债务付息支出      57        0.00        0.00 0.00 0.00
           26             二十六、抗疫特别国债安排的支出 58        0.00        0.00 0.00 0.00
本年收入合计     27 19867070.25 本年支出合计          59 19867070.25 19867070.25 0.00 0.00
年初财政拨款结转和结 28        0.00 年末财政拨款结转和结余     60        0.00        0.00 0.00 0.00
余
一般公共预算财政拨款 29        0.00                 61
政府性基金预算财政拨 30        0.00                 62
款
国有资本经营预算财政 31        0.00                 63
拨款
总计         32 19867070.25 总计              64 19867070.25 19867070.25 0.00 0.00
  注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。
`;

describe('side-by-side income labels wrapped on a later page', () => {
  const d = parseDocument({ text: `2015年度\n部门决算\n\n${TWO_PAGES}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
  const income = (name: string) => t.rows.find((r) => r.block === '收入' && r.name === name)?.cells.find((c) => c.raw !== '')?.value;

  it('joins each label with the piece printed alone under it', () => {
    // `年初财政拨款结转和结 28        0.00` over `余`
    expect(income('年初财政拨款结转和结余')).toBe('0');
    // `政府性基金预算财政拨 30        0.00` over `款`
    expect(income('政府性基金预算财政拨款')).toBe('0');
    // `国有资本经营预算财政 31        0.00` over `拨款`
    expect(income('国有资本经营预算财政拨款')).toBe('0');
    expect(t.rows.filter((r) => ['余', '款', '拨款'].includes(r.name))).toEqual([]);
  });
});
