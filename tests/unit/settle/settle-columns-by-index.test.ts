import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { settleColumns } from '../../../src/lib/settle/settle-columns.ts';

// pdftotext -layout of a generated 决算 (决算01表 收入支出决算总表, 决算02表 收入决算表, 元): the 收入决算表's header
// tears its words over three lines (`上级 事业 经营 附属` over `补助 收入 收入 单位 … 上缴 其他收入` over `收入 收入`).
const TEXT = `
  决算01表
                       收入支出决算总表
                          2017年度
部门：洛阳市农业农村局                                             金额单位：元
         收入                          支出
    项目    行次 决算数                项目       行次     决算数
一、一般公共预算财 1 30987629.80 一、一般公共服务支出       32    1846717.81
政拨款收入
二、政府性基金预算 2         0.00 二、外交支出          33          0.00
财政拨款收入
三、国有资本经营预 3              三、国防支出          34          0.00
算财政拨款收入
四、上级补助收入 4               四、公共安全支出        35          0.00
五、事业收入    5         0.00 五、教育支出          36
六、经营收入    6              六、科学技术支出        37
七、附属单位上缴收 7         0.00 七、文化旅游体育与传媒支出 38
入
八、其他收入    8     36827.73 八、社会保障和就业支出     39   2972170.17
          9              九、卫生健康支出        40   5539550.52
          10             十、节能环保支出        41
          11             十一、城乡社区支出       42         0.00
          12             十二、农林水支出        43   8332939.25
          13             十三、交通运输支出       44
          14             十四、资源勘探工业信息等支出 45           0.00
          15             十五、商业服务业等支出     46
          16             十六、金融支出         47
          17             十七、援助其他地区支出     48          0.00
          18             十八、自然资源海洋气象等支出 49           0.00
          19             十九、住房保障支出       50   12333079.78
          20             二十、粮油物资储备支出     51
          21             二十一、国有资本经营预算支出 52           0.00
          22             二十二、灾害防治及应急管理支出 53
          23             二十三、其他支出        54          0.00
          24             二十四、债务还本支出      55          0.00
          25             二十五、债务付息支出      56
          26             二十六、抗疫特别国债安排的支出 57          0.00
本年收入合计    27 31024457.53 本年支出合计          58   31024457.53
使用非财政拨款结余 28        0.00 结余分配            59          0.00

                         第2页 共17页
         收入                          支出
    项目    行次 决算数                项目        行次 决算数
年初结转和结余 29          0.00 年末结转与结余          60        0.00
          30                              61
收入总计      31 31024457.53 支出总计             62 31024457.53
  注：本表反映部门本年度的总收支和年末结转结余情况。




                          第3页 共17页
  决算02表
                               收入决算表
                                2017年度
部门：洛阳市农业农村局                                                    金额单位：元
      项目                                   上级 事业 经营 附属
              行次 本年收入合计 财政拨款收入 补助 收入 收入 单位              上缴   其他收入
     科目名称                                  收入           收入
总计               1 31024457.53 30987629.80    0.00 0.00 0.00 36827.73
一般公共服务支出         2 1846717.81 1846717.81 0.00      0.00 0.00     0.00
 人大事务            3 1326717.81 1326717.81           0.00
  行政运行           4 1326717.81 1326717.81 0.00
 政府办公厅（室）及相关机 5 520000.00 520000.00 0.00 0.00           0.00     0.00
 构事务
  事业运行           6 520000.00 520000.00                  0.00
社会保障和就业支出        7 2972170.17 2972170.17      0.00 0.00          0.00
 抚恤              8 2972170.17 2972170.17      0.00 0.00          0.00
  死亡抚恤           9 2972170.17 2972170.17      0.00               0.00
卫生健康支出         10 5539550.52 5522119.56            0.00 0.00 17430.96
 行政事业单位医疗       11 5539550.52 5522119.56 0.00 0.00 0.00      17430.96
  事业单位医疗       12 1283827.61 1283827.61 0.00 0.00       0.00
  公务员医疗补助      13 4255722.91 4238291.95                 0.00 17430.96
农林水支出          14 8332939.25 8325630.32       0.00            7308.93
 农业农村          15 8332939.25 8325630.32                       7308.93
  行政运行         16 1417308.93 1410000.00                 0.00 7308.93
  事业运行         17 4700062.01 4700062.01            0.00 0.00     0.00
  病虫害控制        18 2215568.31 2215568.31 0.00       0.00 0.00     0.00
住房保障支出         19 12333079.78 12320991.94               0.00 12087.84
 住房改革支出        20 12333079.78 12320991.94     0.00 0.00 0.00 12087.84
  住房公积金        21 4597419.38 4597419.38       0.00               0.00
  提租补贴         22 3179735.45 3179735.45            0.00 0.00
  购房补贴         23 4555924.95 4543837.11                      12087.84
  注：本表反映部门本年度取得的各项收入情况。
`;

const parse = (text: string) => parseDocument({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) }, { settle: settleColumns });
const problems = (text: string) => parse(text).problems;

describe('a 收入决算表 whose header pdftotext tore, no row filling every column, read by the cover of its header', () => {
  // (read by position, its header runs 事业收入 and 经营收入 together; no row prints a figure in every column, and the
  // rows' figures stand one space apart where their cells touch: `520000.00 520000.00 0.00 0.00           0.00     0.00`
  // puts its last two zeros in 附属单位上缴收入 and 其他收入, side by side, five spaces apart — a blank column between
  // them would leave room for a figure and a space each side. The header is then read as the one exact cover of its
  // words every row's figures can be placed under, and the settle stage finds no column left to settle.)
  it('reads the seven columns by the vocabulary, names no column by its torn words, and places every row\'s money', () => {
    const found = problems(TEXT);
    expect(found.map((p) => p.code)).toContain('header_cover');
    expect(found.find((p) => p.code === 'header_cover')!.message).toContain('数值列依次为「本年收入合计」「财政拨款收入」「上级补助收入」「事业收入」「经营收入」「附属单位上缴收入」「其他收入」');
    expect(found.filter((p) => p.code?.startsWith('columns_unsettled'))).toEqual([]);
    // (农林水支出 and 农业农村 print 7308.93 a gap after the figures before it: the last column, 其他收入, is wider than
    // the others, its figure right-aligned in it — placed by where the page's runs start, no row left undecided)
    expect(found.filter((p) => p.code === 'spaced_row_ambiguous')).toEqual([]);
    const income = parse(TEXT).tables.find((t) => t.kind === 'final_income')!;
    const cell = (name: string, column: string) => income.rows.find((r) => r.name === name)!.cells.find((c) => c.column === column)?.value;
    expect(cell('农林水支出', '其他收入')).toBe('7308.93');
    expect(cell('农业农村', '其他收入')).toBe('7308.93');
    expect(cell('农业农村', '经营收入')).toBe(null);
  });
});
