/**
 * The 行次 column of a set of columns is looked for once: a set found without one (or carried from a page that found
 * none) keeps none, on every row and on the next page read with them, and a set not yet looked at is searched on its
 * table's amount lines. Real `pdftotext -layout` lines of a 支出预算表, synth-410100-shengtaiju-2020-budget-00092 (pdf17,
 * its lines 125–129: 科目名称, 行次, 合计, 基本支出, 项目支出); the 行次 numbers 11 … 15 read by hand.
 */
import { describe, expect, it } from 'vitest';
import { placeRows } from '../../../src/lib/parse/read/row-placing.ts';
import { dataPieces } from '../../../src/lib/parse/read/data-pieces.ts';
import type { ColumnModel } from '../../../src/lib/parse/read/positioned.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';

const TEXT = [
  ' 抚恤           11   28204536.69   13140336.35 15064200.34',
  '  死亡抚恤        12   28204536.69   13140336.35 15064200.34',
  '卫生健康支出        13   52746357.61   48369578.30 4376779.31',
  ' 行政事业单位医疗     14   52746357.61   48369578.30 4376779.31',
  '  行政单位医疗      15   28099578.30   28099578.30',
].join('\n');

/** The five lines cut, and columns from where their pieces stand: a name, the 行次, three amounts. */
function table() {
  const lines = splitLines(TEXT);
  const dp = (k: number) => dataPieces(lines[k]!.raw);
  const ends = (j: number) => lines.slice(0, 4).map((_, k) => dp(k)[j]!);
  const span = (j: number) => ({ start: Math.min(...ends(j).map((p) => p.start)), end: Math.max(...ends(j).map((p) => p.end)) });
  const model: ColumnModel = {
    columns: [
      { start: 0, end: span(1).start - 1, kind: 'text' },
      { ...span(1), kind: 'text' },
      { ...span(2), kind: 'amount' },
      { ...span(3), kind: 'amount' },
      { ...span(4), kind: 'amount' },
    ],
    header: [['科目名称', '行次', '合计', '基本支出', '项目支出']],
  };
  const run = lines.map((_, k) => k);
  const rows = { run, repeats: [], inRepeat: new Set<number>(), model, shift: 0, onPage: new Map(), data: run.map((k) => ({ line: lines[k]!, parts: dp(k) })) };
  return { lines, dp, model, rows };
}

describe('the 行次 column of a set of columns is found once', () => {
  it('finds it on the amount lines of a set not yet looked at (column 1)', () => {
    const { lines, dp, model, rows } = table();
    const found = new Map<ColumnModel, number | null>();
    placeRows(lines, rows, new Set(), dp, found);
    expect(found.get(model)).toBe(1);
    expect(lines[4]!.cells).toEqual(['行政单位医疗', '15', '28099578.30', '28099578.30', '']);
  });

  it('keeps none for a set already found without one (not looked for again on these rows)', () => {
    const { lines, dp, model, rows } = table();
    const found = new Map<ColumnModel, number | null>([[model, null]]);
    placeRows(lines, rows, new Set(), dp, found);
    expect(found.get(model)).toBeNull();
  });
});
