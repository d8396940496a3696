/**
 * A 一般公共预算财政拨款支出决算表 without codes whose header pdftotext drew with the rest of 人员经费 left of its
 * start on one line, under the group word 其中：基本支出 (tests/fixtures/text-forms/general-expenditure-rest-drawn-left-under-group.pdftotext.txt:
 * the title lines and source lines 216–258 of synth-410200-kejiju-2017-final-00036, pdf137; fixture line n is source
 * line n + 212 from line 4 on). Line 9 prints `小计[17-19] 小计[22-24] 费[25-26] 人员经[29-32] 公用经[36-39] 出[43-44]`
 * under `其中：基本支出[26-33]` and `项目支[42-45]` (line 8), and line 10 `费[37-38]` under 公用经. Read by position,
 * `费` headed a column of its own and the table's columns ran `其中：基本支出人员经` together: no row was read. The
 * rest moves down under its start (`人员经` stays: the group word stands over it), and the header reads 小计 |
 * 基本支出 小计 | 人员经费 | 公用经费 | 项目支出. Values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { table, onLine, doc } = ingestTextFormFixture('general-expenditure-rest-drawn-left-under-group.pdftotext.txt', 'final_general_expenditure');

const row = (total: string, basic: string, personnel: string, office: string, project?: string) => ({
  '本年支出/小计': total,
  '本年支出/其中：基本支出/小计': basic,
  '本年支出/其中：基本支出/人员经费': personnel,
  '本年支出/其中：基本支出/公用经费': office,
  ...(project === undefined ? {} : { '本年支出/项目支出': project }),
});

describe('a header word’s rest drawn left of its start under a group word', () => {
  it('reads five value columns: 小计, 基本支出 小计, 人员经费, 公用经费, 项目支出', () => {
    expect(table.columns).toEqual(['本年支出/小计', '本年支出/其中：基本支出/小计', '本年支出/其中：基本支出/人员经费', '本年支出/其中：基本支出/公用经费', '本年支出/项目支出']);
  });
  it('reads line 15 (行政运行): 84.54, all of it 基本支出, 63.41 人员经费 and 21.14 公用经费', () => {
    expect(onLine(15)).toEqual(row('845400', '845400', '634100', '211400'));
  });
  it('reads line 16 (其他组织事务支出), its first two figures run together (`146.7194.00`): 146.71, 94.00, 70.50, 23.50, 52.71', () => {
    expect(onLine(16)).toEqual(row('1467100', '940000', '705000', '235000', '527100'));
  });
  it('reads the 合计 on line 44: 868.03 = 675.25 基本支出 (506.44 + 168.81) + 192.79 项目支出', () => {
    expect(onLine(44)).toEqual(row('8680300', '6752500', '5064400', '1688100', '1927900'));
  });
  it('reports no header words run together', () => {
    expect(doc.problems.filter((p) => p.code === 'header_words_run_together')).toEqual([]);
  });
});
