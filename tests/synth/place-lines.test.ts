/**
 * The PDF oracle's line finder (`placeLines`, src/lib/synth/pdf.ts) on a hand-written converted text: each printed row
 * is found by its figures, row after row. Lines are 1-based, as the parser numbers them.
 */
import { describe, expect, it } from 'vitest';
import { placeLines, type PdfDoc } from '../../src/lib/synth/pdf.ts';
import { rowAnchor } from '../../src/lib/synth/html.ts';
import type { Sheet } from '../../src/lib/synth/sheet.ts';
import type { TruthFact } from '../../src/lib/synth/truth.ts';

const fact = (name: string, row: number): TruthFact => ({ table: 'final_expenditure', block: null, code: null, name, column: '合计', value: '0', line: row });

/** A document of four printed rows: 201 (12.00 3.00), a row of zeros, 202 (5.00), 203 (7.00). */
function doc(): PdfDoc {
  const truth = { facts: [fact('201', 0), fact('zero', 1), fact('202', 2), fact('203', 3)], tables: [], claims: [] } as unknown as PdfDoc['truth'];
  return { anchors: [{ figures: ['12.00', '3.00'] }, { figures: ['0.00', '0.00'] }, { figures: ['5.00'] }, { figures: ['7.00'] }], truth } as unknown as PdfDoc;
}

describe('placeLines', () => {
  it('places each row on the first line below the row before it that prints its figures in order', () => {
    const text = ['201 一般公共服务支出 12.00 3.00', '20101 人大事务 0.00 0.00', '202 外交支出 5.00', '203 国防支出 7.00'].join('\n');
    expect(placeLines(doc(), text).truth.facts.map((f) => f.line)).toEqual([1, 2, 3, 4]);
  });

  it('never places a row of zeros on a zero row of a later table far below, which would pull the rows after it along', () => {
    // the zero row was lost by the conversion; 203 is printed on line 59 after a page of text, and a zero row of another
    // table on line 60: taken for the lost row, it would leave 202 and 203 unplaced
    const filler = Array.from({ length: 56 }, (_, k) => `说明文字第${k + 1}行`);
    const text = ['201 一般公共服务支出 12.00 3.00', '202 外交支出 5.00', ...filler, '203 国防支出 7.00', '其他表 0.00 0.00'].join('\n');
    const { truth, unplaced } = placeLines(doc(), text);
    expect(truth.facts.map((f) => f.line)).toEqual([1, 0, 2, 59]);
    expect(unplaced).toBe(1);
  });

  it('finds a row whose label runs into its first figure with no space (a narrow name cell filled to its edge)', () => {
    // as converted: `210 11    行政事业单位医疗7042029.78 7042029.78 0.00 0.00       0.00 0.00`
    const text = ['201 一般公共服务支出 12.00 3.00', '20101 人大事务 0.00 0.00', '202 外交支出5.00', '203 国防支出 7.00'].join('\n');
    const { truth, unplaced } = placeLines(doc(), text);
    expect(truth.facts.map((f) => f.line)).toEqual([1, 2, 3, 4]);
    expect(unplaced).toBe(0);
  });

  it('finds a row whose two figures run together with no space, and never takes a figure for part of a longer one', () => {
    // as converted: `社会保障和就业支出             73.09   73.09   58.4714.62`
    const text = ['201 一般公共服务支出 12.003.00', '20101 人大事务 0.00 0.00', '202 外交支出 15.00', '202 外交支出 5.00', '203 国防支出 7.00'].join('\n');
    const { truth, unplaced } = placeLines(doc(), text);
    expect(truth.facts.map((f) => f.line)).toEqual([1, 2, 4, 5]);
    expect(unplaced).toBe(0);
  });

  it('places a row split over two lines, its first figure beside the label and the rest alone below, each fact on its figure\'s line', () => {
    // as converted: `一般公共服务支出     257.45` / `                  219.55 195.40 24.15 37.91`
    const truth = { facts: [fact('201', 0), fact('201', 0), fact('202', 1)], tables: [], claims: [] } as unknown as PdfDoc['truth'];
    const split = { anchors: [{ figures: ['12.00', '3.00'] }, { figures: ['5.00'] }], truth } as unknown as PdfDoc;
    const text = ['201 一般公共服务支出 12.00', '                 3.00', '202 外交支出 5.00'].join('\n');
    const { truth: placed, unplaced } = placeLines(split, text);
    expect(placed.facts.map((f) => f.line)).toEqual([1, 2, 3]);
    expect(unplaced).toBe(0);
  });

  it('never takes a line of other text under a row for the rest of its figures', () => {
    const truth = { facts: [fact('201', 0), fact('201', 0)], tables: [], claims: [] } as unknown as PdfDoc['truth'];
    const split = { anchors: [{ figures: ['12.00', '3.00'] }], truth } as unknown as PdfDoc;
    const text = ['201 一般公共服务支出 12.00', '20101 人大事务 3.00'].join('\n');
    expect(placeLines(split, text).unplaced).toBe(2);
  });

  it('places a split row printing its 行次 number on the facts\' own figures\' lines, the number carrying no fact', () => {
    // as converted (lines 266–267 of a printed 一般公共预算财政拨款支出决算表):
    // `208       社会保障和就业支出 11 130.88` / `56.77 43.71 13.06 74.11`
    const f = (column: string): TruthFact => ({ ...fact('208', 0), column });
    const truth = { facts: ['小计', '基本支出', '人员经费', '公用经费', '项目支出'].map(f), tables: [], claims: [] } as unknown as PdfDoc['truth'];
    const anchors = [{ figures: ['11', '130.88', '56.77', '43.71', '13.06', '74.11'], factFigures: [1, 2, 3, 4, 5] }];
    const text = ['208       社会保障和就业支出 11 130.88', '                  56.77 43.71 13.06 74.11'].join('\n');
    const { truth: placed, unplaced } = placeLines({ anchors, truth } as unknown as PdfDoc, text);
    expect(placed.facts.map((x) => x.line)).toEqual([1, 2, 2, 2, 2]);
    expect(unplaced).toBe(0);
    // without knowing which figure is the 行次 number, the facts cannot be placed one to one
    const { unplaced: unknown } = placeLines({ anchors: [{ figures: anchors[0]!.figures }], truth } as unknown as PdfDoc, text);
    expect(unknown).toBe(5);
  });
});

describe('placeLines on a row whose label stands alone above its figures', () => {
  it('places a row printing its first figures on a line of their own under its label and the last alone below, not on the same row of a later table', () => {
    // as converted (lines 160–163 of a printed 部门支出总表; its 一般公共预算支出表 prints the same rows on lines 261–262):
    // `210 11 99 其他行政事业单位医疗支出` / `15898025.76 15548025.76 14459663.95 1088361.81` / `350000.00` /
    // `213       农林水支出      7650000.00     7650000.00`
    const f = (name: string, column: string): TruthFact => ({ ...fact(name, name === '2101199' ? 0 : 1), column });
    const truth = { facts: [...['合计', '基本支出', '人员经费', '公用经费', '项目支出'].map((c) => f('2101199', c)), f('213', '合计'), f('213', '项目支出')], tables: [], claims: [] } as unknown as PdfDoc['truth'];
    const anchors = [
      { figures: ['15898025.76', '15548025.76', '14459663.95', '1088361.81', '350000.00'], labels: ['210 11 99', '其他行政事业单位医疗支出'] },
      { figures: ['7650000.00', '7650000.00'], labels: ['213', '农林水支出'] },
    ];
    const text = [
      '210 11 99 其他行政事业单位医疗支出',
      '                    15898025.76        15548025.76 14459663.95   1088361.81',
      '                                                                        350000.00',
      '213       农林水支出      7650000.00                                        7650000.00',
      '210 11 99 其他行政事业单位医疗支出 15898025.76 15548025.76 14459663.95 1088361.81 350000.00',
      '213       农林水支出          7650000.00              7650000.00',
    ].join('\n');
    const { truth: placed, unplaced } = placeLines({ anchors, truth } as unknown as PdfDoc, text);
    expect(placed.facts.map((x) => x.line)).toEqual([2, 2, 2, 2, 3, 4, 4]);
    expect(unplaced).toBe(0);
  });
});

describe('placeLines on a side-by-side row', () => {
  it('places a row split after its left figure, the right label and 行次 printed after it, on its two lines, not on the 总计 line below', () => {
    // as converted (lines 241–242 and 250 of a printed 财政拨款收入支出决算总表, 年初结转 blank so 总计 = 本年合计):
    // `本年收入合计     27   31631051.42 本年支出合计          59` / `31631051.42 31631051.42`
    // `总计         32 31631051.42 总计          64 31631051.42 31631051.42`
    const f = (name: string, row: number): TruthFact => ({ ...fact(name, row), table: 'final_fiscal_summary' });
    const truth = { facts: [f('本年收入合计', 0), f('本年支出合计', 0), f('本年支出合计', 0), f('总计', 1), f('总计', 1), f('总计', 1)], tables: [], claims: [] } as unknown as PdfDoc['truth'];
    const figures = ['31631051.42', '31631051.42', '31631051.42'];
    const anchors = [
      { figures, factFigures: [0, 1, 2], labels: ['本年收入合计', '27', '本年支出合计', '59'] },
      { figures, factFigures: [0, 1, 2], labels: ['总计', '32', '总计', '64'] },
    ];
    const text = ['本年收入合计     27   31631051.42 本年支出合计          59', '                                         31631051.42 31631051.42', '年初财政拨款结转和结余 28', '总计         32 31631051.42 总计          64 31631051.42 31631051.42'].join('\n');
    const { truth: placed, unplaced } = placeLines({ anchors, truth } as unknown as PdfDoc, text);
    expect(placed.facts.map((x) => x.line)).toEqual([1, 2, 2, 4, 4, 4]);
    expect(unplaced).toBe(0);
  });
});

describe('rowAnchor', () => {
  const sheet = (header: string[][], labelColumns: number[]) => ({ kind: 'final_general_expenditure', header, labelColumns, nameColumn: 1, rows: [], pageRows: 40, repeatHeader: false }) as unknown as Sheet;
  const money = (value: string | null) => ({ block: null, code: '208', name: '社会保障和就业支出', column: 'c', value });

  it('says which figures carry the facts: not the 行次 number, whatever spaces spread its header', () => {
    const s = sheet([['科目编码', '科目名称', '行 次', '合计', '基本支出']], [0, 1]);
    const a = rowAnchor(s, { cells: ['208', '社会保障和就业支出', '11', '130.88', '56.77'], facts: [money('1308800'), money('567700')] });
    expect(a).toEqual({ figures: ['11', '130.88', '56.77'], factFigures: [1, 2], labels: ['208', '社会保障和就业支出'] });
  });

  it('leaves out a dash printed for a blank value, and says nothing when the cells do not match the facts one to one', () => {
    const s = sheet([['科目编码', '科目名称', '合计', '基本支出', '项目支出']], [0, 1]);
    expect(rowAnchor(s, { cells: ['208', '社保', '130.88', '—', '74.11'], facts: [money('1308800'), money(null), money('741100')] })).toEqual({ figures: ['130.88', '—', '74.11'], factFigures: [0, 2], labels: ['208', '社保'] });
    expect(rowAnchor(s, { cells: ['208', '社保', '130.88', '56.77', '74.11'], facts: [money('1308800')] })).toEqual({ figures: ['130.88', '56.77', '74.11'], labels: ['208', '社保'] });
  });

  it('finds a row whose 行次 runs into its first figure (a narrow 行次 cell filled to its edge), never jumping to a later table', () => {
    // as converted (a 财政拨款收入支出决算总表 row): `19  十九、住房保障支出       511,781.53 1,781.53      0.00` — 行次 51, then
    // 1,781.53; a later table prints `221  住房保障支出  1,781.53 1,781.53 0.00`
    const truth = { facts: [fact('十八', 0), fact('十九', 1), fact('二十', 2)], tables: [], claims: [] } as unknown as PdfDoc['truth'];
    const sides = {
      anchors: [
        { figures: ['2.00'], labels: ['18', '十八、自然资源海洋气象等支出', '50'] },
        { figures: ['1,781.53', '1,781.53', '0.00'], labels: ['19', '十九、住房保障支出', '51'] },
        { figures: ['0.00'], labels: ['20', '二十、粮油物资储备支出', '52'] },
      ],
      truth,
    } as unknown as PdfDoc;
    const text = ['18 十八、自然资源海洋气象等支出 50 2.00', '19 十九、住房保障支出 511,781.53 1,781.53 0.00', '20 二十、粮油物资储备支出 52 0.00', '221 住房保障支出 1,781.53 1,781.53 0.00'].join('\n');
    const { truth: placed, unplaced } = placeLines(sides, text);
    expect(placed.facts.map((f) => f.line)).toEqual([1, 2, 3]);
    expect(unplaced).toBe(0);
  });
});
