/**
 * An empty 政府性基金预算财政拨款收入支出决算表 in 万元: six columns (年初结转和结余, 本年收入, 本年支出 with 小计,
 * 基本支出 and 项目支出, 年末结转和结余), their words broken over three lines and squeezed one space apart, a 栏次 row
 * `1 2 3 4 5 6` squeezed as well, and one row, 合计, printing one figure, `0.0`, right of every number. The numbers
 * place nothing (the figure stands beyond the last), so the figure goes under the column whose word's rightmost piece
 * starts at or left of it: 年末结转和结余. The header reads as six columns, five more than the row's one figure.
 * Fixture from `pdftotext -layout` output; values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { GOV_FUND_COLUMNS, ingestBody } from '../helpers.ts';

const doc = ingestBody(
  `2018年度\n测试市工业和信息化局部门决算`,
  `
2018年度部门决算表                    政府性基金预算财政拨款收入支出决算表
                      2018年度
部门：测试市工业和信息化局                             单位：万元
    科目编码    年初      本年支出    年末
         科目 结转 本年    基本  项目 结转
            和结 收入 小计 支出 支出 和结
 类 款 项 名称 余                 余
         栏次 1 2 3 4 5 6
         合计                  0.0
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。本表金额转换为万
`,
);
const t = doc.tables.find((x) => x.kind === 'final_gov_fund')!;
const total = t?.rows.find((r) => r.name === '合计');
const value = (col: string) => total?.cells.find((c) => c.column === col)?.value ?? null;

describe('the one figure of an empty 政府性基金 table under six squeezed columns', () => {
  it('keeps the six columns its header names, the five the row leaves blank printing nothing', () => {
    expect(t.columns).toEqual(GOV_FUND_COLUMNS);
    expect(total?.cells.filter((c) => c.value !== null).map((c) => c.column)).toEqual(['年末结转和结余']);
  });
  it('reads the 合计 row (line 13)', () => {
    expect(total?.line).toBe(13);
  });
  it('reads 0.0 under 年末结转和结余', () => {
    expect(value('年末结转和结余')).toBe('0');
  });
});
