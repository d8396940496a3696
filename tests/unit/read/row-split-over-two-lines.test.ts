/**
 * A row pdftotext split over two lines: the label and its first figures on one line, the rest of its figures alone on
 * the next. Read apart, the first line lost the figures of its blank cells and the second was a row without a label.
 * The lines are those pdftotext -layout writes for two generated 部门决算; the values are read by hand from them and
 * from the documents' HTML (each figure keeps the line it is printed on).
 *
 * A narrow 一般公共预算财政拨款支出决算表 (万元), the rest of the row squeezed left, under no column by position
 * (read by order: the first line fills 小计, the next the four columns after it; 小计 257.45 = 基本支出 219.55 +
 * 项目支出 37.91):
 *
 * ```
 * 一般公共服务支出     257.45
 *                   219.55 195.40 24.15 37.91
 * ```
 *
 * A wide 支出决算表 (元), the rest of the row under its own column (项目支出):
 *
 * ```
 * 205           教育支出           4634325.54   1930000.00    1737000.00   193000.00
 *                                                                              2704325.54
 * ```
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { cellLine, splitLines } from '../../../src/lib/text/lines.ts';
import { readFixture, readTextFormFixture } from './read-fixture.ts';

const NARROW = [
  '               表5 一般公共预算财政拨款支出决算表',
  '                          2015年度',
  '部门：焦作市中站区商务局                                    单位：万元',
  '    项目                   本年支出',
  '                       其中：基本支出          项目支',
  '    科目名称     小计   小计 人员经费 费       公用经    出',
  '     栏次        1   2        3      4     5',
  '一般公共服务支出     257.45',
  '                  219.55 195.40 24.15 37.91',
  ' 纪检监察事务      257.45',
  '                  219.55 195.40 24.15 37.91',
  '  行政运行        219.55',
  '                  219.55 195.40 24.15 0.00',
  '  一般行政管理事务     37.91 0.00     0.00 0.00 37.91',
  '社会保障和就业支出    594.27',
  '                  386.27 343.78 42.49 208.00',
  ' 其他社会保障和就业 594.27 386.27 343.78 42.49 208.00',
  ' 支出',
  '卫生健康支出       965.69 965.69 859.47 106.23 0.00',
  ' 行政事业单位医疗    965.69 965.69 859.47 106.23 0.00',
  '  行政单位医疗      177.87 177.87 158.31 19.57 0.00',
].join('\n');

const WIDE = [
  '                                          支出决算表',
  '                                                                                                 公开03表',
  '                                           2015年度',
  '部门：焦作市工业和信息化局                                                                                   金额单位：元',
  '               科目编码                                    其中：基本支出                                  对附',
  '                                                                                          上缴 经营 属单',
  '                             本年支出合计                                              项目支出     上级 支出 位补',
  '类 款 项                 科目名称                 小计           人员经费         公用经费                 支出    助支',
  '                                                                                                 出',
  '201           一般公共服务支出       5846104.48   5846104.48    5261494.02   584610.46',
  '201 01        人大事务           2773006.21   2773006.21    2495705.58   277300.63',
  '201 01   01   行政运行           2773006.21   2773006.21    2495705.58   277300.63',
  '205           教育支出           4634325.54   1930000.00    1737000.00   193000.00',
  '                                                                             2704325.54',
  '205 08        进修及培训          4634325.54   1930000.00    1737000.00   193000.00',
  '                                                                             2704325.54',
  '206           科学技术支出         5416899.04   1081358.89     973223.00   108135.89',
  '                                                                             4335540.15',
  '206 03        应用研究           1148081.62                                      1148081.62',
  '206 99        其他科学技术支出       4268817.42   1081358.89     973223.00 108135.89 3187458.53',
].join('\n');

/** A 支出决算表 (元) ending with its 总计 printed without a label, right under a row with blank cells. */
const UNLABELLED_TOTAL = [
  "                                  2016年度",
  "部门名称：太原市住房和城乡建设局                                                   单位：元",
  "                                 支出决算表",
  "      项目                                                    对附",
  "                                                  上缴 经营 属单",
  "                本年支出合计      基本支出 项目支出 上级 支出 位补",
  "    科目名称                                          支出        助支",
  "                                                            出",
  "一般公共服务支出     6368321.30     3515805.08 2852516.22      0.00 0.00",
  " 人大事务        2499191.80     2499191.80                 0.00 0.00",
  "  行政运行       2499191.80     2499191.80            0.00 0.00 0.00",
  " 政府办公厅（室）及 2852516.22             0.00 2852516.22 0.00",
  " 相关机构事务",
  "  一般行政管理事务 2852516.22          0.00 2852516.22",
  " 组织事务        1016613.28 1016613.28             0.00",
  "  行政运行       1016613.28 1016613.28        0.00 0.00 0.00",
  "社会保障和就业支出 16084640.01 12227969.47 3856670.54             0.00",
  " 行政事业单位养老支 13253751.22 11206691.12 2047060.10       0.00 0.00",
  " 出",
  "  行政单位离退休    2073045.43 2073045.43",
  "  事业单位离退休    4713169.04 4713169.04",
  "  其他行政事业单位 6467536.75 4420476.65 2047060.10              0.00",
  "  养老支出",
  " 其他社会保障和就业 2830888.79 1021278.35 1809610.44         0.00",
  " 支出",
  "  其他社会保障和就 2830888.79 1021278.35 1809610.44         0.00 0.00",
  "  业支出",
  "卫生健康支出       4964603.83 4964603.83             0.00      0.00",
  " 行政事业单位医疗    4964603.83 4964603.83        0.00 0.00 0.00",
  "  事业单位医疗     2554603.83 2554603.83                       0.00",
  "  公务员医疗补助    2410000.00 2410000.00             0.00      0.00",
  "城乡社区支出       7333440.50 4448857.24 2884583.26            0.00",
  " 城乡社区管理事务    7333440.50 4448857.24 2884583.26       0.00 0.00",
  "  其他城乡社区管理 7333440.50 4448857.24 2884583.26         0.00 0.00",
  "  事务支出",
  "住房保障支出       4547770.24 4547770.24                  0.00 0.00",
  " 住房改革支出      4547770.24 4547770.24        0.00 0.00      0.00",
  "  购房补贴       4547770.24 4547770.24",
  "            39298775.88 29705005.86 9593770.02",
].join('\n');

/** The figures of a line's cells, each with the source line it was read from. */
const figuresOf = (l: { cells: string[]; n: number; cellLines?: number[] }) =>
  l.cells.flatMap((c, j) => (/\d/.test(c) && !/^\d{3}(?: \d{2})*$/.test(c.trim()) ? [[c.trim(), cellLine(l as never, j)]] : []));

describe('a row whose figures pdftotext split over two lines is read as one row', () => {
  it('joins the squeezed rest of 一般公共服务支出 by order, each figure on its own line (lines 8–9)', () => {
    const { at } = readFixture(NARROW);
    expect(figuresOf(at(8))).toEqual([
      ['257.45', 8],
      ['219.55', 9],
      ['195.40', 9],
      ['24.15', 9],
      ['37.91', 9],
    ]);
    expect(at(9).skip).toBe('joined');
  });

  it('joins 行政运行, whose 项目支出 is 0.00, and 社会保障和就业支出 (lines 12–13, 15–16)', () => {
    const { at } = readFixture(NARROW);
    expect(figuresOf(at(12)).map(([v]) => v)).toEqual(['219.55', '219.55', '195.40', '24.15', '0.00']);
    expect(figuresOf(at(15))).toEqual([
      ['594.27', 15],
      ['386.27', 16],
      ['343.78', 16],
      ['42.49', 16],
      ['208.00', 16],
    ]);
  });

  it('gives the table each value of 一般公共服务支出 in 元 on the line it is printed on', () => {
    const doc = ingestText({ text: NARROW, sourceFile: 'narrow.txt', docId: 'narrow', sha256: '0' });
    const row = doc.tables.find((t) => t.kind === 'final_general_expenditure')!.rows.find((r) => r.name === '一般公共服务支出')!;
    expect(row.cells.map((c) => [c.value, c.line])).toEqual([
      ['2574500', 8],
      ['2195500', 9],
      ['1954000', 9],
      ['241500', 9],
      ['379100', 9],
    ]);
  });

  it('leaves whole rows as they are', () => {
    const { at } = readFixture(NARROW);
    expect(figuresOf(at(14))).toEqual(['37.91', '0.00', '0.00', '0.00', '37.91'].map((v) => [v, 14]));
    expect(at(19).cellLines).toBeUndefined();
  });

  it('joins the rest of 教育支出 standing under 项目支出 by position (lines 13–14)', () => {
    const { at } = readFixture(WIDE);
    expect(figuresOf(at(13))).toEqual([
      ['4634325.54', 13],
      ['1930000.00', 13],
      ['1737000.00', 13],
      ['193000.00', 13],
      ['2704325.54', 14],
    ]);
    expect(at(14).skip).toBe('joined');
    expect(figuresOf(at(17)).pop()).toEqual(['4335540.15', 18]);
  });

  it('keeps 应用研究, its 基本支出 blank, as printed', () => {
    const { at } = readFixture(WIDE);
    expect(figuresOf(at(19))).toEqual([
      ['1148081.62', 19],
      ['1148081.62', 19],
    ]);
  });

  it('keeps an unlabelled 总计 under 购房补贴 a row of its own: 本年支出合计 4547770.24 is not 基本支出 + the 总计 figures (lines 38–39)', () => {
    const { lines, problems } = readTextForms(splitLines(UNLABELLED_TOTAL));
    expect(lines[37]!.cells.filter((c) => c.trim() !== '')).toEqual(['购房补贴', '4547770.24', '4547770.24']);
    expect(lines[38]!.skip).toBeUndefined();
    expect(lines[38]!.cells.filter((c) => c.trim() !== '')).toEqual(['39298775.88', '29705005.86', '9593770.02']);
    // (its header read whole, 上缴上级支出 | 经营支出 | 对附属单位补助支出 over the squeezed rows, line 39's figures hold
    // 本年支出合计 = 基本支出 + 项目支出 as a row of their own, placed from 本年支出合计 on: no rest of 购房补贴 to doubt)
    expect(problems.filter((p) => p.code === 'spaced_row_split').map((p) => p.line)).toEqual([]);
  });

  it('does not join, and reports, figures alone the totals do not confirm', () => {
    const text = NARROW.replace('                  219.55 195.40 24.15 37.91', '                  219.55 195.40 24.15 30.00');
    const { lines, problems } = readTextForms(splitLines(text));
    expect(lines[7]!.cellLines).toBeUndefined();
    expect(lines[8]!.skip).toBeUndefined();
    expect(problems.filter((p) => p.code === 'spaced_row_split').map((p) => p.line)).toEqual([9]);
  });
});

/**
 * tests/fixtures/text-forms/general-expenditure-split-row-placed-one-column-off.pdftotext.txt is the
 * 一般公共预算财政拨款支出决算表 of synth-140300-gongxinju-2016-final-00018 (pdf19, source lines 240–291). On its second
 * page a row's 项目支出 is drawn alone on the line below (`776141.67   601483.59 463142.36 138341.23` / `174658.08`),
 * and its first figures stand one column right of where they belong (601483.59 by position under 人员经费). Read in
 * order into the whole rows' first columns, with the next line's figure after them, 776141.67 = 601483.59 + 174658.08
 * and 601483.59 = 463142.36 + 138341.23 hold. Expected cells are read by hand from those lines.
 */
describe('a split row whose first figures were placed one column off is joined in order', () => {
  const { at } = readTextFormFixture('general-expenditure-split-row-placed-one-column-off.pdftotext.txt');
  it('puts 601483.59 under 基本支出 小计 and 174658.08 under 项目支出 (line 32)', () => {
    expect(at(32).cells).toEqual(['208', '社会保障和就业支出', '776141.67', '601483.59', '463142.36', '138341.23', '174658.08']);
    expect(at(33).skip).toBe('joined');
  });
  it('puts 749598.50 under 基本支出 小计 and 742438.80 under 项目支出 (line 41)', () => {
    expect(at(41).cells).toEqual(['215', '资源勘探工业信息等支出', '1492037.30', '749598.50', '577190.84', '172407.66', '742438.80']);
  });
  it('places a row of the same page with 项目支出 blank from 小计 on (line 38)', () => {
    expect(at(38).cells).toEqual(['210', '卫生健康支出', '760000.00', '760000.00', '585200.00', '174800.00', '']);
  });
});

/**
 * tests/fixtures/text-forms/expenditure-split-row-under-row-numbers.pdftotext.txt is the 部门支出总表 (元) of
 * synth-410803-jiaotongju-2020-budget-00097 (pdf24, source lines 107–139), printed with a 行次 column. Two rows have
 * their 项目支出 drawn alone on the line below, left of where their 公用经费 ends
 * (`208  社会保障和就业支出  5  926137.33 686137.33 576355.35 109781.98` / `240000.00`). The 行次 numbers the rows and
 * takes no part in the totals: 926137.33 = 686137.33 + 240000.00 and 686137.33 = 576355.35 + 109781.98 hold. Expected
 * cells are read by hand from those lines.
 */
describe('a split row under a 行次 column is joined with the 行次 left out of the totals', () => {
  const { at } = readTextFormFixture('expenditure-split-row-under-row-numbers.pdftotext.txt');
  it('puts 926137.33 under 合计 and 240000.00 under 项目支出 (line 13)', () => {
    expect(at(13).cells.slice(2)).toEqual(['5', '926137.33', '686137.33', '576355.35', '109781.98', '240000.00']);
    expect(at(14).skip).toBe('joined');
  });
  it('joins the row of 208 99 the same way (line 15)', () => {
    expect(at(15).cells.slice(2)).toEqual(['6', '926137.33', '686137.33', '576355.35', '109781.98', '240000.00']);
  });
});
