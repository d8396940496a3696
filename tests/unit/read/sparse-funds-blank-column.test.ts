/**
 * A sparse 部门收入总表 whose fullest rows leave one fund blank, in `pdftotext -layout` output
 * (tests/fixtures/text-forms/sparse-funds-blank-column.pdftotext.txt: source lines 72–89 of
 * synth-140100-jiaoyuju-2019-budget-00081). The header names five value columns (合计, 上年结转, 一般公共预算拨款收入,
 * 事业收入, 其他收入); the fullest rows print four figures one space apart, and 其他收入 is blank in every row (no 栏次 row). By
 * position the four figure columns stand under the first four words and the blank 其他收入 right of them; nothing is
 * to be read again by the order of the figures. Expected cells read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a sparse table whose full rows leave a fund blank', () => {
  const { at, header } = readTextFormFixture('sparse-funds-blank-column.pdftotext.txt');

  it('keeps the five value columns in the header’s order', () => {
    expect(header(3).slice(2)).toEqual(['合计', '上年结转', '一般公共预算拨款收入', '事业收入', '其他收入']);
  });

  it('places a full row’s four figures under 合计, 上年结转, 一般公共预算拨款收入 and 事业收入 (201, line 7)', () => {
    expect(at(7).cells).toEqual(['201', '一般公共服务支出', '1652965.71', '9695.16', '1639840.54', '3430.01', '']);
  });

  it('places a row of two figures under 合计 and 一般公共预算拨款收入 (201 01 人大事务, line 8)', () => {
    expect(at(8).cells).toEqual(['201 01', '人大事务', '540000.00', '', '540000.00', '', '']);
  });

  it('places a row of three figures under 合计, 一般公共预算拨款收入 and 事业收入 (205 教育支出, line 14)', () => {
    expect(at(14).cells).toEqual(['205', '教育支出', '844143.75', '', '841878.00', '2265.75', '']);
  });
});
