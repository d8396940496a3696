/**
 * A header naming more columns than the full rows fill, whose full rows print their figure columns touching, in real
 * `pdftotext -layout` output: tests/fixtures/text-forms/blank-column-no-room.pdftotext.txt is the 支出决算表 of
 * synth-140300-gongxinju-2016-final-00018 (pdf3r, source lines 116–134). Its header names eight columns (`项目支出`,
 * line 5, stands over no part of its own); the fullest rows print seven figures, and the rows with blank cells print
 * their 0.00 in the three last columns each where it stands. Expected cells are read by hand from lines 4–13.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('blank-column-no-room.pdftotext.txt');

describe('no blank column is read between figure columns that the full rows print touching', () => {
  it('puts the 0.00 of 一般行政管理事务 under 经营支出 (line 11)', () => {
    expect(at(11).cells.slice(-8)).toEqual(['5690000.00', '', '', '', '5690000.00', '', '0.00', '']);
  });

  it('puts the two 0.00 of 行政运行 under 上缴上级支出 and 经营支出 (line 13)', () => {
    expect(at(13).cells.slice(-8)).toEqual(['11424727.92', '11424727.92', '8797040.49', '2627687.43', '', '0.00', '0.00', '']);
  });
});
