/**
 * A squeezed 支出决算表 header that no reading in order reads, over three figure columns and three columns blank in
 * every row (`figure-order.ts` `blankColumnsBeside`, its cover fallback), on real `pdftotext -layout` output of
 * Chromium-printed generator HTML: tests/fixtures/text-forms/expenditure-far-piece-header-cover-blank-columns.pdftotext.txt
 * is 表三 支出决算表 of synth-410400-wenlvju-2015-final-00005 (its lines 112–137). Line 5 writes
 * `本年支出 基本支出 项目支出 上级 经营 属单    上缴`: `上缴`, the top of the narrow cell 上缴上级支出, pushed right past the
 * cells beside it. The pieces cover as six words (本年支出合计 with its `合计` on line 6) and as seven (`本年支出` and
 * `合计` two columns); only the six-word reading lets the full rows' figures keep 本年支出合计 = 基本支出 + 项目支出, the
 * seven-word one leaves one of its two totals blank. Expected cells read by hand from the HTML table the PDF was
 * printed from (本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出, the last three blank).
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 header read by no order, its words one cover that the figures confirm', () => {
  const { at, header } = readTextFormFixture('expenditure-far-piece-header-cover-blank-columns.pdftotext.txt');

  it('reads the six columns of the one cover under which the rows total', () => {
    expect(header(4).slice(2)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts each row\'s figures under 本年支出合计, 基本支出 and 项目支出, the rest blank', () => {
    expect(at(9).cells).toEqual(['', '总计', '18343.39', '15119.31', '3224.08', '', '', '']);
    expect(at(12).cells).toEqual(['2010101', '行政运行', '1887.72', '1887.72', '', '', '', '']);
    expect(at(13).cells).toEqual(['2010102', '一般行政管理事务', '335.33', '', '335.33', '', '', '']);
  });
});
