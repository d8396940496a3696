/**
 * A sparse 收入决算表 under a squeezed header repeated on each page: the header's seven words stand one space apart
 * over figures printed wider, and each page's figures stand a few characters off the page before's. Read by position,
 * the one 其他收入 column of the table is two: the 合计 row's `12.06` (ending at character 56) and 221 住房保障支出's
 * `7.86` (ending at 51) under one header piece, the 201 rows' `4.20` (ending at 56) under the next. Neither column holds
 * together (12.06 is not 7.86, nor blank 4.20), no row prints in both, and together they do (4.20 + 7.86 = 12.06): one
 * column, which the 收入支出决算总表 names 其他收入 (八、其他收入 12.06). The header's pieces read as one cover of its
 * seven words, more than any row prints: the figures no placement tells apart (12.06, 4.20, 7.86 may each stand in any
 * of five source columns) are put in one column by the reader and placed by the 总表; the 财政拨款 column is named as
 * the header prints it, 财政拨款（补助）收入. pdftotext -layout of
 * synth-410400-wenlvju-2015-final-00005 (fresh corpus pdf76, 万元), lines 35–135; line numbers below are the source's.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { settleColumns } from '../../../src/lib/settle/settle-columns.ts';

const TEXT = `
                    2/23
                                2015年度
部门：平顶山市文化广电和旅游局                                             单位：万元
                          附表1：收入支出决算总表
            收入                           支出
       项目        行次 决算数             项目        行次 决算数
一、一般公共预算财政拨款收入 1    4,755.05 一、一般公共服务支出       32 2,121.94
二、政府性基金预算财政拨款收入 2            二、外交支出           33
三、国有资本经营预算财政拨款收入 3           三、国防支出           34
四、上级补助收入         4           四、公共安全支出         35
五、事业收入           5           五、教育支出           36
六、经营收入           6           六、科学技术支出         37
七、附属单位上缴收入       7           七、文化旅游体育与传媒支出    38   547.20
八、其他收入           8     12.06 八、社会保障和就业支出      39   861.48
                 9           九、卫生健康支出         40   749.31
                 10          十、节能环保支出         41
                 11          十一、城乡社区支出        42
                 12          十二、农林水支出         43
                 13          十三、交通运输支出        44

                                 3/23
            收入                          支出
       项目        行次 决算数             项目       行次 决算数
                 14          十四、资源勘探工业信息等支出 45
                 15          十五、商业服务业等支出     46
                 16          十六、金融支出         47
                 17          十七、援助其他地区支出     48
                 18          十八、自然资源海洋气象等支出 49
                 19          十九、住房保障支出       50   487.18
                 20          二十、粮油物资储备支出     51
                 21          二十一、国有资本经营预算支出 52
                 22          二十二、灾害防治及应急管理支出 53
                 23          二十三、其他支出        54
                 24          二十四、债务还本支出      55
                 25          二十五、债务付息支出      56
                 26          二十六、抗疫特别国债安排的支出 57
本年收入合计           27 4,767.11 本年支出合计          58 4,767.11
使用非财政拨款结余        28          结余分配            59
年初结转和结余          29          年末结转与结余         60

                                 4/23
            收入                        支出
       项目        行次 决算数           项目     行次 决算数
                 30                      61
收入总计             31 4,767.11 支出总计        62 4,767.11
  注：本表反映部门本年度的总收支和年末结转结余情况。本表金额转换为万元时，因四舍五入可能存在尾差。




                               5/23
                                  2015年度
部门：平顶山市文化广电和旅游局                                            单位：万元
                              附表2：收入决算表
           项目                      财政拨款     上级  附属
                         本年收入 （补助） 补助 事业 经营 单位 其他收
功能分类科           科目名称       合计       收入 收入 收入 收入 上缴  入
  目编码                                           收入
          合计              4,767.11 4,755.05        12.06
201       一般公共服务支出        2,121.94 2,117.74         4.20
201 01    人大事务             298.89 294.69            4.20
201 01 01 行政运行             298.89 294.69            4.20
201 03    政府办公厅（室）及相关机构事务 731.80 731.80
201 03 02 一般行政管理事务          242.19 242.19
201 03 08 信访事务              283.61 283.61
201 03 50 事业运行             206.00 206.00
201 11    纪检监察事务            175.29 175.29
201 11 02 一般行政管理事务          175.29 175.29
201 32    组织事务              915.96 915.96
201 32 01 行政运行              470.51 470.51

                                   6/23
           项目                  财政拨款    上级   附属
                        本年收入 （补助） 补助 事业 经营 单位 其他收
功能分类科           科目名称     合计     收入 收入 收入 收入 上缴 入
  目编码                                       收入
201 32 99 其他组织事务支出       445.45 445.45
207       文化旅游体育与传媒支出    547.20 547.20
207 01    文化和旅游          547.20 547.20
207 01 99 其他文化和旅游支出      547.20 547.20
208       社会保障和就业支出      861.48 861.48
208 08 抚恤                603.35 603.35
208 08 01 死亡抚恤           603.35 603.35
208 99 其他社会保障和就业支出       258.14 258.14
208 99 99 其他社会保障和就业支出    258.14 258.14
210       卫生健康支出         749.31 749.31
210 11    行政事业单位医疗       749.31 749.31
210 11 01 行政单位医疗         499.00 499.00
210 11 02 事业单位医疗         183.76 183.76
210 11 03 公务员医疗补助         66.55 66.55
221       住房保障支出         487.18 479.33         7.86

                                7/23
           项目                  财政拨款    上级       附属
                        本年收入 （补助） 补助 事业 经营 单位 其他收
功能分类科           科目名称     合计     收入     收入 收入 收入 上缴 入
  目编码                                           收入
221 02    住房改革支出         487.18 479.33             7.86
221 02 01 住房公积金          422.81 419.81             3.00
221 02 03 购房补贴            64.38 59.52              4.86
   注：本表反映部门本年度取得的各项收入情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;

const model = () => parseDocument({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });
const row = (code: string | null, name: string) => {
  const table = model().tables.find((t) => t.kind === 'final_income')!;
  const r = table.rows.find((x) => x.name === name && (code === null || x.code === code))!;
  return Object.fromEntries(r.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));
};

describe('a 收入决算表 column drawn into two by page position is read as one, named by the 总表', () => {
  it('reads 合计 4,767.11 4,755.05 12.06 as 本年收入合计, 财政拨款（补助）收入 and 其他收入 (source line 93)', () => {
    expect(row(null, '合计')).toEqual({ 本年收入合计: '47671100', '财政拨款（补助）收入': '47550500', 其他收入: '120600' });
  });

  it('reads 201 人大事务 298.89 294.69 4.20 with 4.20 under 其他收入 (source line 95)', () => {
    expect(row('20101', '人大事务')).toEqual({ 本年收入合计: '2988900', '财政拨款（补助）收入': '2946900', 其他收入: '42000' });
  });

  it('reads 221 住房保障支出 487.18 479.33 7.86 on the next page with 7.86 under 其他收入 too (source line 125)', () => {
    expect(row('221', '住房保障支出')).toEqual({ 本年收入合计: '4871800', '财政拨款（补助）收入': '4793300', 其他收入: '78600' });
  });

  it('reads 221 02 03 购房补贴 64.38 59.52 4.86 on the third page likewise (source line 134)', () => {
    expect(row('2210203', '购房补贴')).toEqual({ 本年收入合计: '643800', '财政拨款（补助）收入': '595200', 其他收入: '48600' });
  });

  it('keeps one 其他收入 column, the two pieces joined', () => {
    const table = model().tables.find((t) => t.kind === 'final_income')!;
    expect(table.columns.filter((c) => c === '其他收入')).toHaveLength(1);
  });
});
