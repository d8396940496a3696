/**
 * A sparse 收入决算表 whose squeezed header line sets its total word and the next word side by side over the first
 * column of figures (`本年收入合计 财政拨款收入` at 21–34 over figures at 22–32 and 33–43), real `pdftotext -layout`
 * lines (copied as they are) of /work/corp3/pdf6 synth-410400-gongxinju-2017-final-00035, lines 72–82. Every row prints
 * two equal figures: its total and the one fund it came from. The header words are read by order onto the figure
 * columns (`header-placing.ts` `alignDriftingHeaders`); the total word never stays a blank column beside figures of its
 * parts. Expected cells read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TOTAL_BESIDE_FUND = [
  '                              表二 收入决算表',
  '       科目编码                                 上级 事业 经营 附属',
  '                     本年收入合计 财政拨款收入 补助 收入 收入 单位          其他',
  '                                                     上缴 收入',
  ' 类 款 项       科目名称                           收入       收入',
  '201       一般公共服务支出    5306179.28 5306179.28',
  '201 01    人大事务        1582179.34 1582179.34',
  '201 01 02 一般行政管理事务    1582179.34 1582179.34',
  '201 11    纪检监察事务      3723999.94 3723999.94',
  '201 11 01 行政运行        2370000.00 2370000.00',
  '201 11 02 一般行政管理事务    1353999.94 1353999.94',
].join('\n');

describe('a sparse income table whose total word stands beside the next word over the first figures', () => {
  const { at } = readFixture(TOTAL_BESIDE_FUND);

  it('puts the first figure of each row under 本年收入合计 and the second under 财政拨款收入 (lines 6 and 7)', () => {
    expect(at(2).cells.slice(2)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    expect(at(6).cells).toEqual(['201', '一般公共服务支出', '5306179.28', '5306179.28', '', '', '', '', '']);
    expect(at(7).cells).toEqual(['201 01', '人大事务', '1582179.34', '1582179.34', '', '', '', '', '']);
  });
});
