/**
 * A page continuing a table without its header, drawn a few characters left of the page before, none of its rows
 * filling every value column: its 行次 numbers, right-aligned in their narrow cell, end where the table's 行次 column
 * ends, so they say how far the page moved (`row-number-shift.ts`, used by `figure-order.ts` `orderShift`). Trimmed
 * from real `pdftotext -layout` output: the 支出决算表 of 焦作市中站区农业农村局 2016 决算
 * (synth-410803-nongyeju-2016-final-00027 of the kept corpus pdf53, its lines 118–124, 125, 128, 129, 133, 136–140,
 * 143, 145). Page 1 prints its 行次 ending at character 32; page 2 prints 13 … 20 ending at 27 or 28, its figures five
 * characters left too. Values read by hand from the text (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Row } from '../../src/lib/model/table.ts';

const TEXT = `\f                                 表3 支出决算表
                                    2016年度
部门名称：焦作市中站区农业农村局                                                    单位：万元
         科目编码                    本年支    基本支    项目支    上缴上 经营支 对附属
                            行次 出合计 出            出 级支出 出 单位补
 类 款 项        科目名称                                            助支出
                               1 8831.7 7815.2 1016.5
201           一般公共服务支出         2 790.2 790.2
208           社会保障和就业支出        5 2396.0 1775.7 620.3
208 08        抚恤               6 1564.4 1079.0 485.5
210           卫生健康支出          10 2986.7 2590.5 396.3

                                     —8—
\f210 11 03 公务员医疗补助        13 638.4 638.4
210 11 99 其他行政事业单位医疗支出   14 1561.0 1164.7 396.3
213       农林水支出          15 420.6 420.6
221       住房保障支出         18 2238.2 2238.2
221 02 02 提租补贴           20 2238.2 2238.2
`;

const d = ingestText({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value ?? null;

describe('a continued page drawn left of its header, placed by its row numbers', () => {
  const t = d.tables.find((x) => x.kind === 'final_expenditure')!;
  const named = (code: string) => t.rows.find((r) => r.code === code);
  it('reads the second page\'s row of one figure pair as total and basic spending, never its 行次', () => {
    expect(value(named('2101103'), '本年支出合计')).toBe('6384000');
    expect(value(named('2101103'), '基本支出')).toBe('6384000');
    expect(value(named('2101103'), '项目支出')).toBeNull();
  });
  it('reads the second page\'s row of three figures into total, basic and project spending', () => {
    expect(value(named('2101199'), '本年支出合计')).toBe('15610000');
    expect(value(named('2101199'), '基本支出')).toBe('11647000');
    expect(value(named('2101199'), '项目支出')).toBe('3963000');
    expect(value(named('2101199'), '上缴上级支出')).toBeNull();
  });
  it('reads the last rows of the page by the same shift', () => {
    expect(value(named('213'), '本年支出合计')).toBe('4206000');
    expect(value(named('2210202'), '本年支出合计')).toBe('22382000');
    expect(value(named('2210202'), '基本支出')).toBe('22382000');
  });
  it('keeps the first page as it was read', () => {
    expect(value(named('208'), '本年支出合计')).toBe('23960000');
    expect(value(named('208'), '项目支出')).toBe('6203000');
  });
});
