/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path whose spending half (合计 and one column per fund) prints some
 * cells blank on nearly every line. Lines cut from converted texts of the generated PDF corpus (焦作市中站区生态环境局
 * 2015 决算, page 5: no line prints all four spending figures; 郑州市教育局 2015 决算, pages 9–10: the columns stand
 * further right on the lower lines of page 10 than on its upper ones); values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { endGroups } from '../../src/lib/parse/layouts/side-by-side/pdf-rows.ts';

const parse = (body: string) => parseDocument({ text: `2015年度\n部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const NO_WHOLE_LINE = `部门名称：焦作市中站区生态环境局                                            单位：万元
2015年度部门决算表                                          财政拨款收入支出决算总表
            收入                               支出
                                                          政府 国有
                                                   一般公 性基 资本
       项目      行次 金额            项目       行次 合计 共预算        金预 经营
                                                   财政拨 算财 预算
                                                    款 政拨 财政
                                                           款 拨款
一、一般公共预算财政拨款 1 481.92 一、一般公共服务支出         33 139.93 139.93 0.00
二、政府性基金预算财政拨款 2     0.00 二、外交支出          34   0.00             0.00
三、国有资本经营预算财政拨款 3         三、国防支出          35   0.00 0.00
               4         四、公共安全支出        36   0.00 0.00        0.00
               5         五、教育支出          37   0.00        0.00
               6         六、科学技术支出        38   0.00 0.00 0.00
               7         七、文化旅游体育与传媒支出 39     0.00        0.00
               8         八、社会保障和就业支出     40 140.99 140.99
               9         九、卫生健康支出        41 43.71 43.71        0.00
               10        十、节能环保支出        42 93.14 93.14
               11        十一、城乡社区支出       43   0.00        0.00
               12        十二、农林水支出        44
               13        十三、交通运输支出       45
               14        十四、资源勘探工业信息等支出 46    0.00        0.00 0.00
               15        十五、商业服务业等支出     47   0.00        0.00 0.00
               16        十六、金融支出         48   0.00        0.00
               17        十七、援助其他地区支出     49   0.00        0.00
               18        十八、自然资源海洋气象等支出 50    0.00        0.00
               19        十九、住房保障支出       51 64.15 64.15        0.00
               20        二十、粮油物资储备支出     52   0.00 0.00        0.00
               21        二十一、国有资本经营预算支出 53    0.00        0.00 0.00
               22        二十二、灾害防治及应急管理支出 54   0.00 0.00 0.00
               23        二十三、其他支出        55   0.00        0.00 0.00
               24        二十四、债务还本支出      56   0.00             0.00
               25        二十五、债务付息支出      57                    0.00
               26        二十六、抗疫特别国债安排的支出 58               0.00 0.00
本年收入合计         27 481.92 本年支出合计          59 481.92 481.92      0.00
年初财政拨款结转和结余    28   0.00 年末财政拨款结转和结余     60   0.00 0.00        0.00
一般公共预算财政拨款     29   0.00                 61
政府性基金预算财政拨款    30                        62
国有资本经营预算财政拨款 31     0.00                 63
总计             32 481.92 总计              64 481.92 481.92      0.00
  注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结
转结余情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;

const SHIFTING_PAGE = `                                 附表4 财政拨款收入支出决算总表
                                           2015年度
部门名称：郑州市教育局                                                                               单位：元
              收入                                           支出
                                                                                政府性 国有资
      项目                  金额             项目               合计        一般公共预算财 基金预 本经营
                   行次                                行次               政拨款       算财政 预算财
                                                                                 拨款 政拨款
      栏次                     1              栏次              2           3         4    5
一、一般公共预算财政拨款 1          191424061.82 一、一般公共服务支出      33 38376339.10 38376339.10
二、政府性基金预算财政拨款 2                 0.00 二、外交支出          34        0.00               0.00 0.00
三、国有资本经营预算财政拨款 3                0.00 三、国防支出          35        0.00                    0.00
               4                     四、公共安全支出        36        0.00        0.00
               5                     五、教育支出          37 56105037.84 56105037.84
               6                     六、科学技术支出        38        0.00               0.00 0.00
               7                     七、文化旅游体育与传媒支出   39                    0.00
               8                     八、社会保障和就业支出     40 28526308.46 28526308.46        0.00
               9                     九、卫生健康支出        41 58469448.82 58469448.82        0.00
               10                    十、节能环保支出        42        0.00        0.00        0.00
               11                    十一、城乡社区支出       43        0.00        0.00
               12                    十二、农林水支出        44

                                              9/18
              收入                                            支出
                                                                                  政府性 国有资
         项目               金额             项目                  合计        一般公共预算财 基金预 本经营
                   行次                                 行次                 政拨款      算财政 预算财
                                                                                   拨款 政拨款
         栏次                1                栏次                 2          3         4    5
                   13                十三、交通运输支出       45           0.00       0.00 0.00
                   14                十四、资源勘探工业信息等支出 46            0.00       0.00 0.00 0.00
                   15                十五、商业服务业等支出     47                                  0.00
                   16                十六、金融支出         48           0.00              0.00
                   17                十七、援助其他地区支出     49           0.00       0.00 0.00 0.00
                   18                十八、自然资源海洋气象等支出 50                       0.00
                   19                十九、住房保障支出       51     9946927.60 9946927.60 0.00 0.00
                   20                二十、粮油物资储备支出     52
                   21                二十一、国有资本经营预算支出 53            0.00                        0.00
                   22                二十二、灾害防治及应急管理支出 54                         0.00   0.00   0.00
                   23                二十三、其他支出        55                                       0.00
                   24                二十四、债务还本支出      56                         0.00          0.00
                   25                二十五、债务付息支出      57            0.00         0.00          0.00
                   26                二十六、抗疫特别国债安排的支出 58            0.00                0.00
本年收入合计             27   191424061.82 本年支出合计          59    191424061.82 191424061.82   0.00   0.00

`;

const spending = (body: string) => {
  const d = parse(body);
  const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
  return (name: string) => {
    const row = t.rows.find((r) => r.block === '支出' && r.name === name);
    return row ? Object.fromEntries(row.cells.filter((c) => c.raw !== '').map((c) => [c.column.slice(3, 5), c.value])) : undefined;
  };
};

describe('side-by-side spending halves with blank cells on the PDF path', () => {
  it('groups the figure ends of a page with no whole line into one column each (lines 10–35 of the first fixture)', () => {
    const row = spending(NO_WHOLE_LINE);
    // line 10: `一、一般公共服务支出 33 139.93 139.93 0.00` (the figures run on from the 行次 number: 合计, 一般, 政府)
    expect(row('一、一般公共服务支出')).toEqual({ 合计: '1399300', 一般: '1399300', 政府: '0' });
    // line 11: `二、外交支出 34   0.00             0.00`
    expect(row('二、外交支出')).toEqual({ 合计: '0', 国有: '0' });
    // line 15: `六、科学技术支出 38   0.00 0.00 0.00`: three figures run together end short of the 政府 column's end
    expect(row('六、科学技术支出')).toEqual({ 合计: '0', 一般: '0', 政府: '0' });
    // line 34: `二十五、债务付息支出 57                    0.00`
    expect(row('二十五、债务付息支出')).toEqual({ 国有: '0' });
    // line 35: `二十六、抗疫特别国债安排的支出 58               0.00 0.00`
    expect(row('二十六、抗疫特别国债安排的支出')).toEqual({ 政府: '0', 国有: '0' });
  });

  it('places a line on its nearest whole lines when the page median does not place it (lines 12–44 of the second fixture)', () => {
    const row = spending(SHIFTING_PAGE);
    // page 9, no whole line: line 12 `三、国防支出 35        0.00                    0.00`
    expect(row('三、国防支出')).toEqual({ 合计: '0', 国有: '0' });
    // page 9: line 16 `七、文化旅游体育与传媒支出   39                    0.00`
    expect(row('七、文化旅游体育与传媒支出')).toEqual({ 一般: '0' });
    // page 10, lines 38–40, above the whole line 44 `本年支出合计 59 191424061.82 191424061.82 0.00 0.00`
    expect(row('二十一、国有资本经营预算支出')).toEqual({ 合计: '0', 国有: '0' });
    expect(row('二十二、灾害防治及应急管理支出')).toEqual({ 一般: '0', 政府: '0', 国有: '0' });
    expect(row('二十三、其他支出')).toEqual({ 国有: '0' });
  });

  it('groups figure ends only into as many columns as the half has, each group narrow', () => {
    expect(endGroups([50, 55, 57, 60, 62, 67, 50], 4)).toEqual([[50, 50], [55, 57], [60, 62], [67, 67]]);
    expect(endGroups([50, 62, 67], 4)).toBeNull();
    expect(endGroups([50, 52, 54, 60, 67, 70], 4)).toBeNull();
  });
});
