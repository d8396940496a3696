/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path, a page with no line printing all four spending figures and
 * some rows split over two lines (their figures alone on the line below their label): lines cut from a converted text
 * of the generated PDF corpus (平顶山市城市管理局 2016 决算, pages 4–5). On page 5 the figures end at 50, 60–61, 65–66
 * and 71 (合计, 一般, 政府, 国有); only the first line, `十七、援助其他地区支出 49 0.00 0.00 0.00`, has figures ending
 * at 76 and 81, each alone: no evidence of a column. Values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { finalSpending } from './side-by-side-spending.ts';
import { endGroups } from '../../src/lib/parse/layouts/side-by-side/pdf-rows.ts';

const LONE_END = ` 附件1-4
                                         财政拨款收入支出决算总表
                                                2016年度
部门名称：平顶山市城市管理局                                                                     金额单位：元
         收入                                    支出
                                                                   政府 国有
                                                                   性基 资本
    项目            金额             项目                     一般公共预      金预 经营
           行次                             行次 合计         算财政拨款 算财 预算
                                                                   政拨 财政
                                                                    款 拨款
     栏次              1             栏次           2          3        4 5
一、一般公共预算财政 1     7334500.39 一、一般公共服务支出    33 3240811.99 3240811.99 0.00 0.00
拨款
二、政府性基金预算财 2            二、外交支出            34          0.00             0.00 0.00
政拨款
三、国有资本经营预算 3            三、国防支出            35          0.00      0.00
财政拨款
           4            四、公共安全支出          36          0.00            0.00
           5            五、教育支出            37          0.00                 0.00
           6            六、科学技术支出          38          0.00       0.00 0.00
           7            七、文化旅游体育与传媒支出     39          0.00       0.00
           8            八、社会保障和就业支出       40    1109718.77 1109718.77 0.00
           9            九、卫生健康支出          41     733201.42 733201.42 0.00
           10           十、节能环保支出          42          0.00
           11           十一、城乡社区支出         43    1486203.90 1486203.90
           12           十二、农林水支出          44                          0.00 0.00
           13           十三、交通运输支出         45          0.00       0.00      0.00
           14           十四、资源勘探工业信息等支出    46          0.00                 0.00
           15           十五、商业服务业等支出       47                     0.00      0.00
           16           十六、金融支出           48                          0.00

                                                    —5—
          收入                                        支出
                                                                        政府 国有
                                                                        性基 资本
    项目               金额            项目                    合计    一般公共预 金预 经营
               行次                              行次              算财政拨款 算财 预算
                                                                        政拨 财政
                                                                         款 拨款
    栏次                1               栏次                  2      3       4 5
           17                  十七、援助其他地区支出     49                  0.00 0.00 0.00
           18                  十八、自然资源海洋气象等支出 50
           19                  十九、住房保障支出       51
                                         764564.31 764564.31 0.00
           20                  二十、粮油物资储备支出     52        0.00      0.00
           21                  二十一、国有资本经营预算支出 53
                                              0.00       0.00
           22                  二十二、灾害防治及应急管理支出 54        0.00 0.00 0.00
           23                  二十三、其他支出        55
                                              0.00       0.00 0.00 0.00
           24                  二十四、债务还本支出      56
                                              0.00       0.00 0.00 0.00
           25                  二十五、债务付息支出      57        0.00 0.00
           26                  二十六、抗疫特别国债安排的支出 58
                                              0.00                 0.00
本年收入合计     27       7334500.39 本年支出合计          59
                                        7334500.39 7334500.39
年初财政拨款结转和结 28             0.00 年末财政拨款结转和结余     60
                                              0.00
余
一般公共预算财政拨款 29       0.00            61
政府性基金预算财政拨 30                       62
款
国有资本经营预算财政 31       0.00            63
拨款
总计         32 7334500.39 总计         64 7334500.39 7334500.39
`;

const spending = (body: string) => finalSpending(2016, body);

describe('side-by-side figure ends grouped on a page with no whole line', () => {
  it('places lines on the groups of figure ends of the page, a lone end left out (page 5 of the fixture)', () => {
    const row = spending(LONE_END);
    // `二十、粮油物资储备支出 52        0.00      0.00`: 一般 and 国有
    expect(row('二十、粮油物资储备支出')).toEqual({ 一般: '0', 国有: '0' });
    // `二十二、灾害防治及应急管理支出 54        0.00 0.00 0.00`: 一般, 政府 and 国有
    expect(row('二十二、灾害防治及应急管理支出')).toEqual({ 一般: '0', 政府: '0', 国有: '0' });
    // `二十五、债务付息支出 57        0.00 0.00`: 一般 and 政府
    expect(row('二十五、债务付息支出')).toEqual({ 一般: '0', 政府: '0' });
  });

  it('leaves a group of one end out only when there are more groups than columns', () => {
    // page 5's spending figure ends, line by line
    const ends = [71, 76, 81, 50, 60, 65, 61, 71, 50, 61, 61, 66, 71, 50, 61, 66, 71, 50, 61, 66, 71, 61, 66, 50, 71, 50, 61];
    expect(endGroups(ends, 4)).toBeNull();
    expect(endGroups(ends, 4, true)).toEqual([[50, 50], [60, 61], [65, 66], [71, 71]]);
    // as many groups as columns: a group of one end stays
    expect(endGroups([50, 61, 66, 71], 4, true)).toEqual([[50, 50], [61, 61], [66, 66], [71, 71]]);
  });
});
