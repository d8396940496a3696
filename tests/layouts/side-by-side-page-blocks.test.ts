/**
 * Side-by-side 财政拨款收支总表 on the PDF path whose first rows pdftotext laid out as a block of their own, set with the
 * header some characters right of the rest of the page: lines cut from a converted text of the generated PDF corpus
 * (焦作市商务局 2017 预算, page 8). The rows down to `外交` end their spending figures at 46, 55, 60, 65 (`一般公共服务`
 * prints all four), the rows from `国防` on at 40, 49, 54, 59 (the figures that start a run): neither set places the
 * other block's lines, and the page's figure ends fall in no four groups. Values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const TWO_BLOCKS = `                            表4：财政拨款收支总表
部门：焦作市商务局                                                           单位：万元
        收入                              支出
                                                        政府 国有
      项目          金额        项目         合计 预算拨款 性基
                                               一般公共
                                                        金预 经营
                                                             资本
                                                        算 预算
一、本年收入       39011.18 一、本年支出          39091.46 39091.46 0.00
（一）一般公共预算拨款 39011.18 一般公共服务           11284.53 11284.53 0.00 0.00
（二）政府性基金预算拨款     0.00 外交                  0.00     0.00
（三）国有资本经营预算拨          国防                     0.00
款
二、上年结转          80.28 公共安全                   0.00
                      教育            0.00          0.00 0.00
                      科学技术          0.00     0.00 0.00
                      文化旅游体育与传媒              0.00
                      社会保障和就业   13108.71 13108.71      0.00
                      卫生健康       4998.94 4998.94       0.00
                      节能环保          0.00     0.00 0.00
                      城乡社区                   0.00 0.00 0.00
                      农林水           0.00               0.00
                      交通运输          0.00     0.00 0.00
                      资源勘探工业信息等 3051.57 3051.57
                      商业服务业等                 0.00 0.00 0.00
                      金融            0.00     0.00
                      援助其他地区                      0.00 0.00
                      自然资源海洋气象等     0.00
                      住房保障       6647.71 6647.71 0.00
                      粮油物资储备        0.00               0.00
                      国有资本经营预算                    0.00 0.00
                      灾害防治及应急管理                   0.00
                      其他            0.00     0.00      0.00
                      债务还本          0.00     0.00 0.00
                      债务付息          0.00
                      抗疫特别国债安排的     0.00               0.00
`;

const parseBudget = (body: string) => parseDocument({ text: `2017年\n焦作市商务局部门预算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

/** One row's printed cells (in 元: the table prints 万元) by the two characters naming their column (`金额`, `合计`, …). */
function rowsOf(body: string): (block: string, name: string) => Record<string, string | null> | undefined {
  const t = parseBudget(body).tables.find((x) => x.kind === 'budget_fiscal_summary')!;
  return (block, name) => {
    const row = t.rows.find((r) => r.block === block && r.name === name);
    return row ? Object.fromEntries(row.cells.filter((c) => c.raw !== '').map((c) => [c.column.slice(3, 5), c.value])) : undefined;
  };
}

describe('side-by-side page whose first rows pdftotext shifted as a block', () => {
  it('reads each block on its own columns', () => {
    const row = rowsOf(TWO_BLOCKS);
    // upper block: `外交 0.00 0.00` ends at 46 and 55, the 合计 and 一般 of `一般公共服务`
    expect(row('支出', '外交')).toEqual({ 合计: '0', 一般: '0' });
    // lower block: `国防 0.00` ends at 49, `教育 0.00 0.00 0.00` at 40, 54, 59, `科学技术` at 40, 49, 54
    expect(row('支出', '国防')).toEqual({ 一般: '0' });
    expect(row('支出', '教育')).toEqual({ 合计: '0', 政府: '0', 国有: '0' });
    expect(row('支出', '科学技术')).toEqual({ 合计: '0', 一般: '0', 政府: '0' });
    // `社会保障和就业 13108.71 13108.71 0.00`: the second figure one space after the first, the zero ending at 59
    expect(row('支出', '社会保障和就业')).toEqual({ 合计: '131087100', 一般: '131087100', 国有: '0' });
    // `援助其他地区 0.00 0.00` ends at 54 and 59
    expect(row('支出', '援助其他地区')).toEqual({ 政府: '0', 国有: '0' });
    // `住房保障 6647.71 6647.71 0.00`: each figure one space after the one before, from 合计 on
    expect(row('支出', '住房保障')).toEqual({ 合计: '66477100', 一般: '66477100', 政府: '0' });
    // the income half, not shifted: `二、上年结转 80.28`
    expect(row('收入', '二、上年结转')).toEqual({ 金额: '802800' });
  });
});

/**
 * 财政拨款收入支出决算总表 (阳泉市工业和信息化局 2016 决算, pages 1 and 2): on the second page the rows down to
 * `二十、粮油物资储备支出` end their spending figures at 60, 70, 78, 83, the rows from `二十一、国有资本经营预算支出` on
 * at 58, 67, 78, 85; no line prints all four, and the two blocks moved their columns by different amounts (−2, −3, 0,
 * +2). Each block's run-start figures stand in all four columns.
 */
const TWO_BLOCKS_EACH_WHOLE = `                                阳泉市工业和信息化局2016年度部门决算

                                       2016年度
部门：阳泉市工业和信息化局                                                                         单位：万元
2016年度部门决算表                                                                    财政拨款收入支出决算总表
          收入                                    支出
                                                           一般公共 政府性    国有资
    项目     行次   金额              项目         行次        合计 预算财政 基金预       本经营
                                                            拨款 算财政     预算财
                                                                   拨款 政拨款
一、一般公共预算财政 1    3,909.50 一、一般公共服务支出        33        667.88 667.88 0.00 0.00
拨款
二、政府性基金预算财 2      0.00 二、外交支出              34         0.00                  0.00
政拨款
三、国有资本经营预算 3          三、国防支出               35                        0.00   0.00
财政拨款
           4          四、公共安全支出             36          0.00          0.00
           5          五、教育支出               37        110.00 110.00   0.00   0.00
           6          六、科学技术支出             38         43.77  43.77   0.00
           7          七、文化旅游体育与传媒支出        39                 0.00   0.00
           8          八、社会保障和就业支出          40    1,421.15 1,421.15   0.00
           9          九、卫生健康支出             41     643.79 643.79      0.00
           10         十、节能环保支出             42        0.00            0.00
           11         十一、城乡社区支出            43                 0.00   0.00   0.00
                                 阳泉市工业和信息化局2016年度部门决算

         收入                                      支出
                                                               一般公共      政府性  国有资
    项目        行次   金额            项目         行次        合计       预算财政      基金预  本经营
                                                                拨款       算财政  预算财
                                                                         拨款   政拨款
              12            十二、农林水支出        44          0.00                   0.00
              13            十三、交通运输支出       45          0.00              0.00 0.00
              14            十四、资源勘探工业信息等支出 46         658.75    658.75
              15            十五、商业服务业等支出     47          0.00      0.00    0.00
              16            十六、金融支出         48          0.00      0.00
              17            十七、援助其他地区支出     49                            0.00
              18            十八、自然资源海洋气象等支出 50                     0.00    0.00
              19            十九、住房保障支出       51        364.17    364.17
              20            二十、粮油物资储备支出     52                    0.00    0.00
              21            二十一、国有资本经营预算支出 53         0.00                       0.00
              22            二十二、灾害防治及应急管理支出 54        0.00     0.00              0.00
              23            二十三、其他支出        55        0.00     0.00
              24            二十四、债务还本支出      56        0.00                0.00
              25            二十五、债务付息支出      57        0.00     0.00
              26            二十六、抗疫特别国债安排的支出 58        0.00     0.00       0.00
本年收入合计        27   3,909.50 本年支出合计          59    3,909.50 3,909.50       0.00
`;

const parseFinal = (body: string) => parseDocument({ text: `2016年度\n阳泉市工业和信息化局部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

describe('side-by-side page in two blocks whose columns moved by different amounts', () => {
  it('reads each block on its own columns when each block has figures starting a run in every column', () => {
    const t = parseFinal(TWO_BLOCKS_EACH_WHOLE).tables.find((x) => x.kind === 'final_fiscal_summary')!;
    const row = (name: string) => {
      const r = t.rows.find((x) => x.block === '支出' && x.name === name);
      return r ? Object.fromEntries(r.cells.filter((c) => c.raw !== '').map((c) => [c.column.slice(3, 5), c.value])) : undefined;
    };
    // upper block: `十二、农林水支出 44 0.00 … 0.00` ends at 60 and 83 (合计, 国有)
    expect(row('十二、农林水支出')).toEqual({ 合计: '0', 国有: '0' });
    // `十七、援助其他地区支出 49 … 0.00` ends at 78 (政府); `十八、自然资源海洋气象等支出` at 70 and 78
    expect(row('十七、援助其他地区支出')).toEqual({ 政府: '0' });
    expect(row('十八、自然资源海洋气象等支出')).toEqual({ 一般: '0', 政府: '0' });
    // lower block: `二十一、国有资本经营预算支出 53 0.00 … 0.00` ends at 58 and 85 (合计, 国有)
    expect(row('二十一、国有资本经营预算支出')).toEqual({ 合计: '0', 国有: '0' });
    // `二十四、债务还本支出 56 0.00 … 0.00` ends at 58 and 78 (合计, 政府)
    expect(row('二十四、债务还本支出')).toEqual({ 合计: '0', 政府: '0' });
    expect(row('二十六、抗疫特别国债安排的支出')).toEqual({ 合计: '0', 一般: '0', 政府: '0' });
  });
});

// 焦作市生态环境局 2017 决算, 财政拨款收入支出决算总表, pages 6–8: on page 7 the rows down to `十八、自然资源海洋气象等支出`
// end their spending figures that start a run at 49–50, 56, 62 and 66–68, the rows from `十九、住房保障支出` on at 50, 56,
// 60 and 64: pdftotext moved the 政府性基金 column two characters left and the 国有资本经营 column two to four, so the upper
// block's 政府性基金 end (62) stands as near the lower block's 国有资本经营 end (64) as its own (60), on its own side.
const COLUMNS_MOVED_APART = `
                                          2017年度
部门：焦作市生态环境局                                                                单位：万元
                               表四 财政拨款收入支出决算总表
         收入                               支出
                                                       政府 国有
                                                  一般公 性基 资本
    项目        行次 金额            项目          行次 合计 共预算   金预 经营
                                                  财政拨 算财 预算
                                                   款 政拨 财政
                                                       款 拨款
一、一般公共预算财政 1     474.2 一、一般公共服务支出          33  2.5 2.5 0.0 0.0
拨款
二、政府性基金预算财 2          二、外交支出               34              0.0       0.0
政拨款
三、国有资本经营预算 3      0.0 三、国防支出               35       0.0    0.0 0.0
财政拨款
           4          四、公共安全支出             36       0.0    0.0       0.0
           5          五、教育支出               37              0.0
           6          六、科学技术支出             38        0.0
           7          七、文化旅游体育与传媒支出        39        0.0
           8          八、社会保障和就业支出          40       43.6 43.6
           9          九、卫生健康支出             41      137.7 137.7
           10         十、节能环保支出             42       81.9 81.9

                                           6/15
                              焦作市生态环境局2017年度部门决算

           11         十一、城乡社区支出       43             0.0       0.0
           12         十二、农林水支出        44                   0.0 0.0
           13         十三、交通运输支出       45      0.0    0.0
           14         十四、资源勘探工业信息等支出 46       0.0                0.0
           15         十五、商业服务业等支出     47                         0.0
           16         十六、金融支出         48                   0.0
           17         十七、援助其他地区支出     49                   0.0
           18         十八、自然资源海洋气象等支出 50        0.0 0.0           0.0
           19         十九、住房保障支出       51     208.4 208.4
           20         二十、粮油物资储备支出     52
           21         二十一、国有资本经营预算支出 53                  0.0 0.0
           22         二十二、灾害防治及应急管理支出 54       0.0 0.0       0.0
           23         二十三、其他支出        55                 0.0
           24         二十四、债务还本支出      56                 0.0
           25         二十五、债务付息支出      57             0.0 0.0
           26         二十六、抗疫特别国债安排的支出 58       0.0       0.0 0.0
本年收入合计     27   474.2 本年支出合计          59     474.2 474.2 0.0 0.0
年初财政拨款结转和结 28         年末财政拨款结转和结余     60       0.0       0.0 0.0
余
一般公共预算财政拨款 29                         61
政府性基金预算财政拨 30    0.0                  62
款

                                      7/15
                           焦作市生态环境局2017年度部门决算

国有资本经营预算财政 31                    63
拨款
总计         32 474.2 总计           64 474.2 474.2 0.0
`;

describe('side-by-side page in two blocks where a column moved as far as two columns stand apart', () => {
  it('reads each block on its own columns when the equally near column of the other block stands on its own side', () => {
    const t = parseDocument({ text: `2017年度\n焦作市生态环境局部门决算\n\n${COLUMNS_MOVED_APART}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' }).tables.find((x) => x.kind === 'final_fiscal_summary')!;
    const row = (name: string) => {
      const r = t.rows.find((x) => x.block === '支出' && x.name === name);
      return r ? Object.fromEntries(r.cells.filter((c) => c.raw !== '').map((c) => [c.column.slice(3, 5), c.value])) : undefined;
    };
    // upper block: `十二、农林水支出        44                   0.0 0.0` ends at 62 and 66 (政府, 国有)
    expect(row('十二、农林水支出')).toEqual({ 政府: '0', 国有: '0' });
    // `十四、资源勘探工业信息等支出 46       0.0                0.0` ends at 49 and 68 (合计, 国有)
    expect(row('十四、资源勘探工业信息等支出')).toEqual({ 合计: '0', 国有: '0' });
    // `十六、金融支出         48                   0.0` ends at 62 (政府)
    expect(row('十六、金融支出')).toEqual({ 政府: '0' });
    // `十八、自然资源海洋气象等支出 50        0.0 0.0           0.0` ends at 50, 54 and 68 (合计, 一般, 国有)
    expect(row('十八、自然资源海洋气象等支出')).toEqual({ 合计: '0', 一般: '0', 国有: '0' });
    // lower block: `二十一、国有资本经营预算支出 53                  0.0 0.0` ends at 60 and 64 (政府, 国有)
    expect(row('二十一、国有资本经营预算支出')).toEqual({ 政府: '0', 国有: '0' });
  });
});
