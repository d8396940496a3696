/**
 * A 财政拨款收入支出决算总表 on the PDF path where only one fund brings in money: the spending half prints its total
 * and that fund's column (two equal figures) and leaves the other fund columns blank on every row, so no row prints
 * every column and the page has nothing to calibrate the columns on. Lines cut from a converted text of the generated
 * PDF corpus (郑州市教育局 2015 决算, 表4, pages 6–7); values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { readSidesByPair } from '../../src/lib/parse/layouts/side-by-side/by-order.ts';

const parse = (body: string) => parseDocument({ text: `2015年度\n郑州市教育局部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const HEADER = `部门名称：郑州市教育局                                                                                单位：元
                                     表4：财政拨款收入支出决算总表
          收入                                             支出
                                                                               政府性   国有资
    项目              金额               项目                   合计       一般公共预算财     基金预   本经营
              行次                                 行次                  政拨款       算财政   预算财
                                                                                拨款   政拨款
     栏次                1               栏次                  2          3          4    5
`;

const ROWS = `一、一般公共预算财政 1       1,411,403.88 一、一般公共服务支出       33      411,319.09 411,319.09
拨款
二、政府性基金预算财 2               二、外交支出                34
政拨款
三、国有资本经营预算 3               三、国防支出                35
财政拨款
           4               四、公共安全支出              36
           5               五、教育支出                37      147,767.12   147,767.12       0.00
           8               八、社会保障和就业支出           40      520,241.47   520,241.47
           9               九、卫生健康支出              41      322,076.20   322,076.20

                                              第7页 共16页
          收入                                         支出
                                                                  政府性   国有资
    项目           金额              项目                  合计   一般公共预算财 基金预   本经营
           行次                                行次             政拨款   算财政   预算财
                                                                   拨款   政拨款
    栏次            1                 栏次                2      3      4    5
           18                十八、自然资源海洋气象等支出 50
本年收入合计     27   1,411,403.88 本年支出合计          59   1,411,403.88 1,411,403.88
年初财政拨款结转和结 28                年末财政拨款结转和结余     60
余
一般公共预算财政拨款 29                                61
政府性基金预算财政拨 30                                62
款
国有资本经营预算财政 31                         63
拨款
总计         32  1,411,403.88 总计        64  1,411,403.88 1,411,403.88
`;

describe('side-by-side fiscal summaries where one fund brings in all the money', () => {
  it('reads two equal figures of the spending half as its total and the one fund with income (lines 12–39)', () => {
    const d = parse(HEADER + ROWS);
    const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
    expect(t.columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算财政拨款', '支出/政府性基金预算财政拨款', '支出/国有资本经营预算财政拨款']);
    const cells = (block: string, name: string) => t.rows.find((r) => r.block === block && r.name === name)?.cells.map((c) => c.value);
    // line 12: `一、一般公共预算财政 1  1,411,403.88 一、一般公共服务支出  33  411,319.09 411,319.09`
    expect(cells('收入', '一、一般公共预算财政拨款')).toEqual(['1411403.88']);
    expect(cells('支出', '一、一般公共服务支出')).toEqual(['411319.09', '411319.09', null, null]);
    // line 19: `5   五、教育支出   37   147,767.12   147,767.12   0.00`
    expect(cells('支出', '五、教育支出')).toEqual(['147767.12', '147767.12', null, null]);
    // its 0.00 may be 政府性基金 or 国有资本经营 (neither has income): reported, not read
    expect(d.problems.filter((p) => p.code === 'sides_zero_not_placed').map((p) => [p.line, p.severity, p.raw?.trim().slice(-4)])).toEqual([[19, 'warning', '0.00']]);
    expect(cells('支出', '九、卫生健康支出')).toEqual(['322076.2', '322076.2', null, null]);
    // line 18: `4   四、公共安全支出   36` — 36 its 行次, not a figure: a lone figure the half cannot print
    expect(cells('支出', '四、公共安全支出')).toEqual([null, null, null, null]);
    // page 7, line 31: `本年收入合计 27 1,411,403.88 本年支出合计 59 1,411,403.88 1,411,403.88`
    expect(cells('收入', '本年收入合计')).toEqual(['1411403.88']);
    expect(cells('支出', '本年支出合计')).toEqual(['1411403.88', '1411403.88', null, null]);
    expect(cells('支出', '总计')).toEqual(['1411403.88', '1411403.88', null, null]);
    expect(d.problems.filter((p) => p.code === 'row_not_read' || p.code === 'unaccounted_number')).toEqual([]);
    const info = d.problems.find((p) => p.code === 'sides_read_by_order')!;
    expect(info.severity).toBe('info');
    expect(info.message).toContain('只有一种资金有收入');
  });

  it('does not read the pairs when money on a row naming no fund leaves the funds short of the 总计 (line 32)', () => {
    // 年初结转 printed whole, not by fund: the carried-over money may be any fund's
    const d = parse(HEADER + ROWS.replace('年初财政拨款结转和结 28               ', '年初财政拨款结转和结 28      10,000.00').replace(/总计         32  1,411,403.88/, '总计         32  1,421,403.88'));
    const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
    expect(t.rows.find((r) => r.name === '一、一般公共服务支出')).toBeUndefined();
    expect(d.problems.filter((p) => p.code === 'row_not_read').map((p) => p.line)).toContain(12);
  });
});

describe('readSidesByPair', () => {
  const halves = [
    { labelIdx: 0, numberIdx: [1], valueIdx: [2] },
    { labelIdx: 3, numberIdx: [4], valueIdx: [5, 6, 7, 8] },
  ];
  const rule = { half: 1, columns: [5, 6] as const, quiet: { half: 0, label: (l: string) => l.includes('拨款') } };
  it('puts a pair on the total and the fund with money, and returns a zero beside it unplaced', () => {
    expect(readSidesByPair('项目甲 1 10.00 支出甲 33 4.00 4.00', halves, 9, rule)?.cells).toEqual(['项目甲', '1', '10.00', '支出甲', '33', '4.00', '4.00', '', '']);
    // `33 4.00 4.00 0.00`: 33 its 行次 (a 33 beside the pair is no pair); the zero may stand in either fund column
    const beside = readSidesByPair('项目甲 1 10.00 支出甲 33 4.00 4.00 0.00', halves, 9, rule)!;
    expect(beside.cells).toEqual(['项目甲', '1', '10.00', '支出甲', '33', '4.00', '4.00', '', '']);
    expect(beside.unplaced.map((w) => w.text)).toEqual(['0.00']);
    // two figures that differ are no pair
    expect(readSidesByPair('项目甲 1 10.00 支出甲 33 4.00 3.00', halves, 9, rule)).toBeNull();
    // every column printed: read by order as always
    expect(readSidesByPair('项目甲 1 10.00 支出甲 33 4.00 4.00 0.00 0.00', halves, 9, rule)?.cells.slice(5)).toEqual(['4.00', '4.00', '0.00', '0.00']);
  });
});

/** 阳泉市住房和城乡建设局 2017 预算, 附表4 (万元): the funds but 一般公共预算 have rows of their own and print nothing. */
const BUDGET = `部门名称：阳泉市住房和城乡建设局                                      单位：万元
                   附表4 财政拨款收支总表
        收入                         支出
                                         一般公 政府  国有
      项目         金额      项目        合计 共预算 性基     资本
                                         拨款 金预   经营
                                               算 预算
一、本年收入        747.5 一、本年支出         747.5 747.5
（一）财政拨款（补助）   747.5 一般公共服务         212.6 212.6
（二）政府性基金预算拨款        外交
（三）国有资本经营预算拨款       国防
二、上年结转              公共安全
                    社会保障和就业   238.1 238.1
                    国有资本经营预算
收入总计           747.5 二、年终结转结余
                     支出总计      747.5 747.5
`;

describe('side-by-side budget fiscal summaries where every fund but one prints no money', () => {
  const parseBudget = (body: string) => parseDocument({ text: `2017年度\n阳泉市住房和城乡建设局部门预算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

  it('reads the pairs as 合计 and 一般公共预算拨款 when 政府性基金 and 国有资本经营 have their own empty rows (lines 11–19)', () => {
    const d = parseBudget(BUDGET);
    const t = d.tables.find((x) => x.kind === 'budget_fiscal_summary')!;
    expect(t.columns).toEqual(['收入/金额', '支出/合计', '支出/一般公共预算拨款', '支出/政府性基金预算', '支出/国有资本经营预算']);
    const cells = (block: string, name: string) => t.rows.find((r) => r.block === block && r.name === name)?.cells.map((c) => c.value);
    // line 12: `（一）财政拨款（补助） 747.5 一般公共服务 212.6 212.6`
    expect(cells('收入', '（一）财政拨款（补助）')).toEqual(['7475000']);
    expect(cells('支出', '一般公共服务')).toEqual(['2126000', '2126000', null, null]);
    // line 16: `社会保障和就业 238.1 238.1`; line 17: the label 国有资本经营预算 is a row of the spending half
    expect(cells('支出', '社会保障和就业')).toEqual(['2381000', '2381000', null, null]);
    expect(cells('支出', '国有资本经营预算')).toEqual([null, null, null, null]);
    expect(cells('支出', '支出总计')).toEqual(['7475000', '7475000', null, null]);
    expect(d.problems.filter((p) => p.code === 'row_not_read' || p.code === 'unaccounted_number')).toEqual([]);
  });

  it('reads the pairs when a carried-over row reads two ways but holds no money in either (line 15)', () => {
    // `二、上年结转 公共安全 0.00`: the 0.00 is 公共安全's, or 上年结转's with 公共安全 part of its label — a zero either way
    const d = parseBudget(BUDGET.replace('二、上年结转              公共安全', '二、上年结转              公共安全      0.00'));
    const t = d.tables.find((x) => x.kind === 'budget_fiscal_summary')!;
    expect(t.rows.find((r) => r.name === '一般公共服务')?.cells.map((c) => c.value)).toEqual(['2126000', '2126000', null, null]);
    // the line itself: a lone zero in the spending half may stand in any column
    expect(d.problems.filter((p) => p.code === 'row_not_read').map((p) => p.line)).toEqual([15]);
  });

  it('reads only the pairs above money carried over on a row naming no fund, which may be another fund\'s (lines 12, 13, 15)', () => {
    // line 15 carries 4.1 over unsplit: 政府性基金 or 国有资本经营 may spend up to 4.1, so `3.0 3.0` (line 13) may be
    // 合计 and either of them; `212.6 212.6` (line 12) is more than any other fund can spend: 合计 and 一般公共预算拨款
    const d = parseBudget(
      BUDGET.replace('二、上年结转              公共安全', '二、上年结转         4.1 公共安全').replace(
        '（二）政府性基金预算拨款        外交',
        '（二）政府性基金预算拨款        外交          3.0 3.0',
      ),
    );
    const t = d.tables.find((x) => x.kind === 'budget_fiscal_summary')!;
    expect(t.rows.find((r) => r.name === '一般公共服务')?.cells.map((c) => c.value)).toEqual(['2126000', '2126000', null, null]);
    expect(t.rows.find((r) => r.name === '二、上年结转')?.cells.map((c) => c.value)).toEqual(['41000']);
    expect(d.problems.filter((p) => p.code === 'row_not_read').map((p) => p.line)).toContain(13);
    expect(t.rows.find((r) => r.name === '外交')?.cells.some((c) => c.value !== null)).not.toBe(true);
  });
});

/** 开封市发展和改革委员会 2023 决算 (pdftotext-drift family, 万元): the income labels wrapped, their figures on the second line. */
const WRAPPED = `                    财政拨款收入支出决算总表
部门：开封市发展和改革委员会                      单位：万元

  收入                           支出
                                                                  一般公共     政府性基   国有资本
  项目         行次      金额      项目               行次    合计      预算财政     金预算财   经营预算
                                                                  拨款        政拨款     财政拨款
  栏次                  1        栏次                      2        3          4        5

  一、一般公共预算财政拨
  款           1        188.97   一、一般公共服务支出        33     25.95    25.95               0.00
  二、政府性基金预算财政
  拨款          2                 二、外交支出            34     0.00                0.00     0.00
  三、国有资本经营预算财
  政拨款         3                 三、国防支出            35     0.00                0.00
              4                 四、公共安全支出          36     0.00     0.00       0.00     0.00
              5                 五、教育支出            37                         0.00     0.00
              6                 六、科学技术支出          38     10.80    10.80      0.00
              7                 七、文化旅游体育与传媒支出     39     0.00                         0.00
              8                 八、社会保障和就业支出       40     64.13    64.13      0.00     0.00
              9                 九、卫生健康支出          41     25.11    25.11      0.00     0.00
              10                十、节能环保支出          42              0.00       0.00
              11                十一、城乡社区支出         43     0.00                0.00     0.00
              12                十二、农林水支出          44     0.00                         0.00
              13                十三、交通运输支出         45                         0.00     0.00
              14                十四、资源勘探工业信息等支出    46     43.71    43.71
              15                十五、商业服务业等支出       47              0.00
`;

describe('side-by-side fiscal summaries whose fund labels wrap onto the line of their figures', () => {
  it('takes no fund for one without money when its label goes on to the next line (lines 13–14), and places the rows by the page', () => {
    const d = parseDocument({ text: `2023年度\n开封市发展和改革委员会部门决算\n\n${WRAPPED}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
    const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
    // `一、一般公共预算财政拨` / `款  1  188.97`: 一般公共预算 has money, on the line of `款`
    const row = t.rows.find((r) => r.name === '十四、资源勘探工业信息等支出')!;
    // line 29: `14  十四、资源勘探工业信息等支出  46  43.71  43.71` — 合计 and 一般公共预算, not 国有资本经营
    expect(row.line).toBe(29);
    expect(row.cells.map((c) => c.value)).toEqual(['437100', '437100', null, null]);
    expect(d.problems.find((p) => p.code === 'sides_read_by_order')?.message).not.toContain('只有一种资金有收入');
  });
});
