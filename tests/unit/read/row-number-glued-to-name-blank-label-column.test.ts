/**
 * A 一般公共预算财政拨款支出决算表 with a 行次 column whose label columns read by position include columns a row may
 * leave blank between its name and its 行次 (a name drawn where the codes' 项 part stands, `208 05 行政事业单位养老`,
 * makes a label column of its own): on the next page pdftotext glued a row's 行次 to the end of its name
 * (`215 05 01   行政运行14 55.77 55.77 0.00`), the name in the name column and a blank label column before the 行次
 * column. The number is the one the rows around it leave for it (13 above, 16 below): the name is 行政运行, its 行次
 * 14 (`glued-row-number.ts`). Lines as pdftotext writes them (cut from a generated 决算, renumbered); expected cells read
 * by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TABLE = [
  '                 一般公共预算财政拨款支出决算表',
  '部门名称：某某局                                         单位：万元',
  '        项目                       本年支出',
  '功能分类科 科目名称 行次            小计 基本支出 项目支     出',
  '  目编码         栏次           1       2      3',
  '201       一般公共服务支出 1    1,197.80 868.75 329.06',
  '201 01    人大事务      2     467.20 467.20',
  '201 01 01 行政运行      3     467.20 467.20',
  '201 03    政府办公厅（室） 4       98.06         98.06',
  '          及相关机构事务',
  '201 03 02 一般行政管理事务 5 98.06                  98.06',
  '201 11    纪检监察事务    6 632.55        401.55 231.00',
  '201 11 01 行政运行      7 401.55        401.55 0.00',
  '201 11 02 一般行政管理事务 8 231.00           0.00 231.00',
  '208       社会保障和就业支 9 971.21         678.02 293.20',
  '          出',
  '208 05 行政事业单位养老 10 380.59           380.59',
  '          支出',
  '208 05 01 行政单位离退休  11 264.82        264.82   0.00',
  '                            11/18',
  '215         资源勘探工业信息   12   540.54      540.54   0.00',
  '            等支出',
  '215 05      工业和信息产业监   13   540.54      540.54',
  '            管',
  '215 05 01   行政运行14 55.77 55.77 0.00',
  '215 05 50   事业运行15 484.77 484.77',
  '221         住房保障支出',
  '                16 917.91 917.91 0.00',
  '221 02      住房改革支出',
  '                17 917.91 917.91',
  '221 02 02   提租补贴18 446.00 446.00 0.00',
  '221 02 03   购房补贴19 471.91 471.91',
  '                20 4,629.01 3,791.43 837.58',
  '  注：本表反映部门本年度一般公共预算财政拨款支出情况。',
].join('\n');

describe('a 行次 glued to a name with a blank label column between them', () => {
  const { at } = readFixture(TABLE);
  const labelsAndNumber = (n: number) => at(n).cells.slice(0, 5).filter((c) => c !== '');

  it('splits 14 and 15 off 行政运行 and 事业运行 into the 行次 column (lines 25, 26)', () => {
    expect(labelsAndNumber(25)).toEqual(['215 05 01', '行政运行', '14']);
    expect(at(25).cells.slice(-3)).toEqual(['55.77', '55.77', '0.00']);
    expect(labelsAndNumber(26)).toEqual(['215 05 50', '事业运行', '15']);
  });

  it('splits 18 and 19 off 提租补贴 and 购房补贴, between the 行次 of the rows around them (lines 31, 32)', () => {
    expect(labelsAndNumber(31)).toEqual(['221 02 02', '提租补贴', '18']);
    expect(labelsAndNumber(32)).toEqual(['221 02 03', '购房补贴', '19']);
  });
});
