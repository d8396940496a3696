/**
 * Label words squeezed left of the rows they head, over a sparse table read by its 栏次 row (`header-cover.ts`
 * `coverOnNumbers`, `label-heads.ts`): tests/fixtures/text-forms/label-words-squeezed-over-column-numbers.pdftotext.txt
 * is the 收入决算表 of the kept document synth-410800-caizhengju-2016-final-00020 (/work/corp3/pdf18, source lines
 * 96–130) as `pdftotext -layout` wrote it. The header line `功能分类科 科目名称 行次 合计 …` stands at 0–13 while the
 * codes take 0–9, the names 10–18 and the 行次 19–21 (the 16 of a short name at 16–18): by position 科目名称 headed a
 * column no row fills, 行次 the names, and the row numbers stood under no word. The three label words are the three
 * columns the rows fill, in order and of their kinds. Expected cells are read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, header } = readTextFormFixture('label-words-squeezed-over-column-numbers.pdftotext.txt');

describe('a 收入决算表 under a 栏次 row whose label words pdftotext drew left of the names and row numbers', () => {
  it('heads the names with 科目名称 and the row numbers with 行次 (lines 4–8)', () => {
    expect(header(4).slice(0, 5)).toEqual(['项目/功能分类科目编码', '', '项目/科目名称', '行次', '本年收入合计']);
  });
  it('reads line 10 as 201 | 一般公共服务支出 | 1, then 1150.03, 1142.34 and 7.69 under 事业收入', () => {
    expect(at(10).cells).toEqual(['201', '', '一般公共服务支出', '1', '1150.03', '1142.34', '', '', '7.69', '', '']);
  });
  it('reads the 16 drawn after a short name (line 27) in the 行次 column with the other row numbers', () => {
    expect(at(27).cells.slice(0, 6)).toEqual(['208 05', '', '行政事业单位养老', '16', '464.45', '462.45']);
    expect(at(29).cells.slice(0, 5)).toEqual(['208 05 06', '', '机关事业单位职业年金缴费支出', '17', '464.45']);
  });
});
