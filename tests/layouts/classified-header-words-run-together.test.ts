/**
 * A 部门收入总表 whose header pdftotext squeezed over its two figure columns (synth-410400-nongyeju-2020-budget-00095.txt
 * of the pdf6 corpus, lines 60–92): the words of five columns (上年结转, 财政拨款（补助）收入, 事业收入, 其他收入 and 合计)
 * interleaved over three lines, so the columns read by position are headed `上年财政拨款事业/…` — the starts of three
 * columns' words run together. Which column the second figure of each row (`2681.2` beside its 合计 `2681.2`) stands
 * under cannot be told from such a header: the figures are refused and every row holding one is reported, never kept
 * under the misread words (nor placed by a 部门收支总表: the text names none, so no cover of the header reads them
 * either). Fixture line 1 is the fourth line of the text.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { isTornWord } from '../../src/lib/parse/tables/vocabulary.ts';

const at = (n: number) => n + 3;
const BODY = `2020年部门预算表                                部门收入总表
部门名称：平顶山市农业农村局                             单位：万元
            科目编码                   上年 财政拨款 事业 其他
                            合计 结转 （补助） 收入 收入
  类 款 项          科目名称                  收入
 201       一般公共服务支出         2681.2     2681.2
 201 32    组织事务             2681.2     2681.2
 201 32 99 其他组织事务支出         2681.2     2681.2
 208       社会保障和就业支出        7530.3     7530.3
 208 05    行政事业单位养老支出       4188.9     4188.9
 208 05 02 事业单位离退休          1348.4     1348.4
 208 05 06 机关事业单位职业年金缴费支出   2840.5     2840.5
 208 08    抚恤               1683.1     1683.1
 208 08 01 死亡抚恤             1683.1     1683.1
 208 99    其他社会保障和就业支出      1658.3     1658.3
 208 99 99 其他社会保障和就业支出      1658.3     1658.3
 210       卫生健康支出           4662.0     4662.0
 210 11    行政事业单位医疗         4662.0     4662.0
 210 11 01 行政单位医疗           2995.0     2995.0
 210 11 02 事业单位医疗           1666.9     1666.9
 213       农林水支出            4639.8     4639.8
 213 01    农业农村             4639.8     4639.8
 213 01 01 行政运行             1396.7     1396.7
 213 01 04 事业运行             1718.0     1718.0
 213 01 08 病虫害控制            1525.0     1525.0
 221       住房保障支出           5620.3     5620.3
 221 02    住房改革支出           5620.3     5620.3
 221 02 01 住房公积金            2059.7     2059.7
221 02 02 提租补贴            2052.0  2052.0
221 02 03 购房补贴            1508.6  1508.6
          总计             25133.5 25133.5
   注：本表反映部门年度总体收入预算情况。本表金额转换为万元时，因四舍五入可能存在尾
差。
`;

describe('a header that runs the words of several columns together', () => {
  const doc = ingestText({ text: `2020年\n平顶山市农业农村局部门预算\n\n${BODY}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'budget_income')!;

  it('is read as the starts of several value words, not as a word the vocabulary lacks', () => {
    expect(isTornWord('上年财政拨款事业', 'income')).toBe(true);
    expect(isTornWord('上年结转', 'income')).toBe(false);
    expect(isTornWord('财政专户管理资金', 'income')).toBe(false);
  });

  it('keeps no figure under the misread columns', () => {
    expect(t.rows.length).toBe(26);
    expect(t.rows.flatMap((r) => r.cells.filter((c) => c.value !== null))).toEqual([]);
  });

  it('reports every row whose figures it refused, with its line', () => {
    const refused = doc.problems.filter((p) => p.code === 'header_words_run_together');
    expect(refused.map((p) => p.line)).toEqual(Array.from({ length: 26 }, (_, i) => at(6 + i)));
    expect(refused[0]!.raw).toContain('2681.2');
  });
});
