/**
 * A squeezed 支出决算表 (`pdftotext -layout`) whose narrow header cells wrap over many lines: the rest `费` of
 * `公用经` is drawn at the header's foot seven lines below it, and `单位补` / `助支出` of `对附属` eight lines below
 * it; `本年支出` over `合计` is the wrapped total word over its own figures, heading none of the parts beside it: the
 * column 本年支出合计 (the generator's truth for the document these lines are cut from, seed 28 index 40,
 * synth-410800-shengtaiju-2017-final-00040, names the 总计 row's 28598500 at its line 124 `本年支出合计`).
 * Fixture: lines 111–128 of a pdf28 corpus document, values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`焦作市生态环境局\n2017年度部门决算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

// Lines 4–21: year 4, department 5, title 6, header 7–16, rows 17–21.
const d = doc(`                                                   2017年度
部门名称：焦作市生态环境局                                                                 单位：万元
                                               表三 支出决算表
       项目                          其中：基本支出                            对附属
      科目名称     行次 本年支出
                     合计       小计 人员经费 公用经
                                                      项目支
                                                       出
                                                            上缴上
                                                            级支出
                                                                 经营支
                                                                  出   单位补
                                                费                     助支出
总计                1 2,859.85 2,142.45 1,799.66 342.79 717.40 0.00 0.00 0.00
一般公共服务支出          2 651.65 415.72 349.21 66.52 235.93 0.00 0.00 0.00
 纪检监察事务           3 651.65 415.72 349.21 66.52 235.93 0.00 0.00 0.00
  行政运行            4 415.72 415.72 349.21 66.52 0.00 0.00 0.00 0.00
  一般行政管理事务        5 235.93       0.00     0.00 0.00 235.93 0.00 0.00 0.00
`);

describe('a squeezed 支出决算表 whose header words rest far below their starts', () => {
  const t = d.tables.find((x) => x.kind === 'final_expenditure')!;
  const at = (n: number) => t.rows.find((x) => x.line === n);
  it('reads the 总计 row (line 17) with 公用经费 and 项目支出 in their own columns', () => {
    expect(value(at(17), '本年支出合计')).toBe('28598500');
    expect(value(at(17), '其中：基本支出/小计')).toBe('21424500');
    expect(value(at(17), '其中：基本支出/人员经费')).toBe('17996600');
    expect(value(at(17), '其中：基本支出/公用经费')).toBe('3427900');
    expect(value(at(17), '项目支出')).toBe('7174000');
    expect(value(at(17), '对附属单位补助支出')).toBe('0');
  });
  it('reads line 21 (一般行政管理事务) as project spending', () => {
    expect(value(at(21), '本年支出合计')).toBe('2359300');
    expect(value(at(21), '其中：基本支出/公用经费')).toBe('0');
    expect(value(at(21), '项目支出')).toBe('2359300');
  });
});
