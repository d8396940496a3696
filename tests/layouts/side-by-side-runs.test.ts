/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path whose spending half (合计 and one column per fund) is read by the
 * figures that start a run. pdftotext squeezes the figures of neighbouring narrow columns to one space apart, pulling
 * the later ones off their column's place; the first figure of each run stands where its column is. Lines cut from
 * converted texts of the generated PDF corpus (太原市工业和信息化局 2015 决算, page 5: no line prints all four
 * spending figures and the ends of all figures do not fall in four groups; 洛阳市生态环境局 2016 决算, pages 7–8: an
 * income figure starting near where the spending labels start, and a page whose only whole lines are runs; 郑州市文化
 * 广电和旅游局 2016 决算, page 9: runs ending short of the columns of the page's whole line; 新乡市教育局 2016 决算,
 * page 10: one run ending apart from every other); values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { endGroups, runStartGroups } from '../../src/lib/parse/layouts/side-by-side/pdf-rows.ts';
import { halvesOf } from '../../src/lib/parse/layouts/side-by-side/by-order.ts';
import { wordsOf } from '../../src/lib/parse/layouts/side-by-side/by-order.ts';

const parse = (body: string) => parseDocument({ text: `2016年度\n部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const RUNS_ONLY = `2015年度部门决算表                                                                               财政拨款收入支出决算总表
                                                   2015年度
部门名称：太原市工业和信息化局                                                                                 单位：万元
           收入                                      支出
                                                                              政府 国有
                                                                     一般公共 性基       资本
       项目              金额            项目                      合计 预算财政 算财 经营    金预
                  行次                              行次                  拨款 政拨 预算     财政
                                                                               款 拨款
      栏次                  1             栏次                    2        3       4 5
一、一般公共预算财政拨款 1         3,686.22 一、一般公共服务支出        33         444.03 444.03 0.00
二、政府性基金预算财政拨款 2             0.00 二、外交支出           34                               0.00
三、国有资本经营预算财政拨款 3            0.00 三、国防支出           35            0.00     0.00
               4                 四、公共安全支出         36                     0.00 0.00 0.00
               5                 五、教育支出           37         498.63 498.63
               6                 六、科学技术支出         38         694.14 694.14         0.00
               7                 七、文化旅游体育与传媒支出    39            0.00          0.00 0.00
               8                 八、社会保障和就业支出      40         965.30 965.30 0.00
               9                 九、卫生健康支出         41         543.91 543.91         0.00
               10                十、节能环保支出         42
               11                十一、城乡社区支出        43           0.00           0.00 0.00
               12                十二、农林水支出         44                          0.00 0.00
               13                十三、交通运输支出        45                    0.00
               14                十四、资源勘探工业信息等支出   46          50.47    50.47 0.00
               15                十五、商业服务业等支出      47                         0.00 0.00
               16                十六、金融支出          48           0.00          0.00 0.00
`;

const INCOME_NEAR_SPENDING = `部门名称：洛阳市生态环境局                                                    单位：万元
                            表4 财政拨款收入支出决算总表
          收入                                 支出
                                                     政府 国有
                                               一般公 性基     资本
      项目       行次 金额          项目      行次 合计 共预算 金预        经营
                                               拨款 算财 政拨 财政
                                                          预算
                                                     款 拨款
一、一般公共预算财政拨款 1 884.3 一、一般公共服务支出       33 176.7 176.7
二、政府性基金预算财政拨款 2    0.0 二、外交支出         34              0.0 0.0
三、国有资本经营预算财政拨款 3       三、国防支出         35         0.0 0.0
               4       四、公共安全支出       36                   0.0
               5       五、教育支出         37              0.0 0.0
               6       六、科学技术支出       38         0.0       0.0
               7       七、文化旅游体育与传媒支出 39          0.0 0.0 0.0
               8       八、社会保障和就业支出    40 106.4 106.4       0.0
               9       九、卫生健康支出       41 161.2 161.2 0.0
               10      十、节能环保支出       42 154.9 154.9 0.0
               11      十一、城乡社区支出      43         0.0       0.0
               12      十二、农林水支出       44   0.0             0.0
               13      十三、交通运输支出      45         0.0 0.0 0.0
               14      十四、资源勘探工业信息等支出 46   0.0 0.0
               15      十五、商业服务业等支出    47              0.0 0.0

                                       -7-
                           洛阳市生态环境局2016年度部门决算
         收入                              支出
                                                       政府 国有
                                                 一般公 性基     资本
       项目      行次 金额           项目       行次 合计 共预算 金预        经营
                                                 拨款 算财 政拨 财政
                                                            预算
                                                       款 拨款
               16       十六、金融支出         48   0.0 0.0         0.0
               17       十七、援助其他地区支出     49         0.0
               18       十八、自然资源海洋气象等支出 50          0.0 0.0
               19       十九、住房保障支出       51 285.1 285.1 0.0 0.0
               20       二十、粮油物资储备支出     52   0.0
               21       二十一、国有资本经营预算支出 53    0.0 0.0 0.0 0.0
               22       二十二、灾害防治及应急管理支出 54   0.0             0.0
               23       二十三、其他支出        55   0.0 0.0         0.0
               24       二十四、债务还本支出      56   0.0 0.0
               25       二十五、债务付息支出      57   0.0        0.0 0.0
               26       二十六、抗疫特别国债安排的支出 58         0.0 0.0
本年收入合计         27 884.3 本年支出合计          59 884.3 884.3
年初财政拨款结转和结余    28       年末财政拨款结转和结余     60   0.0        0.0
一般公共预算财政拨款     29   0.0                 61
政府性基金预算财政拨款    30                       62
国有资本经营预算财政拨款 31     0.0                 63
总计             32 884.3 总计              64 884.3 884.3
`;

const GLUED_OFF_PLACE = `                      表4 财政拨款收入支出决算总表
                                 2016年度
部门：郑州市文化广电和旅游局                                                              单位：万元
        收入                                  支出
                                                             政府 国有
                                                     一般公共 性基    资本
    项目     行次 金额                 项目         行次 合计 预算财政 算财 经营 金预
                                                      拨款 政拨 预算  财政
                                                             款 拨款
一、一般公共预算财政 1     4323.38 一、一般公共服务支出         33 893.28 893.28
拨款
二、政府性基金预算财 2       0.00 二、外交支出              34     0.00     0.00          0.00
政拨款
三、国有资本经营预算 3       0.00 三、国防支出              35     0.00     0.00          0.00
财政拨款
           4             四、公共安全支出        36         0.00 0.00
           5             五、教育支出          37         0.00
           6             六、科学技术支出        38         0.00
           7             七、文化旅游体育与传媒支出 39         966.27 966.27       0.00
           8             八、社会保障和就业支出     40      1729.53 1729.53
           9             九、卫生健康支出        41       627.37 627.37       0.00
           10            十、节能环保支出        42                 0.00 0.00
           11            十一、城乡社区支出       43         0.00 0.00 0.00
           12            十二、农林水支出        44         0.00         0.00
           13            十三、交通运输支出       45         0.00              0.00
           14            十四、资源勘探工业信息等支出 46                  0.00
           15            十五、商业服务业等支出     47
           16            十六、金融支出         48                 0.00      0.00
           17            十七、援助其他地区支出     49        0.00     0.00 0.00 0.00
           18            十八、自然资源海洋气象等支出 50         0.00
           19            十九、住房保障支出       51      106.92 106.92            0.00
           20            二十、粮油物资储备支出     52                        0.00
           21            二十一、国有资本经营预算支出 53                                0.00
           22            二十二、灾害防治及应急管理支出 54        0.00            0.00
           23            二十三、其他支出        55        0.00
           24            二十四、债务还本支出      56                               0.00
           25            二十五、债务付息支出      57         0.00 0.00 0.00
           26            二十六、抗疫特别国债安排的支出 58         0.00 0.00
本年收入合计     27    4323.38 本年支出合计          59      4323.38 4323.38
`;

const LONE_END = `                                      2016年度
部门名称：新乡市教育局                                                                 单位：万元
  附件1-4
                                 财政拨款收入支出决算总表
         收入                                支出
                                                              政府 国有
                                                        一般公 性基 资本
    项目             金额            项目               合计 共预算      金预 经营
                                                        财政拨 算财 预算
              行次                               行次
                                                         款 政拨 财政
                                                              款 拨款
     栏次             1           栏次                 2     3 4 5
6    六、科学技术支出        38          0.00
7    七、文化旅游体育与传媒支出 39      0.00
8    八、社会保障和就业支出     40   10.64 10.64 0.00
9    九、卫生健康支出        41   11.46 11.46      0.00
10   十、节能环保支出        42                    0.00
11   十一、城乡社区支出       43    0.00       0.00 0.00
12   十二、农林水支出        44    0.00
13   十三、交通运输支出       45    0.00 0.00 0.00
14   十四、资源勘探工业信息等支出 46           0.00
15   十五、商业服务业等支出     47    0.00            0.00
16   十六、金融支出         48                    0.00
17   十七、援助其他地区支出     49    0.00 0.00 0.00
18   十八、自然资源海洋气象等支出 50           0.00      0.00
19   十九、住房保障支出       51   16.49 16.49      0.00
20   二十、粮油物资储备支出     52
21   二十一、国有资本经营预算支出 53           0.00          0.00
22   二十二、灾害防治及应急管理支出 54   0.00
23   二十三、其他支出        55                 0.00
`;

const rowsOf = (body: string) => {
  const d = parse(body);
  const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
  return (block: string, name: string) => {
    const row = t.rows.find((r) => r.block === block && r.name === name);
    return row ? Object.fromEntries(row.cells.filter((c) => c.raw !== '').map((c) => [c.column.slice(3, 5), c.value])) : undefined;
  };
};

describe('side-by-side spending halves placed by the figures that start a run', () => {
  it('groups the ends of the figures that start a run when the ends of all figures do not fall in one group per column (RUNS_ONLY)', () => {
    const row = rowsOf(RUNS_ONLY);
    // `一、一般公共服务支出        33         444.03 444.03 0.00`: one run from the 合计 column on
    expect(row('支出', '一、一般公共服务支出')).toEqual({ 合计: '4440300', 一般: '4440300', 政府: '0' });
    // `四、公共安全支出         36                     0.00 0.00 0.00`: one run from the 一般 column on
    expect(row('支出', '四、公共安全支出')).toEqual({ 一般: '0', 政府: '0', 国有: '0' });
    // `六、科学技术支出         38         694.14 694.14         0.00`
    expect(row('支出', '六、科学技术支出')).toEqual({ 合计: '6941400', 一般: '6941400', 国有: '0' });
    // `七、文化旅游体育与传媒支出    39            0.00          0.00 0.00`
    expect(row('支出', '七、文化旅游体育与传媒支出')).toEqual({ 合计: '0', 政府: '0', 国有: '0' });
    // `十三、交通运输支出        45                    0.00`
    expect(row('支出', '十三、交通运输支出')).toEqual({ 一般: '0' });
    // `十五、商业服务业等支出      47                         0.00 0.00`
    expect(row('支出', '十五、商业服务业等支出')).toEqual({ 政府: '0', 国有: '0' });
  });

  it('puts an income figure left of the spending label in the income half, however near the spending labels it starts (INCOME_NEAR_SPENDING, page 7)', () => {
    const row = rowsOf(INCOME_NEAR_SPENDING);
    // `二、政府性基金预算财政拨款 2    0.0 二、外交支出         34              0.0 0.0`
    expect(row('收入', '二、政府性基金预算财政拨款')).toEqual({ 金额: '0' });
    expect(row('支出', '二、外交支出')).toEqual({ 政府: '0', 国有: '0' });
    // `十四、资源勘探工业信息等支出 46   0.0 0.0`
    expect(row('支出', '十四、资源勘探工业信息等支出')).toEqual({ 合计: '0', 一般: '0' });
    const words = wordsOf('二、政府性基金预算财政拨款 2    0.0 二、外交支出         34              0.0 0.0');
    expect(halvesOf(words, [0, 21])).toEqual([0, 0, 0, 1, 1, 1, 1]);
  });

  it('places a line by the runs when the page\'s whole lines are runs themselves (INCOME_NEAR_SPENDING, page 8)', () => {
    const row = rowsOf(INCOME_NEAR_SPENDING);
    // `二十二、灾害防治及应急管理支出 54   0.0             0.0`
    expect(row('支出', '二十二、灾害防治及应急管理支出')).toEqual({ 合计: '0', 国有: '0' });
    // `二十三、其他支出        55   0.0 0.0         0.0`
    expect(row('支出', '二十三、其他支出')).toEqual({ 合计: '0', 一般: '0', 国有: '0' });
    // `二十五、债务付息支出      57   0.0        0.0 0.0`
    expect(row('支出', '二十五、债务付息支出')).toEqual({ 合计: '0', 政府: '0', 国有: '0' });
  });

  it('takes only the first figure of each run to group the ends', () => {
    const lines = ['33 444.03 444.03 0.00', '36       0.00 0.00', '38 694.14 694.14      0.00'].map((l) => wordsOf(l).filter((w) => w.kind === 'figure'));
    // run starts end at 9, 13 and 26; the figures after them are left out
    expect(runStartGroups(lines, 3)).toEqual([[9, 9], [13, 13], [26, 26]]);
    expect(runStartGroups(lines, 4)).toBeNull();
  });

  it('gives no checked groups, even as many as columns, when a line cannot place its figures on them', () => {
    const lines = ['33 444.03 444.03 0.00', '36       0.00 0.00 0.00', '38 694.14 694.14      0.00'].map((l) => wordsOf(l).filter((w) => w.kind === 'figure'));
    // three groups (ends 9, 13, 26) for three columns, but `36       0.00 0.00 0.00` starts its run in the second
    // column and squeezes a third figure past the last
    expect(runStartGroups(lines, 3, true)).toBeNull();
    expect(runStartGroups(lines, 3)).toEqual([[9, 9], [13, 13], [26, 26]]);
  });

  it('puts a figure one space after the one before it in the next column wherever it ends (GLUED_OFF_PLACE)', () => {
    const row = rowsOf(GLUED_OFF_PLACE);
    // the whole line `十七、援助其他地区支出     49        0.00     0.00 0.00 0.00` ends its columns at 55, 64, 69, 74
    // `四、公共安全支出        36         0.00 0.00`: 合计 at 56, the next one space after it
    expect(row('支出', '四、公共安全支出')).toEqual({ 合计: '0', 一般: '0' });
    // `十一、城乡社区支出       43         0.00 0.00 0.00`: ends 56, 61, 66
    expect(row('支出', '十一、城乡社区支出')).toEqual({ 合计: '0', 一般: '0', 政府: '0' });
    // `二十五、债务付息支出      57         0.00 0.00 0.00`
    expect(row('支出', '二十五、债务付息支出')).toEqual({ 合计: '0', 一般: '0', 政府: '0' });
  });

  it('leaves out a run ending apart from every other when grouping the ends, and does not place its line (LONE_END)', () => {
    const row = rowsOf(LONE_END);
    // run starts end at 30–31, 37, 42–44, 47 and once at 51 (`二十一、国有资本经营预算支出 53           0.00          0.00`)
    // `六、科学技术支出        38          0.00`
    expect(row('支出', '六、科学技术支出')).toEqual({ 一般: '0' });
    // `七、文化旅游体育与传媒支出 39      0.00`
    expect(row('支出', '七、文化旅游体育与传媒支出')).toEqual({ 合计: '0' });
    // `九、卫生健康支出        41   11.46 11.46      0.00` (万元)
    expect(row('支出', '九、卫生健康支出')).toEqual({ 合计: '114600', 一般: '114600', 国有: '0' });
    // `十一、城乡社区支出       43    0.00       0.00 0.00`
    expect(row('支出', '十一、城乡社区支出')).toEqual({ 合计: '0', 政府: '0', 国有: '0' });
    // `二十三、其他支出        55                 0.00`
    expect(row('支出', '二十三、其他支出')).toEqual({ 政府: '0' });
    // the lone end is more than two characters from every group: that line's figures are not placed
    const lone = row('支出', '二十一、国有资本经营预算支出');
    expect(lone?.国有).toBeUndefined();
  });

  it('drops a group of one end only when there are more groups than columns', () => {
    expect(endGroups([31, 31, 37, 37, 42, 44, 47, 47, 51], 4, true)).toEqual([[31, 31], [37, 37], [42, 44], [47, 47]]);
    expect(endGroups([31, 31, 37, 37, 42, 44, 47, 47, 51], 4)).toBeNull();
    expect(endGroups([31, 37, 37, 42, 44], 3, true)).toEqual([[31, 31], [37, 37], [42, 44]]);
  });
});
