/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path whose rows pdftotext wrote with their spending figures alone on
 * the line below (they print a little lower than the row's label): lines cut from a converted text of the generated PDF
 * corpus (洛阳市住房和城乡建设局 2015 决算, pages 5–6). `十九、住房保障支出  51` is followed by `4604.72 4604.72`, and
 * `本年支出合计  59` by `19711.98 19711.98`: only the 一般公共预算 fund brings in money, so the two equal figures are
 * 合计 and that fund. Values read by hand from the printed lines (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { finalSpending } from './side-by-side-spending.ts';

const FIGURES_BELOW = `部门：洛阳市住房和城乡建设局                                                           单位：万元
  附件1-4
                                         财政拨款收入支出决算总表
         收入                                      支出
                                                               政府性 国有资
    项目             金额             项目           合计      一般公共    基金预 本经营
              行次                            行次         预算拨款 算财政 预算财
                                                                拨款 政拨款
     栏次               1            栏次            2       3       4  5
一、一般公共预算财政 1       19711.98 一、一般公共服务支出      33 5222.11 5222.11
拨款
二、政府性基金预算财 2             二、外交支出             34
政拨款
三、国有资本经营预算 3             三、国防支出             35
财政拨款
           4             四、公共安全支出           36
           5             五、教育支出             37
           6             六、科学技术支出           38
           7             七、文化旅游体育与传媒支出      39
           8             八、社会保障和就业支出        40    4384.37 4384.37
           9             九、卫生健康支出           41    2248.58 2248.58
           10            十、节能环保支出           42
           11            十一、城乡社区支出          43    3252.20 3252.20
           12            十二、农林水支出           44
           13            十三、交通运输支出          45
           14            十四、资源勘探工业信息等支出     46
           15            十五、商业服务业等支出        47

                                            第6页 共14页
         收入                                      支出
                                                                政府性 国有资
    项目             金额            项目                   合计   一般公共 基金预 本经营
              行次                            行次             预算拨款 算财政 预算财
                                                                 拨款 政拨款
    栏次              1              栏次                 2      3    4  5
           16               十六、金融支出         48
           17               十七、援助其他地区支出     49
           18               十八、自然资源海洋气象等支出 50
           19               十九、住房保障支出       51
                                        4604.72 4604.72
           20               二十、粮油物资储备支出     52
           21               二十一、国有资本经营预算支出 53
           22               二十二、灾害防治及应急管理支出 54
           23               二十三、其他支出        55
           24               二十四、债务还本支出      56
           25               二十五、债务付息支出      57
           26               二十六、抗疫特别国债安排的支出 58
本年收入合计     27      19711.98 本年支出合计          59
                                       19711.98 19711.98
年初财政拨款结转和结 28               年末财政拨款结转和结余     60
余
一般公共预算财政拨款 29                      61
政府性基金预算财政拨 30                      62
款
国有资本经营预算财政 31                      63
拨款
总计         32 19711.98 总计          64 19711.98 19711.98
  注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。本表金额转换为万元时，因四
`;

describe('side-by-side rows whose figures pdftotext wrote on the line below', () => {
  it('reads the figures with the row right above them, each on its own line', () => {
    const row = finalSpending(2015, FIGURES_BELOW);
    expect(row('十九、住房保障支出')).toEqual({ 合计: '46047200', 一般: '46047200' });
    // the row below, printing no figure, keeps none
    expect(row('二十、粮油物资储备支出')).toEqual({});
    expect(row('本年支出合计')).toEqual({ 合计: '197119800', 一般: '197119800' });
  });
});
