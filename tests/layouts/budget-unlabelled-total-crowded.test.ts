/**
 * A budget expenditure table whose unlabelled 合计 row (pdftotext dropped the label) prints its figures first, under a
 * header the reader could not rebuild: two of its figures fell into one cell (`439.7 90.7`). A cell of figures is no
 * name, so the row is still the table's unlabelled total, read in order after the labelled rows' name column. Lines cut
 * from the converted text of a generated PDF (synth-410100-chengguanju-2017-budget-00042, 预算03表 部门支出总表, its
 * lines 97–123; a synthetic department and figures); values read by hand (万元 × 10,000).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';

const TEXT = `2017年
郑州市城市管理局部门预算

部门名称：郑州市城市管理局                                                                                       单位：万元
  预算03表
                                         部门支出总表
                                                        基本支出                      项目支出
  科目编码
            单位代                                      人员经费          公用经费
                   单位（科目名称）       合计
             码                           小计 工资福利 对个人和 商品和 资本性 小计 其他运               转类 标类
                                                                                         特定目
类 款 项                                             支出 家庭的补        服务支 支出
                                                           助      出
                               3,171.0   2,651.7 1,063.5 1,057.9 439.7 90.7 519.3 322.1 197.3
            410001 郑州市城市管理局本级   927.6      772.9 310.0 308.4 128.2 26.4 154.6 60.3 94.3
201 32 99          其他组织事务支出     508.8      354.2 142.0 141.3 58.7 12.1 154.6 60.3 94.3
212 01 01          行政运行          418.8     418.8 167.9 167.1 69.4 14.3
            410002 郑州市城市管理信息中心 572.1       533.2 213.8 212.7 88.4 18.2 38.9 12.6 26.3
208 08 01          死亡抚恤         339.8      306.9 123.1 122.4 50.9 10.5 32.9 10.5 22.4
212 01 99          其他城乡社区管理事务支 232.4       226.3 90.8 90.3 37.5         7.7   6.0    2.1   3.9
                   出
            410003 郑州市城市管理综合行政
                   执法支队          871.7    740.6      297.0   295.5   122.8   25.3   131.1   124.5   6.6
208 99 99          其他社会保障和就业支出 405.4      274.3      110.0   109.4    45.5    9.4   131.1   124.5   6.6
221 02 01          住房公积金        466.3     466.3      187.0   186.0    77.3   15.9


                                              5/15
          410004 郑州市城市管理发展研究
`;

describe('an unlabelled 合计 row printed first, two of its figures in one cell', () => {
  const d = ingestText({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = d.tables.find((x) => x.kind === 'budget_expenditure')!;
  const total = t.rows.find((r) => r.line === 15);

  it('reads line 15 as the 合计, not as a row named by its figures', () => {
    expect(total?.name).toBe('合计');
    expect(d.problems.some((p) => p.code === 'total_without_label' && p.line === 15)).toBe(true);
  });

  it('reads its nine figures in order (3,171.0 … 197.3)', () => {
    expect(total?.cells.map((c) => c.value)).toEqual(['31710000', '26517000', '10635000', '10579000', '4397000', '907000', '5193000', '3221000', '1973000']);
  });

  it('leaves no figure of line 15 unread', () => {
    expect(d.problems.some((p) => p.line === 15 && (p.code === 'unaccounted_number' || p.code === 'ambiguous_placement'))).toBe(false);
  });
});
