/**
 * A squeezed 收入决算表 whose narrow 本年收入合计 cell pdftotext printed as `本年收入` over `合计`, the lower line
 * written left of the upper one, over the 行次 column's end (`行次 合计`), `本年收入` itself over where the 财政拨款
 * figures squeezed left stand. Read by position, `合计` headed the totals and `本年收入` a column of its own holding
 * the 财政拨款 figures, every word after it one column right of its own figures: a zero of 上级补助收入 read as
 * 财政拨款收入 (`rest-column.ts`). The header names more columns than any row prints figures (six of seven at
 * most), and `本年收入` + `合计` is a longer form of 本年收入 (`合计` ends no word left of it): joined, the seven
 * words head the figure columns. Real `pdftotext -layout` lines (copied as they are): /work/corp3/pdf56
 * synth-410803-jiaoyuju-2017-final-00047, lines 76–93; expected cells read by hand (a figure one space after the
 * 财政拨款 figure in the next column; one standing apart under the word it stands under).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`焦作市中站区教育局\n2017年度部门决算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

// Lines 4–21: title 4, year 5, department 6, header 7–9, rows 10–21.
const d = doc(`2017年度部门决算表                                                              收入决算表
                                      2017年度
部门：焦作市中站区教育局                                                             单位：万元
           项目            本年收入     财政拨款     上级补 事业收    经营收   附属单 其他收
 功能分类科        科目名称  行次 合计          收入      助收入  入      入    位上缴 入
  目编码                                                       收入
201       一般公共服务支出     1 1,304.43 1,304.01      0.42 0.00 0.00
201 01    人大事务         2 403.25 403.25 0.00
201 01 01 行政运行         3 403.25 403.25 0.00                       0.00
201 03    政府办公厅（室）及    4 652.61 652.61                 0.00 0.00 0.00
          相关机构事务
201 03 01 行政运行         5 361.00 361.00          0.00 0.00         0.00
201 03 08 信访事务         6 291.61 291.61 0.00                       0.00
201 11    纪检监察事务       7 248.56 248.14          0.42 0.00 0.00 0.00
201 11 02 一般行政管理事务     8 248.56 248.14          0.42 0.00
205       教育支出         9 221.89 219.79           2.10             0.00
205 08 进修及培训          10 221.89 219.79 0.00 2.10             0.00 0.00
205 08 03 培训支出        11 221.89 219.79           2.10 0.00
`);

describe('a 收入决算表 whose 本年收入 rest 合计 is drawn left of it, over the 行次 column', () => {
  const t = d.tables.find((x) => x.kind === 'final_income')!;
  const at = (code: string) => t.rows.find((x) => x.code === code);
  it('reads one 本年收入合计 column, seven value columns', () => {
    expect(t.columns).toContain('本年收入合计');
    expect(t.columns).not.toContain('本年收入');
    expect(t.columns).not.toContain('合计');
    expect(t.columns.filter((c) => !/行次|栏次/.test(c))).toHaveLength(7);
  });
  it('reads the totals and the 财政拨款 figures in their own columns', () => {
    expect(value(at('201'), '本年收入合计')).toBe('13044300');
    expect(value(at('201'), '财政拨款收入')).toBe('13040100');
    expect(value(at('20101'), '本年收入合计')).toBe('4032500');
    expect(value(at('20101'), '财政拨款收入')).toBe('4032500');
  });
  it('reads a zero one space after the 财政拨款 figure as 上级补助收入', () => {
    expect(value(at('20101'), '上级补助收入')).toBe('0');
    expect(value(at('20508'), '上级补助收入')).toBe('0');
    expect(value(at('20508'), '事业收入')).toBe('21000');
  });
});
