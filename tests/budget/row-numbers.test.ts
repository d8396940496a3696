/**
 * The 行次 column of a budget expenditure table (layouts/budget-expenditure/row-numbers.ts): cells written by hand as
 * the spaced reader leaves 表3 部门支出总表 (header `功能分类 科目名称 行次 合计 小计 人员经费 公用经费 项目支出`).
 */
import { describe, expect, it } from 'vitest';
import { rowNumberCells } from '../../src/lib/parse/layouts/budget-expenditure/row-numbers.ts';
import type { SourceLine } from '../../src/lib/text/lines.ts';

const line = (n: number, cells: string[]): SourceLine => ({ n, raw: cells.join(' '), cells }) as SourceLine;
const HEADER = '项目 其中：基本支出 功能分类 科目名称 行次 合计 小计 人员经 公用经 项目支出 科目编码 费 费';

describe('a 行次 column', () => {
  it('is the rising whole number after each name (lines 115–117: `1 736.69`, `201 一般公共服务支出 2 333.84`, `20101 人大事务 3 123.24`)', () => {
    const total = line(115, ['', '', '1', '736.69', '600.23', '540.20', '60.02', '136.47']);
    const a = line(116, ['201', '一般公共服务支出', '2', '333.84', '279.28', '251.35', '27.93', '54.56']);
    const b = line(117, ['20101', '人大事务', '3', '123.24', '76.68', '69.01', '7.67', '46.57']);
    const found = rowNumberCells(HEADER, [
      { l: total, from: 2 },
      { l: a, from: 2 },
      { l: b, from: 2 },
    ]);
    expect([found.get(total), found.get(a), found.get(b)]).toEqual([2, 2, 2]);
  });
  it('is absent when the header prints no row-number word', () => {
    const a = line(116, ['201', '一般公共服务支出', '2', '333.84']);
    expect(rowNumberCells('科目名称 合计 基本支出 项目支出', [{ l: a, from: 2 }]).size).toBe(0);
  });
  it('is absent when a row starts with an amount (line 256: `221 住房保障支出 16.2 16.2 13.2`)', () => {
    const a = line(256, ['221', '住房保障支出', '16.2', '16.2', '13.2']);
    expect(rowNumberCells('科目编码 栏次 1 2 3', [{ l: a, from: 2 }]).size).toBe(0);
  });
  it('passes over a line printing no label and no 行次 (figures pdftotext wrote below their row: `162.00` under `201 一般公共服务支出 1 408.90 …`)', () => {
    const a = line(202, ['201', '一般公共服务支出', '1', '408.90', '246.90', '227.15', '19.75']);
    const below = line(203, ['', '', '162.00']);
    const b = line(204, ['20101', '人大事务', '2', '246.90', '246.90', '227.15', '19.75']);
    const found = rowNumberCells(HEADER, [
      { l: a, from: 2 },
      { l: below, from: 2, labelled: false },
      { l: b, from: 2 },
    ]);
    expect([found.get(a), found.has(below), found.get(b)]).toEqual([2, false, 2]);
  });
  it('is absent when a labelled line starts with an amount, even if an unlabelled one is passed over', () => {
    const a = line(202, ['201', '一般公共服务支出', '408.90', '246.90']);
    const below = line(203, ['', '', '162.00']);
    expect(rowNumberCells(HEADER, [{ l: a, from: 2 }, { l: below, from: 2, labelled: false }]).size).toBe(0);
  });
});
