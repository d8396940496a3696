import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { settleColumns } from '../../../src/lib/settle/settle-columns.ts';
import type { DocumentModel } from '../../../src/lib/model/document.ts';
import type { Table } from '../../../src/lib/model/table.ts';
import type { TableReading } from '../../../src/lib/stages.ts';
import { CONTRADICTED, PRINTED } from './fixtures/contradicted-income.ts';

/**
 * A document with one header word the vocabulary does not know (`营业` printed for `经营` over 收入): no cover of
 * vocabulary words reads its 收入决算表 header, so the reader refuses the columns headed by pieces of words, keeps
 * their figures under the printed pieces in its undecided reading, and the settle stage names them by the 总表. (As
 * generated, the same header reads as one cover: the tests at the end.)
 */
function unknownWord(text: string): string {
  return text.replaceAll('事业收 经营 单位', '事业收 营业 单位');
}

// pdftotext -layout of a generated 决算 (表1 收入支出决算总表 and 表2 收入决算表, 万元): the 收入决算表's
// header words are torn and interleaved, so the reader refuses the columns headed by pieces of words and keeps its
// figures under the printed pieces in its undecided reading.
const PRINTED_TEXT = `
                           表1：收入支出决算总表
                                2015年度
部门：焦作市中站区生态环境局                                               单位：万元
            收入                           支出
       项目        行次 决算数              项目        行次 决算数
一、一般公共预算财政拨款收入 1    27,637.89 一、一般公共服务支出       32 9,795.32
二、政府性基金预算财政拨款收入 2             二、外交支出           33
三、国有资本经营预算财政拨款收入 3            三、国防支出           34
四、上级补助收入         4            四、公共安全支出         35
五、事业收入           5      93.05 五、教育支出           36
六、经营收入           6            六、科学技术支出         37
七、附属单位上缴收入       7            七、文化旅游体育与传媒支出    38
八、其他收入           8            八、社会保障和就业支出      39 6,890.83
                 9            九、卫生健康支出         40 5,272.29
                 10           十、节能环保支出         41 3,037.03
                 11           十一、城乡社区支出        42
                 12           十二、农林水支出         43
                 13           十三、交通运输支出        44
                 14           十四、资源勘探工业信息等支出   45
                 15           十五、商业服务业等支出      46
                 16           十六、金融支出          47
                 17           十七、援助其他地区支出      48
             收入                           支出
        项目       行次 决算数              项目       行次 决算数
                 18           十八、自然资源海洋气象等支出 49
                 19           十九、住房保障支出       50  2,735.48
                 20           二十、粮油物资储备支出     51
                 21           二十一、国有资本经营预算支出 52
                 22           二十二、灾害防治及应急管理支出 53
                 23           二十三、其他支出        54
                 24           二十四、债务还本支出      55
                 25           二十五、债务付息支出      56
                 26           二十六、抗疫特别国债安排的支出 57
本年收入合计           27 27,730.95 本年支出合计          58 27,730.95
使用非财政拨款结余        28           结余分配            59
年初结转和结余          29     50.64 年末结转与结余         60     50.64
                 30                           61
收入总计             31 27,781.59 支出总计            62 27,781.59
  注：本表反映部门本年度的总收支和年末结转结余情况。本表金额转换为万元时，因四舍五入可能存在尾差。
                              表2：收入决算表
                                  2015年度
部门：焦作市中站区生态环境局                                             单位：万元
         项目                     财政拨款      上级       附属
                     本年收入合 （补助）收 补助 事业收 经营 单位 其他
功能分类                     计
科目编码       科目名称                    入      收入 入 收入 上缴
                                                   收入
                                                      收入
                      27,730.95 27,637.89    93.05
201     一般公共服务支出       9,795.32 9,795.32
20101 人大事务             2,307.09 2,307.09
2010101 行政运行           2,307.09 2,307.09
20103 政府办公厅（室）及相关机构事务 1,764.18 1,764.18
2010308 信访事务           1,764.18 1,764.18
20111 纪检监察事务           2,631.42 2,631.42
2011101 行政运行           2,631.42 2,631.42
20132 组织事务             3,092.63 3,092.63
2013201 行政运行             381.47 381.47
2013299 其他组织事务支出       2,711.17 2,711.17
208     社会保障和就业支出      6,890.83 6,883.78      7.04
20805 行政事业单位养老支出       1,156.26 1,151.86      4.40
2080599 其他行政事业单位养老支出   1,156.26 1,151.86      4.40
20808 抚恤               2,138.65 2,136.01      2.64
          项目                    财政拨款     上级       附属
                      本年收入合 （补助）收 补助 事业收 经营 单位 其他
功能分类          科目名称       计                   入 收入 上缴 收入
科目编码                              入      收入       收入
2080801 死亡抚恤           2,138.65 2,136.01     2.64
20899 其他社会保障和就业支出      3,595.92 3,595.92
2089999 其他社会保障和就业支出    3,595.92 3,595.92
210     卫生健康支出         5,272.29 5,272.29
21011 行政事业单位医疗         5,272.29 5,272.29
2101103 公务员医疗补助          849.41 849.41
2101199 其他行政事业单位医疗支出   4,422.88 4,422.88
211     节能环保支出         3,037.03 3,014.74    22.29
21101 环境保护管理事务         3,037.03 3,014.74    22.29
2110101 行政运行           1,028.00 1,028.00
2110199 其他环境保护管理事务支出   2,009.03 1,986.74    22.29
221     住房保障支出         2,735.48 2,671.76    63.72
22102 住房改革支出           2,735.48 2,671.76    63.72
2210201 住房公积金          1,470.74 1,443.56    27.18
2210202 提租补贴           1,137.71 1,109.65    28.06
2210203 购房补贴             127.03 118.55       8.48
   注：本表反映部门本年度取得的各项收入情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;
const TEXT = unknownWord(PRINTED_TEXT);

// A 收入决算表 whose header runs the words of 财政拨款 and 上级补助收入 together (元), beside a 行次 column: its pieces
// read as one cover of seven words, each row's first number its 行次.
const TORN = `
                         附表1：收入支出决算总表
         收入                          支出
    项目     行次 决算数               项目       行次 决算数
一、一般公共预算财 1 5928953.20 一、一般公共服务支出        32 1345985.85
政拨款收入
二、政府性基金预算 2              二、外交支出          33
财政拨款收入
三、国有资本经营预 3              三、国防支出          34
算财政拨款收入
四、上级补助收入 4               四、公共安全支出        35
五、事业收入     5             五、教育支出          36
六、经营收入     6             六、科学技术支出        37 1740723.73
七、附属单位上缴收 7              七、文化旅游体育与传媒支出 38
入
八、其他收入     8             八、社会保障和就业支出     39 755886.57
           9             九、卫生健康支出        40 816667.20
           10            十、节能环保支出        41
           11            十一、城乡社区支出       42
           12            十二、农林水支出        43
           13            十三、交通运输支出       44
           14            十四、资源勘探工业信息等支出 45    85346.37
           15            十五、商业服务业等支出     46
           16            十六、金融支出         47
           17            十七、援助其他地区支出     48
           18            十八、自然资源海洋气象等支出 49
           19            十九、住房保障支出       50 1184343.48
           20            二十、粮油物资储备支出     51
           21            二十一、国有资本经营预算支出 52
           22            二十二、灾害防治及应急管理支出 53
           23            二十三、其他支出        54
           24            二十四、债务还本支出      55
           25            二十五、债务付息支出      56
           26            二十六、抗疫特别国债安排的支出 57
本年收入合计     27 5928953.20 本年支出合计          58 5928953.20
使用非财政拨款结余 28             结余分配            59
年初结转和结余 29               年末结转与结余         60
           30                            61
收入总计       31 5928953.20 支出总计            62 5928953.20
  注：本表反映部门本年度的总收支和年末结转结余情况。


                                  -2-
                           2016年度
部门：郑州市发展和改革委员会                                       金额单位：元
                       附表2：收入决算表
     项目            本年收入合 （补助）收 财政拨款 上级补 事业收 经营收 附属单 其他收
                 行次   计                  助收入 入 入 位上缴
    科目名称                         入               收入 入
合计               1 5928953.20 5928953.20
一般公共服务支出         2 1345985.85 1345985.85
 政府办公厅（室）及相关     3 545518.85 545518.85
 机构事务
  一般行政管理事务       4 545518.85 545518.85
 纪检监察事务          5 800467.00 800467.00
  行政运行           6 450467.00 450467.00
  一般行政管理事务       7 350000.00 350000.00
科学技术支出           8 1740723.73 1740723.73
 应用研究            9 274300.24 274300.24
`;


const read = (text: string) => parseDocument({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) });
/** The document as its readers read it, each table that refused columns taken in its undecided reading (the figures
 * kept under the printed words), with that reading's problems. */
const undecided = (text: string): DocumentModel => {
  let readings: readonly TableReading[] = [];
  const model = parseDocument({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, {
    settle: (all) => {
      readings = all;
      return all.map((r) => ({ table: r.table, problems: r.problems, undecided: false }));
    },
  });
  return { ...model, tables: readings.map((r) => (r.undecided ?? r).table), problems: readings.flatMap((r) => (r.undecided ?? r).problems) };
};
const income = (tables: Table[], name: string) =>
  Object.fromEntries(tables.find((t) => t.kind === 'final_income')!.rows.find((r) => r.name === name)!.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));
/** The settlement run on the tables the reader read (each with the problems of its lines). */
const settle = (model: DocumentModel) => {
  const settled = settleColumns(model.tables.map((table) => ({ table, problems: model.problems.filter((p) => p.line >= table.start_line && p.line <= table.end_line) })));
  return { tables: settled.map((s) => s.table), problems: settled.flatMap((s) => s.problems) };
};

describe('a 收入决算表 whose header is torn settled column by column by the 收入支出决算总表 of the same document', () => {
  it('the reader alone refuses the columns headed by pieces of words; its undecided reading keeps them under the printed words', () => {
    const model = read(TEXT);
    expect(income(model.tables, '合计')).toEqual({ '财政拨款/本年收入合计': '277309500' });
    expect(model.problems.map((p) => p.code)).toContain('header_words_broken');
    expect(income(undecided(TEXT).tables, '合计')).toEqual({ '财政拨款/本年收入合计': '277309500', '财政拨款/补助事业收营业/入': '276378900', '其他/入收入': '930500' });
    expect(undecided(TEXT).problems.map((p) => p.code)).toContain('unknown_column');
  });

  it('the 合计 row equals the 总表 per source (27,730.95 本年收入合计, 27,637.89 一般公共预算财政拨款收入, 93.05 事业收入): one reading, the columns named by it', () => {
    const model = undecided(TEXT);
    const { tables, problems } = settle(model);
    expect(income(tables, '合计')).toEqual({ 本年收入合计: '277309500', 财政拨款收入: '276378900', 事业收入: '930500' });
    // 208 社会保障和就业支出 6,890.83 6,883.78 7.04: the rounded parts within a last digit of the total.
    expect(income(tables, '社会保障和就业支出')).toEqual({ 本年收入合计: '68908300', 财政拨款收入: '68837800', 事业收入: '70400' });
    expect(problems.map((p) => p.code)).toContain('columns_settled');
    expect(problems.map((p) => p.code)).not.toContain('unknown_column');
  });

  it('a total row whose figure stands apart from its column (93.05 moved under the blank column): nothing is settled', () => {
    const model = undecided(TEXT);
    const table = model.tables.find((t) => t.kind === 'final_income')!;
    const total = table.rows.find((r) => r.is_total)!;
    const [from, to] = [total.cells.find((c) => c.value === '930500')!, total.cells.find((c) => c.column === '财政拨款/（补助）收')!];
    [from.value, to.value] = [null, '930500'];
    const { tables, problems } = settle(model);
    expect(tables.find((t) => t.kind === 'final_income')!.columns).toEqual(table.columns);
    expect(problems.map((p) => p.code)).toContain('columns_unsettled_total_row');
  });

  it('a total row whose figure the reader moved one column right of its rows (93.05 under 附属单位上缴收入): placed again under the column whose 类 rows sum to it, then settled', () => {
    const model = undecided(TEXT);
    const total = model.tables.find((t) => t.kind === 'final_income')!.rows.find((r) => r.is_total)!;
    const [from, to] = [total.cells.find((c) => c.value === '930500')!, total.cells.find((c) => c.column === '附属单位上缴收入')!];
    [from.value, from.raw, from.blank, to.value, to.raw, to.blank] = [null, '', true, '930500', '93.05', false];
    const { tables, problems } = settle(model);
    expect(income(tables, '合计')).toEqual({ 本年收入合计: '277309500', 财政拨款收入: '276378900', 事业收入: '930500' });
    expect(problems.map((p) => p.code)).toContain('columns_settled');
    expect(problems.map((p) => p.code)).not.toContain('columns_unsettled_total_row');
  });

  it('the stage runs in parseDocument after the tables are read', () => {
    const model = parseDocument({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });
    expect(income(model.tables, '行政运行')).toEqual({ 本年收入合计: '23070900', 财政拨款收入: '23070900' });
  });

  it('two sources with the same yearly total (事业收入 and 其他收入 both 93.05): two readings agree, nothing is settled', () => {
    const model = undecided(TEXT.replace('八、其他收入           8           ', '八、其他收入           8      93.05'));
    const { tables, problems } = settle(model);
    expect(income(tables, '合计')).toEqual(income(model.tables, '合计'));
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['unknown_column', 'columns_unsettled_several_agree']));
  });

  it('no source with the figure (事业收入 printed 93.06): no reading agrees, nothing is settled', () => {
    const model = undecided(TEXT.replace('五、事业收入           5      93.05', '五、事业收入           5      93.06'));
    const { tables, problems } = settle(model);
    expect(income(tables, '合计')).toEqual(income(model.tables, '合计'));
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['unknown_column', 'columns_unsettled_none_agrees']));
  });
});

describe('a 收入决算表 whose header words run together, beside a 行次 column, read by the reader alone', () => {
  // (its broken header is one cover of seven words, more than any row prints, each row's first number its 行次:
  // squeezed-rows.ts; the settle stage finds nothing left to settle)
  it('the reader alone reads the 合计 row 5928953.20 | 5928953.20 as 本年收入合计 and 财政拨款（补助）收入, the rest blank, the document ok', () => {
    const model = read(TORN);
    expect(income(model.tables, '合计')).toEqual({ 本年收入合计: '5928953.2', '财政拨款（补助）收入': '5928953.2' });
    expect(income(model.tables, '纪检监察事务')).toEqual({ 本年收入合计: '800467', '财政拨款（补助）收入': '800467' });
    expect(model.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['header_cover']));
    expect(model.status).toBe('ok');
  });

  it('settled against the 总表 (本年收入合计 and 一般公共预算财政拨款收入 5928953.20, the rest blank): every figure read as the reader read it', () => {
    const model = parseDocument({ text: TORN, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });
    expect(income(model.tables, '合计')).toEqual({ 本年收入合计: '5928953.2', '财政拨款（补助）收入': '5928953.2' });
    expect(model.problems.map((p) => p.code)).not.toContain('header_words_run_together');
    expect(model.coverage.unaccounted).toEqual([]);
    expect(model.status).toBe('ok');
  });
});

describe('a 收入决算表 column whose 合计 the 收入支出决算总表 contradicts is settled again by the 总表', () => {
  it('as printed, the reader puts 110.84 under 其他收入, the 总表 agrees, nothing is settled', () => {
    const { tables, problems } = settle(read(PRINTED));
    expect(income(tables, '合计')).toEqual({ 本年收入合计: '341977400', 财政拨款: '340869000', 其他收入: '1108400' });
    expect(problems.map((p) => p.code)).not.toContain('columns_settled');
  });

  it('the 总表 printing 110.84 as 七、附属单位上缴收入: the reader alone keeps 110.84 under 其他收入', () => {
    expect(income(read(CONTRADICTED).tables, '合计')).toEqual({ 本年收入合计: '341977400', 财政拨款: '340869000', 其他收入: '1108400' });
  });

  it('settled: 110.84 is 附属单位上缴收入 (the only source the 总表 gives 110.84), 其他收入 blank', () => {
    const { tables, problems } = settle(read(CONTRADICTED));
    expect(income(tables, '合计')).toEqual({ 本年收入合计: '341977400', 财政拨款: '340869000', 附属单位上缴收入: '1108400' });
    // 201 一般公共服务支出 15368.78 15331.66 37.12
    expect(income(tables, '一般公共服务支出')).toEqual({ 本年收入合计: '153687800', 财政拨款: '153316600', 附属单位上缴收入: '371200' });
    expect(problems.map((p) => p.code)).toContain('columns_settled');
  });
});


// A 收入决算表 (万元) whose header the reader reads by position into the wrong columns: `财政拨款` over `（补助）` heads
// the 本年收入合计 figures, its rest `收入` drawn under a column of its own. The 合计 row settles the columns by the 总表
// (41,915.3 本年收入合计, 4,180.69 财政拨款, 10.83 事业收入); the column printing 财政拨款（补助） is settled as
// another meaning, so its words are not the table's 财政拨款 column's: that column is named by the rule's word.
const PRINTED_MISHEADED = `
                                 收入支出决算总表
                                     2017年度
部门名称：平顶山市交通运输局                                                 单位：万元
            收入                          支出
       项目        行次 决算数             项目         行次   决算数
一、一般公共预算财政拨款收入 1    4,180.69 一、一般公共服务支出        32   1,404.75
二、政府性基金预算财政拨款收入 2            二、外交支出            33
三、国有资本经营预算财政拨款收入 3           三、国防支出            34
四、上级补助收入         4           四、公共安全支出          35
五、事业收入           5     10.83 五、教育支出            36
六、经营收入           6           六、科学技术支出          37
七、附属单位上缴收入       7           七、文化旅游体育与传媒支出     38
八、其他收入           8           八、社会保障和就业支出       39   1,222.69
                 9           九、卫生健康支出          40   1,034.40
                 10          十、节能环保支出          41
                 11          十一、城乡社区支出         42
                 12          十二、农林水支出          43
                 13          十三、交通运输支出         44    495.26
                 14          十四、资源勘探工业信息等支出    45
                 15          十五、商业服务业等支出       46
                 16          十六、金融支出           47
                 17          十七、援助其他地区支出     48
                 18          十八、自然资源海洋气象等支出 49
                 19          十九、住房保障支出       50    34.43
                 20          二十、粮油物资储备支出     51
                 21          二十一、国有资本经营预算支出 52
                 22          二十二、灾害防治及应急管理支出 53
                 23          二十三、其他支出        54
                 24          二十四、债务还本支出      55
                 25          二十五、债务付息支出      56
                 26          二十六、抗疫特别国债安排的支出 57
本年收入合计           27 4,191.53 本年支出合计          58 4,191.53
使用非财政拨款结余        28          结余分配            59
年初结转和结余          29          年末结转和结余         60
                 30                          61
收入总计             31 4,191.53 支出总计            62 4,191.53
  注：本表反映部门本年度的总收支和年末结转结余情况。本表金额转换为万元时，因四舍五入可能存在尾差。
                         收入决算表
                          2017年度
部门名称：平顶山市交通运输局                                        单位：万元
              项目                   财政拨款     上级       附属
                         本年收入 （补助） 补助 事业收 经营 单位 其他
 功能分类科           科目名称      合计       收入 收入 入 收入 上缴       收入
  目编码                                                收入
          总计              4,191.53 4,180.69    10.83
201       一般公共服务支出        1,404.75 1,401.69     3.06
201 01    人大事务               60.55 59.65        0.90
201 01 02 一般行政管理事务           60.55 59.65        0.90
201 03    政府办公厅（室）及相关机构事务 108.42 108.42
201 03 08 信访事务              108.42 108.42
201 11    纪检监察事务            608.12 608.12
201 11 01 行政运行              427.29 427.29
201 11 02 一般行政管理事务          180.83 180.83
201 32    组织事务              627.66 625.50       2.16
201 32 01 行政运行              127.81 127.81
201 32 99 其他组织事务支出          499.85 497.69       2.16
208       社会保障和就业支出       1,222.69 1,217.69     5.00
208 05 行政事业单位养老支出           245.01 242.01       3.00
208 05 06 机关事业单位职业年金缴费支出    245.01 242.01       3.00
208 08 抚恤                   298.51 296.51       2.00
208 08 01 死亡抚恤              298.51 296.51       2.00
208 99 其他社会保障和就业支出          679.17 679.17
208 99 99 其他社会保障和就业支出       679.17 679.17
210       卫生健康支出          1,034.40 1,031.63     2.77
210 11    行政事业单位医疗        1,034.40 1,031.63     2.77
210 11 02 事业单位医疗            398.19 398.19
210 11 03 公务员医疗补助           383.00 383.00
210 11 99 其他行政事业单位医疗支出      253.21 250.44       2.77
214       交通运输支出            495.26 495.26
214 01    公路水路运输            495.26 495.26
214 01 01 行政运行              415.54 415.54
214 01 06 公路养护            79.72 79.72
221       住房保障支出          34.43 34.43
221 02    住房改革支出          34.43 34.43
221 02 03 购房补贴            34.43 34.43
    注：本表反映部门本年度取得的各项收入情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`;
const MISHEADED = unknownWord(PRINTED_MISHEADED);

describe('a settled column named by words printed over a column settled as another meaning', () => {
  it('names the 财政拨款 column 财政拨款收入, not by the 财政拨款（补助） printed over the 本年收入合计 figures', () => {
    const { tables, problems } = settle(undecided(MISHEADED));
    expect(income(tables, '总计')).toEqual({ 本年收入合计: '41915300', 财政拨款收入: '41806900', 事业收入: '108300' });
    expect(income(tables, '一般公共服务支出')).toEqual({ 本年收入合计: '14047500', 财政拨款收入: '14016900', 事业收入: '30600' });
    expect(problems.map((p) => p.code)).toContain('columns_settled');
  });
});

describe('a 收入决算表 whose torn header reads as one cover, its figures of uncertain column placed by the 总表', () => {
  // As generated: the header's pieces read as one cover of the seven words (本年收入合计 … 其他收入), more than any row
  // prints; a row's third figure (93.05 of the 合计 row) may stand in any of five source columns, which only the 总表
  // tells (五、事业收入 93.05). The reader puts every such figure in the column most rows allow (a row printing it after
  // a wide gap leaves a blank column before it: 事业收入 here), and the settle stage checks them against the 总表.
  it('reads the 合计 row 27,730.95 27,637.89 93.05 as 本年收入合计, 财政拨款（补助）收入 and 事业收入 (the 总表: 事业收入 93.05)', () => {
    const model = parseDocument({ text: PRINTED_TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });
    expect(income(model.tables, '合计')).toEqual({ 本年收入合计: '277309500', '财政拨款（补助）收入': '276378900', 事业收入: '930500' });
    // 2210203 购房补贴 127.03 118.55 8.48, on the page after the header repeated
    expect(income(model.tables, '购房补贴')).toEqual({ 本年收入合计: '1270300', '财政拨款（补助）收入': '1185500', 事业收入: '84800' });
    expect(model.problems.map((p) => p.code)).toContain('spaced_row_by_summary');
    expect(model.problems.map((p) => p.code)).not.toContain('columns_unsettled_several_agree');
  });

  it('the reader alone puts 93.05 in the source column most rows’ such figures may stand in, 事业收入', () => {
    expect(income(read(PRINTED_TEXT).tables, '合计')).toEqual({ 本年收入合计: '277309500', '财政拨款（补助）收入': '276378900', 事业收入: '930500' });
  });

  it('names the columns of the mis-headed table by the words its header prints, read whole (总计 4,191.53 4,180.69 10.83)', () => {
    const model = parseDocument({ text: PRINTED_MISHEADED, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });
    expect(income(model.tables, '总计')).toEqual({ 本年收入合计: '41915300', '财政拨款（补助）收入': '41806900', 事业收入: '108300' });
  });
});
