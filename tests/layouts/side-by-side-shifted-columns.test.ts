/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path whose spending columns pdftotext shifted part way down a page:
 * lines cut from a converted text of the generated PDF corpus (洛阳市农业农村局 2017 决算, pages 6–7). On page 7 the
 * whole line `十七、援助其他地区支出` ends its figures at 64, 78, 83, 88 and the whole line `本年支出合计` at 60, 72,
 * 77, 82: the page's median of the two is no column's end. Values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { finalSpending } from './side-by-side-spending.ts';
import { sideOfShift, wholeLinesAgree } from '../../src/lib/parse/layouts/side-by-side/shifted-ends.ts';

const SHIFTED = ` 决算04表
                                          财政拨款收入支出决算总表
                                              2017年度
部门：洛阳市农业农村局                                                                                 金额单位：元
         收入                                         支出
                                                                              政府 国有
                                                                              性基 资本
    项目     行次     金额                 项目        行次         合计      一般公共预算      金预 经营
                                                                   财政拨款 算财 预算
                                                                              政拨 财政
                                                                              款 拨款
一、一般公共预算财政 1    30987629.80 一、一般公共服务支出         33       1846717.81 1846717.81 0.00 0.00
拨款
二、政府性基金预算财 2           0.00 二、外交支出             34             0.00        0.00
政拨款
三、国有资本经营预算 3              三、国防支出               35                                    0.00
财政拨款
           4              四、公共安全支出             36                          0.00 0.00
           5              五、教育支出               37                          0.00      0.00
           6              六、科学技术支出             38             0.00         0.00 0.00 0.00
           7              七、文化旅游体育与传媒支出        39             0.00         0.00 0.00 0.00
           8              八、社会保障和就业支出          40       2972170.17   2972170.17 0.00
           9              九、卫生健康支出             41       5522119.56   5522119.56      0.00
           10             十、节能环保支出             42             0.00         0.00
           11             十一、城乡社区支出            43                               0.00 0.00
           12             十二、农林水支出             44       8325630.32   8325630.32 0.00

                                             第7页 共17页
         收入                                      支出
                                                                          政府 国有
                                                                          性基 资本
    项目     行次     金额            项目          行次         合计          一般公共预算 金预 经营
                                                                    财政拨款 算财 预算
                                                                          政拨 财政
                                                                          款 拨款
           13               十三、交通运输支出       45
           14               十四、资源勘探工业信息等支出 46               0.00         0.00       0.00
           15               十五、商业服务业等支出     47                                 0.00
           16               十六、金融支出         48                                 0.00
           17               十七、援助其他地区支出     49              0.00          0.00 0.00 0.00
           18               十八、自然资源海洋气象等支出 50               0.00          0.00
           19               十九、住房保障支出       51       12320991.94   12320991.94      0.00
           20               二十、粮油物资储备支出     52              0.00               0.00
           21               二十一、国有资本经营预算支出 53               0.00
           22               二十二、灾害防治及应急管理支出 54                           0.00 0.00
           23               二十三、其他支出        55                      0.00      0.00
           24               二十四、债务还本支出      56                      0.00
           25               二十五、债务付息支出      57          0.00                  0.00
           26               二十六、抗疫特别国债安排的支出 58                      0.00      0.00
本年收入合计     27   30987629.80 本年支出合计          59   30987629.80 30987629.80 0.00 0.00
年初财政拨款结转和结 28               年末财政拨款结转和结余     60                                0.00
余
`;

const spending = (body: string) => finalSpending(2017, body);

describe('side-by-side spending columns shifted part way down a page', () => {
  it('places each line on the whole line on its side of the shift (page 7 of the fixture)', () => {
    const row = spending(SHIFTED);
    // `十五、商业服务业等支出 47 … 0.00` ends at 83: above the shift, the 政府 column of `十七、…` (0.00 0.00 0.00 0.00)
    expect(row('十五、商业服务业等支出')).toEqual({ 政府: '0' });
    // `十八、自然资源海洋气象等支出 50 0.00 0.00` ends at 64 and 78: 合计 and 一般 above the shift
    expect(row('十八、自然资源海洋气象等支出')).toEqual({ 合计: '0', 一般: '0' });
    // `二十、粮油物资储备支出 52 0.00 0.00` ends at 64 and 83
    expect(row('二十、粮油物资储备支出')).toEqual({ 合计: '0', 政府: '0' });
    // `二十五、债务付息支出 57 0.00 0.00` ends at 60 and 82: below the shift, 合计 and 国有 of `本年支出合计`
    expect(row('二十五、债务付息支出')).toEqual({ 合计: '0', 国有: '0' });
    // `年末财政拨款结转和结余 60 0.00` ends at 82
    expect(row('年末财政拨款结转和结余')).toEqual({ 国有: '0' });
    // the whole lines themselves
    expect(row('十七、援助其他地区支出')).toEqual({ 合计: '0', 一般: '0', 政府: '0', 国有: '0' });
    expect(row('本年支出合计')).toEqual({ 合计: '30987629.8', 一般: '30987629.8', 政府: '0', 国有: '0' });
  });

  it('tells a shift by the whole lines, and its side by the lines between them', () => {
    // `十七、…` (its last two figures one space after the figure before) and `本年支出合计` (its last three): their
    // first figures, each with room before it, end four characters apart
    const upper = { ends: [[64, 64], [78, 78], [83, 83], [88, 88]] as const, apart: [true, true, false, false] };
    const lower = { ends: [[60, 60], [72, 72], [77, 77], [82, 82]] as const, apart: [true, false, false, false] };
    expect(wholeLinesAgree([upper, upper], 2)).toBe(true);
    expect(wholeLinesAgree([upper, lower], 2)).toBe(false);
    // two whole lines whose later figures are squeezed (`1,836.78 1,836.78 0.00 0.00`, `63.29 63.29 0.00 0.00`) differ
    // only where the squeeze pulled them: no shift
    const wide = { ends: [[40, 40], [49, 49], [54, 54], [59, 59]] as const, apart: [true, false, false, false] };
    const narrow = { ends: [[40, 40], [46, 46], [51, 51], [56, 56]] as const, apart: [true, false, false, false] };
    expect(wholeLinesAgree([wide, narrow], 2)).toBe(true);
    // lines 1–9 between whole lines 0 and 10: line 6 fits only the upper ends, line 8 only the lower
    const fits = (k: number) => (k === 6 ? [true, false] as const : k === 8 ? [false, true] as const : [true, true] as const);
    expect(sideOfShift(3, 0, 10, fits)).toBe(0);
    expect(sideOfShift(9, 0, 10, fits)).toBe(1);
    // line 7 stands between the two: either side may hold it
    expect(sideOfShift(7, 0, 10, fits)).toBeNull();
  });
});
