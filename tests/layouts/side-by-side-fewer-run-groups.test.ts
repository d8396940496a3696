/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path whose page of run-start figures falls in fewer groups than
 * the spending half has columns: every figure of the last column (国有资本经营) is squeezed one space after the one
 * before it, so no run ends there. The groups are put over the columns the one way every line of the page allows (a
 * squeezed figure after the last column's figure would stand past the last column). Lines cut from a converted text
 * of the generated PDF corpus (焦作市山阳区商务局 2016 决算, page 6: its only whole line squeezed, four figures one
 * space apart); values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { runStartGroups } from '../../src/lib/parse/layouts/side-by-side/pdf-rows.ts';
import { wordsOf } from '../../src/lib/parse/layouts/side-by-side/by-order.ts';
import { finalSpending } from './side-by-side-spending.ts';

const PAGE = `部门名称：焦作市山阳区商务局                                                    金额单位：万元
                             财政拨款收入支出决算总表
          收入                            支出
                                                   一般公 政府性基金预
                                                                国有资
                                                                本经营
       项目          金额           项目          合计     共预算
               行次                        行次        拨款 拨款 预算财
                                                          算财政
                                                                政拨款
       栏次           1           栏次            2      3     4     5
               20        二十、粮油物资储备支出     52          0.00 0.00
               21        二十一、国有资本经营预算支出 53           0.00 0.00
               22        二十二、灾害防治及应急管理支出 54   0.00         0.00
               23        二十三、其他支出        55                0.00 0.00
               24        二十四、债务还本支出      56                0.00 0.00
               25        二十五、债务付息支出      57                0.00
               26        二十六、抗疫特别国债安排的支出 58                0.00
本年收入合计         27 835.46 本年支出合计          59 835.46 835.46
年初财政拨款结转和结余    28   0.00 年末财政拨款结转和结余     60   0.00 0.00 0.00 0.00
一般公共预算财政拨款     29                        61
政府性基金预算财政拨款    30   0.00                 62
国有资本经营预算财政拨款 31     0.00                 63
总计             32 835.46 总计              64 835.46 835.46
`;

describe('a spending half whose last column prints no figure that starts a run', () => {
  it('reads the rows whose figures stand in the groups, the last column after a squeezed figure', () => {
    const row = finalSpending(2016, PAGE);
    expect(row('二十三、其他支出')).toEqual({ 政府: '0', 国有: '0' });
    expect(row('二十四、债务还本支出')).toEqual({ 政府: '0', 国有: '0' });
  });

  it('puts three groups over four columns only when one placing fits every line', () => {
    const spending = (raw: string) => wordsOf(raw).filter((w) => w.start >= 41);
    const lines = [
      '               20        二十、粮油物资储备支出     52          0.00 0.00',
      '               23        二十三、其他支出        55                0.00 0.00',
      '               22        二十二、灾害防治及应急管理支出 54   0.00         0.00',
    ].map(spending);
    expect(runStartGroups(lines, 4)).toEqual([[50, 50], [57, 57], [63, 63], [Infinity, Infinity]]);
    // (without the squeezed figure after the third group, it could head the last column as well)
    expect(runStartGroups([lines[0]!, lines[2]!], 4)).toBeNull();
  });
});
