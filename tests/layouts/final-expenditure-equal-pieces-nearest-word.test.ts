/**
 * A 支出决算表 (`pdftotext -layout`) whose six narrow header cells wrap over five lines and whose rows print three
 * figures at most (zeros left blank): the header carries two pieces `出`, one under `项目支` (its rest: 项目支出) and
 * one at the header's foot under `助支` (the rest of 对附属单位补助支出). Both readings that hand the two `出` out give
 * the same words at the same anchors; the one whose pieces stand nearest their anchors is the header's, and the rows'
 * figures fall under 本年支出合计, 基本支出 and 项目支出, never under 上缴上级支出, 经营支出 or 对附属单位补助支出.
 * Fixture: lines 137–160 of a pdf55 corpus document (page number dropped), values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`焦作市中站区生态环境局\n2015年度部门决算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

// Lines 4–27: year 4, department 5, title 6, header 7–11, rows 12–27.
const d = doc(`                                    2015年度
部门名称：焦作市中站区生态环境局                               单位：万元
                               表3 支出决算表
     项目                                   对附
                本年支出 基本支出 项目支 上级 经营 属单 上缴
                 合计              出 支出 支出 位补
                                          助支
    科目名称                                  出
一般公共服务支出        1,242.47 797.44 445.03
 政府办公厅（室）及相关机    892.17   660.84 231.33
 构事务
  行政运行           339.84   339.84
  信访事务           231.33            231.33
  事业运行           321.00   321.00
 纪检监察事务          350.30   136.60 213.70
  行政运行           136.60   136.60
  一般行政管理事务       213.70          213.70
社会保障和就业支出        620.68   430.10 190.57
 行政事业单位养老支出       72.52    72.52
  事业单位离退休         72.52    72.52
 抚恤              341.90   279.02 62.89
  死亡抚恤           341.90   279.02 62.89
 其他社会保障和就业支出     206.26    78.57 127.68
  其他社会保障和就业支出    206.26    78.57 127.68
`);

describe('a header whose two equal pieces `出` end two words', () => {
  const t = d.tables.find((x) => x.kind === 'final_expenditure')!;
  const at = (n: number) => t.rows.find((x) => x.line === n);
  it('reads the six columns the header names', () => {
    expect(t.columns).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });
  it('reads line 12 (一般公共服务支出) as 合计, 基本支出 and 项目支出', () => {
    expect(value(at(12), '本年支出合计')).toBe('12424700');
    expect(value(at(12), '基本支出')).toBe('7974400');
    expect(value(at(12), '项目支出')).toBe('4450300');
    expect(value(at(12), '上缴上级支出')).toBeNull();
    expect(value(at(12), '对附属单位补助支出')).toBeNull();
  });
  it('reads line 16 (信访事务) as project spending and line 15 (行政运行) as basic spending', () => {
    expect(value(at(16), '本年支出合计')).toBe('2313300');
    expect(value(at(16), '基本支出')).toBeNull();
    expect(value(at(16), '项目支出')).toBe('2313300');
    expect(value(at(15), '基本支出')).toBe('3398400');
    expect(value(at(15), '项目支出')).toBeNull();
  });
  it('reads line 24 (抚恤)', () => {
    expect(value(at(24), '本年支出合计')).toBe('3419000');
    expect(value(at(24), '基本支出')).toBe('2790200');
    expect(value(at(24), '项目支出')).toBe('628900');
  });
});
