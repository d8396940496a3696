/**
 * Row names wrapped in a 支出决算表 indented by level, its second page deeper (tests/fixtures/text-forms/
 * expenditure-wrapped-labels-level-edge.pdftotext.txt: source lines 137–202 of the generated
 * synth-140300-gongxinju-2016-final-00018 as `pdftotext -layout` wrote them). pdftotext counts a deeper level's cell a
 * character wider: the wrapped names of the third level end one character right of those of the first and second
 * (`   其他社会保障和就` ends at 11, ` 政府办公厅（室）及` and `  机关事业单位基本` at 10). The name on a row's figures
 * line one character short of the column's edge, which no piece indented as far passes, fills its cell: the line under
 * it starting where it starts is its name's rest (`wrapped-labels.ts`). Expected names read by hand from the lines;
 * line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a wrapped name one character short of the column’s edge', () => {
  const { at } = readTextFormFixture('expenditure-wrapped-labels-level-edge.pdftotext.txt');

  it('joins 相关机构事务 to 政府办公厅（室）及 (lines 12–13)', () => {
    expect(at(12).cells.slice(0, 3)).toEqual(['政府办公厅（室）及相关机构事务', '2,488.36', '2,488.36']);
    expect(at(13).skip).toBe('joined');
  });

  it('joins 养老保险缴费支出 and 年金缴费支出 on the second level (lines 30 and 32)', () => {
    expect(at(30).cells[0]).toBe('机关事业单位基本养老保险缴费支出');
    expect(at(32).cells[0]).toBe('机关事业单位职业年金缴费支出');
  });

  it('joins 支出 and 管理支出 on the first level of the second page (lines 44 and 56)', () => {
    expect(at(44).cells[0]).toBe('其他社会保障和就业支出');
    expect(at(56).cells[0]).toBe('支持中小企业发展和管理支出');
  });

  it('keeps joining the third level’s names, which reach the edge (lines 46 and 58)', () => {
    expect(at(46).cells[0]).toBe('其他社会保障和就业支出');
    expect(at(58).cells[0]).toBe('其他支持中小企业发展和管理支出');
  });
});
