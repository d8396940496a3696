/**
 * A header naming more columns than the full rows fill, where a row with blank cells prints its figure right of where
 * the full rows print theirs, in real `pdftotext -layout` output: tests/fixtures/text-forms/blank-column-filled-by-row.pdftotext.txt
 * is the 支出决算表 of synth-410200-shengtaiju-2015-final-00006 (pdf3r, source lines 107–124). The fullest rows print
 * five figures of eight columns (`项目支出`, line 7, stands over no part of its own); 一般行政管理事务 (line 14) prints
 * its 项目支出 at column 61, right of the full rows' 项目支出 (column 56). Expected cells are read by hand from lines
 * 5–14.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('blank-column-filled-by-row.pdftotext.txt');

describe('the columns no full row fills are not read so when a row with blank cells would fill one', () => {
  it('puts the figures of 一般公共服务支出 in order (line 10)', () => {
    expect(at(10).cells.slice(-8)).toEqual(['5,679.32', '2,527.97', '1,921.25', '606.71', '3,151.36', '', '', '']);
  });

  it('keeps the 900.57 of 一般行政管理事务 under 项目支出 (line 14)', () => {
    expect(at(14).cells.slice(-8)).toEqual(['900.57', '', '', '', '900.57', '', '', '']);
  });
});
