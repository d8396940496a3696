/**
 * A squeezed row placed with its total column blank (`src/lib/parse/read/total-first.ts`), on real `pdftotext -layout`
 * output of Chromium-printed generator HTML: tests/fixtures/text-forms/income-block-word-beside-member-piece.pdftotext.txt
 * is 公开02表 收入决算表 of synth-410803-nongyeju-2016-final-00027 (its lines 85–125). Line 11, the table's unlabelled
 * total row, prints `1 3,167.1 3,167.1 0.0` one space apart left of where the labelled rows' figures stand: its
 * figures are in neighbouring columns, the first the sum of the others, and the total column 本年收入合计 is printed in
 * every row that prints a part, so they stand from 本年收入合计 on. Expected cells are read by hand from the HTML table
 * the PDF was printed from.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { totalFirst } from '../../../src/lib/parse/read/total-first.ts';
import type { ColumnModel, Positioned } from '../../../src/lib/parse/read/columns.ts';

describe('a squeezed row placed with its total column blank', () => {
  it('puts the unlabelled total row of a 收入决算表 from 本年收入合计 on (line 11)', () => {
    const { at } = readTextFormFixture('income-block-word-beside-member-piece.pdftotext.txt');
    expect(at(11).cells.slice(-7)).toEqual(['3,167.1', '3,167.1', '0.0', '', '', '', '']);
  });

  const model: ColumnModel = {
    columns: [
      { start: 0, end: 8, kind: 'text' },
      { start: 10, end: 16, kind: 'amount' },
      { start: 17, end: 23, kind: 'amount' },
      { start: 24, end: 30, kind: 'amount' },
    ],
    header: [['科目名称', '合计', '基本支出', '项目支出']],
  };
  const piece = (text: string, start: number): Positioned => ({ text, start, end: start + text.length });
  const placed = (cells: string[]) => ({ cells, spans: cells.map(() => ({ start: 0, end: 0 })), crowded: false });

  it('moves figures one space apart whose first is the sum of the others', () => {
    const parts = [piece('教育', 0), piece('12.50', 17), piece('12.50', 23)];
    expect(totalFirst(placed(['教育', '', '12.50', '12.50']), parts, model)?.cells).toEqual(['教育', '12.50', '12.50', '']);
  });

  it('leaves a row whose first figure is not the sum of the others', () => {
    const parts = [piece('教育', 0), piece('12.50', 17), piece('3.00', 23)];
    expect(totalFirst(placed(['教育', '', '12.50', '3.00']), parts, model)).toBeNull();
  });

  it('leaves a row of zeros, whose total may be left blank', () => {
    const parts = [piece('教育', 0), piece('0.00', 17), piece('0.00', 22)];
    expect(totalFirst(placed(['教育', '', '0.00', '0.00']), parts, model)).toBeNull();
  });

  it('leaves a row whose figures stand apart', () => {
    const parts = [piece('教育', 0), piece('12.50', 17), piece('12.50', 25)];
    expect(totalFirst(placed(['教育', '', '12.50', '12.50']), parts, model)).toBeNull();
  });
});
