/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path, a row whose income label wraps onto the next line
 * (`年初财政拨款结转和结` / `余`) beside a spending row printing every figure: lines cut from a converted text of the
 * generated PDF corpus (太原市交通运输局 2015 决算, pages 5–6). The row is read by the order of its words; the income
 * label is kept whole with its wrapped piece, and the spending label is not taken from a grid cell that the first
 * page's columns ran together with the income figure beside it (`0.00年末财政拨款结转和结余`). Values read by hand
 * from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const WRAPPED = `                                             2015年度
部门：太原市交通运输局                                                                                   单位：元
                                        财政拨款收入支出决算总表
                                                                                              公开04表
          收入                                             支出
                                                                               政府 国有
                                                                               性基 资本
    项目               金额                 项目               合计       一般公共预算财      金预 经营
              行次                                    行次              政拨款 算财 预算
                                                                               政拨 财政
                                                                                款 拨款
     栏次                 1              栏次                  2           3        4 5
一、一般公共预算财政 1       142241617.53 一、一般公共服务支出          33 26948179.43 26948179.43 0.00 0.00
拨款
二、政府性基金预算财 2              0.00 二、外交支出               34          0.00         0.00 0.00 0.00
政拨款
三、国有资本经营预算 3              0.00 三、国防支出               35          0.00         0.00 0.00 0.00
财政拨款
           4                 四、公共安全支出               36           0.00        0.00 0.00 0.00
           5                 五、教育支出                 37           0.00        0.00 0.00 0.00
           6                 六、科学技术支出               38           0.00        0.00 0.00 0.00
           7                 七、文化旅游体育与传媒支出          39           0.00        0.00 0.00 0.00
           8                 八、社会保障和就业支出            40    19593977.38 19593977.38 0.00 0.00
           9                 九、卫生健康支出               41    25125866.30 25125866.30 0.00 0.00
           10                十、节能环保支出               42           0.00        0.00 0.00 0.00

                                              —6—
           11                十一、城乡社区支出       43             0.00         0.00 0.00 0.00
           12                十二、农林水支出        44             0.00         0.00 0.00 0.00
           13                十三、交通运输支出       45      14765465.75 14765465.75 0.00 0.00
           14                十四、资源勘探工业信息等支出 46              0.00         0.00 0.00 0.00
           15                十五、商业服务业等支出     47             0.00         0.00 0.00 0.00
           16                十六、金融支出         48             0.00         0.00 0.00 0.00
           17                十七、援助其他地区支出     49             0.00         0.00 0.00 0.00
           18                十八、自然资源海洋气象等支出 50              0.00         0.00 0.00 0.00
           19                十九、住房保障支出       51      55808128.67 55808128.67 0.00 0.00
           20                二十、粮油物资储备支出     52             0.00         0.00 0.00 0.00
           21                二十一、国有资本经营预算支出 53              0.00         0.00 0.00 0.00
           22                二十二、灾害防治及应急管理支出 54             0.00         0.00 0.00 0.00
           23                二十三、其他支出        55             0.00         0.00 0.00 0.00
           24                二十四、债务还本支出      56             0.00         0.00 0.00 0.00
           25                二十五、债务付息支出      57             0.00         0.00 0.00 0.00
           26                二十六、抗疫特别国债安排的支出 58             0.00         0.00 0.00 0.00
本年收入合计     27   142241617.53 本年支出合计          59     142241617.53 142241617.53 0.00 0.00
年初财政拨款结转和结 28           0.00 年末财政拨款结转和结余     60             0.00         0.00 0.00 0.00
余
一般公共预算财政拨款 29          0.00                    61
政府性基金预算财政拨 30          0.00                    62
款
国有资本经营预算财政 31          0.00                    63
拨款
总计         32   142241617.53 总计                64   142241617.53 142241617.53 0.00 0.00
`;

describe('a side-by-side row whose label wraps onto the next line', () => {
  const d = parseDocument({ text: `2015年度\n部门决算\n\n${WRAPPED}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
  const row = (block: string, name: string) => {
    const r = t.rows.find((x) => x.block === block && x.name === name);
    return r ? Object.fromEntries(r.cells.filter((c) => c.raw !== '').map((c) => [c.column, c.value])) : undefined;
  };

  it('keeps the spending label as printed, with no figure run into it', () => {
    // `年初财政拨款结转和结 28 0.00 年末财政拨款结转和结余 60 0.00 0.00 0.00 0.00`
    expect(row('支出', '年末财政拨款结转和结余')).toEqual({
      '支出/合计': '0',
      '支出/一般公共预算财政拨款': '0',
      '支出/政府性基金预算财政拨款': '0',
      '支出/国有资本经营预算财政拨款': '0',
    });
    expect(t.rows.filter((r) => /\d/.test(r.name))).toEqual([]);
  });

  it('keeps the income label whole with its wrapped piece', () => {
    expect(row('收入', '年初财政拨款结转和结余')).toEqual({ '收入/金额': '0' });
  });
});
