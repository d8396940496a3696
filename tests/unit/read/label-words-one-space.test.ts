/**
 * Header words of two label columns that pdftotext wrote one space apart, in real `pdftotext -layout` output:
 * tests/fixtures/text-forms/label-words-one-space.pdftotext.txt is the first rows of the 部门收入总表 of the generated
 * document synth-410700-chengguanju-2018-budget-00059 (bench/pdf-accuracy.ts, seed 1, source lines 71–86). The code
 * column's label 功能分类科目编码 is wrapped in its narrow cell (`功能分类科` on line 4, `目编码` on line 6) and the
 * name column's label 科目名称 is written one space after its first line (`功能分类科 科目名称`), drifted left over
 * the codes; 项目 (line 3) is the group over both. Expected cells are read by hand from the HTML table the PDF was
 * printed from; line numbers are the fixture's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const { at, header } = readFixture(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/label-words-one-space.pdftotext.txt'), 'utf8'));

describe('two label columns’ words one space apart on one header line (`功能分类科 科目名称`, line 4)', () => {
  it('reads 功能分类科目编码 over the codes and 科目名称 over the names, both under 项目 (lines 3–6)', () => {
    expect(header(3)).toEqual(['项目/功能分类科目编码', '项目/科目名称', '合计', '上年结转', '一般公共预算拨款收入', '事业收入', '其他收入']);
  });
  it('keeps each row’s code and name apart and its figures under their columns (行政运行, line 10; 纪检监察事务, line 15)', () => {
    expect(at(10).cells).toEqual(['201 01 01', '行政运行', '60000.00', '0.00', '60000.00', '', '0.00']);
    expect(at(15).cells).toEqual(['201 11', '纪检监察事务', '149897.61', '0.00', '149897.61', '', '']);
  });
  it('reads the 总计 row without a code (line 7)', () => {
    expect(at(7).cells).toEqual(['', '总计', '1880055.98', '', '1880055.98', '0.00', '0.00']);
  });
});
