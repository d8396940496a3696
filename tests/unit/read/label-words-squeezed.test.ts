/**
 * Label words squeezed left onto the figures (`header-stacks.ts`, `alignSqueezed`; `figure-order.ts`):
 * tests/fixtures/text-forms/label-words-squeezed.pdftotext.txt is the 收入决算表 and the 支出决算表 of the generated
 * document synth-410400-chengguanju-2016-final-00025 (bench/pdf-accuracy.ts, seed 4, source lines 78–93 and 122–137),
 * as `pdftotext -layout` wrote them, cut after the 201 rows (the 合计 rows set to the 201 rows). The header line
 * `功能分类科 科目名称 行次 入合计 …` stands at 0–18 while the codes take 0–9, the names 10–18 and the 行次 19–21:
 * 科目名称 reaches over the codes, 行次 over the names, so read by position 科目名称 made a column of its own, blank in
 * every row, and the names fell under 行次. The three label words are the three label columns in order. Expected
 * cells are read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const { at, header } = readTextFormFixture('label-words-squeezed.pdftotext.txt');

describe('a 收入决算表 whose label words drifted left onto the names (lines 4–16)', () => {
  it('heads the codes, the names and the row numbers with 功能分类科目编码, 科目名称 and 行次 (lines 4–7)', () => {
    expect(header(4)).toEqual([
      '项目/功能分类科目编码',
      '项目/科目名称',
      '项目/行次',
      '本年收入合计',
      '财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ]);
  });
  it('reads line 12 as 201 03 02 | 一般行政管理事务 | 4 and its seven figures', () => {
    expect(at(12).cells).toEqual(['201 03 02', '一般行政管理事务', '4', '55.44', '55.44', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });
  it('joins the wrapped name of line 10 and keeps its row number 3', () => {
    expect(at(10).cells.slice(0, 4)).toEqual(['201 03', '政府办公厅（室）及相关机构事务', '3', '62.01']);
  });
});

describe('a 支出决算表 whose label words and 小计 drifted left (lines 22–34)', () => {
  it('makes no column of 小计 among the label columns and reads eight value columns (lines 22–25)', () => {
    expect(header(22)).toEqual([
      '项目/功能分类科目编码',
      '项目/科目名称',
      '行次',
      ...EXPENDITURE_COLUMNS,
    ]);
  });
  it('reads line 34 as 201 32 99 | 其他组织事务支出 | 8 and its eight figures', () => {
    expect(at(34).cells).toEqual(['201 32 99', '其他组织事务支出', '8', '65.69', '42.77', '39.78', '2.99', '22.92', '0.00', '0.00', '0.00']);
  });
});
