/**
 * A 部门支出总表 row printing zeros only, its 合计 left blank (`纪检监察事务  8      0.00   0.00`): no placement of its
 * printed positions holds the identities (合计 is required), and reading its figures in order instead tells nothing —
 * zeros hold every identity in any order —, so the zeros stay where they are printed (人员经费, 项目支出), the
 * mismatch reported, rather than moved to 合计 and the columns after it. Fixture: /work/corp3/pdf31
 * synth-140300-shangwuju-2018-budget-00068, lines 112–132 (the fixture's lines 4–24); values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`阳泉市商务局\n2018年度部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

const d = doc(`部门：阳泉市商务局                                                                单位：万元
  附件1-3
                                             部门支出总表
              科目编码                               其中：基本支出         项目支
类 款 项                科目名称       行次   合计      小计     人员经    公用经    出
                                                     费      费
              总计                  1 156.80   126.73 102.65 24.08 30.07
201           一般公共服务支出            2 38.91     31.91 25.85 6.06 6.99
201 01         人大事务               3 16.99     16.00 12.96 3.04 0.99
201 01   01      行政运行             4 16.00     16.00 12.96 3.04 0.00
201 01   02      一般行政管理事务         5 0.99       0.00         0.00 0.99
201 03         政府办公厅（室）及相关机构      6 4.21       4.21 3.41 0.80 0.00
               事务
201 03   01      行政运行             7 4.21       4.21 3.41 0.80 0.00
201 11         纪检监察事务             8                   0.00        0.00
201 11   01      行政运行             9                   0.00 0.00
201 32         组织事务              10 17.70     11.70 9.48 2.22 6.00
201 32   99      其他组织事务支出        11 17.70     11.70 9.48 2.22 6.00
208           社会保障和就业支出          12 51.05     43.92 35.58 8.34 7.13
208 05         行政事业单位养老支出        13 12.83     11.00 8.91 2.09 1.83
208 05   99      其他行政事业单位养老支出    14 12.83     11.00 8.91 2.09 1.83
`);

describe('a 部门支出总表 row of zeros only, its 合计 blank, keeps its zeros where printed', () => {
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  const at = (n: number) => t.rows.find((x) => x.line === n);
  it('reads 纪检监察事务 (line 18) with 0.00 under 人员经费 and 项目支出, 合计 blank', () => {
    expect(value(at(18), '合计')).toBeNull();
    expect(value(at(18), '基本支出/人员经费')).toBe('0');
    expect(value(at(18), '基本支出/公用经费')).toBeNull();
    expect(value(at(18), '项目支出')).toBe('0');
  });
  it('reads 行政运行 (line 19) with 0.00 under 人员经费 and 公用经费, 合计 and 基本支出 blank', () => {
    expect(value(at(19), '合计')).toBeNull();
    expect(value(at(19), '基本支出/小计')).toBeNull();
    expect(value(at(19), '基本支出/人员经费')).toBe('0');
    expect(value(at(19), '基本支出/公用经费')).toBe('0');
  });
  it('still reads a full row by its identities (组织事务, line 20)', () => {
    expect(value(at(20), '合计')).toBe('177000');
    expect(value(at(20), '项目支出')).toBe('60000');
  });
});
