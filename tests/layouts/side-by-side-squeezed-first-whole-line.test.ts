/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path whose first row prints every spending figure squeezed, one
 * space apart from the 行次 on: lines cut from a converted text of the generated PDF corpus
 * (synth-410200-shangwuju-2015-final-00016, seed 53, its lines 198–223). `一、一般公共服务支出 33 323.58 323.58 0.00
 * 0.00` ends its figures at 50, 57, 62 and 67, none of them starting a run: each is drawn one space after the word
 * before it, so where it ends says nothing of its column. `十五、商业服务业等支出 47 0.00 0.00     0.00   0.00`, whose
 * first, third and fourth figures start runs, ends them at 58, 63, 72 and 79, where the page's other figures that
 * start a run end too: the page is calibrated on that line alone (`pdf-rows.ts`), not on the mean of the two, which
 * put `二、外交支出 34 0.00   0.00` (ending at 65 and 72) under 政府 and 国有. Values read by hand from the printed
 * lines (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { finalSpending } from './side-by-side-spending.ts';

const SQUEEZED_FIRST_ROW = `部门名称：开封市商务局                                                                       单位：万元
  附件1-4
                                     财政拨款收入支出决算总表
         收入                                   支出
                                                   一般公 政府性 国有资
    项目        行次 金额             项目       行次 合计 共预算       基金预 本经营
                                                   财政拨 算财政 预算财
                                                    款 拨款 政拨款
一、一般公共预算财政 1     887.14 一、一般公共服务支出       33 323.58 323.58 0.00 0.00
拨款
二、政府性基金预算财 2          二、外交支出             34                  0.00   0.00
政拨款
三、国有资本经营预算 3      0.00 三、国防支出            35
财政拨款
           4          四、公共安全支出           36
           5          五、教育支出             37                  0.00          0.00
           6          六、科学技术支出           38                                0.00
           7          七、文化旅游体育与传媒支出      39
           8          八、社会保障和就业支出        40         254.67 254.67
           9          九、卫生健康支出           41         134.35 134.35
           10         十、节能环保支出           42
           11         十一、城乡社区支出          43                  0.00   0.00
           12         十二、农林水支出           44                  0.00   0.00
           13         十三、交通运输支出          45                         0.00
           14         十四、资源勘探工业信息等支出     46         168.01 168.01
           15         十五、商业服务业等支出        47           0.00 0.00     0.00   0.00
`;

describe('a spending half whose first whole line is squeezed from its 行次 on', () => {
  const row = finalSpending(2015, SQUEEZED_FIRST_ROW);

  it('reads 二、外交支出 under 一般 and 政府 (figures ending at 65 and 72)', () => {
    expect(row('二、外交支出')).toEqual({ 一般: '0', 政府: '0' });
  });

  it('reads 十一、城乡社区支出 and 十三、交通运输支出 on the same columns', () => {
    expect(row('十一、城乡社区支出')).toEqual({ 一般: '0', 政府: '0' });
    expect(row('十三、交通运输支出')).toEqual({ 政府: '0' });
  });

  it('still reads the squeezed first row by the order of its words (一、一般公共服务支出)', () => {
    expect(row('一、一般公共服务支出')).toEqual({ 合计: '3235800', 一般: '3235800', 政府: '0', 国有: '0' });
  });
});
