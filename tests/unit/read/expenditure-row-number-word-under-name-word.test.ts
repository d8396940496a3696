/**
 * A squeezed 支出决算表 header whose 行次 word pdftotext stacked under 科目名称 (`figure-order.ts`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML:
 * tests/fixtures/text-forms/expenditure-row-number-word-under-name-word.pdftotext.txt is 表三 支出决算表 of
 * synth-410100-shengtaiju-2020-final-00092 (pdf26, its lines 132–160). `行次` (line 6, columns 17–18) stands right of
 * where the names end and left of the row numbers (`1`, `2` … in columns 19–20): by position it joins 科目名称 over the
 * names, and the row numbers' column is headed by nothing but 项目. The names would then be read under a 行次 word and
 * the 行次 column taken for the names. 行次 heads the numbers counting the rows, never names. Expected cells are read
 * by hand from the lines (line 8: 201 一般公共服务支出, 行次 1, 77.7 total, 55.0 基本支出, 22.7 项目支出, then 0.0 three times).
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a 支出决算表 header whose 行次 word is stacked under 科目名称', () => {
  const { at, header } = readTextFormFixture('expenditure-row-number-word-under-name-word.pdftotext.txt');

  it('heads the names with 科目名称 and the row numbers with 行次', () => {
    expect(header(4).slice(0, 3)).toEqual(['项目/功能分类科目编码', '项目/科目名称', '项目/行次']);
  });

  it('reads each row name, 行次 and figure under its column (一般公共服务支出, line 8; 政府办公厅（室）, line 12)', () => {
    expect(at(8).cells).toEqual(['201', '一般公共服务支出', '1', '77.7', '55.0', '22.7', '0.0', '0.0', '0.0']);
    expect(at(12).cells.slice(0, 6)).toEqual(['20103', '政府办公厅（室）及相关机构事务', '5', '26.4', '14.9', '11.4']);
  });
});
