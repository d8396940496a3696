/**
 * A 收入决算表 header whose 财政拨款（补助）收入 cell wraps over three lines, `财政拨款` / `（补助）收` / `入`: the line is
 * broken before the opening bracket (a line never ends with one), so its first line is shorter than its second. Its
 * first line is still the start of that column's word, not a group word over 本年收入合计 beside it. Trimmed
 * `pdftotext -layout` output of Chromium-printed generator HTML (a 2016 决算 of a 生态环境局); values read by hand from
 * the text: each row's first figure is its 本年收入合计, the second its 财政拨款（补助）收入, the one far right its 其他收入.
 */
import { describe, expect, it } from 'vitest';
import { finalIncome, HEADER_PAGE, NOTE } from './income-bracket-header-pages.ts';

const income = finalIncome(HEADER_PAGE + NOTE);
const value = (code: string | null, name: string, col: string) =>
  income.rows.find((r) => (r.code ?? null) === code && r.name === name)?.cells.find((c) => c.column === col)?.value ?? null;

describe('a header word broken before its opening bracket', () => {
  it('names the seven value columns, 本年收入合计 under no group word', () => {
    expect(income.rows[0]!.cells.map((c) => c.column)).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });
  it('reads 总计 as 2392660.35 total, 2382521.45 财政拨款（补助）收入, 10138.90 其他收入', () => {
    expect([value(null, '总计', '本年收入合计'), value(null, '总计', '财政拨款（补助）收入'), value(null, '总计', '其他收入')]).toEqual(['2392660.35', '2382521.45', '10138.9']);
  });
  it('reads 2010301 行政运行 as 130000.00 total and 财政拨款（补助）收入, 其他收入 blank', () => {
    expect([value('2010301', '行政运行', '本年收入合计'), value('2010301', '行政运行', '财政拨款（补助）收入'), value('2010301', '行政运行', '其他收入')]).toEqual(['130000', '130000', null]);
  });
});
