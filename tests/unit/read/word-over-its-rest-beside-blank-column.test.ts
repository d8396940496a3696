/**
 * A blank column's word is not joined to the figures right of it before the columns are read by the figures' order:
 * `支出` printed over `项目` (the two lines of 项目支出, drawn beside 基本支出) read by position as a blank column
 * `支出` beside a figure column `项目` is no word with its rest (`joinWordRests` of
 * `src/lib/parse/read/wider-header.ts`, as called by `figure-order.ts` `columnsByOrder`, joins only a rest standing
 * right of its word's figures). Real `pdftotext -layout` output of Chromium-printed generator HTML (kept corpus
 * pdf18):
 * - tests/fixtures/text-forms/state-capital-word-over-its-rest-beside-blank.pdftotext.txt: 国有资本经营预算财政拨款支出决算表
 *   of synth-410800-jiaotongju-2015-final-00010 (its lines 350–359). The HTML prints one row: 行次 1, then 小计 0.00,
 *   基本支出 0.00, 项目支出 0.00 under 本年支出.
 * Line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a word printed over its rest beside a blank column', () => {
  it('reads the three figures under 小计, 基本支出 and 项目支出 (line 7)', () => {
    const { at, header } = readTextFormFixture('state-capital-word-over-its-rest-beside-blank.pdftotext.txt');
    const cells = at(7).cells;
    const labels = header(3);
    const value = (label: string) => cells[labels.indexOf(label)];
    expect(value('本年支出/小计')).toBe('0.00');
    expect(value('本年支出/基本支出')).toBe('0.00');
    expect(value('本年支出/项目支出')).toBe('0.00');
  });

  it('leaves no figure in a label column (line 7)', () => {
    const { at, header } = readTextFormFixture('state-capital-word-over-its-rest-beside-blank.pdftotext.txt');
    const labels = header(3);
    const figures = at(7).cells.filter((c, j) => c === '0.00' && !/小计|基本支出|项目支出/.test(labels[j] ?? ''));
    expect(figures).toEqual([]);
  });
});
