/**
 * A budget 部门收入总表 whose first page pdftotext drew wider than its squeezed header, so that every row of that page
 * was read with its 一般公共预算拨款收入 figure under 事业收入, while its 合计 row (on the next page) stands right and
 * equals the 部门收支总表 (4,403.5 一般公共预算拨款收入, no other source): every column's total agreeing with the
 * 总表, the 事业收入 column's 类 rows summing to 6,293.8 under a blank total. Every row's parts placed again by the
 * 总表's totals (a figure other than zero only under a column whose total is not zero). pdftotext -layout of
 * synth-140300-chengguanju-2015-budget-00008 (pdf36b, 万元), lines 36–131.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { settleColumns } from '../../../src/lib/settle/settle-columns.ts';
import type { Table } from '../../../src/lib/model/table.ts';
import { withoutColumnNumbers } from './fixtures/column-numbers.ts';

const TEXT = `

  预算01表
                         部门收支总表
部门名称：阳泉市城市管理局                                  单位：万元
          收入                    支出
       项目      金额            项目      金额
一、一般公共预算拨款收入   4,403.5 一、一般公共服务      1,725.2
二、政府性基金预算拨款收入          二、外交
三、国有资本经营预算拨款收入         三、国防
四、事业收入                 四、公共安全
五、其他收入                 五、教育
                       六、科学技术
                       七、文化旅游体育与传媒
                       八、社会保障和就业       704.0
                       九、卫生健康          860.3
                       十、节能环保
                       十一、城乡社区         639.3
                       十二、农林水
                       十三、交通运输
                       十四、资源勘探工业信息等
                       十五、商业服务业等
                       十六、金融
                       十七、援助其他地区
                       十八、自然资源海洋气象等
                       十九、住房保障         474.8
                       二十、粮油物资储备
                       二十一、国有资本经营预算
                       二十二、灾害防治及应急管理
                       二十三、其他
                       二十四、债务还本
                       二十五、债务付息
                       二十六、抗疫特别国债安排的


                            2/15
                  阳泉市城市管理局2015年部门预算

           收入                   支出
      项目        金额            项目   金额
本年收入合计          4,403.5 本年支出合计     4,403.5
上年结转结余                  年终结转结余
收入总计            4,403.5 支出总计       4,403.5
  注：本表反映部门年度总体收支预算情况。本表金额转换为万元时，因四舍五入可能存在尾差。




                         3/15
                   阳泉市城市管理局2015年部门预算

 预算02表
                        部门收入总表
部门名称：阳泉市城市管理局                                          单位：万元
        项目
                   合计        上年结 一般公共
                                 预算拨款 事业收 其他收
       科目名称                   转   收入   入   入
        栏次           1        2        3       4   5
一般公共服务支出           1,725.2           1,725.2
 人大事务                177.8             177.8
  行政运行               177.8             177.8
 政府办公厅（室）及相关机构事务     906.9             906.9
  行政运行               352.0             352.0
  一般行政管理事务           112.9             112.9
  事业运行               442.0             442.0
 纪检监察事务              381.4             381.4
  行政运行               124.3             124.3
  一般行政管理事务           257.1             257.1
 组织事务                259.0             259.0
  行政运行               259.0             259.0
社会保障和就业支出            704.0             704.0
 抚恤                  704.0             704.0
  死亡抚恤               704.0             704.0
卫生健康支出               860.3             860.3
 行政事业单位医疗            860.3             860.3
  行政单位医疗             266.9             266.9
  事业单位医疗             198.5             198.5
  其他行政事业单位医疗支出       394.9             394.9
城乡社区支出               639.3             639.3
 城乡社区管理事务            639.3             639.3
  行政运行               131.5             131.5
  其他城乡社区管理事务支出       507.8             507.8
住房保障支出               474.8             474.8

                              4/15
                  阳泉市城市管理局2015年部门预算

        项目                 上年结 一般公共 事业收 其他收
                   合计       转 预算拨款      入 入
       科目名称                     收入
        栏次           1      2     3     4 5
 住房改革支出              474.8        474.8
  住房公积金              137.8        137.8
  提租补贴               115.0        115.0
  购房补贴               222.0        222.0
合计                 4,403.5      4,403.5
`;

const income = (tables: Table[], name: string) =>
  Object.fromEntries(tables.find((t) => t.kind === 'budget_income')!.rows.find((r) => r.name === name)!.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));

// (read without its 栏次 rows: printed with them, the reader places each page's figures under their numbers itself)
describe('a budget 收入总表 whose total row agrees with the 收支总表 but whose rows do not sum to it, placed again by its totals', () => {
  const model = parseDocument({ text: withoutColumnNumbers(TEXT), sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });

  it('keeps the 合计 row as read, under 一般公共预算拨款收入 as the 总表 prints it', () => {
    expect(income(model.tables, '合计')).toEqual({ 合计: '44035000', 一般公共预算拨款收入: '44035000' });
  });

  it('moves the rows of the first page from 事业收入 to 一般公共预算拨款收入', () => {
    expect(income(model.tables, '一般公共服务支出')).toEqual({ 合计: '17252000', 一般公共预算拨款收入: '17252000' });
    expect(income(model.tables, '城乡社区支出')).toEqual({ 合计: '6393000', 一般公共预算拨款收入: '6393000' });
  });

  it('leaves the rows of the next page where they stand', () => {
    expect(income(model.tables, '住房公积金')).toEqual({ 合计: '1378000', 一般公共预算拨款收入: '1378000' });
  });

  it('says so in an info problem', () => {
    // (on the 合计 row, line 131 of the document, 97 here, 95 once the two 栏次 rows above it are taken out)
    expect(model.problems.filter((p) => p.code === 'columns_settled').map((p) => p.line)).toEqual([95]);
  });
});

describe('the same 收入总表 printed with its 栏次 rows (`栏次 1 2 3 4 5`)', () => {
  const model = parseDocument({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });

  it('reads every row under its own numbers, nothing left for the 收支总表 to settle', () => {
    expect(income(model.tables, '合计')).toEqual({ 合计: '44035000', 一般公共预算拨款收入: '44035000' });
    expect(income(model.tables, '一般公共服务支出')).toEqual({ 合计: '17252000', 一般公共预算拨款收入: '17252000' });
    expect(income(model.tables, '住房公积金')).toEqual({ 合计: '1378000', 一般公共预算拨款收入: '1378000' });
    expect(model.problems.map((p) => p.code).filter((c) => c.startsWith('columns_'))).toEqual([]);
  });
});
