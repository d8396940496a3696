/**
 * “三公”经费 tables as `pdftotext -layout` prints narrow PDF columns: header words broken over lines and reordered,
 * figures squeezed to one space, blank cells leaving only a wider gap. The fixtures are lines cut from converted texts
 * of the generated PDF corpus (Chromium → pdftotext -layout); the values are read by hand from the printed tables
 * (the HTML the PDFs were printed from), in 万元 × 10,000 = 元. Fixture line n is text line n + 3 (three lines of
 * document head come first).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Table } from '../../src/lib/model/table.ts';
import { accountHeader, markersOf, orderItems, type HeaderLine } from '../../src/lib/parse/layouts/three-public/header-account.ts';

const doc = (body: string, kind: 'final' | 'budget') => {
  const head = kind === 'final' ? '2015年度\n测试市生态环境局部门决算\n\n' : '2018年\n测试市农业农村局部门预算\n\n';
  return ingestText({ text: head + body, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
};
const tableOf = (d: ReturnType<typeof doc>, kind: string) => d.tables.find((t) => t.kind === kind)!;
const values = (t: Table) => Object.fromEntries(t.rows.flatMap((r) => r.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])));
const problems = (d: ReturnType<typeof doc>, code: string) => d.problems.filter((p) => p.code === code);

// A budget table, its header over seven lines with the words of neighbouring columns interleaved, a 栏次 row.
const BUDGET_INTERLEAVED = `                   一般公共预算“三公”经费支出表
部门：测试市农业农村局                                          单位：万元
          公务用车购置及运
 “三 因公         行费
 公” 出国                  公务
               公务 公务 接待
 经费 （境）        用车 用车
 合计 费 小计 购置 运行 费
               费 费
  1 2 3 4 5 6
 22.9 1.8 16.1 0.0 16.1 4.9
   注：本表反映部门年度一般公共预算安排的“三公”经费预算情况。
`;

// A budget table with a blank 公务用车购置费 cell: five figures under six columns.
const BUDGET_BLANK = `           表七 一般公共预算“三公”经费支出表
部门：测试市农业农村局                                          单位：万元
 “三公” 因公出 公务用车购置及运行费  公务用 公务接
 经费合 国（境） 小计 公务用  车购置 车运行 待费
  计     费          费   费
   6.67 0.00 1.19      1.19 5.48
  注：本表反映部门年度一般公共预算安排的“三公”经费预算情况。
`;

// pdftotext carried the 运行费 column's 用车 to the end of line 9 (after 接待费's 费).
const BUDGET_CARRIED = `             表7：一般公共预算“三公”经费支出表
部门名称：测试市农业农村局                           单位：万元
         公务用车购置及运
 “三 因公      行费
 公” 出国                公务
 经费 （境）     公务   公务   接待
            用车
 合计 费 小计 购置 运行 费 用车
             费 费
  1 2 3 4 5 6
 7.50       0.00 0.00 7.50
    注：本表反映部门年度一般公共预算安排的“三公”经费预算情况。
`;

// A 决算 table of 预算数 and 决算数 halves, blanks in both, figures rounded to 万元 (9.45 + 2.82 = 12.27 ≠ 12.26).
const FINAL_HALVES = `                             财政拨款“三公”经费支出决算表
部门：测试市生态环境局                                        单位：万元
               预算数                             决算数
           公务用车购置及运行维护费                     公务用车购置及运行维护费
       因公出                              因公出
 合计 国（境）          公务用 公务用 公务接 合计 国（境）             公务用 公务用 公务接
        费  小计 车购置 车运行 待费                 费  小计 车购置 车运行 待费
                   费 维护费                           费 维护费
  1     2    3     4    5    6     7     8   9     10  11    12
 16.90      11.96      11.96 4.94 12.26      9.45       9.45 2.82
  注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

// A vertical table whose long label left no room: the row's two figures in one cell (line 9).
const VERTICAL_SQUEEZED = `                  财政拨款“三公”经费支出决算表
部门：测试市生态环境局                                        单位：万元
      项目        预算 决算
                数 数
合计              23.8 16.5
1.因公出国（境）费用      0.3 0.2
2.公务接待费          0.5 0.4
3.公务用车购置及运行维护费 22.9 15.8
其中：公务用车运行维护费 14.9 10.4
公务用车购置费          8.0 5.4
   注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

// The group word stacked over three lines (公务用车购 / 置及运行维 / 护费) beside 公务用车购置费's own 公务用车购 (line 7);
// cut from the spaced-pdftotext family of the text generator, in 元.
const FINAL_STACKED_GROUP = `                 财政拨款“三公”经费支出决算表
部门：测试市工业和信息化局                                             单位：元
预算数                                            决算数
         因公出国（ 公务用车购                                      因公出国（ 公务用车购
合计       境）费  置及运行维                    公务接待费   合计         境）费   置及运行维                         公务接待费
              护费                                                护费
              小计       公务用车购  公务用车运                             小计        公务用车购    公务用车运
                       置费     行维护费                                        置费       行维护费
1          2      3          4       5           6         7            8       9           10          11            12

22758.26     0.00 12690.60   0.00   12690.60    10067.66    18595.80    0.00   11548.44       0.00     11548.44        7047.36
`;

// The second half's group word drifted: 护费 (line 6) stands four columns right of 置及运行维 (line 5); cut from the
// pdftotext-drift family of the text generator, in 万元.
const FINAL_DRIFTED_GROUP = `                                    财政拨款“三公”经费支出决算表
部门：测试市商务局                      单位：万元
   预算数                                                     决算数
          因公出国（  公务用车购                                          因公出国（ 公务用车购
   合计    境）费     置及运行维                      公务接待费    合计      境）费 置及运行维                       公务接待费
                   护费                                                     护费
                   小计         公务用车购 公务用车运                            小计     公务用车购    公务用车运
                               置费   行维护费                                        置费        行维护费

   20.85  7.72     11.00       0.00  11.00       2.12       13.84    3.94  8.14    0.00       8.14       1.76
`;

// Blank cells that neither the header's positions (its 栏次 row squeezed right) nor the identities place: the gaps
// between the figures do. Line 13: after 决算数's 小计 0.00 a gap of one 0.00-wide column (the blank 公务用车购置费),
// then 运行维护费 0.00; 公务接待费 blank at the end. Cut from a converted PDF of the corpus, in 元.
const FINAL_GAP_ONE_BLANK = `                             财政拨款“三公”经费支出决算表
                                         2015年度
部门名称：测试市生态环境局                                                              金额单位：元
                 预算数                                   决算数
                   公务用车购置及运                              公务用车购置及运
                       行维护费                                  行维护费
                             公务   公务                          公务 公务    公务
  合计 因公出国               公务 用车 接待 合计 因公出国
          （境）费 小计 用车 运行 费                       （境）费 小计 用车 用车          接待
                        购置 维护                                 购置 运行    费
                         费 费                                  费 维护 费
    1        2      3 4 5 6               7        8      9 10 11 12
 40343.51 40343.51 0.00 0.00 0.00 0.00 33081.67 33081.67 0.00     0.00
   注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

// Line 12, in 万元: 预算数 with a blank 购置费 (a gap of one column), 决算数 with a blank 出国费 (one column) and blank
// 购置费 and 运行维护费 (a gap of two columns).
const FINAL_GAP_TWO_BLANKS = `部门名称：测试市生态环境局                             单位：万元
            附表9 财政拨款“三公”经费支出决算表
           预算数                     决算数
          公务用车购置及运                公务用车购置及运
      因公     行维护费              因公     行维护费
      出国      公务  公务 公务        出国      公务  公务 公务
 合计 （境）       用车  用车 接待 合计 （境）         用车  用车 接待
       费 小计 购置 运行      费        费 小计 购置 运行 费
               费 维护费                    费  维护
                                            费
  1 2 3 4 5 6 7 8 9 10 11 12
  3.9 0.0 0.0      0.0 3.9 2.8     0.0         2.8
   注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。本表金额转换为万元时，因四舍五入可
能存在尾差。
`;

describe('a horizontal 三公 table whose header pdftotext broke and reordered', () => {
  const d = doc(BUDGET_INTERLEAVED, 'budget');
  const t = tableOf(d, 'budget_three_public');
  it('reads the six figures of line 11 under the items the header spells, in the order its lines give', () => {
    expect(values(t)).toEqual({
      '“三公”经费合计': '229000', // 22.9
      '因公出国（境）费': '18000', // 1.8
      '公务用车购置及运行费/小计': '161000', // 16.1
      '公务用车购置及运行费/公务用车购置费': '0', // 0.0
      '公务用车购置及运行费/公务用车运行费': '161000', // 16.1
      公务接待费: '49000', // 4.9
    });
    expect(t.rows[0]!.cells.every((c) => c.line === 14)).toBe(true);
  });
  it('reports how it read the header, with the line and raw text of the figures', () => {
    const [p] = problems(d, 'three_public_by_words');
    expect(p).toMatchObject({ severity: 'info', line: 14, raw: ' 22.9 1.8 16.1 0.0 16.1 4.9' });
    expect(p!.message).toContain('因公出国（境）费');
  });
  it('counts the 栏次 numbers of line 10 as column numbers, not as figures left unread', () => {
    expect(problems(d, 'unaccounted_number')).toEqual([]);
  });
  it('passes the 三公 sums', () => {
    expect(d.checks.filter((c) => c.check_id.startsWith('three_public.')).map((c) => c.status)).toEqual(['pass', 'pass']);
  });
});

describe('squeezed 三公 figures with blank cells', () => {
  it('places five figures under six columns where only one placement keeps the sums and the one-space neighbours (line 6)', () => {
    const d = doc(BUDGET_BLANK, 'budget');
    const t = tableOf(d, 'budget_three_public');
    expect(values(t)).toEqual({
      '“三公”经费合计': '66700', // 6.67
      '因公出国（境）费': '0', // 0.00
      '公务用车购置及运行费/小计': '11900', // 1.19
      '公务用车购置及运行费/公务用车运行费': '11900', // 1.19
      公务接待费: '54800', // 5.48
    });
    const blank = t.rows[0]!.cells.find((c) => c.column === '公务用车购置及运行费/公务用车购置费')!;
    expect(blank.value).toBeNull();
    expect(t.rows[0]!.cells.filter((c) => c.value !== null).every((c) => c.placement === 'inferred')).toBe(true);
    expect(problems(d, 'three_public_by_words')[0]!.message).toContain('只有一种放法');
  });

  it('reads 预算数 and 决算数 halves with blanks, allowing the 万元 rounding the note speaks of (line 10)', () => {
    const d = doc(FINAL_HALVES, 'final');
    const t = tableOf(d, 'final_three_public');
    expect(values(t)).toEqual({
      '预算数/合计': '169000', // 16.90
      '预算数/公务用车购置及运行维护费/小计': '119600', // 11.96
      '预算数/公务用车购置及运行维护费/公务用车运行维护费': '119600', // 11.96
      '预算数/公务接待费': '49400', // 4.94
      '决算数/合计': '122600', // 12.26
      '决算数/公务用车购置及运行维护费/小计': '94500', // 9.45
      '决算数/公务用车购置及运行维护费/公务用车运行维护费': '94500', // 9.45
      '决算数/公务接待费': '28200', // 2.82
    });
  });

  it('takes the halves in the order the measure words are printed (决算数 left of 预算数, hand-swapped on line 3)', () => {
    const swapped = FINAL_HALVES.replace('               预算数                             决算数', '               决算数                             预算数');
    const v = values(tableOf(doc(swapped, 'final'), 'final_three_public'));
    expect(v['决算数/合计']).toBe('169000'); // 16.90, now under 决算数
    expect(v['预算数/公务接待费']).toBe('28200'); // 2.82
  });

  it('tells the stacked group word from the item that begins like it, and reads the twelve figures of line 11', () => {
    const v = values(tableOf(doc(FINAL_STACKED_GROUP, 'final'), 'final_three_public'));
    expect(v['预算数/合计']).toBe('22758.26');
    expect(v['预算数/公务用车购置及运行维护费/公务用车购置费']).toBe('0');
    expect(v['预算数/公务用车购置及运行维护费/公务用车运行维护费']).toBe('12690.6');
    expect(v['决算数/公务用车购置及运行维护费/小计']).toBe('11548.44');
    expect(v['决算数/公务接待费']).toBe('7047.36');
  });

  it('follows a group word whose last piece drifted a few columns (line 10)', () => {
    const v = values(tableOf(doc(FINAL_DRIFTED_GROUP, 'final'), 'final_three_public'));
    expect(v['决算数/合计']).toBe('138400'); // 13.84
    expect(v['决算数/因公出国（境）费']).toBe('39400'); // 3.94
    expect(v['决算数/公务用车购置及运行维护费/公务用车购置费']).toBe('0'); // 0.00
    expect(v['决算数/公务用车购置及运行维护费/公务用车运行维护费']).toBe('81400'); // 8.14
    expect(v['预算数/公务接待费']).toBe('21200'); // 2.12
  });

  it('sets aside a header line whose piece pdftotext carried out of place, and still reads the order (line 11)', () => {
    const d = doc(BUDGET_CARRIED, 'budget');
    expect(values(tableOf(d, 'budget_three_public'))).toEqual({
      '“三公”经费合计': '75000', // 7.50
      '公务用车购置及运行费/公务用车购置费': '0', // 0.00
      '公务用车购置及运行费/公务用车运行费': '0', // 0.00
      公务接待费: '75000', // 7.50
    });
  });
});

describe('the order of a 三公 header, read from its lines', () => {
  const lines = (...raws: string[]): HeaderLine[] => raws.map((raw, n) => ({ n, pieces: [...raw.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index }) ) }));
  const read = (ls: HeaderLine[]) => {
    const [a] = accountHeader(ls.flatMap((l) => l.pieces.map((p) => p.text)).join(''));
    return orderItems(ls, markersOf(ls, a!), a!, null);
  };
  it('takes the one order every line agrees with (lines 3-9 of the interleaved budget header)', () => {
    const ls = lines(...BUDGET_INTERLEAVED.split('\n').slice(2, 9));
    expect(read(ls)).toMatchObject({ ok: true, order: ['total', 'abroad', 'subtotal', 'purchase', 'running', 'reception'] });
  });
  it('does not assume an order when each word stands alone at one column', () => {
    expect(read(lines(' 合计', ' 公务接待费', ' 因公出国（境）费'))).toMatchObject({ ok: false });
  });
  it('does not read lines whose marker words contradict each other', () => {
    expect(read(lines(' “三公” 因公出国', ' （境）费 经费合计', ' 公务接待费'))).toMatchObject({ ok: false, why: '表头各行的项目顺序互相矛盾' });
  });
  it('accounts for every character of the header, or finds no words', () => {
    expect(accountHeader('“三公”经费合计因公出国（境）费公务接待费')).toHaveLength(1);
    expect(accountHeader('合计因公出国（境）费公务接待费会议费')).toEqual([]);
  });
});

describe('a vertical 三公 table with two figures squeezed into one cell', () => {
  const d = doc(VERTICAL_SQUEEZED, 'final');
  const t = tableOf(d, 'final_three_public');
  it('splits the figures of line 9 in order into 预算数 and 决算数', () => {
    expect(values(t)['预算数/公务用车购置及运行维护费/公务用车运行维护费']).toBe('149000'); // 14.9
    expect(values(t)['决算数/公务用车购置及运行维护费/公务用车运行维护费']).toBe('104000'); // 10.4
    expect(values(t)['决算数/公务用车购置及运行维护费/公务用车购置费']).toBe('54000'); // 5.4 (line 10)
    // (the spaced reader places a row with one figure per column in order; where it left the two in one cell, the
    // layout splits them and says so — either way nothing on the line is left unread)
    expect([...problems(d, 'squeezed_figures'), ...d.problems.filter((p) => p.line === 12 && p.severity !== 'info')].every((p) => p.severity === 'info')).toBe(true);
  });
});

describe('a 三公 row whose blank cells only the gaps between its figures place', () => {
  it('puts the last figure of line 13 under 公务用车运行维护费: the gap before it is one blank column wide', () => {
    const d = doc(FINAL_GAP_ONE_BLANK, 'final');
    const t = tableOf(d, 'final_three_public');
    expect(values(t)).toEqual({
      '预算数/合计': '40343.51',
      '预算数/因公出国（境）费': '40343.51',
      '预算数/公务用车购置及运行维护费/小计': '0',
      '预算数/公务用车购置及运行维护费/公务用车购置费': '0',
      '预算数/公务用车购置及运行维护费/公务用车运行维护费': '0',
      '预算数/公务接待费': '0',
      '决算数/合计': '33081.67',
      '决算数/因公出国（境）费': '33081.67',
      '决算数/公务用车购置及运行维护费/小计': '0',
      '决算数/公务用车购置及运行维护费/公务用车运行维护费': '0',
    });
    expect(t.rows[0]!.cells.every((c) => c.line === 16)).toBe(true);
  });

  it('reads one blank column in a gap of one column and two in a gap of two (line 12, 万元)', () => {
    const d = doc(FINAL_GAP_TWO_BLANKS, 'final');
    expect(values(tableOf(d, 'final_three_public'))).toEqual({
      '预算数/合计': '39000', // 3.9
      '预算数/因公出国（境）费': '0', // 0.0
      '预算数/公务用车购置及运行维护费/小计': '0', // 0.0
      '预算数/公务用车购置及运行维护费/公务用车运行维护费': '0', // 0.0
      '预算数/公务接待费': '39000', // 3.9
      '决算数/合计': '28000', // 2.8
      '决算数/公务用车购置及运行维护费/小计': '0', // 0.0
      '决算数/公务接待费': '28000', // 2.8
    });
    expect(problems(d, 'three_public_unread')).toEqual([]);
  });
});

// A final table (元) whose figures no two stand one space apart: every gap of line 13 is as wide, so each holds as many
// blank columns, one (因公出国（境）费, 公务用车购置费, 公务接待费 between the halves).
const FINAL_EVEN_GAPS = `                                   财政拨款“三公”经费支出决算表
部门：测试市商务局                                                              单位：元
                                                                        公开09表
               预算数                                决算数
         因公 公务用车购置及运行维护费
                     公务 公务用车 公务             因公 公务用车购置及运行维护费
                                                        公务 公务用车 公务
         出国
 合计 （境） 小计 用车 运行维护 接待 合计 （境） 小计 用车 运行维护 接待  出国
          费          购置 费        费           费          购置 费        费
                      费                                  费
62622.14    62622.14    62622.14   54481.26    54481.26    54481.26
  注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

// A final table (万元) whose header pdftotext squeezed left of its figures: line 15 prints neighbours one space apart
// and one blank column as four spaces, two as eight.
const FINAL_SQUEEZED_STEPS = `              财政拨款“三公”经费支出决算表
部门：测试市生态环境局                                  单位：万元
                                              公开09表
           预算数                       决算数
         公务用车购置及运                  公务用车购置及运
             行维护费                      行维护费
      因公                        因公
      出国      公务   公务 公务        出国      公务  公务 公务
 合计 （境）            用车 接待 合计 （境）             用车 接待
              用车                        用车
      费 小计 购置 运行 费              费 小计 购置 运行 费
               费 维护费                     费  维护
                                            费
  1 2 3 4 5 6 7 8 9 10 11 12
 2.00    0.00 0.00    2.00 1.98    0.00        1.98
    注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。本表金额转换为万元时，因四舍五
`;

describe('a 三公 row whose gaps widen by one step per blank column', () => {
  it('reads equal gaps as equal blanks: 62622.14 under 合计, 小计 and 公务用车运行维护费 (line 12)', () => {
    const d = doc(FINAL_EVEN_GAPS, 'final');
    expect(values(tableOf(d, 'final_three_public'))).toEqual({
      '预算数/合计': '62622.14',
      '预算数/公务用车购置及运行维护费/小计': '62622.14',
      '预算数/公务用车购置及运行维护费/公务用车运行维护费': '62622.14',
      '决算数/合计': '54481.26',
      '决算数/公务用车购置及运行维护费/小计': '54481.26',
      '决算数/公务用车购置及运行维护费/公务用车运行维护费': '54481.26',
    });
  });

  it('reads one space as neighbours, four as one blank column and eight as two (line 15), not the header positions', () => {
    const d = doc(FINAL_SQUEEZED_STEPS, 'final');
    expect(values(tableOf(d, 'final_three_public'))).toEqual({
      '预算数/合计': '20000', // 2.00
      '预算数/公务用车购置及运行维护费/小计': '0', // 0.00
      '预算数/公务用车购置及运行维护费/公务用车购置费': '0', // 0.00
      '预算数/公务接待费': '20000', // 2.00
      '决算数/合计': '19800', // 1.98
      '决算数/公务用车购置及运行维护费/小计': '0', // 0.00
      '决算数/公务接待费': '19800', // 1.98
    });
  });
});

// A final table whose second 出国 pdftotext wrote after the last column of line 8 (its line holds three pieces of
// 因公出国（境）费 for two halves), the 预算数 公务用车购置费 cell blank.
const FINAL_ABROAD_DRAWN_RIGHT = `                                            财政拨款“三公”经费支出决算表
部门名称：测试市生态环境局                                                                        金额单位：元
                  预算数                                     决算数
          因公 公务用车购置及运行维护费
                        公务 公务用车 公务                因公   公务用车购置及运行维护费
                                                                公务 公务用车 公务
          出国
  合计 （境） 小计 用车 运行维护 接待 合计 （境） 小计 用车 运行维护 接待       出国
          费             购置 费        费             费             购置 费          费
                        费                                       费
 41277.45 0.00 41277.45    41277.45 0.00 30958.08 0.00 30958.08 0.00 30958.08 0.00
   注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

describe('a 三公 header with a piece drawn away from its cell', () => {
  it('reads line 8 with the 出国 after its last column set aside, the items in their printed order', () => {
    const d = doc(FINAL_ABROAD_DRAWN_RIGHT, 'final');
    expect(values(tableOf(d, 'final_three_public'))).toEqual({
      '预算数/合计': '41277.45',
      '预算数/因公出国（境）费': '0',
      '预算数/公务用车购置及运行维护费/小计': '41277.45',
      '预算数/公务用车购置及运行维护费/公务用车运行维护费': '41277.45',
      '预算数/公务接待费': '0',
      '决算数/合计': '30958.08',
      '决算数/因公出国（境）费': '0',
      '决算数/公务用车购置及运行维护费/小计': '30958.08',
      '决算数/公务用车购置及运行维护费/公务用车购置费': '0',
      '决算数/公务用车购置及运行维护费/公务用车运行维护费': '30958.08',
      '决算数/公务接待费': '0',
    });
    expect(problems(d, 'three_public_unread')).toEqual([]);
  });
});

// A final table whose first 公务用车购置及运行维护费 ran into the 公务 of 公务用车购置费 beside it (line 4).
const FINAL_GROUP_RUN_ON = `                                        财政拨款“三公”经费支出决算表
部门名称：测试市生态环境局                                                                                    单位：元
                      预算数                                              决算数
           因公 公务用车购置及运行维护费公务                                因公    公务用车购置及运行维护费
                                                                           公务
           出国
   合计 （境） 小计 用车 公务用车运 费                  公务接待       合计 （境） 小计 用车 公务用车运 公务接待
                                                            出国
                          购置   行维护费                                        购置   行维护费        费
           费              费                                 费              费
    1       2      3       4      5         6        7       8      9      10      11       12
 138402.22 0.00 123646.25 0.00 123646.25 14755.97 118176.14 0.00 103862.85 0.00 103862.85 14313.29
   注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

describe('a 三公 group word run together with the piece of the cell beside it', () => {
  it('reads 公务用车购置费 before 公务用车运行维护费 (line 12: 0.00 then 123646.25)', () => {
    const d = doc(FINAL_GROUP_RUN_ON, 'final');
    expect(values(tableOf(d, 'final_three_public'))).toEqual({
      '预算数/合计': '138402.22',
      '预算数/因公出国（境）费': '0',
      '预算数/公务用车购置及运行维护费/小计': '123646.25',
      '预算数/公务用车购置及运行维护费/公务用车购置费': '0',
      '预算数/公务用车购置及运行维护费/公务用车运行维护费': '123646.25',
      '预算数/公务接待费': '14755.97',
      '决算数/合计': '118176.14',
      '决算数/因公出国（境）费': '0',
      '决算数/公务用车购置及运行维护费/小计': '103862.85',
      '决算数/公务用车购置及运行维护费/公务用车购置费': '0',
      '决算数/公务用车购置及运行维护费/公务用车运行维护费': '103862.85',
      '决算数/公务接待费': '14313.29',
    });
  });
});

// A final table whose header cells pdftotext wrote on one line: 公务 beside 接待 (line 6), 运行维护 beside 费 and 接待
// beside 费 (line 7), each pair one word's pieces (text lines 474-484 of a converted document).
const FINAL_CELL_LINES_JOINED = `部门名称：测试市生态环境局                                                                       金额单位：元
                                             财政拨款“三公”经费支出决算表
                  预算数                                       决算数
               公务用车购置及运行维护费                              公务用车购置及运行维护费
          因公                                        因公
  合计 （境）  出国            公务 公务用车 公务    接待     合计     出国            公务 公务用车 公务
                小计      用车 运行维护 费                   （境） 小计 用车 运行维护 接待           费
          费             购置 费                         费            购置 费
                        费                                         费
 80811.10 0.00 80811.10 0.00 80811.10 0.00 78386.76 0.00 78386.76 0.00 78386.76 0.00
  注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。
`;

describe('a 三公 header whose wrapped cell lines pdftotext wrote side by side', () => {
  it('reads neighbouring pieces that spell one word as that word (公务 接待 on line 6), and the twelve figures of line 10', () => {
    const d = doc(FINAL_CELL_LINES_JOINED, 'final');
    expect(values(tableOf(d, 'final_three_public'))).toEqual({
      '预算数/合计': '80811.1',
      '预算数/因公出国（境）费': '0',
      '预算数/公务用车购置及运行维护费/小计': '80811.1',
      '预算数/公务用车购置及运行维护费/公务用车购置费': '0',
      '预算数/公务用车购置及运行维护费/公务用车运行维护费': '80811.1',
      '预算数/公务接待费': '0',
      '决算数/合计': '78386.76',
      '决算数/因公出国（境）费': '0',
      '决算数/公务用车购置及运行维护费/小计': '78386.76',
      '决算数/公务用车购置及运行维护费/公务用车购置费': '0',
      '决算数/公务用车购置及运行维护费/公务用车运行维护费': '78386.76',
      '决算数/公务接待费': '0',
    });
    expect(problems(d, 'three_public_unread')).toEqual([]);
  });
});
