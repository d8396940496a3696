/**
 * Side-by-side 收支总表 as `pdftotext -layout` writes them from a PDF: every page laid out on its own, narrow columns
 * squeezed to one space, a 行次 number standing alone where a half is empty. Lines cut from a converted text of the
 * generated PDF corpus (收入支出决算总表 of a 太原市财政局 2016 决算, pages 2–4; 财政拨款收入支出决算总表 pages 11–13);
 * values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { readSidesByOrder } from '../../src/lib/parse/layouts/side-by-side/by-order.ts';

const parse = (body: string) => parseDocument({ text: `2016年度\n太原市财政局部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const FINAL_SUMMARY = `                         表1：收入支出决算总表
部门：太原市财政局                                                      金额单位：元
            收入                          支出
       项目           决算数            项目              决算数
                 行次                          行次
       栏次            1             栏次                 2
一、一般公共预算财政拨款收入 1 8667466.30 一、一般公共服务支出       32   3913247.34
二、政府性基金预算财政拨款收入 2      0.00 二、外交支出           33         0.00
八、其他收入           8     0.00 八、社会保障和就业支出      39   1227660.59
                 9          九、卫生健康支出         40   1824007.50
                 10         十、节能环保支出         41         0.00

                             第3页 共23页
     收入                           支出
项目             决算数          项目          决算数
          行次                         行次
栏次              1           栏次             2
          19         十九、住房保障支出       50 363263.92
          20         二十、粮油物资储备支出     51      0.00

                       第4页 共23页
             收入                                支出
        项目               决算数              项目              决算数
                   行次                               行次
        栏次                  1             栏次                 2
本年收入合计           27     8667466.30 本年支出合计           58   8667466.30
年初结转和结余          29       12598.41 年末结转和结余          60     12598.41
                 30                                 61
收入总计             31 8680064.71 支出总计                 62   8680064.71
`;

describe('side-by-side summaries on the PDF path', () => {
  it('reads a half printed with only its 行次 number as an empty row and keeps the other half', () => {
    const d = parse(FINAL_SUMMARY);
    const t = d.tables.find((x) => x.kind === 'final_summary')!;
    const v = (block: string, name: string) => t.rows.find((r) => r.block === block && r.name === name)?.cells[0]?.value;
    // line 13: `9   九、卫生健康支出  40   1824007.50`
    expect(v('支出', '九、卫生健康支出')).toBe('1824007.5');
    expect(v('支出', '十、节能环保支出')).toBe('0');
    // no income row made of the 行次 numbers 9, 10, 19, 20, 30
    expect(t.rows.filter((r) => r.block === '收入').map((r) => r.name)).toEqual([
      '一、一般公共预算财政拨款收入',
      '二、政府性基金预算财政拨款收入',
      '八、其他收入',
      '本年收入合计',
      '年初结转和结余',
      '收入总计',
    ]);
    expect(d.problems.filter((p) => ['row_without_label', 'unaccounted_number', 'row_too_long'].includes(p.code ?? ''))).toEqual([]);
  });

  it('reads the 行次 squeezed beside the labels on a page laid out at other positions', () => {
    const d = parse(FINAL_SUMMARY);
    const t = d.tables.find((x) => x.kind === 'final_summary')!;
    const v = (block: string, name: string) => t.rows.find((r) => r.block === block && r.name === name)?.cells[0]?.value;
    // page 3, line 21: `19   十九、住房保障支出   50 363263.92`
    expect(v('支出', '十九、住房保障支出')).toBe('363263.92');
    // page 4: `本年收入合计 27 8667466.30 本年支出合计 58 8667466.30`
    expect(v('收入', '本年收入合计')).toBe('8667466.3');
    expect(v('支出', '本年支出合计')).toBe('8667466.3');
    expect(v('收入', '年初结转和结余')).toBe('12598.41');
    expect(v('支出', '支出总计')).toBe('8680064.71');
    expect(d.problems.some((p) => p.code === 'sides_read_by_order' && p.severity === 'info')).toBe(true);
  });

  it('reads a line by order only when exactly one reading accounts for every word', () => {
    const halves = [
      { labelIdx: 0, numberIdx: [1], valueIdx: [2] },
      { labelIdx: 3, numberIdx: [4], valueIdx: [5, 6, 7, 8] },
    ];
    // by order alone the line could also be an expenditure row (label, 行次 29, figures 0.00 and 61) with blanks
    const line = '一般公共预算财政拨款    29         0.00                 61';
    expect(readSidesByOrder(line, halves, 9)).toBeNull();
    // where the page's labels start (income at 0, expenditure at 30) tells: the label stands in the income half
    expect(readSidesByOrder(line, halves, 9, [0, 30])?.cells).toEqual([
      '一般公共预算财政拨款', '29', '0.00', '', '61', '', '', '', '',
    ]);
    // a half with some of its four figures blank cannot be placed by order
    expect(readSidesByOrder('外交支出 34 0.00 0.00', [halves[0]!, halves[1]!], 9)).toBeNull();
    // two labels with nothing between them: where the first ends is not known
    expect(readSidesByOrder('上年结转 公共安全', [{ labelIdx: 0, numberIdx: [], valueIdx: [1] }, { labelIdx: 2, numberIdx: [], valueIdx: [3] }], 4)).toBeNull();
  });
});

const parseBudget = (body: string) => parseDocument({ text: `2017年\n郑州市城市管理局部门预算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

describe('side-by-side headers broken over lines by narrow columns', () => {
  it('reads the names of the fiscal summary from their pieces, read top to bottom in the order of each line', () => {
    // 财政拨款收入支出决算总表 of a 阳泉市财政局 2017 决算 (万元): the four names of 支出 broken over seven lines
    const d = parse(`                                     表四：财政拨款收入支出决算总表
部门：阳泉市财政局                                                                          单位：万元
         收入                                     支出
                                                    一般公共 政府性
                                                           基金预
                                                                国有资
                                                                本经营
    项目        行次 金额             项目            合计    预算财政
                                           行次        拨款 算财政     预算财
                                                            拨款 政拨款
     栏次           1            栏次              2      3      4   5
一、一般公共预算财政 1    2343.01 一、一般公共服务支出         33 673.03 673.03 0.00 0.00
拨款
二、政府性基金预算财 2      0.00 二、外交支出              34         0.00    0.00   0.00   0.00
政拨款
           5          五、教育支出               37        562.79 562.79   0.00   0.00
`);
    const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
    expect(t.columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算财政拨款', '支出/政府性基金预算财政拨款', '支出/国有资本经营预算财政拨款']);
    const row = (name: string) => t.rows.find((r) => r.name === name)!;
    expect(row('一、一般公共预算财政拨款').cells.map((c) => c.value)).toEqual(['23430100']); // 2343.01 万元
    expect(row('一、一般公共服务支出').cells.map((c) => [c.column, c.value])).toEqual([
      ['支出/合计', '6730300'],
      ['支出/一般公共预算财政拨款', '6730300'],
      ['支出/政府性基金预算财政拨款', '0'],
      ['支出/国有资本经营预算财政拨款', '0'],
    ]);
    expect(row('二、政府性基金预算财政拨款').cells.map((c) => c.value)).toEqual(['0']);
    expect(row('五、教育支出').cells.map((c) => c.value)).toEqual(['5627900', '5627900', '0', '0']);
    expect(d.problems.filter((p) => p.code === 'header_read_by_characters' && p.severity === 'info')).toHaveLength(1);
    expect(d.problems.filter((p) => p.code === 'unknown_column' || p.code === 'row_not_read' || p.code === 'unaccounted_number')).toEqual([]);
  });

  it('reads the names by their characters when a piece stands on the line under the next piece', () => {
    // 洛阳市住房和城乡建设局 2015 决算 (万元): `金预` printed under `算财`, so the pieces of 政府性基金预算财政拨款 are not
    // in line order; every character is used once by one set of four names
    const d = parse(`                        财政拨款收入支出决算总表
部门：洛阳市住房和城乡建设局                                                        单位：万元
        收入                                支出
                                                     政府 国有
                                                一般公共 性基 资本
    项目     行次 金额                 项目       行次 合计 预算财政 算财 经营
                                                     金预
                                                 拨款 政拨 预算
                                                        财政
                                                     款 拨款
一、一般公共预算财政 1     4637.66 一、一般公共服务支出       33   1792.00 1792.00 0.00 0.00
拨款
           4          四、公共安全支出        36          0.00 0.00 0.00 0.00
`);
    const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
    expect(t.columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算财政拨款', '支出/政府性基金预算财政拨款', '支出/国有资本经营预算财政拨款']);
    const row = (name: string) => t.rows.find((r) => r.name === name)!;
    expect(row('一、一般公共预算财政拨款').cells.map((c) => c.value)).toEqual(['46376600']);
    expect(row('一、一般公共服务支出').cells.map((c) => c.value)).toEqual(['17920000', '17920000', '0', '0']);
    expect(row('四、公共安全支出').cells.map((c) => c.value)).toEqual(['0', '0', '0', '0']);
    expect(d.problems.filter((p) => p.code === 'unknown_column' || p.code === 'row_not_read')).toEqual([]);
  });

  it('reads the fund columns in their printed order when two names\' own characters stand at one place', () => {
    // 开封市文化广电和旅游局 2018 决算 (万元; synth-410200-wenlvju-2018-final-00056 of the fresh corpus pdf82, lines
    // 171–181): 一般公共预算财政拨款, a cell of three lines, drawn at 64 between the four lines of 政府性基金预算财政拨款
    // at 63; by their own characters alone 政府性基金 (63–65) would stand left of 一般公共 (64–67)
    const d = parse(`                                      表4 财政拨款收入支出决算总表
                                           2018年度
部门名称：开封市文化广电和旅游局                                                                        单位：万元
         收入                                     支出
                                                               政府性 国有资
                                                                一般公共
    项目     行次   金额               项目        行次 合计               基金预 本经营
                                                                预算财政
                                                               算财政 预算财
                                                                 拨款
                                                                拨款 政拨款
一、一般公共预算财政 1    3,030.44 一、一般公共服务支出        33 1,135.72 1,135.72 0.00 0.00
拨款
二、政府性基金预算财 2       0.00 二、外交支出             34            0.00      0.00   0.00   0.00
政拨款
`);
    const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
    expect(t.columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算财政拨款', '支出/政府性基金预算财政拨款', '支出/国有资本经营预算财政拨款']);
    const row = (name: string) => t.rows.find((r) => r.name === name)!;
    const figures = (name: string) => Object.fromEntries(row(name).cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]));
    expect(figures('一、一般公共服务支出')).toEqual({ '支出/合计': '11357200', '支出/一般公共预算财政拨款': '11357200', '支出/政府性基金预算财政拨款': '0', '支出/国有资本经营预算财政拨款': '0' });
  });

  it('reads the budget 财政拨款收支总表 whose names end on other lines: 一般公共预算拨款, 政府性基金预算, 国有资本经营预算', () => {
    // 郑州市城市管理局 2017 预算 (元), no 行次 and no 栏次 row: the rows tell how many figures each half prints
    const d = parseBudget(`2017年部门预算表                                                           财政拨款收支总表
部门名称：郑州市城市管理局                                                            单位：元
           收入                                 支出
                                                         政府 国有
      项目        金额           项目      合计       一般公共预 性基 资本
                                               算拨款 金预 经营
                                                         算 预算
一、本年收入        7119623.34 一、本年支出    7119623.34 7119623.34 0.00 0.00
（一）一般公共预算拨款   7119623.34 一般公共服务    1399223.06 1399223.06 0.00 0.00
（二）政府性基金预算拨款        0.00 外交              0.00       0.00 0.00 0.00
二、上年结转              0.00 公共安全            0.00       0.00 0.00 0.00
                         教育              0.00       0.00 0.00 0.00
`);
    const t = d.tables.find((x) => x.kind === 'budget_fiscal_summary')!;
    expect(t.columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算拨款', '支出/政府性基金预算', '支出/国有资本经营预算']);
    const row = (name: string) => t.rows.find((r) => r.name === name)!;
    expect(row('（一）一般公共预算拨款').cells.map((c) => c.value)).toEqual(['7119623.34']);
    expect(row('一般公共服务').cells.map((c) => c.value)).toEqual(['1399223.06', '1399223.06', '0', '0']);
    expect(row('二、上年结转').cells.map((c) => c.value)).toEqual(['0']);
    expect(row('教育').block).toBe('支出');
    expect(row('教育').cells.map((c) => c.value)).toEqual(['0', '0', '0', '0']);
  });
});

describe('side-by-side headers whose pieces pdftotext put on other lines', () => {
  it('reads the names by the order of the pieces on each line and their characters: 一般公共 under 预算拨款, 资本 under 经营', () => {
    // 财政拨款收支总表 of a 郑州市财政局 2019 预算 (万元), pieces read by hand: 合计 | 一般公共 + 预算拨款 | 政府 + 性基 + 金预 + 算 |
    // 国有 + 经营 + 资本 + 预算; no 栏次 row, the rows print four figures for 支出
    const d = parseBudget(`                             财政拨款收支总表
部门名称：郑州市财政局                                                      单位：万元
        收入                            支出
                                                     政府 国有
      项目          金额       项目         合计 预算拨款 性基
                                             一般公共
                                                     金预 经营
                                                          资本
                                                     算 预算
一、本年收入       3487.55 一、本年支出          3499.38 3499.38 0.00 0.00
（一）一般公共预算拨款 3487.55 一般公共服务            503.12 503.12 0.00 0.00
二、上年结转         11.84 公共安全         0.00 0.00 0.00 0.00
`);
    const t = d.tables.find((x) => x.kind === 'budget_fiscal_summary')!;
    expect(t.columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算拨款', '支出/政府性基金预算', '支出/国有资本经营预算']);
    const row = (name: string) => t.rows.find((r) => r.name === name)!;
    expect(row('一、本年支出').cells.map((c) => c.value)).toEqual(['34993800', '34993800', '0', '0']); // 3499.38 万元
    expect(row('二、上年结转').cells.map((c) => c.value)).toEqual(['118400']); // 11.84 万元
  });
});

describe('side-by-side headers read by line order with two spellings', () => {
  it('tells 一般公共预算拨款 + 政府性基金预算 from 一般公共预算 + 政府性基金预算拨款 by where the pieces stand', () => {
    // 财政拨款收支总表 of a 阳泉市生态环境局 2018 预算 (万元): `拨款` on the third line stands under `一般公`, not under `政府`
    const d = parseBudget(`                      财政拨款收支总表
部门：阳泉市生态环境局                                         单位：万元
        收入                           支出
                                      一般公 政府      国有
      项目      金额         项目    合计 共预算 性基          资本
                                      拨款 金预  算 预算
                                                  经营
一、本年收入        625.17 一、本年支出    625.17 625.17 0.00 0.00
（一）一般公共预算拨款   625.17 一般公共服务     57.08 57.08 0.00 0.00
`);
    const t = d.tables.find((x) => x.kind === 'budget_fiscal_summary')!;
    expect(t.columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算拨款', '支出/政府性基金预算', '支出/国有资本经营预算']);
    expect(t.rows.find((r) => r.name === '一般公共服务')!.cells.map((c) => c.value)).toEqual(['570800', '570800', '0', '0']); // 57.08 万元
    expect(d.problems.find((p) => p.code === 'header_read_by_characters')?.message).toContain('位置最集中');
  });
});

describe('side-by-side headers read by their pieces, whatever line each stands on', () => {
  it('cuts a piece that runs two cells together (资本性基) and reads each fund column from its own pieces', () => {
    // 财政拨款收支总表 of a 焦作市商务局 2017 预算 (万元), lines 1–8 below: `资本性基` on line 5 is 国有's `资本` and
    // 政府's `性基`; `算` on line 6 ends 政府性基金预算 and `预算` ends 国有资本经营预算. Read by hand: 一、本年支出
    // 698.77 | 698.77 | 0.00 | 0.00
    const d = parseBudget(`                             财政拨款收支总表
部门名称：焦作市商务局                                                      单位：万元
          收入                     支出
                                       一般公 政府      国有
     项目         金额      项目      合计 共预算 金预 资本  性基
                                       拨款 算 经营     预算
一、本年收入        694.46 一、本年支出     698.77 698.77 0.00 0.00
（一）一般公共预算拨款 694.46 一般公共服务       169.91 169.91 0.00 0.00
`);
    const t = d.tables.find((x) => x.kind === 'budget_fiscal_summary')!;
    expect(t.columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算拨款', '支出/政府性基金预算', '支出/国有资本经营预算']);
    expect(t.rows.find((r) => r.name === '一、本年支出')!.cells.map((c) => c.value)).toEqual(['6987700', '6987700', '0', '0']); // 698.77 万元
    expect(t.rows.find((r) => r.name === '一般公共服务')!.cells.map((c) => c.value)).toEqual(['1699100', '1699100', '0', '0']); // 169.91 万元
    const read = d.problems.find((p) => p.code === 'header_read_by_characters');
    expect(read?.severity).toBe('info');
    expect(read?.message).toContain('固定列序');
  });

  it('reads a piece printed on the line above its column\'s others (经营金预) with 行次 in both halves', () => {
    // 财政拨款收入支出决算总表 of a 焦作市住房和城乡建设局 2016 决算 (万元), lines 1–22 below: `金预` of 政府性基金 is
    // printed after 国有's `经营` on line 6, above 政府's `算财`. Read by hand: 九、卫生健康支出 (line 20) 5.00 | 5.00
    // under 合计 and 一般公共预算; 十一、城乡社区支出 (line 22) 7.82 | 7.82
    const d = parse(`部门名称：焦作市住房和城乡建设局                                                            单位：万元
                                     财政拨款收入支出决算总表
         收入                              支出
                                                        政府 国有
                                                  一般公 性基   资本
    项目        行次 金额            项目        行次 合计 共预算 算财 经营金预
                                                   拨款 政拨 预算财政
                                                        款 拨款
一、一般公共预算财政 1    116.12 一、一般公共服务支出        33 39.49 39.49    0.00
拨款
二、政府性基金预算财 2     0.00 二、外交支出             34       0.00   0.00        0.00
政拨款
三、国有资本经营预算 3     0.00 三、国防支出             35                          0.00
财政拨款
           4          四、公共安全支出           36       0.00               0.00
           5          五、教育支出             37       0.00          0.00 0.00
           6          六、科学技术支出           38              0.00
           7          七、文化旅游体育与传媒支出      39       0.00           0.00
           8          八、社会保障和就业支出        40      54.66 54.66     0.00
           9          九、卫生健康支出           41       5.00 5.00 0.00
           10         十、节能环保支出           42       0.00 0.00
           11         十一、城乡社区支出          43       7.82 7.82 0.00
`);
    const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
    expect(t.columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算拨款', '支出/政府性基金预算财政拨款', '支出/国有资本经营预算财政拨款']);
    const row = (name: string) => t.rows.find((r) => r.name === name)!.cells.map((c) => [c.column, c.value]);
    // the pairs: only 一般公共预算 brings in money, so its column and 合计 hold the two equal figures
    expect(row('九、卫生健康支出').slice(0, 2)).toEqual([
      ['支出/合计', '50000'],
      ['支出/一般公共预算拨款', '50000'],
    ]);
    expect(row('十一、城乡社区支出').slice(0, 2)).toEqual([
      ['支出/合计', '78200'],
      ['支出/一般公共预算拨款', '78200'],
    ]);
  });

  it('does not read a header whose first pieces stand against the order of the fund columns', () => {
    // the same header with 国有 and 政府 printed the other way round: the places say 国有 first, the 财政拨款 table's
    // order says 政府性基金 first; the columns are not named (reported unknown)
    const d = parseBudget(`                             财政拨款收支总表
部门名称：焦作市商务局                                                      单位：万元
          收入                     支出
                                       一般公 国有      政府
     项目         金额      项目      合计 共预算 金预 资本  性基
                                       拨款 算 经营     预算
一、本年收入        694.46 一、本年支出     698.77 698.77 0.00 0.00
`);
    expect(d.problems.some((p) => p.code === 'header_read_by_characters' && p.message.includes('固定列序'))).toBe(false);
  });
});

describe('side-by-side rows placed on their own page', () => {
  it('places a half with blank cells on its page\'s full rows, and not on another page\'s', () => {
    // 财政拨款收入支出决算总表 of a 太原市工业和信息化局 2015 决算 (万元); pdftotext starts its second page (form feed) at
    // `11 十一、城乡社区支出`. Read by hand from the printed table: 五、教育支出 402.4 | 402.4 | (blank) | 0.0
    const d = parse(`部门名称：太原市工业和信息化局                                                                单位：万元
                          表四 财政拨款收入支出决算总表
         收入                                    支出
                                                                  政府 国有
                                                                  性基 资本
    项目        行次 金额            项目              行次 合计 一般公共         金预 经营
                                                         预算拨款 算财 预算
                                                                  政拨 财政
                                                                  款 拨款
一、一般公共预算财政 1     2,282.7 一、一般公共服务支出            33 1,116.7 1,116.7 0.0 0.0
拨款
二、政府性基金预算财 2          二、外交支出                   34                        0.0
政拨款
三、国有资本经营预算 3       0.0 三、国防支出                  35              0.0 0.0   0.0
财政拨款
           4           四、公共安全支出                36                  0.0   0.0
           5           五、教育支出                  37    402.4   402.4       0.0
           6           六、科学技术支出                38    224.6   224.6       0.0
           7           七、文化旅游体育与传媒支出           39              0.0       0.0
           8           八、社会保障和就业支出             40    196.1   196.1 0.0   0.0
           9           九、卫生健康支出                41     33.0    33.0 0.0   0.0
           10          十、节能环保支出                42      0.0         0.0   0.0
\f           11           十一、城乡社区支出       43                           0.0
           12           十二、农林水支出        44      0.0
           13           十三、交通运输支出       45      0.0          0.0 0.0
           14           十四、资源勘探工业信息等支出 46     240.1    240.1 0.0 0.0
           15           十五、商业服务业等支出     47
           16           十六、金融支出         48               0.0   0.0
           17           十七、援助其他地区支出     49               0.0         0.0
`);
    const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
    const row = (name: string) => t.rows.find((r) => r.name === name)!;
    expect(row('五、教育支出').cells.map((c) => c.value)).toEqual(['4024000', '4024000', null, '0']);
    expect(row('一、一般公共服务支出').cells.map((c) => c.value)).toEqual(['11167000', '11167000', '0', '0']);
    // the second page has no row with all four figures: its rows are placed on its own figures that start a run
    // (合计 ends at 51, 一般 at 60, 政府 at 64–66, 国有 at 72), not on the first page's positions
    expect(row('十一、城乡社区支出').cells.map((c) => c.value)).toEqual([null, null, null, '0']);
    expect(row('十三、交通运输支出').cells.map((c) => c.value)).toEqual(['0', null, '0', '0']);
    expect(d.problems.filter((p) => p.code === 'row_not_read')).toEqual([]);
    expect(d.problems.some((p) => p.code === 'sides_read_by_order' && /\d+ 行的数值按本页校准的列位置放置/.test(p.message))).toBe(true);
  });
});
