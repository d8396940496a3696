/**
 * The only row of an empty table placed beside its crowded header's words, placed again by how its figures stand apart
 * when that placement breaks the spacing (`src/lib/parse/read/only-row.ts` `boundBySpacing`), on real `pdftotext -layout`
 * output of Chromium-printed generator HTML (kept corpus pdf15):
 * - tests/fixtures/text-forms/gov-fund-only-row-beside-breaks-spacing.pdftotext.txt: 政府性基金预算财政拨款收入支出决算表 of
 *   synth-410811-shengtaiju-2016-final-00024 (pdf15, its lines 298–305): `0.00 0.00    0.00 0.00` with no label under
 *   six columns; the HTML prints 年初结转和结余 0.00, 本年收入 0.00, 小计 blank, 基本支出 0.00, 项目支出 0.00,
 *   年末结转和结余 blank.
 * Expected cells are read by hand from the HTML table the PDF was printed from; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('an only row whose placement beside the header words breaks its spacing', () => {
  it('reads the figure touching the first in the next column, left of where the words put it (gov-fund-only-row-beside-breaks-spacing, line 7)', () => {
    const { at, header } = readTextFormFixture('gov-fund-only-row-beside-breaks-spacing.pdftotext.txt');
    const labels = header(2);
    const row = at(7).cells;
    const cell = (name: string) => row[labels.indexOf(name)];
    expect(cell('年初结转和结余')).toBe('0.00');
    expect(cell('本年收入')).toBe('0.00');
    expect(labels.includes('本年支出/小计') ? cell('本年支出/小计') : '').toBe('');
    expect(cell('本年支出/基本支出')).toBe('0.00');
    expect(cell('本年支出/项目支出')).toBe('0.00');
    expect(labels.includes('年末结转和结余') ? cell('年末结转和结余') : '').toBe('');
  });
});
