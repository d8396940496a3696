/**
 * A word beside a group word on its line, drawn left of a part of the group on the line below, in real `pdftotext
 * -layout` output: tests/fixtures/text-forms/group-part-beside-group-word-drawn-left.pdftotext.txt is the
 * 一般公共预算财政拨款支出决算表 of synth-410811-nongyeju-2017-final-00044 (source lines 240–276). The printed HTML heads
 * it `项目 | 行次 | 本年支出 (colspan 5: 小计 | 其中：基本支出 (colspan 3: 小计 | 人员经费 | 公用经费) | 项目支出)`;
 * pdftotext prints `项目支` one space after `其中：基本支出`, one column left of `公用经` on the line below, and its rest
 * `出` right of `公用经`. Expected cells are read by hand from that HTML; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, header } = readTextFormFixture('group-part-beside-group-word-drawn-left.pdftotext.txt');

describe('a word beside a group word on its line stands after the group’s parts', () => {
  it('puts 项目支出 after 其中：基本支出’s 公用经费 (lines 4–6)', () => {
    expect(header(4).slice(-5)).toEqual(['本年支出/小计', '本年支出/其中：基本支出/小计', '本年支出/其中：基本支出/人员经费', '本年支出/其中：基本支出/公用经费', '本年支出/项目支出']);
  });

  it('reads 201 一般公共服务支出 and 2013201 行政运行 into those columns (lines 9, 15)', () => {
    expect(at(9).cells.slice(-5)).toEqual(['46.17', '31.25', '23.75', '7.50', '14.93']);
    expect(at(15).cells.slice(-5)).toEqual(['13.00', '13.00', '9.88', '3.12', '0.00']);
  });
});
