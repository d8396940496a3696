/**
 * A continued page whose gaps do not all hold a blank column, read by where its runs' first figures end
 * (`run-starts.ts`): tests/fixtures/text-forms/income-continued-page-runs-end-together.pdftotext.txt is the 收入决算表
 * of synth-410400-wenlvju-2015-final-00005 (a fresh corpus, its lines 84–118; line n here is line n + 83 there), real
 * `pdftotext -layout` output of the Chromium-printed generator document (金额单位：元). Its second page (lines 27–34)
 * prints no header and no whole row, its columns drawn left of the first page's. Line 32 prints
 * `10,426,000.51   10,426,000.51 0.00   0.00 0.00      0.00`: its 上级补助收入 zero packed after the fiscal figure at
 * its cell's edge (ending at 61, as line 30's does), then, three spaces on, 事业收入's zero, no blank column between.
 *
 * With a blank column behind every gap no placement fits the page; each column's run-starting figures end within two
 * characters (事业收入 at 68, 经营收入 at 73, 附属单位上缴收入 at 78 or 80, 其他收入 at 83 or 85), and letting any run
 * start next to the run before leaves one placement, which the page is read by. Before, its zeros were read by the
 * first page's columns, one or two off, and two pairs crowded into one cell. Values read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a continued 收入决算表 page whose gaps hold a blank column or none (lines 27–34)', () => {
  const { at } = readTextFormFixture('income-continued-page-runs-end-together.pdftotext.txt');
  const values = (n: number) => at(n).cells.slice(-7);

  it('reads line 32 with 事业收入 right after 上级补助收入, three spaces apart', () => {
    expect(values(32)).toEqual(['10,426,000.51', '10,426,000.51', '0.00', '0.00', '0.00', '', '0.00']);
  });

  it('reads the page’s other rows where their runs’ first figures end (lines 27, 28, 29, 30, 31, 33 and 34)', () => {
    expect(values(27)).toEqual(['9,330,000.00', '9,330,000.00', '', '', '0.00', '', '0.00']);
    expect(values(28)).toEqual(['20,152,693.26', '20,152,693.26', '', '0.00', '0.00', '', '']);
    expect(values(29)).toEqual(['20,152,693.26', '20,152,693.26', '', '', '', '0.00', '0.00']);
    expect(values(30)).toEqual(['12,098,098.94', '12,098,098.94', '0.00', '', '0.00', '', '']);
    expect(values(31)).toEqual(['8,054,594.32', '8,054,594.32', '', '0.00', '', '0.00', '0.00']);
    expect(values(33)).toEqual(['10,426,000.51', '10,426,000.51', '', '0.00', '', '', '0.00']);
    expect(values(34)).toEqual(['10,426,000.51', '10,426,000.51', '0.00', '0.00', '0.00', '', '']);
  });
});
