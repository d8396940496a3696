/**
 * Of the placements leaving room for the blank columns, the nearest; one putting a blank column between two figures a
 * full row prints touching is no candidate. Real `pdftotext -layout` output: synth-410700-zhujianju-2020-budget-00099
 * (pdf31), the 部门收入总表 (万元), lines 77–103 (some rows left out). Five value columns (合计 | 上年结转 |
 * 一般公共预算拨款收入 | 事业收入 | 其他收入) under a header squeezed narrower than the rows; the full rows
 * (住房保障支出, 住房改革支出) fill four, `28.91 0.67 28.06` touching, so the blank column is 事业收入 or 其他收入
 * (by the header's drift the nearest placement would put it under 上年结转, between 28.91 and 0.67 printed touching).
 * Values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const text = [
  '        项目                    一般公',
  '                   合计 上年结     共预算 事业收 其他收',
  '                         转 拨款收 入       入',
  '        科目名称                   入',
  '         栏次         1    2      3    4 5',
  '一般公共服务支出           31.87       31.80   0.07',
  ' 人大事务              11.23       11.23',
  '  行政运行              3.00        3.00',
  '  一般行政管理事务          5.22        5.15   0.07',
  '社会保障和就业支出          29.75       29.75',
  ' 行政事业单位医疗          29.85       29.51   0.33',
  '  行政运行             12.90       12.80   0.10',
  '住房保障支出             28.91 0.67 28.06    0.18',
  ' 住房改革支出            28.91 0.67 28.06    0.18',
].join('\n');

describe('figures a full row prints touching take no blank column between them, whatever the header drift says', () => {
  const { at } = readFixture(text);

  it('reads 住房保障支出 as 合计, 上年结转, 一般公共预算拨款收入, 事业收入 blank, 其他收入 (line 13)', () => {
    expect(at(13).cells.slice(1)).toEqual(['28.91', '0.67', '28.06', '', '0.18']);
  });

  it('puts the second figure of 一般公共服务支出 under 一般公共预算拨款收入, 0.07 under 其他收入 (line 6)', () => {
    expect(at(6).cells.slice(1)).toEqual(['31.87', '', '31.80', '', '0.07']);
  });

  it('reads 人大事务 as 合计 and 一般公共预算拨款收入 (line 7)', () => {
    expect(at(7).cells.slice(1)).toEqual(['11.23', '', '11.23', '', '']);
  });
});
