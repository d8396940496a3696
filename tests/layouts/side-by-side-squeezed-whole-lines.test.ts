/**
 * Side-by-side 财政拨款收支 summaries on the PDF path whose whole lines (every spending figure printed) are squeezed:
 * pdftotext puts each figure after the first one space after the one before it, so those figures end short of their
 * columns and the whole lines' ends are no column's. A squeezed figure of a whole line takes its column's end from the
 * page's figures that start a run — unless a squeezed figure would then end at or left of the column before it, when
 * those groups are not its page's (a block of lines pdftotext shifted on the page ran into them). Lines cut from
 * converted texts of the generated PDF corpus (焦作市中站区科学技术局 2017 决算, page 6; 焦作市山阳区教育局 2018 预算,
 * page 7: its first rows shifted five characters right of the rest; 洛阳市财政局 2015 决算, page 5: a figure starting a run
 * apart from every group); values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const SQUEEZED_WHOLE_LINES = `2017年度部门决算表                                                             财政拨款收入支出决算总表
            收入                                    支出
                                                  一般公共 政府性      国有资
      项目       行次 金额           项目      行次 合计 预算财政 基金预           本经营
                                                   拨款 拨款 预算财
                                                          算财政
                                                                政拨款
一、一般公共预算财政拨款 1 3952.00 一、一般公共服务支出      33 1650.34 1650.34
二、政府性基金预算财政拨款 2    0.00 二、外交支出         34
三、国有资本经营预算财政拨款 3        三、国防支出         35    0.00 0.00           0.00
               4        四、公共安全支出       36    0.00 0.00 0.00 0.00
               5        五、教育支出         37    0.00 0.00 0.00 0.00
               6        六、科学技术支出       38 482.44 482.44          0.00
               7        七、文化旅游体育与传媒支出 39     0.00                0.00
               8        八、社会保障和就业支出    40 741.59 741.59
               9        九、卫生健康支出       41 323.00 323.00 0.00 0.00
               10       十、节能环保支出       42    0.00 0.00 0.00 0.00
               11       十一、城乡社区支出      43    0.00          0.00
               12       十二、农林水支出       44                  0.00
               13       十三、交通运输支出      45
               14       十四、资源勘探工业信息等支出 46            0.00
               15       十五、商业服务业等支出    47    0.00          0.00 0.00
               16       十六、金融支出        48    0.00
               17       十七、援助其他地区支出    49            0.00        0.00
               18       十八、自然资源海洋气象等支出 50            0.00 0.00
               19       十九、住房保障支出      51 754.63 754.63 0.00 0.00
               20       二十、粮油物资储备支出    52    0.00
               21       二十一、国有资本经营预算支出 53                  0.00
`;

const SHIFTED_FIRST_ROWS = `部门：焦作市山阳区教育局                                              单位：万元
                            2018年财政拨款收支预算表
           收入                      支出
                                          一般公 政府   国有
      项目          金额      项目       合计 共预算 性基       资本
                                          拨款 金预    经营
                                                 算 预算
一、本年收入        176.80 一、本年支出        176.80 176.80
（一）财政拨款（补助）   176.80 一般公共服务         51.01 51.01    0.00
（二）政府性基金预算拨款    0.00 外交
（三）国有资本经营预算拨款        国防         0.00 0.00
二、上年结转               公共安全             0.00 0.00 0.00
                     教育        20.77 20.77 0.00
                     科学技术       0.00 0.00
                     文化旅游体育与传媒        0.00      0.00
                     社会保障和就业   61.45 61.45 0.00 0.00
                     卫生健康      26.17 26.17 0.00 0.00
                     节能环保             0.00 0.00
                     城乡社区
                     农林水        0.00 0.00       0.00

`;

const RUN_APART = `                                                     2015年度
部门：洛阳市财政局                                                                                               单位：元
2015年度部门决算表                                                                                     财政拨款收入支出决算总表
              收入                                      支出
                                                                                政府 国有
                                                                                性基 资本
     项目        行次     金额                 项目     行次        合计       一般公共预算财      金预 经营
                                                                     政拨款 算财 预算
                                                                                政拨 财政
                                                                                款 拨款
一、一般公共预算财政 1        217437149.67 一、一般公共服务支出     33      74089719.93 74089719.93
拨款
二、政府性基金预算财 2               0.00 二、外交支出          34              0.00                     0.00
政拨款
三、国有资本经营预算 3                  三、国防支出            35                         0.00          0.00
财政拨款
           4                  四、公共安全支出          36
           5                  五、教育支出            37      34642714.66 34642714.66          0.00
           6                  六、科学技术支出          38                                0.00
           7                  七、文化旅游体育与传媒支出     39                         0.00      0.00
           8                  八、社会保障和就业支出       40      46605041.56 46605041.56 0.00 0.00
           9                  九、卫生健康支出          41      38792861.00 38792861.00
           10                 十、节能环保支出          42                         0.00
           11                 十一、城乡社区支出         43                         0.00 0.00 0.00
           12                 十二、农林水支出          44                         0.00 0.00 0.00
           13                 十三、交通运输支出         45             0.00        0.00
           14                 十四、资源勘探工业信息等支出    46                              0.00
           15                 十五、商业服务业等支出       47                         0.00
`;

// 阳泉市商务局 2018 预算, 财政拨款收支总表: on its second page only `支出总计` prints all four spending figures, one
// space apart, ending at 45, 56, 61, 66; every other line ends its figures at 50, 59–60, 65 and 70.
const SQUEEZED_ONLY_WHOLE_LINE = `                                    表4：财政拨款收支总表
           收入                               支出
                                                              政府 国有
      项目            金额         项目         合计       一般公共预 性基 资本
                                                     算拨款 金预 经营
                                                              算 预算
一、本年收入       6199489.68 一、本年支出          6209489.68 6209489.68
（一）财政拨款（补助） 6199489.68 一般公共服务           2603461.13 2603461.13 0.00
（二）政府性基金预算拨款            外交                               0.00 0.00 0.00
（三）国有资本经营预算拨            国防                    0.00
款
二、上年结转         10000.00 公共安全            0.00       0.00 0.00
                        教育                         0.00 0.00
                        科学技术                            0.00
                        文化旅游体育与传媒                  0.00
                        社会保障和就业   1787791.67 1787791.67      0.00
                        卫生健康       805248.54 805248.54
                        节能环保            0.00            0.00
                        城乡社区                       0.00      0.00
                        农林水                        0.00 0.00 0.00
                        交通运输            0.00                 0.00

                                          第8页 共15页
                                      阳泉市商务局2018年部门预算

           收入                                支出
                                                             政府 国有
      项目            金额         项目         合计       一般公共预 性基 资本
                                                    算拨款 金预 经营
                                                             算 预算
                         资源勘探工业信息等        92988.34 92988.34
                         商业服务业等                         0.00      0.00
                         金融                   0.00
                         援助其他地区               0.00      0.00      0.00
                         自然资源海洋气象等                      0.00 0.00
                         住房保障            920000.00 920000.00      0.00
                         粮油物资储备               0.00      0.00 0.00
                         国有资本经营预算             0.00                0.00
                         灾害防治及应急管理            0.00
                         其他                   0.00                0.00
                         债务还本                                     0.00
                         债务付息                 0.00
                         抗疫特别国债安排的                      0.00 0.00
收入总计          6209489.68 二、年终结转结余
                         支出总计      6209489.68 6209489.68 0.00 0.00
`;

const rowsOf = (text: string, kind: string) => {
  const d = parseDocument({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === kind)!;
  return (block: string, name: string) => {
    const row = t.rows.find((r) => r.block === block && r.name === name);
    return row ? Object.fromEntries(row.cells.filter((c) => c.raw !== '').map((c) => [c.column.slice(3, 5), c.value])) : undefined;
  };
};

describe('side-by-side spending halves whose whole lines are squeezed', () => {
  it('places a line on the columns the run-start figures show, not on the squeezed ends of the whole lines (SQUEEZED_WHOLE_LINES)', () => {
    const row = rowsOf(`2017年度\n部门决算\n\n${SQUEEZED_WHOLE_LINES}`, 'final_fiscal_summary');
    // `十一、城乡社区支出      43    0.00          0.00`: the second figure ends where 政府性基金 runs end
    expect(row('支出', '十一、城乡社区支出')).toEqual({ 合计: '0', 政府: '0' });
    // `十二、农林水支出       44                  0.00`
    expect(row('支出', '十二、农林水支出')).toEqual({ 政府: '0' });
    // `十四、资源勘探工业信息等支出 46            0.00`: ends where 一般公共预算 runs end
    expect(row('支出', '十四、资源勘探工业信息等支出')).toEqual({ 一般: '0' });
    // `十八、自然资源海洋气象等支出 50            0.00 0.00`
    expect(row('支出', '十八、自然资源海洋气象等支出')).toEqual({ 一般: '0', 政府: '0' });
    // `二十一、国有资本经营预算支出 53                  0.00`
    expect(row('支出', '二十一、国有资本经营预算支出')).toEqual({ 政府: '0' });
    // `十七、援助其他地区支出    49            0.00        0.00`
    expect(row('支出', '十七、援助其他地区支出')).toEqual({ 一般: '0', 国有: '0' });
  });

  it('keeps a whole line\'s own ends when a squeezed figure would end left of the run-start end of the column before it (SHIFTED_FIRST_ROWS)', () => {
    const row = rowsOf(`2018年度\n焦作市山阳区教育局部门预算\n\n${SHIFTED_FIRST_ROWS}`, 'budget_fiscal_summary');
    // `文化旅游体育与传媒        0.00      0.00`
    expect(row('支出', '文化旅游体育与传媒')).toEqual({ 一般: '0', 国有: '0' });
    // `农林水        0.00 0.00       0.00`
    expect(row('支出', '农林水')).toEqual({ 合计: '0', 一般: '0', 国有: '0' });
  });

  it('keeps a whole line\'s own ends when a figure of the page starts a run apart from every group (RUN_APART)', () => {
    const row = rowsOf(`2015年度\n部门决算\n\n${RUN_APART}`, 'final_fiscal_summary');
    // `七、文化旅游体育与传媒支出     39                         0.00      0.00`: the second figure ends where the
    // squeezed last figure of `八、社会保障和就业支出` ends, apart from the 国有 runs above
    expect(row('支出', '七、文化旅游体育与传媒支出')).toEqual({ 一般: '0', 国有: '0' });
    // `八、社会保障和就业支出       40      46605041.56 46605041.56 0.00 0.00`
    expect(row('支出', '八、社会保障和就业支出')).toEqual({ 合计: '46605041.56', 一般: '46605041.56', 政府: '0', 国有: '0' });
  });

  it('calibrates nothing on a page\'s whole line squeezed to one run off the page\'s figure ends (SQUEEZED_ONLY_WHOLE_LINE)', () => {
    const row = rowsOf(`2018年\n阳泉市商务局部门预算\n\n${SQUEEZED_ONLY_WHOLE_LINE}`, 'budget_fiscal_summary');
    // `商业服务业等        0.00      0.00` ends at 60 and 70
    expect(row('支出', '商业服务业等')).toEqual({ 一般: '0', 国有: '0' });
    // `金融           0.00` ends at 50
    expect(row('支出', '金融')).toEqual({ 合计: '0' });
    // `住房保障            920000.00 920000.00      0.00` ends at 50, 60, 70
    expect(row('支出', '住房保障')).toEqual({ 合计: '920000', 一般: '920000', 国有: '0' });
    // `抗疫特别国债安排的      0.00 0.00` ends at 60 and 65
    expect(row('支出', '抗疫特别国债安排的')).toEqual({ 一般: '0', 政府: '0' });
    // `支出总计      6209489.68 6209489.68 0.00 0.00` read by order
    expect(row('支出', '支出总计')).toEqual({ 合计: '6209489.68', 一般: '6209489.68', 政府: '0', 国有: '0' });
  });
});
