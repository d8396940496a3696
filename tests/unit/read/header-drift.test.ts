/**
 * Header words that pdftotext -layout writes left of where they print, by one column per two CJK characters before
 * them on their line, over figures that start together (the generator's `pdftotextDrift`). Hand-placed lines
 * (tests/unit/read/at.ts) shaped like a 部门收入预算表 of the `pdftotext-drift` family: on the top line 事业收 stands at
 * 75 (ten CJK characters before it: five columns early) and 其他收 at 82, while the 事业收入 figures start at 80 and
 * the 其他收入 figures at 88. Expected cells read by hand.
 */
import { describe, expect, it } from 'vitest';
import { undriftHeader } from '../../../src/lib/parse/read/header-drift.ts';
import { pieces } from '../../../src/lib/parse/read/piece.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { at } from './at.ts';
import { readFixture } from './read-fixture.ts';

const TABLE = [
  at([1, '科目编'], [51, '上年结'], [61, '财政拨款'], [75, '事业收'], [82, '其他收']),
  at([1, '码'], [34, '行次'], [39, '合计'], [50, '转'], [61, '（补助）'], [75, '入'], [83, '入']),
  at([64, '收入']),
  at([1, '类'], [9, '款'], [14, '项'], [18, '科目名']),
  at([19, '称']),
  '',
  at([1, '201'], [19, '一般公共服务支出'], [34, '1'], [40, '3,215.40'], [52, '0.00'], [64, '2,668.81'], [80, '500.00'], [88, '46.59']),
  at([1, '201'], [9, '03'], [15, '50'], [23, '事业运行'], [34, '2'], [40, '546.59'], [52, '0.00'], [64, '0.00'], [80, '500.00'], [88, '46.59']),
  at([1, '201'], [9, '11'], [15, '01'], [23, '行政运行'], [34, '3'], [40, '2,668.81'], [52, '0.00'], [64, '2,668.81'], [80, '0.00'], [88, '0.00']),
].join('\n');

describe('header words drifted left over figures that start together (部门收入预算表)', () => {
  const { at: line, header } = readFixture(TABLE);
  const cell = (n: number, word: string) => line(n).cells[header(1).findIndex((h) => h.endsWith(word))];

  it('reads the figure columns in their printed order, each word whole (lines 1–3)', () => {
    expect(header(1).slice(-6).map((h) => h.split('/').at(-1))).toEqual(['行次', '合计', '上年结转', '财政拨款（补助）收入', '事业收入', '其他收入']);
  });

  it('puts 事业运行’s 500.00 under 事业收入 and 46.59 under 其他收入, though 其他收 stands over the 500.00 (line 8)', () => {
    expect(cell(8, '事业收入')).toBe('500.00');
    expect(cell(8, '其他收入')).toBe('46.59');
    expect(cell(8, '合计')).toBe('546.59');
    expect(cell(8, '财政拨款（补助）收入')).toBe('0.00');
  });

  it('keeps the codes in their columns under 类 款 项: 201 11 01 行政运行 (line 9)', () => {
    expect(line(9).cells.slice(0, 4)).toEqual(['201', '11', '01', '行政运行']);
    expect(cell(9, '财政拨款（补助）收入')).toBe('2,668.81');
  });
});

describe('undriftHeader', () => {
  const cols = (spans: [number, number][]) => spans.map(([start, end]) => ({ span: { start, end }, kind: 'amount' as const }));

  it('moves each word right by half the CJK characters before it on its line when every figure column is then headed', () => {
    // 项目 is two CJK characters: 合计 drifted one column (prints at 11); 项目合计, four: 基本支出 drifted two (prints at 18)
    const header = [pieces(at([0, '项目'], [10, '合计'], [16, '基本支出']))];
    const data = [pieces(at([0, '201'], [11, '1,000'], [18, '900.00'])), pieces(at([0, '205'], [11, '50.0'], [18, '50.00']))];
    const out = undriftHeader(header, cols([[11, 16], [18, 24]]), data);
    expect(out[0]!.map((p) => [p.text, p.start])).toEqual([['项目', 0], ['合计', 11], ['基本支出', 18]]);
  });

  it('leaves a header over right-aligned figures as it is (their ends together, not their starts)', () => {
    const header = [pieces(at([0, '项目'], [10, '合计'], [16, '基本支出']))];
    const data = [pieces(at([0, '201'], [-19, '1,000.00'], [-26, '900.00'])), pieces(at([0, '205'], [-19, '50.00'], [-26, '50.00']))];
    const out = undriftHeader(header, cols([[11, 19], [20, 26]]), data);
    expect(out[0]!.map((p) => p.start)).toEqual([0, 10, 16]);
  });
});

/**
 * A 一般公共预算支出表 by unit: 单位代码 stands between the 项 codes and the names, and its codes (410001) only on
 * lines without figures (a unit's name wrapped, its figures on the second line). Hand-placed like the
 * `pdftotext-drift` family (lines 1–2 drifted left by their CJK text); read by hand.
 */
describe('a 单位代码 column whose codes stand only on lines without figures', () => {
  const table = [
    at([1, '科目编'], [16, '单位代'], [23, '单位（'], [38, '合计'], [49, '基本支出'], [59, '项目支出']),
    at([1, '码'], [17, '码'], [25, '科目名']),
    at([26, '称）']),
    at([1, '类'], [5, '款'], [10, '项']),
    '',
    at([17, '410001'], [26, '焦作市中站区交通运']),
    at([26, '输局本级'], [42, '4,215.23'], [54, '4,215.23'], [66, '0.00']),
    at([1, '201'], [5, '01'], [11, '01'], [26, '行政运行'], [42, '2,043.20'], [54, '2,043.20'], [66, '0.00']),
    at([1, '201'], [5, '03'], [11, '50'], [26, '事业运行'], [42, '343.32'], [54, '300.00'], [66, '43.32']),
  ].join('\n');
  const { at: line, header } = readFixture(table);

  it('reads 单位代码 as a column of its own, not over the 项 codes (lines 1–4)', () => {
    const h = header(1);
    expect(h.findIndex((w) => w.endsWith('单位代码'))).toBe(3);
    expect(h[2]).toMatch(/项$/);
  });

  it('joins 410001 焦作市中站区交通运 / 输局本级 with its code in the 单位代码 column (lines 6–7)', () => {
    expect(line(7).cells.slice(0, 5)).toEqual(['', '', '', '410001', '焦作市中站区交通运输局本级']);
    expect(line(7).cells.slice(5)).toEqual(['4,215.23', '4,215.23', '0.00']);
  });

  it('keeps 201 03 50 事业运行 343.32 = 300.00 基本支出 + 43.32 项目支出 (line 9)', () => {
    expect(line(9).cells).toEqual(['201', '03', '50', '', '事业运行', '343.32', '300.00', '43.32']);
  });
});

/**
 * A 政府性基金预算财政拨款收入支出决算表 of one row (合计), as the `pdftotext-drift` family prints it: one row tells
 * nothing of how figures align, so the header is read by its drift alone. 本年收入 at 32 and 基本支出 at 43 drifted
 * left of their figures (35 and 48); the 栏次 numbers 2 and 4 one column left of them. Read by hand.
 */
describe('a one-row table under a drifted header (政府性基金预算财政拨款收入支出决算表)', () => {
  const table = [
    at([2, '项目'], [24, '年初结转和'], [32, '本年收入'], [37, '本年支出'], [56, '年末结转和']),
    at([25, '结余'], [62, '结余']),
    at([2, '功能分类科'], [11, '科目名称'], [38, '小计'], [43, '基本支出'], [48, '项目支出']),
    at([2, '目编码']),
    at([13, '栏次'], [24, '1'], [34, '2'], [41, '3'], [47, '4'], [54, '5'], [62, '6']),
    '',
    at([13, '合计'], [35, '0.00'], [48, '0.00']),
  ].join('\n');
  const { at: line, header } = readFixture(table);

  it('puts the 0.00 at 35 under 本年收入 and the 0.00 at 48 under 本年支出/基本支出 (line 7)', () => {
    const h = header(1);
    const cells = line(7).cells;
    expect(cells[h.findIndex((w) => w.endsWith('本年收入'))]).toBe('0.00');
    expect(cells[h.findIndex((w) => w.endsWith('基本支出'))]).toBe('0.00');
    expect(cells.filter((c) => c === '0.00')).toHaveLength(2);
  });
});
