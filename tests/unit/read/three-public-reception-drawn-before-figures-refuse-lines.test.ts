import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated 决算 (lines 1–2 of the document, a blank line, then its 财政拨款“三公”
// 经费支出决算表: fixture line n is the document's line n + 345 from line 4 on). The header prints no 栏次 row, and
// pdftotext drew each half's `公务接待` / `费` out of its cell's order (`公务接待` on line 9 before the 决算数 half's
// `合计`, its `费` on line 10 before that half's `（境）费`), so the lines' words give only orders with 公务接待费 before
// 因公出国（境）费. The row prints ten figures for twelve columns (line 14: the two 公务用车购置费 cells blank): under
// those orders no placement keeps the table's identities. Under the order the marker characters and their places give
// (合计, 因公出国（境）费, 小计, 公务用车购置费, 公务用车运行维护费, 公务接待费) one placement does: 198843.60 = 24946.05 +
// 125856.51 + 48041.04, 125856.51 = 125856.51 (运行维护费), and 152740.98 = 14468.70 + 103202.33 + 35069.95. Before, the
// table was left unread (`three_public_unread`, a required table without a row).

describe('a 三公 table whose lines’ words give orders its figures refuse, no 栏次 row', () => {
  const { onLine } = ingestTextFormFixture('three-public-reception-drawn-before-figures-refuse-lines.pdftotext.txt', 'final_three_public');
  const V = '公务用车购置及运行维护费';

  it('reads the row’s ten figures under the order whose placement keeps the identities (line 14)', () => {
    expect(onLine(14)).toEqual({
      '预算数/合计': '198843.6',
      '预算数/因公出国（境）费': '24946.05',
      [`预算数/${V}/小计`]: '125856.51',
      [`预算数/${V}/公务用车运行维护费`]: '125856.51',
      '预算数/公务接待费': '48041.04',
      '决算数/合计': '152740.98',
      '决算数/因公出国（境）费': '14468.7',
      [`决算数/${V}/小计`]: '103202.33',
      [`决算数/${V}/公务用车运行维护费`]: '103202.33',
      '决算数/公务接待费': '35069.95',
    });
  });
});
