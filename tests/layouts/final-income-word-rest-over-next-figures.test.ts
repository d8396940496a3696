/**
 * A squeezed 收入决算表 whose narrow 财政拨款（补助）收入 cell pdftotext printed as `财政拨款` over `（补助）`, its last
 * line `收入` written a few characters right of `（补助）`, over where the 上级补助收入 figures squeezed left stand.
 * Read by position, `收入` headed a column of its own holding those figures, and every word after it took the column
 * one right of its own: a zero of 上级补助收入 read as 收入, one of 事业收入 as 上级补助收入, and so on
 * (`rest-column.ts`). The header names one column more than any row prints figures, and `财政拨款（补助）` +
 * `收入` is a longer form of 财政拨款（补助） (`收入` + `上级补助收入` no word): joined, the seven words head the
 * seven figure columns. Real `pdftotext -layout` lines (copied as they are) of a seed 46 document printed with
 * `tools/gen.mts` (synth-410800-nongyeju-2018-final-00060, lines 91–113); expected cells read by hand from the
 * lines (a lone zero under the word it stands under; the row of seven figures in the header's order).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`焦作市农业农村局\n2018年度部门决算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

// Lines 4–26: title 4, year 6, department 7, header 8–12, rows 13–26.
const d = doc(`                                       收入决算表
                                                                公开02表
                                         2018年度
部门：焦作市农业农村局                                                     单位：万元
         项目
                 本年收入 财政拨款         上级补 事业收   经营收   附属单 其他收
功能分类       科目名称   合计 （补助）  收入      助收入  入     入    位上缴 入
                                                   收入
科目编码
        合计       4,673.09 4,673.09      0.00             0.00
201     一般公共服务支出 1,448.31 1,448.31      0.00 0.00
20101 人大事务         123.33 123.33              0.00 0.00
2010101 行政运行        84.57 84.57         0.00        0.00
2010102 一般行政管理事务    38.76 38.76 0.00          0.00
20103 政府办公厅（室）及
        相关机构事务     174.16 174.16              0.00
2010350 事业运行       174.16 174.16 0.00 0.00          0.00
20111 纪检监察事务       548.00 548.00                    0.00
2011101 行政运行       339.00 339.00                    0.00 0.00
2011102 一般行政管理事务   209.00 209.00 0.00 0.00 0.00 0.00 0.00
20132 组织事务         602.82 602.82 0.00 0.00 0.00
2013201 行政运行       354.78 354.78 0.00         0.00       0.00
2013299 其他组织事务支出   248.04 248.04 0.00         0.00       0.00
`);

describe('a 收入决算表 whose 财政拨款（补助） rest 收入 is drawn right of it, over the next figures', () => {
  const t = d.tables.find((x) => x.kind === 'final_income')!;
  const at = (code: string) => t.rows.find((x) => x.code === code);
  it('reads seven value columns, 财政拨款（补助）收入 one of them', () => {
    expect(t.columns).not.toContain('收入');
    expect(t.columns.filter((c) => !/行次|栏次/.test(c))).toHaveLength(7);
    expect(value(at('2011102'), '财政拨款（补助）收入')).toBe('2090000');
  });
  it('reads the row of seven figures in the header order', () => {
    const r = at('2011102');
    expect(value(r, '本年收入合计')).toBe('2090000');
    for (const col of ['上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']) expect(value(r, col)).toBe('0');
  });
  it('reads the 合计 row (line 13): its zeros under 事业收入 and 其他收入', () => {
    const r = t.rows.find((x) => x.line === 13);
    expect(value(r, '本年收入合计')).toBe('46730900');
    expect(value(r, '事业收入')).toBe('0');
    expect(value(r, '其他收入')).toBe('0');
    expect(value(r, '上级补助收入')).toBeNull();
  });
  it('reads a zero under the rest as 上级补助收入 (line 17) and zeros under their own words', () => {
    expect(value(at('2010102'), '上级补助收入')).toBe('0');
    expect(value(at('2010102'), '经营收入')).toBe('0');
    expect(value(at('2010102'), '事业收入')).toBeNull();
    expect(value(at('20101'), '经营收入')).toBe('0');
    expect(value(at('20101'), '附属单位上缴收入')).toBe('0');
  });
});
