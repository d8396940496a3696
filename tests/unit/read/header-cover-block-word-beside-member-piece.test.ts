/**
 * A squeezed 收入决算表 header whose `收入` pieces could be read as a block word over two columns
 * (`src/lib/parse/read/header-cover.ts`), on real `pdftotext -layout` output of Chromium-printed generator HTML:
 * tests/fixtures/text-forms/income-block-word-beside-member-piece.pdftotext.txt is 公开02表 收入决算表 of
 * synth-410803-nongyeju-2016-final-00027 (its lines 85–125). Line 6 writes `合计`, the end of 本年收入合计, on the line
 * of a `收入`, and line 7 writes `本年收入` and `财政拨款` below it: a reading with that `收入` heading 本年收入合计 and
 * 财政拨款 as a block fits the rows' totals as well as the flat one, but a group's cell is printed over its members'
 * cells, so a word with a piece on the group word's line is none of its members, and the flat reading is the only
 * one. Expected cells are read by hand from the HTML table the PDF was printed from (本年收入合计 | 财政拨款收入 |
 * 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入).
 */
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 收入决算表 header with 合计 written on the line of a 收入', () => {
  const { at } = readTextFormFixture('income-block-word-beside-member-piece.pdftotext.txt');
  const labels = () => {
    const rows = [5, 6, 7, 8, 9, 10].map((n) => at(n).cells).filter((c) => c.length > 0);
    return flattenHeader(rows).slice(-7);
  };

  it('reads the seven income columns, no 收入 block over the first two', () => {
    expect(labels()).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts each figure of a row under its column (政府办公厅, line 15; 一般行政管理事务, line 17; 纪检监察事务, line 19)', () => {
    expect(at(15).cells.slice(-7)).toEqual(['471.6', '471.6', '0.0', '0.0', '0.0', '0.0', '0.0']);
    expect(at(17).cells.slice(-7)).toEqual(['248.0', '248.0', '0.0', '0.0', '', '0.0', '0.0']);
    expect(at(19).cells.slice(-7)).toEqual(['262.7', '262.7', '0.0', '', '0.0', '0.0', '0.0']);
  });
});
