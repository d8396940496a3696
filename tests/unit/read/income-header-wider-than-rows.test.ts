/**
 * A squeezed 收入决算表 whose header names seven columns while no row prints more than six figures
 * (`squeezed-rows.ts`, `split-words.ts`, `run-starts.ts`, the order of a cover's words in `header-cover.ts`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML: tests/fixtures/text-forms/income-header-wider-than-rows.pdftotext.txt
 * is the first page of 附表2：收入决算表 of synth-410100-fagaiwei-2016-final-00032 (seed 17, its lines 86–119).
 * The header's pieces also spell readings of more columns (`财政拨款（补助）` | `收入`, `本年收入` | `合计`), each only
 * cutting a word of the seven-word reading; its second line holds a piece of every word (`本年收入 （补助） 补助 事业
 * 经营 单位 其他`), in the columns' order, though `上级` and `附属` stand far right on the line above. The rows' zeros
 * after a gap stand at one end per column on the page (事业收入 52, 经营收入 57, 附属单位上缴收入 62, 其他收入 67).
 * Expected cells read by hand from the HTML table the PDF was printed from; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a squeezed 收入决算表 whose header is wider than any row', () => {
  const { at, header } = readTextFormFixture('income-header-wider-than-rows.pdftotext.txt');

  it('reads its broken header as the seven words, in the order of the line holding a piece of each', () => {
    expect(header(4).slice(2)).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts a zero after a gap in the column where the page’s zeros after a gap end there (总计, line 8; 行政运行, line 11)', () => {
    expect(at(8).cells.slice(2)).toEqual(['3,581.08', '3,581.08', '0.00', '', '', '0.00', '']);
    expect(at(11).cells.slice(2)).toEqual(['477.78', '477.78', '', '', '0.00', '0.00', '']);
  });

  it('reads a lone zero far right as 其他收入 and one after 36.39 as 事业收入 (lines 10, 12)', () => {
    expect(at(10).cells.slice(2)).toEqual(['629.17', '629.17', '', '', '', '', '0.00']);
    expect(at(12).cells.slice(2)).toEqual(['36.39', '36.39', '', '0.00', '', '', '']);
  });

  it('reads zeros one space apart after the figures from 上级补助收入 on (机关事业单位基本养老保险缴费支出, line 21)', () => {
    expect(at(21).cells.slice(2)).toEqual(['156.00', '156.00', '0.00', '0.00', '', '', '0.00']);
  });
});


describe('a squeezed 收入决算表 with a 行次 column, its header wider than any row', () => {
  const { at, header } = readTextFormFixture('income-header-wider-than-rows-row-numbers.pdftotext.txt');

  // (synth-410200-kejiju-2017-final-00036, seed 17, its lines 81–105: seven value words, every row printing two figures)
  it('reads its header as the labels, 行次 and the seven value words', () => {
    expect(header(4).map((w) => w.split('/').pop())).toEqual(['类 款 项', '科目名称', '行次', '本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('reads each row’s first number as its 行次 and its two figures as 本年收入合计 and 一般公共预算拨款收入 (lines 7, 17)', () => {
    expect(at(7).cells).toEqual(['', '总计', '1', '4,849.47', '4,849.47', '', '', '', '', '']);
    expect(at(17).cells).toEqual(['201 11 02', '一般行政管理事务', '10', '268.91', '268.91', '', '', '', '', '']);
  });
});
