/**
 * A 政府性基金 table the department leaves at zero, its header in narrow cells: `科目` over `名称` (科目名称) and
 * `年初` over `结转` over `和结` over `余` (年初结转和结余). pdftotext drew each lower piece two columns left, so
 * `名称` only touches `科目` and `和结` stands under `科目`'s end instead of under `年初`. `科目` and `年初结转` are
 * words of their own; the piece under-left of each lengthens it into a longer word (科目名称, 年初结转和结…), so it
 * is that word's rest, not a piece of the column it was drawn into. Lines as `pdftotext -layout` wrote them (a
 * 洛阳市 department's 2017 final accounts, 附表7); values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import { ingestBody } from '../helpers.ts';

// Lines 4–14: department 4, title 5, header 6–10, the 合计 row 11, notes 12–14.
const d = ingestBody(
  `2017年度\n洛阳市农业农村局部门决算`,
  `部门：洛阳市农业农村局                              单位：万元
          附表7 政府性基金预算财政拨款收入支出决算表
   科目编码     年初           本年支出      年末
            结转 本年                  结转
         科目
 类 款 项 名称 和结   收入 小计      基本  项目   和结
            余             支出  支出   余
         合计     0.00 0.00     0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。本表金额转换为万
元时，因四舍五入可能存在尾差。
  说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。
`,
);

describe('header rests drawn left of the words they lengthen', () => {
  const table = d.tables.find((t) => t.kind === 'final_gov_fund')!;
  const row = table?.rows.find((r) => r.line === 11);
  const value = (col: string) => row?.cells.find((c) => c.column === col)?.value ?? null;
  it('reads 年初结转和结余 as a column of its own, no unknown 科目和结余', () => {
    expect(d.problems.filter((p) => p.code === 'unknown_column')).toEqual([]);
    expect(row?.cells.map((c) => c.column)).toContain('年初结转和结余');
  });
  it('puts the four zeros of line 11 under 本年收入, 小计, 项目支出 and 年末结转和结余', () => {
    expect(row?.name).toBe('合计');
    expect(value('本年收入')).toBe('0');
    expect(value('本年支出/小计')).toBe('0');
    expect(value('本年支出/项目支出')).toBe('0');
    expect(value('年末结转和结余')).toBe('0');
  });
  it('leaves 年初结转和结余 and 基本支出 blank, as printed', () => {
    expect(value('年初结转和结余')).toBeNull();
    expect(value('本年支出/基本支出')).toBeNull();
  });
});
