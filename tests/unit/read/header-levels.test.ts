/**
 * Header levels read from a column's stacked words (`src/lib/parse/read/header-levels.ts`) on real `pdftotext -layout`
 * output: tests/fixtures/text-forms/expenditure-wrapped-off-centre.pdftotext.txt is the 支出决算表 of the generated
 * document synth-410400-chengguanju-2016-final-00025 (bench/pdf-accuracy.ts, seed 1), as pdftotext wrote it. The
 * last column's label 对附属单位补助支出 is wrapped over three lines of a narrow cell, each line drawn a little off the
 * one above (`对附属` at 92, `单位补` at 90, `助支出` at 92), so no two lines share a centre, start or end. Expected
 * cells are read by hand from the fixture; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const { at, header } = readTextFormFixture('expenditure-wrapped-off-centre.pdftotext.txt');

describe('a label wrapped off its centre in a narrow cell (对附属 / 单位补 / 助支出, lines 5–7)', () => {
  it('reads 对附属单位补助支出 as one label, and 本年支出合计 as a column of its own beside 其中：基本支出 (lines 2–7)', () => {
    expect(header(2)).toEqual([
      '项目/科目名称',
      ...EXPENDITURE_COLUMNS,
    ]);
  });
  it('reads the 一般公共服务支出 row under 本年支出合计 … 项目支出, the three last columns blank (line 10)', () => {
    expect(at(10).cells).toEqual(['一般公共服务支出', '104296844.39', '66217136.44', '58271080.05', '7946056.39', '38079707.95', '', '', '']);
  });
});
