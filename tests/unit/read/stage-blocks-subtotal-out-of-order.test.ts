/**
 * A squeezed 一般公共预算财政拨款支出决算表 headed `年初预算数 | 全年预算数 | 决算数`, 决算数 over `小计 基本支出 项目支出`,
 * the words broken over two lines (`年初预` / `算数`, `基本支` / `出`): read in order, `小计` (starting at column 27)
 * sorts before `全年预算数` (its first piece at column 28), and a reading leaving that 小计 under no group is refused
 * (`pathsInOrder` of `src/lib/parse/read/figure-order.ts`: a 小计 heading no group beside a measure's block totals
 * nothing). Real `pdftotext -layout` output of Chromium-printed generator HTML (kept corpus pdf16):
 * - tests/fixtures/text-forms/stage-blocks-subtotal-out-of-order.pdftotext.txt: synth-410811-shengtaiju-2016-final-00024,
 *   its lines 214–226. Row 201 一般公共服务支出 in the HTML: 年初预算数 41.97, 全年预算数 43.54, 决算数 小计 45.11,
 *   基本支出 32.87, 项目支出 12.24 (万元).
 * Line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a subtotal read out of order beside a measure block', () => {
  it('reads 201 with 全年预算数 43.54 and 决算数/小计 45.11 (line 7)', () => {
    const { at, header } = readTextFormFixture('stage-blocks-subtotal-out-of-order.pdftotext.txt');
    const labels = header(4);
    const cells = at(7).cells;
    const value = (label: string) => cells[labels.findIndex((l) => l === label)];
    expect(value('年初预算数')).toBe('41.97');
    expect(value('全年预算数')).toBe('43.54');
    expect(value('决算数/小计')).toBe('45.11');
    expect(value('决算数/基本支出')).toBe('32.87');
    expect(value('决算数/项目支出')).toBe('12.24');
  });
});
