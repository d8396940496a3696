/**
 * A 收入决算表 whose first page pdftotext printed with its 栏次 row squeezed left, so that every row of that page was
 * read one column off (财政拨款收入 under 上级补助收入, 事业收入 under 其他收入) while the next page's rows stand right;
 * its 收入支出决算总表 prints 1249021.99 一般公共预算财政拨款收入 and 7593.14 事业收入, no other source: every row
 * placed again under those totals, the figures read in one column going to one column. pdftotext -layout of
 * synth-410800-jiaotongju-2015-final-00010 (pdf20, 元), lines 36–142.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { settleColumns } from '../../../src/lib/settle/settle-columns.ts';
import type { Table } from '../../../src/lib/model/table.ts';
import { withoutColumnNumbers } from './fixtures/column-numbers.ts';

const TEXT = `

                              2015年度
部门：焦作市交通运输局                                                金额单位：元
  附件1-1
                          收入支出决算总表
              收入                             支出
       项目            决算数              项目           决算数
                 行次                            行次
       栏次               1             栏次              2
一、一般公共预算财政拨款收入 1    1249021.99 一、一般公共服务支出      32 554456.64
二、政府性基金预算财政拨款收入 2              二、外交支出          33
三、国有资本经营预算财政拨款收入 3             三、国防支出          34
四、上级补助收入         4             四、公共安全支出        35
五、事业收入           5     7593.14 五、教育支出          36
六、经营收入           6             六、科学技术支出        37
七、附属单位上缴收入       7             七、文化旅游体育与传媒支出 38
八、其他收入           8             八、社会保障和就业支出     39 318902.21
                 9             九、卫生健康支出        40  161111.07
                 10            十、节能环保支出        41
                 11            十一、城乡社区支出       42
                 12            十二、农林水支出        43
                 13            十三、交通运输支出       44  112513.50
                 14            十四、资源勘探工业信息等支出 45
                 15            十五、商业服务业等支出     46
                 16            十六、金融支出         47
                 17            十七、援助其他地区支出     48
                 18            十八、自然资源海洋气象等支出 49
                 19            十九、住房保障支出       50  109631.71
                 20            二十、粮油物资储备支出     51
                 21            二十一、国有资本经营预算支出 52
                 22            二十二、灾害防治及应急管理支出 53
                 23            二十三、其他支出        54
                 24            二十四、债务还本支出      55
                 25            二十五、债务付息支出      56
                 26            二十六、抗疫特别国债安排的支出 57
本年收入合计           27 1256615.13 本年支出合计          58 1256615.13

                                -2-
                        焦作市交通运输局2015年度部门决算

             收入                              支出
        项目              决算数            项目               决算数
                   行次                             行次
        栏次               1             栏次                2
使用非财政拨款结余        28            结余分配               59
年初结转和结余          29            年末结转和结余            60
                 30                               61
收入总计             31 1256615.13 支出总计               62   1256615.13
  注：本表反映部门本年度的总收支和年末结转结余情况。




                                -3-
                       焦作市交通运输局2015年度部门决算

                                  2015年度
部门：焦作市交通运输局                                                         金额单位：元
  附件1-2
                                 收入决算表
       项目                      上级         附属
                   本年收入合 财政拨款收 补助 事业收入 经营 单位 其他
      科目名称           计     入   收入      收入 上缴 收入
                                          收入
       栏次              1             2      3     4     5   6   7
总计                 1256615.13    1249021.99     7593.14
一般公共服务支出            554456.64     551602.33     2854.31
 人大事务               117153.75     116106.54     1047.21
  一般行政管理事务          117153.75     116106.54     1047.21
 政府办公厅（室）及相关机构事务    219354.61     217547.51     1807.10
  信访事务               20000.00      20000.00
  事业运行              199354.61     197547.51     1807.10
 纪检监察事务             197623.08     197623.08
  行政运行              100091.01     100091.01
  一般行政管理事务           97532.07      97532.07
 组织事务                20325.20      20325.20
  其他组织事务支出           20325.20      20325.20
社会保障和就业支出           318902.21     318902.21
 行政事业单位养老支出          80000.00      80000.00
  事业单位离退休            80000.00      80000.00
 抚恤                 238902.21     238902.21
  死亡抚恤              238902.21     238902.21
卫生健康支出               161111.07    158793.90     2317.17
 行政事业单位医疗            161111.07    158793.90     2317.17
  行政单位医疗              9990.70       8191.10     1799.60
  其他行政事业单位医疗支出      151120.37     150602.80      517.57
交通运输支出              112513.50     112513.50
 公路水路运输             112513.50     112513.50
  公路养护              112513.50     112513.50
住房保障支出              109631.71     107210.05     2421.66
 住房改革支出             109631.71     107210.05     2421.66


                                    -4-
                      焦作市交通运输局2015年度部门决算

      项目                                  附属
                   本年收入合 财政拨款收 上级
                               补助 事业收入 收入 单位
                                       经营    其他
     科目名称            计     入   收入         上缴 收入
                                          收入
      栏次            1          2      3     4     5   6   7
住房公积金             30735.89   30000.00      735.89
提租补贴              51685.77   50000.00     1685.77
购房补贴              27210.05   27210.05
注：本表反映部门本年度取得的各项收入情况。
`;

const income = (tables: Table[], name: string) =>
  Object.fromEntries(tables.find((t) => t.kind === 'final_income')!.rows.find((r) => r.name === name)!.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));

// (read without its 栏次 rows: printed with them, the reader places each page's figures under their numbers itself)
describe('a 收入决算表 read one column off on one page, placed again by the totals of its 收入支出决算总表', () => {
  const model = parseDocument({ text: withoutColumnNumbers(TEXT), sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });

  it('puts the 总计 row under 财政拨款收入 and 事业收入, as the 总表 prints them', () => {
    expect(income(model.tables, '总计')).toEqual({ 本年收入合计: '1256615.13', 财政拨款收入: '1249021.99', 事业收入: '7593.14' });
  });

  it('moves every row of the first page alike, a lone figure (total plus one figure) under 财政拨款收入', () => {
    expect(income(model.tables, '一般公共服务支出')).toEqual({ 本年收入合计: '554456.64', 财政拨款收入: '551602.33', 事业收入: '2854.31' });
    expect(income(model.tables, '社会保障和就业支出')).toEqual({ 本年收入合计: '318902.21', 财政拨款收入: '318902.21' });
  });

  it('leaves the rows of the next page where they stand', () => {
    expect(income(model.tables, '住房公积金')).toEqual({ 本年收入合计: '30735.89', 财政拨款收入: '30000', 事业收入: '735.89' });
    expect(income(model.tables, '购房补贴')).toEqual({ 本年收入合计: '27210.05', 财政拨款收入: '27210.05' });
  });

  it('says so in an info problem, no longer the unsettled total row', () => {
    const codes = model.problems.map((p) => p.code);
    expect(codes).toContain('columns_settled');
    expect(codes).not.toContain('columns_unsettled_total_row');
  });
});

describe('the same 收入决算表 printed with its 栏次 rows (`栏次 1 2 3 4 5 6 7`, the first page’s squeezed left)', () => {
  const model = parseDocument({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });

  it('reads every row under its own numbers, nothing left for the 总表 to settle', () => {
    expect(income(model.tables, '总计')).toEqual({ 本年收入合计: '1256615.13', 财政拨款收入: '1249021.99', 事业收入: '7593.14' });
    expect(income(model.tables, '一般公共服务支出')).toEqual({ 本年收入合计: '554456.64', 财政拨款收入: '551602.33', 事业收入: '2854.31' });
    expect(income(model.tables, '住房公积金')).toEqual({ 本年收入合计: '30735.89', 财政拨款收入: '30000', 事业收入: '735.89' });
    expect(model.problems.map((p) => p.code).filter((c) => c.startsWith('columns_'))).toEqual([]);
  });
});
