/**
 * A squeezed header whose word has a piece written farther from the rest of it than a cell is wide
 * (`src/lib/parse/read/header-cover.ts`), on real `pdftotext -layout` output of Chromium-printed generator HTML:
 * tests/fixtures/text-forms/expenditure-piece-written-far-right.pdftotext.txt is 附表3 支出决算表 of
 * synth-410200-shangwuju-2015-final-00016 (its lines 130–160). Line 5 writes `上缴`, the start of 上缴上级支出, 17
 * columns right of its `上级`, past `经营` and `属单`: no cover keeps every word's pieces near its anchor, and the
 * header's own width is the reach. The word stands at its leftmost piece, `上级` (pdftotext pushes a piece right, never
 * left), so 上缴上级支出 comes before 经营支出. Expected cells are read by hand from the HTML table the PDF was printed from
 * (本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出).
 */
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 header with 上缴 written far right of its 上级', () => {
  const { at } = readTextFormFixture('expenditure-piece-written-far-right.pdftotext.txt');
  const labels = () => {
    const rows = [4, 5, 6, 7, 8].map((n) => at(n).cells).filter((c) => c.length > 0);
    return flattenHeader(rows).slice(-6);
  };

  it('reads the six columns in the order the leftmost piece of each word gives', () => {
    expect(labels()).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts each figure of a row under its column (总计, line 10; 一般公共服务支出, line 11; 事业单位医疗, line 19)', () => {
    expect(at(10).cells.slice(-6)).toEqual(['5633152.57', '3260912.47', '2372240.10', '0.00', '0.00', '0.00']);
    expect(at(11).cells.slice(-6)).toEqual(['530000.00', '0.00', '530000.00', '0.00', '0.00', '0.00']);
    expect(at(19).cells.slice(-6)).toEqual(['316366.71', '316366.71', '0.00', '0.00', '0.00', '0.00']);
  });
});
