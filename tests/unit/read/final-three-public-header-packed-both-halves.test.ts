/**
 * A 2019 财政拨款“三公”经费支出决算表 in 元, 预算数 and 决算数 side by side, twelve columns numbered by a 栏次 row, whose
 * narrow header pdftotext scattered over seven lines. On text line 9 it wrote `公务接待` and the `费` of its wrapped
 * cell side by side (`公务用 公务用车运 公务接待  费`, the 决算数 half's last words): the `费`, read as a piece of any
 * item, left no place in the half for the item after 公务接待费, and so refused the printed order (合计, 因公出国（境）费,
 * 小计, 公务用车购置费, 公务用车运行维护费, 公务接待费) — 23 others remained and the table was not read. Two pieces
 * side by side that spell an item's whole word (`公务接待` + `费`) are now that item's one piece. Real `pdftotext
 * -layout` output of a Chromium-printed generator document:
 * tests/fixtures/text-forms/final-three-public-header-packed-both-halves.pdftotext.txt, the 三公 table of
 * synth-410700-jiaotongju-2019-final-00079 (corpus seed 167, its lines 372–385: fixture line n is document line
 * n + 368). Values read by hand from the printed lines, in 元.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const V = '公务用车购置及运行维护费';

describe('a 三公 决算表 whose 公务接待 and its 费 stand side by side on a header line', () => {
  const { onLine } = ingestTextFormFixture('final-three-public-header-packed-both-halves.pdftotext.txt', 'final_three_public');

  it('reads line 16: 预算数 255538.93 = 73193.11 + 131818.89 + 50526.93, the vehicles under 运行维护费, 购置费 blank', () => {
    expect(onLine(16)).toEqual({
      '预算数/合计': '255538.93',
      '预算数/因公出国（境）费': '73193.11',
      [`预算数/${V}/小计`]: '131818.89',
      [`预算数/${V}/公务用车运行维护费`]: '131818.89',
      '预算数/公务接待费': '50526.93',
      '决算数/合计': '198231.94',
      '决算数/因公出国（境）费': '53430.97',
      [`决算数/${V}/小计`]: '116000.62',
      [`决算数/${V}/公务用车运行维护费`]: '116000.62',
      '决算数/公务接待费': '28800.35',
    });
  });
});
