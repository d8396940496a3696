import { describe, expect, it } from 'vitest';
import { Writer } from '../../src/lib/synth/forms.ts';
import { chooseOptions, family, type RenderOptions } from '../../src/lib/synth/options.ts';
import { Rng } from '../../src/lib/synth/rng.ts';
import type { Sheet } from '../../src/lib/synth/sheet.ts';

/** Every draw at its low end: gaps of 2, header pieces of 2 characters, no indent — so the layout can be worked out by hand. */
class LowRng extends Rng {
  override int(lo: number): number {
    return lo;
  }
}

const opts = (o: Partial<RenderOptions>): RenderOptions => chooseOptions(family('seed-tab'), new Rng(1), { titleStyle: 'none', titleHeading: false, ...o });

const sheet = (name = '一般公共服务支出'): Sheet => ({
  kind: 'final_income',
  header: [['科目编码', '科目名称', '合计', '事业收入']],
  labelColumns: [0, 1],
  nameColumn: 1,
  pageRows: 100,
  repeatHeader: true,
  rows: [
    { cells: ['', '合计', '1,234.56', ''], facts: [{ block: null, code: null, name: '合计', column: '合计', value: '12345600' }], total: true },
    {
      cells: ['201', name, '987.65', '7.65'],
      facts: [
        { block: null, code: '201', name, column: '合计', value: '9876500' },
        { block: null, code: '201', name, column: '事业收入', value: '76500' },
      ],
    },
  ],
});

const print = (o: Partial<RenderOptions>, s = sheet()) => {
  const w = new Writer(opts(o), new LowRng(1), '某局2023年度部门决算');
  w.table(s, 'final_income');
  return { text: w.text(), facts: w.facts };
};

describe('text forms of one table', () => {
  it('tab form: one cell per tab, blank cells kept, facts on the lines of their rows', () => {
    const { text, facts } = print({ form: 'tab' });
    expect(text).toBe('科目编码\t科目名称\t合计\t事业收入\n\t合计\t1,234.56\t\n201\t一般公共服务支出\t987.65\t7.65\n');
    expect(facts.map((f) => `${f.name}/${f.column}@${f.line}`)).toEqual(['合计/合计@2', '一般公共服务支出/合计@3', '一般公共服务支出/事业收入@3']);
  });

  it('tab form: a long label wraps with a space inside its cell, or onto a line of its own', () => {
    const long = '机关事业单位基本养老保险缴费支出';
    const { text, facts } = print({ form: 'tab', wrapLabels: true }, sheet(long));
    expect([
      '科目编码\t科目名称\t合计\t事业收入\n\t合计\t1,234.56\t\n201\t机关事业单位基本养老保险 缴费支出\t987.65\t7.65\n',
      '科目编码\t科目名称\t合计\t事业收入\n\t合计\t1,234.56\t\n201\t机关事业单位基本养老保险\t987.65\t7.65\n\t缴费支出\t\t\n',
    ]).toContain(text);
    expect(facts.filter((f) => f.name === long).map((f) => f.line)).toEqual([3, 3]);
  });

  it('pipe form: separator row, `| |` for an empty cell, bold and <br> headers', () => {
    expect(print({ form: 'pipe', pipeBold: false }).text).toBe(
      '| 科目编码 | 科目名称 | 合计 | 事业收入 |\n|---|---|---|---|\n| | 合计 | 1,234.56 | |\n| 201 | 一般公共服务支出 | 987.65 | 7.65 |\n',
    );
    const twoRows: Sheet = { ...sheet(), header: [['项目', '', '本年收入', ''], ['科目编码', '科目名称', '合计', '事业收入']] };
    const { text } = print({ form: 'pipe', pipeHeader: 'br', pipeBold: true }, twoRows);
    expect(text.split('\n')[0]).toBe('| **项目<br>科目编码** | **科目名称** | **本年收入<br>合计** | **事业收入** |');
    const numbered: Sheet = { ...twoRows, header: [...twoRows.header, ['', '栏次', '1', '2']] };
    expect(print({ form: 'pipe', pipeHeader: 'br', pipeBold: false }, numbered).text.split('\n').slice(0, 4)).toEqual([
      '| 项目<br>科目编码 | 科目名称 | 本年收入<br>合计 | 事业收入 |',
      '|---|---|---|---|',
      '| | 栏次 | 1 | 2 |',
      '| | 合计 | 1,234.56 | |',
    ]);
  });

  it('spaced form: labels left at their column start, figures right-aligned at its end, header words in 2-character pieces', () => {
    // widths 3 | 8 | 8 | 4, gaps of 1: columns start at 0, 4, 13, 22 and end at 3, 12, 21, 26
    const { text, facts } = print({ form: 'spaced' });
    expect(text.split('\n')).toEqual([
      `科目  科目${' '.repeat(7)}合计${' '.repeat(7)}事业`,
      `编码  名称${' '.repeat(16)}收入`,
      '',
      `${' '.repeat(4)}合计${' '.repeat(7)}1,234.56`,
      '201 一般公共服务支出   987.65 7.65',
      '',
    ]);
    expect(facts.map((f) => f.line)).toEqual([4, 5, 5]);
    expect(text).not.toContain('\t');
  });

  it('spaced form: the 合计 row without its label, and a long label wrapped in its column with the figures on its first or middle line', () => {
    const long = '机关事业单位基本养老保险缴费支出';
    const first = print({ form: 'spaced', unlabeledTotal: true, wrapLabels: true }, sheet(long));
    expect(first.text.split('\n').slice(3, 6)).toEqual([`${' '.repeat(13)}1,234.56`, '201 机关事业单位基本   987.65 7.65', `${' '.repeat(4)}养老保险缴费支出`]);
    expect(first.facts.filter((f) => f.name === long).map((f) => f.line)).toEqual([5, 5]);
    const middle = print({ form: 'spaced', wrapLabels: true, wrapNumbersLine: 'middle' }, sheet(long));
    expect(middle.text.split('\n').slice(4, 6)).toEqual([`${' '.repeat(4)}机关事业单位基本`, '201 养老保险缴费支出   987.65 7.65']);
    expect(middle.facts.filter((f) => f.name === long).map((f) => f.line)).toEqual([6, 6]);
    const total: Sheet = { ...sheet(), rows: [{ ...sheet().rows[0]!, cells: ['', '总计', '1,234.56', ''], facts: [{ ...sheet().rows[0]!.facts[0]!, name: '总计' }] }] };
    expect(print({ form: 'spaced', unlabeledTotal: true }, total).facts.map((f) => f.name)).toEqual(['合计']);
  });

  it('spaced form: a table of one row of figures (no name column) never wraps or cuts a figure, and keeps its `*` facts unlabelled', () => {
    // the horizontal 三公 table: every column a figure; with every draw low the first figure would move left of column 0
    const figures: Sheet = {
      kind: 'final_three_public',
      header: [['合计', '事业收入']],
      labelColumns: [],
      nameColumn: 0,
      pageRows: 100,
      repeatHeader: true,
      rows: [{ cells: ['1,234,567.89', '7.65'], facts: [{ block: null, code: null, name: '*', column: '合计', value: '123456789' }], total: true }],
    };
    const { text, facts } = print({ form: 'spaced', wrapLabels: true, alignJitter: true, unlabeledTotal: true }, figures);
    expect(text.split('\n')[3]).toBe('1,234,567.89 7.65');
    expect(facts.map((f) => `${f.name}@${f.line}`)).toEqual(['*@4']);
  });

  it('spaced form: with alignment jitter a figure ends one character off its column end but never touches its neighbour', () => {
    // every draw low: each figure moves one character left of its column end (21 and 26)
    expect(print({ form: 'spaced', alignJitter: true }).text.split('\n').slice(3, 5)).toEqual([`${' '.repeat(4)}合计${' '.repeat(6)}1,234.56`, '201 一般公共服务支出  987.65 7.65']);
  });

  it('spaced form: page numbers at the foot, a form feed and the running head at the next page top, the page count filled in', () => {
    const w = new Writer(opts({ form: 'spaced', pageNumbers: 'of-total', runningHead: true }), new LowRng(1), '某局2023年度部门决算');
    w.push('封面');
    w.newPage();
    w.push('正文');
    expect(w.text().split('\n')).toEqual(['封面', '', `${' '.repeat(30)}第1页 共2页`, `\f${' '.repeat(10)}某局2023年度部门决算`, '', '正文', '', `${' '.repeat(30)}第2页 共2页`, '']);
    const slash = new Writer(opts({ form: 'spaced', pageNumbers: 'slash' }), new LowRng(1), 'x');
    slash.push('a');
    slash.newPage();
    slash.push('b');
    expect(slash.text()).toBe(`a\n\n${' '.repeat(30)}1/2\n\fb\n\n${' '.repeat(30)}2/2\n`);
  });

  it('other forms have no pages', () => {
    const w = new Writer(opts({ form: 'tab', pageNumbers: 'dash' }), new LowRng(1), 'x');
    w.push('a');
    w.newPage();
    w.push('b');
    expect(w.text()).toBe('a\nb\n');
  });
});

describe('spaced form: shapes of real government PDFs converted with pdftotext -layout', () => {
  it('wrapCodeLine first: the code stands with the first line of a wrapped label, the figures with its middle line', () => {
    const long = '机关事业单位基本养老保险缴费支出';
    const { text, facts } = print({ form: 'spaced', wrapLabels: true, wrapNumbersLine: 'middle', wrapCodeLine: 'first' }, sheet(long));
    // widths with every draw low: code 0–3, name 4–12 (8 characters a line), 合计 ends at 21, 事业收入 at 26
    expect(text.split('\n').slice(4, 6)).toEqual(['201 机关事业单位基本', `${' '.repeat(4)}养老保险缴费支出   987.65 7.65`]);
    expect(facts.filter((f) => f.name === long).map((f) => f.line)).toEqual([6, 6]);
  });

  it('headerAlign centre: a group word over merged cells stands centred over its span, in one piece; the other words centred in their cells', () => {
    const grouped: Sheet = { ...sheet(), header: [['', '', '本年收入', ''], ['科目编码', '科目名称', '合计', '事业收入']] };
    const lines = print({ form: 'spaced', headerAlign: 'centre' }, grouped).text.split('\n');
    // columns 0–3, 4–12, 13–21, 22–26: 本年收入 centred over 13–26; 科目 / 编码 over 0–3, 科目 / 名称 over 4–12 …
    expect(lines.slice(0, 3)).toEqual([`${' '.repeat(17)}本年收入`, `科目${' '.repeat(5)}科目${' '.repeat(7)}合计${' '.repeat(5)}事业`, `编码${' '.repeat(5)}名称${' '.repeat(14)}收入`]);
  });

  it('headerDrift: in a table of figures only under its 栏次 row, header words drift left keeping their order; the column numbers do not', () => {
    const figures: Sheet = {
      kind: 'final_three_public',
      header: [['合计', '公务接待费'], ['1', '2']],
      labelColumns: [],
      nameColumn: 0,
      pageRows: 100,
      repeatHeader: true,
      rows: [{ cells: ['1,000.00', '200.00'], facts: [{ block: null, code: null, name: '*', column: '合计', value: '100000' }] }],
    };
    const lines = print({ form: 'spaced', headerDrift: true }, figures).text.split('\n');
    // 公务接待费 heads the column starting at 9; drifted by 0.8 it starts at 7
    expect(lines.slice(0, 6)).toEqual([`${' '.repeat(7)}公务`, `合计${' '.repeat(5)}接待`, `${' '.repeat(7)}费`, `1${' '.repeat(8)}2`, '', '1,000.00 200.00']);
    expect(print({ form: 'spaced' }, figures).text.split('\n')[0]).toBe(`${' '.repeat(9)}公务`);
  });
});
