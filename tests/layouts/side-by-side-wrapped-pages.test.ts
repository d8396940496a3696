/**
 * A side-by-side 收入支出决算总表 as `pdftotext -layout` writes it, whose income labels wrap onto the next line
 * (`三、国有资本经营预` / `算财政拨款收入`): the reader joins each wrapped piece into the row above, and the rows around
 * it stay on one page, calibrated together. Lines cut from a converted text of the generated PDF corpus
 * (收入支出决算总表 of a 平顶山市城市管理局 2016 决算, page 1); values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const parse = (body: string) => parseDocument({ text: `2016年度\n平顶山市城市管理局部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const SUMMARY = `                            收入支出决算总表
                                2016年度
部门名称：平顶山市城市管理局                                           金额单位：元
         收入                          支出
    项目     行次   决算数             项目       行次   决算数
    栏次            1             栏次              2
一、一般公共预算财 1 7334500.39 一、一般公共服务支出        32 3240811.99
政拨款收入
二、政府性基金预算 2              二、外交支出          33
财政拨款收入
三、国有资本经营预 3              三、国防支出          34       0.00
算财政拨款收入
四、上级补助收入 4          0.00 四、公共安全支出        35       0.00
五、事业收入     5        0.00 五、教育支出          36
六、经营收入     6             六、科学技术支出        37
七、附属单位上缴收 7         0.00 七、文化旅游体育与传媒支出 38         0.00
入
八、其他收入     8        0.00 八、社会保障和就业支出     39 1109718.77
           9             九、卫生健康支出        40 733201.42
           10            十、节能环保支出        41       0.00
           11            十一、城乡社区支出       42 1486203.90
           12            十二、农林水支出        43       0.00
           13            十三、交通运输支出       44       0.00
           14            十四、资源勘探工业信息等支出 45
           15            十五、商业服务业等支出     46
           16            十六、金融支出         47       0.00
           17            十七、援助其他地区支出     48
           18            十八、自然资源海洋气象等支出 49        0.00
           19            十九、住房保障支出       50 764564.31
           20            二十、粮油物资储备支出     51
           21            二十一、国有资本经营预算支出 52        0.00
           22            二十二、灾害防治及应急管理支出 53       0.00
           23            二十三、其他支出        54       0.00
           24            二十四、债务还本支出      55
           25            二十五、债务付息支出      56       0.00
           26            二十六、抗疫特别国债安排的支出 57       0.00
本年收入合计     27 7334500.39 本年支出合计          58 7334500.39
使用非财政拨款结余 28             结余分配            59       0.00
年初结转和结余 29      29222.56 年末结转和结余         60   29222.56
           30                            61
收入总计       31 7363722.95 支出总计            62 7363722.95
  注：本表反映部门本年度的总收支和年末结转结余情况。
`;

describe('side-by-side rows under wrapped income labels on the PDF path', () => {
  const t = parse(SUMMARY).tables.find((x) => x.kind === 'final_summary')!;
  const row = (block: string, name: string) => t.rows.find((r) => r.block === block && r.name === name);

  it('places the 0.00 of line 14 (`三、国有资本经营预 3   三、国防支出 34 0.00`, its income label wrapped onto line 15) in the expenditure half', () => {
    expect(row('支出', '三、国防支出')?.line).toBe(14);
    expect(row('支出', '三、国防支出')?.cells[0]?.value).toBe('0');
    expect(row('收入', '三、国有资本经营预算财政拨款收入')?.cells[0]?.blank).toBe(true);
  });

  it('reads line 12 (`二、政府性基金预算 2   二、外交支出 33`) as two rows with blank amounts, not as a lost line', () => {
    expect(row('收入', '二、政府性基金预算财政拨款收入')?.cells[0]?.blank).toBe(true);
    expect(row('支出', '二、外交支出')?.line).toBe(12);
    expect(row('支出', '二、外交支出')?.cells[0]?.blank).toBe(true);
  });

  it('keeps every line of the page read: no row_not_read', () => {
    const d = parse(SUMMARY);
    expect(d.problems.filter((p) => p.code === 'row_not_read')).toEqual([]);
    expect(row('支出', '一、一般公共服务支出')?.cells[0]?.value).toBe('3240811.99');
    expect(row('收入', '七、附属单位上缴收入')?.cells[0]?.value).toBe('0');
  });
});
