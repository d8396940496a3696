/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path whose sparse page pdftotext laid out in bands: lines cut from a
 * converted text of the generated PDF corpus (郑州市教育局 2015 决算, 附表4). On the second page no spending line prints
 * all four figures, and pdftotext placed each run of rows printing a column on its own: the 合计 figures end at 60
 * (`十七`–`十九`), at 63 (`二十二`, `二十三`) and at 58 (`二十五` down to `本年支出合计`); the 一般公共预算拨款 figures at 73
 * down to `二十四`, at 67 from `本年支出合计` on; the 政府性基金 figures at 80 and the 国有资本经营 figures at 88 throughout
 * (character places on the line). Across the page the 合计 and 一般公共预算 figures stand from 58 to 73 with no gap
 * between the columns; within each run of rows the four columns stand apart. Values read by hand from the printed
 * lines (万元, so ×10000 in 元); the header's 合计, 一般公共, 基金预, 本经营 stand over them in that order.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { halfCells } from '../helpers.ts';

const BANDS = `\f                                         附表4 财政拨款收入支出决算总表
                                                     2015年度
部门名称：郑州市教育局                                                                              单位：万元
         收入                                     支出
                                                                政府性             国有资
    项目             金额            项目            合计 一般公共 预算拨款
                                                                基金预
                                                                算财政
                                                                                本经营
                                                                                预算财
              行次                           行次                   拨款              政拨款
     栏次               1            栏次            2        3      4               5
一、一般公共预算财政 1       4,292.86 一、一般公共服务支出     33 2,158.00 2,158.00                  0.00
拨款
二、政府性基金预算财 2            二、外交支出             34                     0.00   0.00
政拨款
三、国有资本经营预算 3            三、国防支出             35                     0.00   0.00
财政拨款
           4            四、公共安全支出           36          0.00                       0.00
           5            五、教育支出             37        509.77     509.77
           6            六、科学技术支出           38
           7            七、文化旅游体育与传媒支出      39                            0.00     0.00
           8            八、社会保障和就业支出        40        492.57     492.57
           9            九、卫生健康支出           41        891.14     891.14   0.00     0.00
           10           十、节能环保支出           42          0.00              0.00     0.00
           11           十一、城乡社区支出          43
           12           十二、农林水支出           44          0.00       0.00            0.00
           13           十三、交通运输支出          45                     0.00            0.00

                                                     第8页 共18页
\f         收入                                      支出
                                                                       政府性         国有资
    项目             金额           项目                    合计          一般公共 基金预         本经营
              行次                            行次                    预算拨款 算财政         预算财
                                                                       拨款          政拨款
    栏次              1              栏次                  2            3   4           5
           14               十四、资源勘探工业信息等支出 46
           15               十五、商业服务业等支出     47                              0.00    0.00
           16               十六、金融支出         48
           17               十七、援助其他地区支出     49          0.00         0.00   0.00
           18               十八、自然资源海洋气象等支出 50           0.00         0.00           0.00
           19               十九、住房保障支出       51        241.38       241.38   0.00
           20               二十、粮油物资储备支出     52                       0.00   0.00    0.00
           21               二十一、国有资本经营预算支出 53                               0.00    0.00
           22               二十二、灾害防治及应急管理支出 54             0.00                     0.00
           23               二十三、其他支出        55             0.00
           24               二十四、债务还本支出      56                       0.00   0.00    0.00
           25               二十五、债务付息支出      57        0.00                  0.00    0.00
           26               二十六、抗疫特别国债安排的支出 58        0.00                          0.00
本年收入合计     27      4,292.86 本年支出合计          59    4,292.86 4,292.86         0.00
年初财政拨款结转和结 28               年末财政拨款结转和结余     60                 0.00         0.00
余
一般公共预算财政拨款 29                               61



                                                      第9页 共18页
\f         收入                             支出
                                                       政府性   国有资
    项目             金额    项目                  合计   一般公共 基金预   本经营
              行次                   行次             预算拨款 算财政   预算财
                                                       拨款    政拨款
    栏次           1        栏次             2          3   4     5
政府性基金预算财政拨 30      0.00            62
款
国有资本经营预算财政 31                      63
拨款
总计         32 4,292.86 总计          64 4,292.86 4,292.86 0.00
  注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。本表金额转换为万元时，因四舍五入可能存在尾
`;

/**
 * 新乡市教育局 2016 决算, 财政拨款收入支出决算总表 (same corpus): narrow columns, the figures one to four characters
 * apart. The 一般公共预算 zeros of `三、国防支出`, `四、公共安全支出` and `十、节能环保支出` end at 51 (`0.0` from 48), the
 * 政府性基金 zeros at 55 and 56, the 国有资本经营 zeros at 59 to 61.
 */
const NARROW = `\f 附件1-4
                        财政拨款收入支出决算总表
                               2016年度
部门名称：新乡市教育局                                                     单位：万元
         收入                              支出
                                               一般 政府     国有
                                               公共 金预 资本
                                                    性基
       项目         金额          项目          合计 预算 算财 经营
               行次                      行次      财政 政拨 预算
                                               拨款 款 财政   拨款
       栏次          1          栏次           2 3 4 5
一、一般公共预算财政拨款 1 88.2 一、一般公共服务支出         33 5.7 5.7
二、政府性基金预算财政拨款 2    0.0 二、外交支出          34 0.0        0.0
三、国有资本经营预算财政拨款 3       三、国防支出          35       0.0
               4       四、公共安全支出        36       0.0 0.0
               5       五、教育支出          37 17.4 17.4 0.0 0.0
               6       六、科学技术支出        38 0.0 0.0 0.0
               7       七、文化旅游体育与传媒支出 39              0.0
               8       八、社会保障和就业支出     40 32.5 32.5       0.0
               9       九、卫生健康支出        41 14.2 14.2       0.0
               10      十、节能环保支出        42       0.0 0.0 0.0
               11      十一、城乡社区支出       43 0.0        0.0
               12      十二、农林水支出        44 0.0
               13      十三、交通运输支出       45 0.0        0.0 0.0
               14      十四、资源勘探工业信息等支出 46 0.0              0.0
               15      十五、商业服务业等支出     47 0.0 0.0 0.0 0.0
               16      十六、金融支出         48            0.0 0.0
               17      十七、援助其他地区支出     49       0.0
               18      十八、自然资源海洋气象等支出 50 0.0 0.0          0.0
               19      十九、住房保障支出       51 18.4 18.4 0.0
               20      二十、粮油物资储备支出     52 0.0 0.0 0.0 0.0
               21      二十一、国有资本经营预算支出 53        0.0 0.0
               22      二十二、灾害防治及应急管理支出 54 0.0 0.0 0.0
               23      二十三、其他支出        55 0.0 0.0
               24      二十四、债务还本支出      56 0.0        0.0 0.0
               25      二十五、债务付息支出      57                 0.0
               26      二十六、抗疫特别国债安排的支出 58       0.0
本年收入合计         27 88.2 本年支出合计          59 88.2 88.2

                              第6页 共14页
\f年初财政拨款结转和结余    28 0.0 年末财政拨款结转和结余    60       0.0
一般公共预算财政拨款     29                    61
政府性基金预算财政拨款    30                    62
国有资本经营预算财政拨款 31 0.0                  63
总计             32 88.2 总计            64 88.2 88.2 0.0 0.0
  注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结
`;

/**
 * 焦作市中站区教育局 2017 决算, 表四 (same corpus), its second page (from `-8-`): the 合计 zeros of `十三、交通运输支出`
 * and `十四、资源勘探工业信息等支出` end at 54 (`0.00` from 50); from `十八` on the 合计 figures end at 50 (`19.28` from 45,
 * `0.00` from 46) and the 一般公共预算 ones at 61 and 62.
 */
const APART = `\f                                     表四 财政拨款收入支出决算总表
                                              2017年度
部门名称：焦作市中站区教育局                                                                  单位：万元
        收入                               支出
                                                        政府 国有
                                                  一般公 性基 资本
    项目           金额            项目           合计 共预算      金预 经营
                                                  财政拨 算财 预算
           行次                            行次        款 政拨 财政
                                                        款 拨款
     栏次            1           栏次            2     3     4 5
一、一般公共预算财政 1     152.76 一、一般公共服务支出       33 51.73 51.73 0.00
拨款
二、政府性基金预算财 2          二、外交支出             34           0.00   0.00 0.00
政拨款
三、国有资本经营预算 3          三、国防支出             35                              0.00
财政拨款
           4          四、公共安全支出           36       0.00 0.00            0.00
           5          五、教育支出             37      23.92 23.92           0.00
           6          六、科学技术支出           38                       0.00 0.00
           7          七、文化旅游体育与传媒支出      39
           8          八、社会保障和就业支出        40      33.62 33.62 0.00 0.00
           9          九、卫生健康支出           41      24.22 24.22 0.00
           10         十、节能环保支出           42                  0.00 0.00

                                                -8-
\f           11          十一、城乡社区支出       43         0.00               0.00
           12          十二、农林水支出        44                0.00
           13          十三、交通运输支出       45         0.00   0.00 0.00
           14          十四、资源勘探工业信息等支出 46          0.00
           15          十五、商业服务业等支出     47
           16          十六、金融支出         48                0.00
           17          十七、援助其他地区支出     49                0.00       0.00
           18          十八、自然资源海洋气象等支出 50      0.00                  0.00
           19          十九、住房保障支出       51    19.28       19.28      0.00
           20          二十、粮油物资储备支出     52     0.00        0.00 0.00 0.00
           21          二十一、国有资本经营预算支出 53                       0.00
           22          二十二、灾害防治及应急管理支出 54         0.00              0.00
           23          二十三、其他支出        55                      0.00 0.00
           24          二十四、债务还本支出      56                 0.00      0.00
           25          二十五、债务付息支出      57         0.00         0.00 0.00
           26          二十六、抗疫特别国债安排的支出 58
本年收入合计     27   152.76 本年支出合计          59   152.76 152.76            0.00
年初财政拨款结转和结 28     0.00 年末财政拨款结转和结余     60            0.00            0.00
余
一般公共预算财政拨款 29                          61
政府性基金预算财政拨 30    0.00                  62
款

                                            -9-
\f国有资本经营预算财政 31   0.00              63
拨款
总计         32 152.76 总计           64 152.76 152.76 0.00 0.00
  注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。本表金额转换为万元时，因四
`;

function spendingRow(name: string, body = BANDS, head = '郑州市教育局2015年度部门决算'): Record<string, string | null> | undefined {
  const doc = parseDocument({ text: `${head}\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_fiscal_summary')!;
  return halfCells(t, '支出', name);
}

describe('side-by-side page pdftotext laid out in bands of rows, each band its own columns', () => {
  it('reads the rows of a band whose 合计 figures end where another band puts 一般公共预算', () => {
    // `十七、援助其他地区支出     49          0.00         0.00   0.00`: ends 60, 73, 80
    expect(spendingRow('十七、援助其他地区支出')).toEqual({ 合计: '0', 一般: '0', 政府: '0' });
    // `十八、自然资源海洋气象等支出 50           0.00         0.00           0.00`: ends 60, 73, 88
    expect(spendingRow('十八、自然资源海洋气象等支出')).toEqual({ 合计: '0', 一般: '0', 国有: '0' });
    // `二十、粮油物资储备支出     52                       0.00   0.00    0.00`: ends 73, 80, 88
    expect(spendingRow('二十、粮油物资储备支出')).toEqual({ 一般: '0', 政府: '0', 国有: '0' });
    // `二十一、国有资本经营预算支出 53                               0.00    0.00`: ends 80, 88
    expect(spendingRow('二十一、国有资本经营预算支出')).toEqual({ 政府: '0', 国有: '0' });
  });

  it('reads a band of its own: 合计 at 63 with 一般公共预算 still at 73', () => {
    // `二十二、灾害防治及应急管理支出 54             0.00                     0.00`: ends 63, 88
    expect(spendingRow('二十二、灾害防治及应急管理支出')).toEqual({ 合计: '0', 国有: '0' });
    // `二十三、其他支出        55             0.00`: ends 63
    expect(spendingRow('二十三、其他支出')).toEqual({ 合计: '0' });
    // `二十四、债务还本支出      56                       0.00   0.00    0.00`: ends 73, 80, 88
    expect(spendingRow('二十四、债务还本支出')).toEqual({ 一般: '0', 政府: '0', 国有: '0' });
  });

  it('reads the last band: 合计 at 58, 一般公共预算 at 67', () => {
    // `二十五、债务付息支出      57        0.00                  0.00    0.00`: ends 58, 80, 88
    expect(spendingRow('二十五、债务付息支出')).toEqual({ 合计: '0', 政府: '0', 国有: '0' });
    // `二十六、抗疫特别国债安排的支出 58        0.00                          0.00`: ends 58, 88
    expect(spendingRow('二十六、抗疫特别国债安排的支出')).toEqual({ 合计: '0', 国有: '0' });
    // `本年支出合计          59    4,292.86 4,292.86         0.00`: 58, 67 (one space after), 80
    expect(spendingRow('本年支出合计')).toEqual({ 合计: '42928600', 一般: '42928600', 政府: '0' });
    // `年末财政拨款结转和结余     60                 0.00         0.00`: ends 67, 80
    expect(spendingRow('年末财政拨款结转和结余')).toEqual({ 一般: '0', 政府: '0' });
  });
});

describe('side-by-side narrow page: a band of two lines gives no columns by the ends of squeezed figures', () => {
  it('never reads a lone zero ending where the 一般公共预算 zeros end as 政府性基金', () => {
    // `十七、援助其他地区支出     49          0.0`: `0.0` from 48 to 51, where 三、四 and 十 end their 一般公共预算 zero;
    // the line below, `十八 … 50 0.0 0.0          0.0`, ends its squeezed zeros at 44 and 48: those are no column ends
    const row = spendingRow('十七、援助其他地区支出', NARROW, '新乡市教育局2016年度部门决算');
    expect(row?.政府).toBeUndefined();
    expect(row?.国有).toBeUndefined();
  });
});

describe('side-by-side page: a band whose columns overlap is two blocks taken for one', () => {
  it('never reads a zero that starts where the band reads another column\'s figures end as a column of its own', () => {
    // `十四、资源勘探工业信息等支出 46          0.00`: `0.00` from 50 to 54; the rows from `十八` to `十九` end their
    // 合计 figures at 50: one band holding both would put the zero starting at 50 in a column after the one ending there
    const row = spendingRow('十四、资源勘探工业信息等支出', APART, '焦作市中站区教育局2017年度部门决算');
    expect(row?.一般).toBeUndefined();
    expect(row?.政府).toBeUndefined();
  });
});
