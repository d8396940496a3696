/**
 * The spaced reader on real `pdftotext -layout` output: tests/fixtures/text-forms/disclosure.pdftotext.txt is what
 * pdftotext 22.12 wrote for tests/fixtures/pdf/disclosure.html printed by Chromium (the PDF path test makes it afresh when
 * both tools are installed; this copy keeps the reading tested everywhere). Expected cells are read by hand from the
 * HTML tables; line numbers are those of the .txt file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/disclosure.pdftotext.txt'), 'utf8');
const { at, header } = readFixture(text);

describe('pdftotext -layout output of the PDF fixture', () => {
  it('reads the 一般公共预算财政拨款支出决算表 header: 项目 over code and name (lines 22–23)', () => {
    expect(header(22)).toEqual(['项目/功能分类科目编码', '项目/科目名称', '本年支出合计', '基本支出', '项目支出']);
  });
  it('reads the 财政拨款收入支出决算总表 header: 收入 over three columns, 支出 / 本年支出 over three (lines 57–59)', () => {
    expect(header(57)).toEqual([
      '收入/项目',
      '收入/行次',
      '收入/金额',
      '支出/项目',
      '支出/行次',
      '支出/合计',
      '支出/本年支出/小计',
      '支出/本年支出/一般公共预算',
      '支出/本年支出/政府性基金预算',
    ]);
  });
  it('reads its rows with 行次 in their own column and the blank 政府性基金预算 empty (line 61)', () => {
    expect(at(61).cells).toEqual(['二、政府性基金预算财政拨款', '2', '', '二、社会保障和就业支出', '31', '184.56', '184.56', '184.56', '']);
  });
  it('reads the 三公 header over three levels and four lines (lines 66–69)', () => {
    const side = ['合计', '因公出国（境）费', '公务用车购置及运行维护费/小计', '公务用车购置及运行维护费/公务用车购置费', '公务用车购置及运行维护费/公务用车运行维护费', '公务接待费'];
    expect(header(66)).toEqual([...side.map((s) => `预算数/${s}`), ...side.map((s) => `决算数/${s}`)]);
  });
  it('reads the 三公 row with its blank cells in place (line 70)', () => {
    expect(at(70).cells).toEqual(['18.19', '', '13.96', '', '13.96', '4.23', '17.21', '', '13.96', '', '13.96', '3.25']);
  });
});

describe('a page break inside a table of the PDF fixture', () => {
  it('reads the header repeated on the next page (lines 38–39) exactly as the first (lines 22–23)', () => {
    expect(header(38)).toEqual(header(22));
  });
  it('reads the rows of the next page, whose columns pdftotext placed further left (line 47: 2080505)', () => {
    expect(at(47).cells).toEqual(['2080505', '机关事业单位基本养老保险缴费支出', '184.56', '184.56', '']);
  });
});
