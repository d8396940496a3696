/**
 * A squeezed header whose word has a piece pushed right along its line (`src/lib/parse/read/pushed-order.ts`, used by
 * `header-cover.ts`), on real `pdftotext -layout` output of Chromium-printed generator HTML:
 * tests/fixtures/text-forms/expenditure-far-piece-blank-cells.pdftotext.txt is 附表3 支出决算表 of
 * synth-410700-fagaiwei-2017-final-00049 (its lines 111–155). Line 5 writes `上级 经营 属单 上缴`: `上缴`, the top of
 * the narrow cell 上缴上级支出, stands over its `上级` on the page, and pdftotext pushed it right past the cells beside
 * it. The word stands at its leftmost piece, `上级`, so 上缴上级支出 comes before 经营支出. The last three columns
 * hold 0.00 or nothing, so their order decides which cells are blank (人大事务, line 9, leaves 对附属单位补助支出
 * blank; 事业运行, line 12, leaves 上缴上级支出 blank). Expected cells are read by hand from the HTML table the PDF was
 * printed from (本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出).
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 header with 上缴 pushed right of the cells beside its 上级', () => {
  const { at, header } = readTextFormFixture('expenditure-far-piece-blank-cells.pdftotext.txt');

  it('reads the six columns in the order the leftmost piece of each word gives', () => {
    expect(header(4).slice(1)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('keeps each blank cell under its own column (人大事务, line 9; 事业运行, line 12; 中小企业发展专项, line 37)', () => {
    expect(at(9).cells).toEqual(['人大事务', '51.53', '0.00', '51.53', '0.00', '0.00', '']);
    expect(at(12).cells).toEqual(['事业运行', '52.00', '52.00', '0.00', '', '0.00', '0.00']);
    expect(at(37).cells).toEqual(['中小企业发展专项', '53.40', '', '53.40', '', '0.00', '0.00']);
  });
});
