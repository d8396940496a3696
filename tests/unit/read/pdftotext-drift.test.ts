/**
 * The spaced reader on real `pdftotext -layout` output of a narrow-column government table:
 * tests/fixtures/text-forms/income-drift.pdftotext.txt is what pdftotext 22.12 wrote for a 收入决算表 printed by
 * Chromium from the generator's HTML (bench/pdf-accuracy.ts, document synth-410100-kejiju-2015-final-00002, 12 pt Noto
 * Sans CJK). pdftotext gives every word the column of the longest run of text to its left, one column per character,
 * so lower header lines drift left of the words they continue (`助）收入` at column 28 under `财政拨款（补` at 35) and a
 * header may stand left of its figures (`行次` at 18, its numbers at 21). Expected cells are read by hand from the HTML
 * table the PDF was printed from; line numbers are those of the fixture.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stackBrokenWords } from '../../../src/lib/parse/read/header-stacks.ts';
import { pieces } from '../../../src/lib/parse/read/piece.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readFixture } from './read-fixture.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/income-drift.pdftotext.txt'), 'utf8');
const raw = text.split('\n');
const { at } = readFixture(text);

describe('pdftotext -layout output whose header words drift left (收入决算表, narrow columns)', () => {
  it('moves the rest of a broken header word under its start by meaning: 助）收入 under 财政拨款（补, 位上缴 and 收入 under 附属单 (lines 4–6)', () => {
    const stacked = stackBrokenWords([4, 5, 6].map((n) => pieces(raw[n - 1]!)));
    const top = pieces(raw[3]!);
    const start = (line: number, word: string) => stacked[line]!.find((p) => p.text === word)!.start;
    const span = (word: string) => top.find((p) => p.text === word)!;
    // 财政拨款（补 stands at 35–41; 助）收入 was written at 28 and now stands under it
    expect(span('财政拨款（补').start).toBe(35);
    expect(start(1, '助）收入')).toBeGreaterThanOrEqual(35);
    expect(start(1, '助）收入')).toBeLessThan(41);
    // 上级补 at 47 continued by 助收入 (written at 33); 事业收 at 51 by 入 (written at 37)
    expect(start(1, '助收入')).toBeGreaterThanOrEqual(47);
    expect(stacked[1]!.filter((p) => p.text === '入').map((p) => p.start)).toEqual([52, 56, 63]); // 事业收 51–54 (centred), 经营收 55–58, 其他收 63–66
    // words that start no broken word stay where pdftotext wrote them
    expect(start(1, '本年收入合计')).toBe(21);
    expect(start(1, '科目名称')).toBe(11);
  });

  it('reads the seven money columns in the printed order of the HTML header (lines 4–6)', () => {
    const header = flattenHeader([at(4).cells, at(5).cells]);
    expect(header.slice(-7)).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('gives the 行次 numbers the 行次 header that pdftotext wrote three columns left of them (lines 5 and 7)', () => {
    const header = flattenHeader([at(4).cells, at(5).cells]);
    const i = at(7).cells.indexOf('1');
    expect(i).toBeGreaterThan(0);
    expect(header[i]).toMatch(/行次$/);
    expect(at(7).cells.slice(0, 2)).toEqual(['201', '一般公共服务支出']);
  });

  it('joins a row whose code stands on its label’s first line and its figures on the next: 20103 政府办公厅（室）及相关机构事务 21063981.67 (lines 11–12)', () => {
    expect(at(11).skip).toBe('joined');
    const cells = at(12).cells;
    expect(cells.slice(0, 2)).toEqual(['20103', '政府办公厅（室）及相关机构事务']);
    expect(cells.filter((c) => c === '21063981.67')).toHaveLength(2);
    expect(at(12).joined).toEqual([11]);
  });

  it('keeps a row whose label fits on one line as it is: 2010301 行政运行 (line 13)', () => {
    expect(at(13).cells.slice(0, 2)).toEqual(['2010301', '行政运行']);
    expect(at(13).joined ?? []).toEqual([]);
  });
});

/**
 * tests/fixtures/text-forms/expenditure-drift.pdftotext.txt: the 支出决算表 of the same PDF. pdftotext wrote the header
 * words of the last three (blank) columns with their second lines drifted 15–20 columns left (`级支出`, `出`, `单位补`
 * beside 项目支出, `助支出` on the third line), and 项目支出 over the gap between two figure columns. Expected cells are
 * read by hand from the HTML table: 201 一般公共服务支出 29,296,609.09 = 26,619,185.54 基本支出 + 2,677,423.55 项目支出.
 */
describe('pdftotext -layout output of a 支出决算表 with three blank columns at the right', () => {
  const t = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/expenditure-drift.pdftotext.txt'), 'utf8');
  const { at: line } = readFixture(t);
  const row = (n: number) => line(n).cells;
  const header = flattenHeader([row(4), row(5)]);

  it('reads the six money columns in the printed order (lines 4–6)', () => {
    expect(header.slice(-6)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts 201 一般公共服务支出 under 本年支出合计, 基本支出 and 项目支出 (line 7)', () => {
    const cells = row(7);
    const at = (word: string) => cells[header.indexOf(word)];
    expect(cells.slice(0, 2)).toEqual(['201', '一般公共服务支出']);
    expect([at('本年支出合计'), at('基本支出'), at('项目支出')]).toEqual(['29296609.09', '26619185.54', '2677423.55']);
    expect([at('上缴上级支出'), at('经营支出'), at('对附属单位补助支出')]).toEqual(['', '', '']);
  });

  it('keeps the blank 基本支出 of 2010102 一般行政管理事务 blank: its 2,677,423.55 is 项目支出 (line 10)', () => {
    const cells = row(10);
    expect(cells[header.indexOf('基本支出')]).toBe('');
    expect(cells[header.indexOf('项目支出')]).toBe('2677423.55');
  });
});

/**
 * tests/fixtures/text-forms/budget-squeezed.pdftotext.txt: the 部门支出总表 of a 预算 printed at 9 pt in narrow columns
 * (synth-410300-zhujianju-2015-budget-00013). pdftotext packed the header line `行次 合计 基本支出 项目支出` into
 * columns 18–33 while the figures stand at 20–44: 基本支出 over the 合计 figures, 项目支出 over the 基本支出 figures.
 * Read by hand from the HTML: 201 一般公共服务支出 合计 1,797.35 = 基本支出 1,159.97 + 项目支出 637.38.
 */
describe('pdftotext -layout output of a header line squeezed to the left (部门支出总表, 9 pt)', () => {
  const t = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/budget-squeezed.pdftotext.txt'), 'utf8');
  const { lines: read } = readFixture(t);
  const header = flattenHeader([read[3]!.cells, read[4]!.cells]);
  it('puts 行次 合计 基本支出 项目支出 over the four figure columns in their order (line 5)', () => {
    expect(header.slice(-4).map((h) => h.split('/').at(-1))).toEqual(['行次', '合计', '基本支出', '项目支出']);
  });
  it('reads 201 一般公共服务支出: 合计 1797.35, 基本支出 1159.97, 项目支出 637.38 (line 7)', () => {
    const cells = read[6]!.cells;
    expect(cells.slice(0, 2)).toEqual(['201', '一般公共服务支出']);
    expect(cells.slice(-3)).toEqual(['1797.35', '1159.97', '637.38']);
    expect(header.slice(-3)).toEqual(['合计', '基本支出', '项目支出']);
  });
});
