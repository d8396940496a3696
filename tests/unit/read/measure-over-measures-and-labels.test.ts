/**
 * A measure word centred over its own columns, printed above the label columns and other measures too:
 * tests/fixtures/text-forms/measure-over-measures-and-labels.pdftotext.txt is the 一般公共预算财政拨款支出决算表 of a
 * seed-11 corpus document (source lines 253–263, Chromium → pdftotext -layout). The printed table heads it `项目
 * (功能分类科目编码 | 科目名称) | 年初预算数 | 全年预算数 | 决算数 (小计 | 其中：基本支出 (小计 | 人员经费 | 公用经费) | 项目支出)`;
 * `决算数` (line 4) stands over every column by position. Expected cells are read by hand from the fixture's lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, header } = readTextFormFixture('measure-over-measures-and-labels.pdftotext.txt');

describe('决算数 over 年初预算数, 全年预算数 and the label columns as well as its own', () => {
  it('heads only its own columns; the labels and the other measures stand alone (lines 4–8)', () => {
    expect(header(4)).toEqual([
      '项目/功能分类科目编码',
      '项目/科目名称',
      '年初预算数',
      '全年预算数',
      '决算数/小计',
      '决算数/其中：基本支出/小计',
      '决算数/其中：基本支出/人员经费',
      '决算数/其中：基本支出/公用经费',
      '决算数/项目支出',
    ]);
  });

  it('keeps the figures of the 总计 row under those columns (line 9)', () => {
    expect(at(9).cells.slice(2)).toEqual(['6098880.10', '6251628.81', '6404377.56', '6063079.88', '4789833.06', '1273246.82', '341297.68']);
  });
});
