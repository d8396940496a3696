/**
 * A 收入决算表 whose seven income words pdftotext scattered over four header lines and ran two cells together:
 * `单位经营` is one piece holding 附属单位上缴收入's `单位` and 经营收入's `经营` (each a piece of some value word, and
 * together a piece of `事业单位经营收入`, which the header's characters cannot spell beside 事业收入), `（补助）收` is
 * drawn left of its `财政拨款`, and 经营收入's `收入` stands left of `单位经营` on its line. No exact cover reads the
 * pieces whole; with the glued piece cut in two, `单位` | `经营`, one cover reads the seven words, and every row prints
 * its seven figures one space apart, read in order. Fixture trimmed from `pdftotext -layout` output; values read by
 * hand (元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = ingestBody(
  `2018年度\n测试市工业和信息化局部门决算`,
  `部门名称：测试市工业和信息化局                                                         金额单位：元
                                   收入决算表
                                                                           公开02表
              项目                       财政拨款 上级                     附属
                          本年收入合 （补助）收            补助 事业收入 收入 单位经营        其他
功能分类科            科目名称         计          入       收入                上缴   收入
  目编码                                                              收入
                  栏次           1          2       3     4      5 6 7
          合计               185874.63 185498.88 0.00 375.75 0.00 0.00 0.00
201       一般公共服务支出          127194.60 127194.60 0.00 0.00 0.00 0.00 0.00
201 01    人大事务               127194.60 127194.60 0.00 0.00 0.00 0.00 0.00
201 01 02 一般行政管理事务           127194.60 127194.60 0.00 0.00 0.00 0.00 0.00
205       教育支出               58680.03 58304.28 0.00 375.75 0.00 0.00 0.00
205 08    进修及培训              58680.03 58304.28 0.00 375.75 0.00 0.00 0.00
205 08 01 教师进修               58680.03 58304.28 0.00 375.75 0.00 0.00 0.00
`,
);
const t = doc.tables.find((x) => x.kind === 'final_income')!;
const row = (code: string) => t.rows.find((r) => r.code === code);
const total = t.rows.find((r) => r.name === '合计');
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('two header cells run into one piece of a word', () => {
  it('reads the seven income columns by their words, in order', () => {
    expect(t.columns).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });
  it('reads 合计: 185874.63 total, 185498.88 财政拨款, 375.75 事业收入, 0.00 经营收入', () => {
    expect(value(total, '本年收入合计')).toBe('185874.63');
    expect(value(total, '财政拨款（补助）收入')).toBe('185498.88');
    expect(value(total, '事业收入')).toBe('375.75');
    expect(value(total, '经营收入')).toBe('0');
  });
  it('reads 2050801 教师进修: 58680.03 total, 58304.28 财政拨款, 0.00 上级补助收入, 375.75 事业收入, 0.00 其他收入', () => {
    expect(value(row('2050801'), '本年收入合计')).toBe('58680.03');
    expect(value(row('2050801'), '财政拨款（补助）收入')).toBe('58304.28');
    expect(value(row('2050801'), '上级补助收入')).toBe('0');
    expect(value(row('2050801'), '事业收入')).toBe('375.75');
    expect(value(row('2050801'), '附属单位上缴收入')).toBe('0');
    expect(value(row('2050801'), '其他收入')).toBe('0');
  });
  it('reports no header broken or run together, and leaves no figure unread', () => {
    const codes = ['header_words_broken', 'header_words_run_together', 'unaccounted_number'];
    expect(doc.problems.filter((p) => codes.includes(p.code))).toEqual([]);
  });
});
