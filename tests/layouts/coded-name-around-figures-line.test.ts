/**
 * A 支出决算表 continued on a page pdftotext drew a few characters left of the columns read on the page before, where
 * one coded row's name (`其他行政事业单位医疗支出`) wraps over two lines centred on its figures line, which prints its
 * code, its 行次 and its figures and no name: `其他行政事业单位医疗支` above, `出` below (drawn left, into the code
 * column). A classified row always has a name: the lines right above and below are its name, never the rest of the
 * row above (`事业单位医疗` is whole). And the code alone before the 行次 is a label, not a figure: `24` is the row's
 * 行次 and `428.29` its 本年支出合计. Lines as `pdftotext -layout` wrote them (the 阳泉市财政局 2017 决算, 支出决算表,
 * some rows of its first page left out); values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2017年度\n阳泉市财政局部门决算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

// Lines 4–35: header 6–10, first page's rows 11–16, page break 17, rows 19–35 (事业单位医疗 28, 210 11 99 on 30).
const d = doc(`                                         2017年度
部门：阳泉市财政局                                                       单位：万元
2017年度部门决算表                                                     支出决算表
             项目                                           对附属
 功能分类科                      本年支出
                       行次 合计 基本支出 项目支出 级支出 出 单位补  上缴上 经营支
   目编码          科目名称                                      助支出
 201       一般公共服务支出       1 1361.03 726.47 634.56
 201 32 99 其他组织事务支出      12 530.95 248.25 282.70
 205       教育支出          13 394.59 207.36 187.23
 205 08 进修及培训            14 394.59 207.36 187.23
 205 08 03 培训支出          15 394.59 207.36 187.23
 208       社会保障和就业支出     16 948.63 539.41 409.22
\f                                 阳泉市财政局2017年度部门决算

208 08 抚恤             17 356.13 114.14 241.99
208 08 01
       死亡抚恤           18 356.13 114.14 241.99
208 99 其他社会保障和就业支出    19 592.50 425.27 167.23
208 99 99
       其他社会保障和就业支出    20 592.50 425.27 167.23
210    卫生健康支出         21 756.22 701.94 54.29
210 11 行政事业单位医疗       22 756.22 701.94 54.29
210 11 02
       事业单位医疗         23 327.94 327.94
       其他行政事业单位医疗支
210 11 99             24 428.29 374.00 54.29
       出
221    住房保障支出         25 303.84 303.84
221 02 住房改革支出         26 303.84 303.84
221 02 01
       住房公积金          27 303.84 303.84
`);

describe('a coded row whose name wraps around its figures line', () => {
  const exp = d.tables.find((x) => x.kind === 'final_expenditure')!;
  it('keeps 事业单位医疗 (line 28) whole, with its own figures', () => {
    const r = exp.rows.find((x) => x.line === 28);
    expect(r?.code).toBe('2101102');
    expect(r?.name).toBe('事业单位医疗');
    expect(value(r, '本年支出合计')).toBe('3279400');
    expect(value(r, '基本支出')).toBe('3279400');
  });
  it('names row 2101199 (line 30) from the lines above and below its figures', () => {
    const r = exp.rows.find((x) => x.code === '2101199');
    expect(r?.line).toBe(30);
    expect(r?.name).toBe('其他行政事业单位医疗支出');
  });
  it('reads 24 after the code as the 行次, the figures from 本年支出合计 on', () => {
    const r = exp.rows.find((x) => x.code === '2101199');
    expect(value(r, '本年支出合计')).toBe('4282900');
    expect(value(r, '基本支出')).toBe('3740000');
    expect(value(r, '项目支出')).toBe('542900');
    expect(value(r, '上缴上级支出') ?? null).toBeNull();
  });
  it('leaves no row named 出', () => {
    expect(exp.rows.some((x) => x.name === '出')).toBe(false);
  });
});
