/**
 * A 支出决算表 of a squeezed table no row fills on its first page, its second page printing one whole row
 * (synth-410803-jiaoyuju-2017-final-00047.txt of the pdf56 corpus, lines 121–163, `pdftotext -layout` of the printed
 * PDF). On the second page the first figures of each row are packed one space apart from the 本年支出合计 column on, and
 * the narrow last three cells (上缴上级支出, 经营支出, 对附属单位补助支出) each print a right-aligned 0.00 a gap after the
 * figure before. The whole row (住房保障支出, fixture line 36) prints a figure in each of the eight columns as four
 * runs, so its last three figures show where those columns' run-starting figures end on that page (characters 71, 78
 * and 85), and that a gap there holds no blank column (`src/lib/parse/read/whole-row-ends.ts`, used by
 * `run-starts.ts`). Before, the page's runs were left to the totals alone, which cannot tell where a zero stands: the
 * zeros were left unread and 其他社会保障和就业支出 (line 29) lost every figure. Expected values read by hand from the
 * text below (万元 × 10,000). Fixture line 1 is the fourth line of the text.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { EXPENDITURE_COLUMNS } from '../helpers.ts';

const at = (n: number) => n + 3;
const BODY = `2017年度部门决算表                                                                   支出决算表
                                       2017年度
部门：焦作市中站区教育局                                                                    单位：万元
           项目            本年支出           其中：基本支出           项目支    上缴上  经营支   对附属
 功能分类科        科目名称  行次 合计          小计      人员经费     公用经 出 级支出 出 单位补
  目编码                                                费                      助支出
201       一般公共服务支出     1 1,304.43 764.25 718.40 45.86 540.17 0.00            0.00
201 01    人大事务         2 403.25 403.25 379.06 24.20 0.00               0.00
201 01 01 行政运行         3 403.25 403.25 379.06 24.20 0.00               0.00
201 03    政府办公厅（室）及    4 652.61 361.00 339.34 21.66 291.61             0.00 0.00
          相关机构事务
201 03 01 行政运行         5 361.00 361.00 339.34 21.66 0.00 0.00
201 03 08 信访事务         6 291.61       0.00                291.61       0.00 0.00
201 11    纪检监察事务       7 248.56                0.00       248.56 0.00 0.00
201 11 02 一般行政管理事务     8 248.56       0.00                248.56 0.00 0.00 0.00
205       教育支出         9 221.89 187.69 176.43 11.26 34.20 0.00
205 08 进修及培训          10 221.89 187.69 176.43 11.26 34.20 0.00
205 08 03 培训支出        11 221.89 187.69 176.43 11.26 34.20 0.00 0.00
208       社会保障和就业支出   12 1,483.63 1,234.31 1,160.25 74.06 249.32       0.00
208 05 行政事业单位养老支
          出           13 526.09 526.09 494.52 31.57 0.00               0.00 0.00
208 05 02 事业单位离退休     14 84.00 84.00 78.96 5.04 0.00 0.00                    0.00
208 05 06 机关事业单位职业年
          金缴费支出       15 442.09 442.09 415.56 26.53               0.00 0.00

                                         -6-
208 08    抚恤         16 441.87 344.00 323.36 20.64 97.87                  0.00   0.00
208 08 01 死亡抚恤       17 441.87 344.00 323.36 20.64 97.87                         0.00
208 99    其他社会保障和就业  18 515.67 364.23 342.37 21.85 151.45          0.00          0.00
          支出
208 99 99 其他社会保障和就业
          支出         19 515.67 364.23 342.37 21.85 151.45          0.00          0.00
210       卫生健康支出     20 44.53 44.53 41.86 2.67 0.00                              0.00
210 11    行政事业单位医疗   21 44.53 44.53 41.86 2.67 0.00
210 11 01 行政单位医疗     22 44.53 44.53 41.86 2.67 0.00                0.00
221       住房保障支出     23 373.76 373.76 351.33 22.43 0.00            0.00   0.00   0.00
221 02    住房改革支出     24 373.76 373.76 351.33 22.43 0.00            0.00
221 02 01 住房公积金      25 373.76 373.76 351.33 22.43                 0.00   0.00
          合计         26 3,428.24 2,604.55 2,448.28 156.27 823.69   0.00          0.00
    注：本表反映部门本年度各项支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。



`;

describe('a squeezed page whose whole row shows where each column\'s run-starting figures end', () => {
  const doc = ingestText({ text: `2017年度\n焦作市中站区教育局部门决算\n\n${BODY}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_expenditure')!;
  const values = (line: number) => t.rows.find((r) => r.line === at(line))!.cells.map((c) => c.value);

  it('reads the eight columns', () => {
    expect(t.columns).toEqual(EXPENDITURE_COLUMNS);
  });

  it('places a zero ending at character 85 under 对附属单位补助支出 (死亡抚恤, line 28)', () => {
    expect(values(28)).toEqual(['4418700', '3440000', '3233600', '206400', '978700', null, null, '0']);
  });

  it('places zeros ending at 71 and 85 under 上缴上级支出 and 对附属单位补助支出 (其他社会保障和就业支出, line 29)', () => {
    expect(values(29)).toEqual(['5156700', '3642300', '3423700', '218500', '1514500', '0', null, '0']);
  });

  it('places zeros ending at 71 and 78 under 上缴上级支出 and 经营支出 after four packed figures (住房公积金, line 38)', () => {
    expect(values(38)).toEqual(['3737600', '3737600', '3513300', '224300', null, '0', '0', null]);
  });

  it('reads the whole row itself and the page\'s 合计 (lines 36 and 39)', () => {
    expect(values(36)).toEqual(['3737600', '3737600', '3513300', '224300', '0', '0', '0', '0']);
    expect(values(39)).toEqual(['34282400', '26045500', '24482800', '1562700', '8236900', '0', null, '0']);
  });

  it('reports none of the second page\'s rows as ambiguous', () => {
    const ambiguous = doc.problems.filter((p) => p.code === 'spaced_row_ambiguous').map((p) => p.line);
    expect(ambiguous.filter((n) => n >= at(27))).toEqual([]);
  });
});
