/**
 * A 收入决算表 whose second header line pdftotext packed one space apart at its start only: `合计 收入 助收入 入` stand
 * one space after one another, left of the cells they close (`本年收入` / `合计`, `财政拨款` / `收入`, `上级补` /
 * `助收入`, `事业收` / `入`), the first even over the 行次 numbers, while the line's last pieces (`入 位上缴 入`) stand
 * under their words. The rows print three figures of seven, so no full row shows the columns; the header's other
 * lines do. The packed pieces are put back in order, each under its column's word. Lines as `pdftotext -layout` wrote
 * them (a 阳泉市 bureau's 2016 final accounts, 表二); values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value ?? null;

// Lines 4–13: department 4, title 5, header 6–8, rows 9–13.
const d = ingestBody(
  `2016年度\n阳泉市交通运输局部门决算`,
  `部门：阳泉市交通运输局                                                      单位：万元
                              表二 收入决算表
           科目编码                本年收入    财政拨款    上级补 事业收   经营收 附属单 其他收
                          行次 合计 收入 助收入 入                  入  位上缴 入
 类 款 项          科目名称                                         收入
201       一般公共服务支出           1 2010.78 2006.20      4.58
201 01    人大事务               2 365.25 365.25
201 01 01 行政运行               3 365.25 365.25
201 03    政府办公厅（室）及相关机构事务    4 475.86 475.57        0.29
201 03 02 一般行政管理事务           5 26.41 26.41
`,
);

describe('a header line packed one space apart at its start only', () => {
  const income = d.tables.find((t) => t.kind === 'final_income')!;
  it('reads the seven value columns, 本年收入合计 to 其他收入, and no 行次 as a value column', () => {
    const paths = income.rows[0]!.cells.map((c) => c.column);
    expect(paths).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });
  it('puts line 9 (行次 1) as 2010.78 total, 2006.20 财政拨款收入, 4.58 事业收入', () => {
    const r = income.rows.find((x) => x.line === 9);
    expect(r?.code).toBe('201');
    expect(value(r, '本年收入合计')).toBe('20107800');
    expect(value(r, '财政拨款收入')).toBe('20062000');
    expect(value(r, '事业收入')).toBe('45800');
    expect(value(r, '上级补助收入')).toBeNull();
  });
  it('puts line 12 as 475.86 total, 475.57 财政拨款收入, 0.29 事业收入', () => {
    const r = income.rows.find((x) => x.line === 12);
    expect(value(r, '本年收入合计')).toBe('4758600');
    expect(value(r, '财政拨款收入')).toBe('4755700');
    expect(value(r, '事业收入')).toBe('2900');
  });
});
