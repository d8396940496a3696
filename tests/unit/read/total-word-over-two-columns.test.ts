/**
 * A squeezed header whose reading by position the rows' totals contradict (`src/lib/parse/read/figure-order.ts`), on
 * real `pdftotext -layout` output of Chromium-printed generator HTML:
 * tests/fixtures/text-forms/expenditure-total-word-over-two-columns.pdftotext.txt is 决算03表 支出决算表 of
 * synth-410811-caizhengju-2015-final-00004 (its lines 131–171). Line 6 writes `本年支出` over line 7's `合计 基本支出`:
 * by position 本年支出 heads 合计 | 基本支出 as a group, and 项目支出 stands beside it. Every full row says otherwise:
 * its 合计 (1075.20, line 10) is not its 基本支出 (855.68) but the sum of every column beside it, so the header is
 * read again, `本年支出` `合计` one word. Expected cells are read by hand from the HTML table the PDF was printed from
 * (本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出).
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 header whose 本年支出 stands over 合计 and 基本支出', () => {
  const { at, header } = readTextFormFixture('expenditure-total-word-over-two-columns.pdftotext.txt');

  it('reads 本年支出合计 as one column beside 基本支出, as the totals of the rows say', () => {
    expect(header(5).slice(3)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts each figure under its column (一般公共服务支出, line 10; 教育支出, line 18)', () => {
    expect(at(10).cells).toEqual(['201', '一般公共服务支出', '1', '1075.20', '855.68', '219.53', '0.00', '0.00', '0.00']);
    expect(at(18).cells).toEqual(['205', '教育支出', '8', '102.75', '0.00', '102.75', '0.00', '0.00', '0.00']);
  });
});
