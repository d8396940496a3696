/**
 * A group word over its subtotal in real `pdftotext -layout` output: tests/fixtures/text-forms/group-over-subtotal.pdftotext.txt
 * is the 支出决算表 of synth-410100-jiaoyuju-2015-final-00012 (source lines 141–152, Chromium → pdftotext -layout).
 * The printed HTML heads it `本年支出合计 | 其中：基本支出 (colspan 3: 小计 | 人员经费 | 公用经费) | 项目支出 | 上缴上级支出 |
 * 经营支出 | 对附属单位补助支出`; squeezed, `其中：基本支出` (line 2) stands over `小计` only (line 3), and the vocabulary
 * also knows `基本支出小计` as one word. Expected cells are read by hand from that HTML; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

const { at, header } = readTextFormFixture('group-over-subtotal.pdftotext.txt');

describe('a group word squeezed over its subtotal (其中：基本支出 over 小计)', () => {
  it('reads 小计 as a member column under the group, never as part of the group name (lines 2–4)', () => {
    expect(header(2)).toEqual([
      '项目/功能分类科目编码',
      '项目/科目名称',
      ...EXPENDITURE_COLUMNS,
    ]);
  });

  it('puts the figures of the total and of 201 under those columns (lines 6–7)', () => {
    expect(at(6).cells.slice(2)).toEqual(['1,411,403.88', '1,060,957.98', '986,690.88', '74,267.10', '350,445.90', '', '', '']);
    expect(at(7).cells).toEqual(['201', '一般公共服务支出', '411,319.09', '330,535.30', '307,397.82', '23,137.48', '80,783.79', '', '', '']);
  });
});
