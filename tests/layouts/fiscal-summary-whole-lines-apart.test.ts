/**
 * A 财政拨款收入支出决算总表 page with two lines printing every spending figure: `五、教育支出 37 0.0 0.0 0.0 0.0`
 * spread over the columns (ends 55, 63, 69, 75), and `总计 64 848.8 848.8 0.0 0.0` squeezed one space apart from its
 * 行次 on at the foot (ends 45 to 59), none of its figures starting a run. The squeezed line tells nothing of where the
 * columns end, and the median of the two (50, 57, 62, 67) is no column's end: each column's median is taken over the
 * lines whose figure there starts a run, the spread line's ends, so `六、科学技术支出 38 219.8 219.8 0.0` (ends 55, 63, 69) reads 合计, 一般公共预算财政拨款 and
 * 政府性基金预算财政拨款, not one column right. Lines as `pdftotext -layout` wrote them
 * (synth-410400-fagaiwei-2015-final-00015 of the fresh corpus pdf83, 公开04表, lines 155–201); values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const d = parseDocument({
  text: `2015年度\n平顶山市发展和改革委员会部门决算\n\n
                                      2015年度
部门名称：平顶山市发展和改革委员会                                                             单位：万元
                                财政拨款收入支出决算总表
                                                                              公开04表
         收入                                  支出
                                                 一般公 政府性 国有资
    项目        行次 金额            项目       行次 合计 共预算      基金预 本经营
                                                 财政拨 算财政 预算财
                                                  款    拨款 政拨款
一、一般公共预算财政 1     848.8 一、一般公共服务支出       33 141.0 141.0   0.0
拨款
二、政府性基金预算财 2      0.0 二、外交支出            34                  0.0   0.0   0.0
政拨款
三、国有资本经营预算 3          三、国防支出            35
财政拨款
           4          四、公共安全支出          36
           5          五、教育支出            37          0.0     0.0   0.0   0.0
           6          六、科学技术支出          38        219.8   219.8   0.0
           7          七、文化旅游体育与传媒支出     39                              0.0
           8          八、社会保障和就业支出       40        200.8   200.8         0.0
           9          九、卫生健康支出          41         93.0    93.0         0.0
           10         十、节能环保支出          42                  0.0   0.0
           11         十一、城乡社区支出         43                        0.0   0.0
           12         十二、农林水支出          44                              0.0
           13        十三、交通运输支出       45   0.0
           14        十四、资源勘探工业信息等支出 46   55.1 55.1
           15        十五、商业服务业等支出     47         0.0     0.0
           16        十六、金融支出         48         0.0 0.0
           17        十七、援助其他地区支出     49   0.0   0.0 0.0
           18        十八、自然资源海洋气象等支出 50    0.0       0.0
           19        十九、住房保障支出       51 139.1 139.1     0.0
           20        二十、粮油物资储备支出     52         0.0     0.0
           21        二十一、国有资本经营预算支出 53          0.0     0.0
           22        二十二、灾害防治及应急管理支出 54         0.0 0.0
           23        二十三、其他支出        55         0.0     0.0
           24        二十四、债务还本支出      56   0.0   0.0     0.0
           25        二十五、债务付息支出      57   0.0   0.0     0.0
           26        二十六、抗疫特别国债安排的支出 58                 0.0
本年收入合计     27  848.8 本年支出合计          59 848.8 848.8 0.0
年初财政拨款结转和结 28    0.0 年末财政拨款结转和结余     60
余
一般公共预算财政拨款 29    0.0                 61
政府性基金预算财政拨 30    0.0                 62
款
国有资本经营预算财政 31    0.0                 63
拨款
总计         32  848.8 总计              64 848.8 848.8 0.0 0.0
`,
  sourceFile: 'x.txt',
  docId: 'x',
  sha256: '0',
});
const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
const figures = (name: string) => Object.fromEntries(t.rows.find((r) => r.name === name)!.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));

describe('a side-by-side page whose whole lines stand apart', () => {
  it('places 六、科学技术支出 219.8 219.8 0.0 under 合计, 一般公共预算财政拨款 and 政府性基金预算财政拨款', () => {
    expect(figures('六、科学技术支出')).toEqual({ '支出/合计': '2198000', '支出/一般公共预算财政拨款': '2198000', '支出/政府性基金预算财政拨款': '0' });
  });
  it('still places 八、社会保障和就业支出 200.8 200.8 0.0 with its zero under 国有资本经营预算财政拨款 (ends 55, 63, 75)', () => {
    expect(figures('八、社会保障和就业支出')).toEqual({ '支出/合计': '2008000', '支出/一般公共预算财政拨款': '2008000', '支出/国有资本经营预算财政拨款': '0' });
  });
});
