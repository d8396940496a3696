/**
 * A 支出决算表 page pdftotext squeezed (lines as in 决算03表 of a generated 决算, trimmed): each row's first figures packed
 * one space apart from the total on, drawn left of their cells, and the figures standing further apart drawn where their
 * cells are, right-aligned to the cell's edge (`0.00` of 经营支出 ending under the `5` of the 栏次 row, that of 对附属单位补助
 * 支出 under the `6`). Each such figure is in the column whose 栏次 number is the last one starting left of its end,
 * not where the packed whole rows put the columns (they end 经营支出 at `0.00 0.00 0.00` three characters further left).
 * Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';
import { columnsUnderNumbers, numbersOverPage } from '../../../src/lib/parse/read/apart-under-numbers.ts';
import { dataPieces } from '../../../src/lib/parse/read/data-pieces.ts';

const TEXT = `                                          支出决算表
           项目            本年支出 基本支出 项目支出 上缴上 经营支 对附属
 功能分类科        科目名称  行次 合计                           级支出 出 单位补  助支出
  目编码          栏次           1        2       3       4    5     6
201       一般公共服务支出     1 1,463.33 1,010.21 453.12         0.00
201 01    人大事务         2 327.12 283.74 43.38                    0.00
201 01 01 行政运行         3 283.74 283.74               0.00       0.00
201 01 02 一般行政管理事务     4 43.38         0.00 43.38 0.00 0.00 0.00
201 03    政府办公厅（室）及    5 238.96 238.96               0.00 0.00
          相关机构事务
201 03 01 行政运行         6 238.96 238.96                    0.00
201 11    纪检监察事务       7 183.54        0.00 183.54        0.00
201 32 99 其他组织事务支出    11 405.71 179.51 226.20 0.00 0.00 0.00
208       社会保障和就业支出   12 1,704.23 1,066.69 637.54 0.00 0.00 0.00
`;

const HEADS = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];

describe('figures standing apart placed under the 栏次 numbers of their page (expenditure)', () => {
  const numbers = dataPieces(TEXT.split('\n')[3]!).filter((p) => p.text !== '栏次' && p.text !== '目编码');
  const figures = (line: string) => dataPieces(line).slice(-4);
  const rows = TEXT.split('\n').slice(4).filter((l) => /\d\.\d/.test(l)).map((l) => dataPieces(l).filter((p) => /\d\.\d/.test(p.text)));
  const page = numbersOverPage(rows, numbers)!;

  it('puts a figure standing apart under the last number starting left of its end, its run after it', () => {
    expect(columnsUnderNumbers(figures('201       一般公共服务支出     1 1,463.33 1,010.21 453.12         0.00'), page)).toEqual([0, 1, 2, 4]);
    expect(columnsUnderNumbers(figures('201 01 01 行政运行         3 283.74 283.74               0.00       0.00'), page)).toEqual([0, 1, 3, 5]);
  });

  it("reads the page's numbers as standing over its cells: each cell's figures standing apart under one number, the next cell's under the next", () => {
    expect(numbersOverPage(rows, numbers)?.numbers).toBe(numbers);
  });

  it('leaves a page whose 栏次 numbers stand closer than its cells (two cells\' figures under one number) as it is', () => {
    // (lines as in 决算03表 of another generated 决算, trimmed: 6, 7, 8 drawn four apart over cells seven apart)
    const narrow = dataPieces('                  栏次         1             2           3           4            5          6   7   8').filter((p) => p.text !== '栏次');
    const rows = [
      '201 01 01     行政运行        3680308.70    3680308.70 2797034.61 883274.09            0.00    0.00   0.00   0.00',
      '201 03        政府办公厅（室）及相 2838450.90                       0.00       0.00    2838450.90           0.00',
      '201 11        纪检监察事务      4242677.65    2872677.65 2183235.01 689442.64     1370000.00                   0.00',
      '205 08   01   教师进修        2571455.72                     0.00               2571455.72     0.00   0.00',
    ].map((l) => dataPieces(l).filter((p) => /\d\.\d/.test(p.text)));
    expect(numbersOverPage(rows, narrow)).toBeNull();
  });

  it('leaves a row of one run to the other steps', () => {
    expect(columnsUnderNumbers(dataPieces('208       社会保障和就业支出   12 1,704.23 1,066.69 637.54 0.00 0.00 0.00').slice(-6), page)).toBeNull();
  });

  it('reads each row so', () => {
    const { at, header } = readFixture(TEXT);
    const row = (n: number) => Object.fromEntries(header(2).flatMap((h, j) => (HEADS.some((w) => h.endsWith(w)) && at(n).cells[j] ? [[HEADS.find((w) => h.endsWith(w))!, at(n).cells[j]!]] : [])));
    expect(row(5)).toEqual({ 本年支出合计: '1,463.33', 基本支出: '1,010.21', 项目支出: '453.12', 经营支出: '0.00' });
    expect(row(6)).toEqual({ 本年支出合计: '327.12', 基本支出: '283.74', 项目支出: '43.38', 对附属单位补助支出: '0.00' });
    expect(row(7)).toEqual({ 本年支出合计: '283.74', 基本支出: '283.74', 上缴上级支出: '0.00', 对附属单位补助支出: '0.00' });
    expect(row(9)).toEqual({ 本年支出合计: '238.96', 基本支出: '238.96', 上缴上级支出: '0.00', 经营支出: '0.00' });
    expect(row(11)).toEqual({ 本年支出合计: '238.96', 基本支出: '238.96', 经营支出: '0.00' });
  });
});


describe('栏次 numbers squeezed one space apart at the end of the row (收入决算表)', () => {
  // 附表2：收入决算表 of synth-410100-chengguanju-2017-final-00042 (fresh corpus pdf85), page 2, lines 110–117 (元):
  // `1  2  3  4` stand apart over their cells, `5 6 7` are squeezed at 73, 75, 77 over figures standing apart that end
  // at 76, 81 and 86; those three ends go to 5, 6 and 7 in order.
  const PAGE = `                     栏次                 1           2       3     4      5 6 7
208 05   01   行政单位离退休           15   180456.85   180456.85         0.00
208 05   06   机关事业单位职业年金缴费支出    16     5770.67     5770.67 0.00         0.00
208 05   99   其他行政事业单位养老支出      17   239609.28   239609.28 0.00              0.00
208 08        抚恤                18   165904.44   164597.43 0.00 1307.01      0.00
208 08   01   死亡抚恤              19   165904.44   164597.43 0.00 1307.01 0.00      0.00
208 99        其他社会保障和就业支出       20   179236.47   177372.75      1863.72 0.00
208 99   99   其他社会保障和就业支出       21   179236.47   177372.75      1863.72 0.00 0.00 0.00`;
  const lines = PAGE.split('\n');
  const numbers = dataPieces(lines[0]!).filter((p) => p.text !== '栏次');
  const figuresOf = (line: string) => dataPieces(line).filter((p) => /\d\.\d/.test(p.text));
  const page = numbersOverPage(lines.slice(1).map(figuresOf), numbers);

  it('reads the numbers as standing over the cells, the squeezed ones by the order of the ends right of them', () => {
    expect(page?.numbers).toBe(numbers);
  });

  it('puts 死亡抚恤 165904.44 164597.43 0.00 1307.01 0.00 0.00 (行次 19) under 合计, 一般公共预算拨款收入, 上级补助收入, 事业收入, 经营收入 and 其他收入', () => {
    expect(columnsUnderNumbers(figuresOf(lines[5]!), page!)).toEqual([0, 1, 2, 3, 4, 6]);
  });

  it('puts 行政单位离退休 180456.85 180456.85 0.00 (行次 15) with its zero under 事业收入', () => {
    expect(columnsUnderNumbers(figuresOf(lines[1]!), page!)).toEqual([0, 1, 3]);
  });
});
