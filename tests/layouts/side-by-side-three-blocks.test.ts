/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path whose page pdftotext laid out in three blocks: lines cut from a
 * converted text of the generated PDF corpus (焦作市工业和信息化局 2015 决算, 表4). The rows down to `八、社会保障和就业支出`
 * print their left 行次 where the income labels end and their spending figures ending at 62, 71, 76, 81
 * (`五、教育支出` prints all four); from `九、卫生健康支出` on, the left half printing only its 行次, pdftotext drew each
 * line pulled left, its 行次 at the line's start and its spending figures ending at 32, 41, 46, 51 (`九、卫生健康支出`
 * prints all four); `本年收入合计` and the lines after it, printing income labels again, stand between the two
 * (`年末财政拨款结转和结余 60 0.00 0.00 0.00` ends at 55, 60, 65). No two blocks read every line; three do. Values
 * read by hand from the printed lines (万元, so ×10000 in 元).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { halfCells } from '../helpers.ts';

const THREE_BLOCKS = `                                         2015年度
部门名称：焦作市工业和信息化局                                                                     单位：万元
                            表4：财政拨款收入支出决算总表
         收入                                        支出
                                                                      政府 国有
                                                              一般公共 性基    资本
    项目        行次   金额              项目             行次    合计 预算财政 金预       经营
                                                               拨款 算财     预算
                                                                      政拨 财政
                                                                      款 拨款
一、一般公共预算财政 1       3,778.40 一、一般公共服务支出            33    495.65 495.65
拨款
二、政府性基金预算财 2         0.00 二、外交支出                  34              0.00 0.00 0.00
政拨款
三、国有资本经营预算 3             三、国防支出                   35                         0.00
财政拨款
           4             四、公共安全支出                 36                    0.00 0.00
           5             五、教育支出                   37    244.31   244.31 0.00 0.00
           6             六、科学技术支出                 38    229.64   229.64      0.00
           7             七、文化旅游体育与传媒支出            39      0.00     0.00 0.00 0.00
           8             八、社会保障和就业支出              40    397.64   397.64
9    九、卫生健康支出        41   982.22   982.22 0.00 0.00
10   十、节能环保支出        42     0.00          0.00
11   十一、城乡社区支出       43                        0.00
12   十二、农林水支出        44              0.00
13   十三、交通运输支出       45              0.00 0.00 0.00
14   十四、资源勘探工业信息等支出 46    955.76   955.76 0.00
15   十五、商业服务业等支出     47              0.00 0.00 0.00
16   十六、金融支出         48              0.00      0.00
17   十七、援助其他地区支出     49              0.00      0.00
18   十八、自然资源海洋气象等支出 50      0.00          0.00 0.00
19   十九、住房保障支出       51   473.18   473.18 0.00
20   二十、粮油物资储备支出     52     0.00
21   二十一、国有资本经营预算支出 53              0.00 0.00
22   二十二、灾害防治及应急管理支出 54     0.00         0.00 0.00
23   二十三、其他支出        55             0.00 0.00
24   二十四、债务还本支出      56     0.00              0.00
25   二十五、债务付息支出      57     0.00              0.00
26   二十六、抗疫特别国债安排的支出 58     0.00         0.00
本年收入合计     27 3,778.40 本年支出合计      59 3,778.40 3,778.40
年初财政拨款结转和结 28     0.00 年末财政拨款结转和结余 60              0.00 0.00 0.00
余
一般公共预算财政拨款 29                      61
政府性基金预算财政拨 30                      62
款
国有资本经营预算财政 31     0.00             63
拨款
总计         32 3,778.40 总计          64 3,778.40 3,778.40 0.00 0.00
`;

const parseFinal = (body: string) => parseDocument({ text: `2015年度\n焦作市工业和信息化局部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

/** One spending row's printed cells (in 元) by the two characters after `支出/` naming their column (`合计`, `一般`, …). */
function spendingRow(body: string): (name: string) => Record<string, string | null> | undefined {
  const t = parseFinal(body).tables.find((x) => x.kind === 'final_fiscal_summary')!;
  return (name) => halfCells(t, '支出', name);
}

describe('side-by-side page whose middle and last rows pdftotext drew as blocks of their own', () => {
  it('reads the rows whose left half prints only its 行次 on their own block\'s columns', () => {
    const row = spendingRow(THREE_BLOCKS);
    // `10   十、节能环保支出        42     0.00          0.00`: ends 32 and 46, the 合计 and 政府性基金
    expect(row('十、节能环保支出')).toEqual({ 合计: '0', 政府: '0' });
    // `11   十一、城乡社区支出       43                        0.00`: ends 51, 国有资本经营
    expect(row('十一、城乡社区支出')).toEqual({ 国有: '0' });
    // `12   十二、农林水支出        44              0.00`: ends 41, 一般公共预算
    expect(row('十二、农林水支出')).toEqual({ 一般: '0' });
    // `14   十四、资源勘探工业信息等支出 46    955.76   955.76 0.00`: ends 32, 41, 46
    expect(row('十四、资源勘探工业信息等支出')).toEqual({ 合计: '9557600', 一般: '9557600', 政府: '0' });
    // `16   十六、金融支出         48              0.00      0.00`: ends 41 and 51
    expect(row('十六、金融支出')).toEqual({ 一般: '0', 国有: '0' });
    // `19   十九、住房保障支出       51   473.18   473.18 0.00`
    expect(row('十九、住房保障支出')).toEqual({ 合计: '4731800', 一般: '4731800', 政府: '0' });
    // `24   二十四、债务还本支出      56     0.00              0.00`: ends 32 and 50
    expect(row('二十四、债务还本支出')).toEqual({ 合计: '0', 国有: '0' });
  });

  it('keeps the rows of the first and the last block as they read', () => {
    const row = spendingRow(THREE_BLOCKS);
    // first block: `六、科学技术支出 38 229.64 229.64 0.00` ending 62, 71, 81
    expect(row('六、科学技术支出')).toEqual({ 合计: '2296400', 一般: '2296400', 国有: '0' });
    // last block: `年末财政拨款结转和结余 60 0.00 0.00 0.00` ending 55, 60, 65 (`本年支出合计 59 3,778.40 3,778.40` at 46, 55)
    expect(row('年末财政拨款结转和结余')).toEqual({ 一般: '0', 政府: '0', 国有: '0' });
    expect(row('本年支出合计')).toEqual({ 合计: '37784000', 一般: '37784000' });
  });
});
