/**
 * A group's own 小计 printed on the line of its outer group's 小计, the group word below it: tests/fixtures/text-forms/
 * subtotal-under-group-below.pdftotext.txt is the 一般公共预算财政拨款支出决算表 of a pdf7 corpus document (source lines
 * 228–240, Chromium → pdftotext -layout). The printed table heads its measures `年初预算数 | 全年预算数 | 决算数
 * (小计 | 其中：基本支出 (小计 | 人员经费 | 公用经费) | 项目支出)`; the two-line 小计 cells are drawn centred, so both
 * 小计 stand on line 4 and `其中：基本支出` on line 5, over 人员经费 and 公用经费 only. Expected cells are read by hand from
 * the fixture's lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, header } = readTextFormFixture('subtotal-under-group-below.pdftotext.txt');

describe('a group word printed below its own 小计 (其中：基本支出 under the second of two 小计)', () => {
  it('reads the right 小计 as 决算数/其中：基本支出/小计, not a second 决算数/小计 (lines 3–6)', () => {
    expect(header(3).slice(5)).toEqual(['决算数/小计', '决算数/其中：基本支出/小计', '决算数/其中：基本支出/人员经费', '决算数/其中：基本支出/公用经费', '决算数/项目支出']);
  });

  it('keeps the figures of the 201 row under those columns (line 10)', () => {
    expect(at(10).cells.slice(5)).toEqual(['8609863.75', '6722442.23', '6117422.42', '605019.81', '1887421.52']);
  });
});
