/**
 * A squeezed 支出决算表 header whose wrapped total word `本年支出` / `合计` stands beside a part of the 本年支出 group
 * on its own line: tests/fixtures/text-forms/expenditure-total-word-beside-part-on-its-line.pdftotext.txt is 附表3
 * 支出决算表 of the generated synth-410200-shengtaiju-2015-final-00006 (seed 53, its lines 118–150) as
 * `pdftotext -layout` wrote it. Line 5 prints `本年支出` and, on the same line right of it, `项目支` (the first line of
 * `项目支出`, its rest `出` on line 6); line 6, squeezed left of its figures, prints `合计` and `基本支出` under it. A
 * group heads its parts from a line above them all: a part of 本年支出 (项目支出) drawn on the line of the word
 * `本年支出` is a cell beside it, so `本年支出` is the first line of its own cell, the total `本年支出合计`, heading no
 * group — not `本年支出` over `合计 | 基本支出 | 项目支出` (`header-words.ts` `splitGroupOverSubtotal`, `partBeside`).
 * Expected header words read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 header whose 本年支出 stands beside 项目支出 on its line over 合计', () => {
  const { at, header } = readTextFormFixture('expenditure-total-word-beside-part-on-its-line.pdftotext.txt');

  it('reads the six value columns as 本年支出合计, 基本支出, 项目支出 and the three other 支出, no 本年支出 group', () => {
    expect(header(4).slice(-6)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('reads the full row 208 社会保障和就业支出 under them (line 12: 788.60 total, 636.27 基本支出, 152.33 项目支出)', () => {
    expect(at(12).cells.slice(-6)).toEqual(['788.60', '636.27', '152.33', '0.00', '0.00', '0.00']);
  });
});
