/**
 * A 部门支出总表 over two pages whose second page (no header repeated) pdftotext drew seven characters left of the
 * first, the empty 单位代码 column closed up, while its split codes stay where the first page printed them
 * (tests/fixtures/text-forms/budget-expenditure-page-drawn-left-codes-in-place.pdftotext.txt: the title lines and source
 * lines 74–102 of synth-410200-fagaiwei-2018-budget-00066, pdf133; fixture line n is source line n + 70 from line 4
 * on). `215 05   17   产业发展    15.75 …` (line 27): the 类 `215[0-3]`, the 款 `05[4-6]` and the 项 `17[9-11]` under
 * 类 款 项 as on line 16, the name at 14 where line 15 prints its 单位代码. Read with the page's shift, 215 falls in the
 * 项 column and `05 17` in the 单位代码 one: still the row's code, never a budget unit. Values read by hand (万元, read
 * in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { doc, coded } = ingestTextFormFixture('budget-expenditure-page-drawn-left-codes-in-place.pdftotext.txt', 'budget_expenditure');

describe('codes left in place on a page drawn left of the table’s columns', () => {
  it('reads line 27 as 2150517 产业发展: 15.75 合计, 基本支出 0.00, 项目支出 15.75 of 1.10 and 14.65', () => {
    expect(coded('2150517')).toMatchObject({ 合计: '157500', '基本支出/小计': '0', '项目支出/小计': '157500', '项目支出/其他运转类': '11000', '项目支出/特定目标类': '146500' });
  });
  it('reads line 31 as 2210202 提租补贴: 72.07, all of it 基本支出 (28.27 工资福利, 29.39 对个人和家庭, 14.41 商品和服务)', () => {
    expect(coded('2210202')).toMatchObject({ 合计: '720700', '基本支出/小计': '720700', '基本支出/人员经费/工资福利支出': '282700', '基本支出/人员经费/对个人和家庭的补助': '293900', '基本支出/公用经费/商品和服务支出': '144100' });
  });
  it('knows one budget unit only, the 本级 printed with its code 410001 on line 15', () => {
    expect(doc.metadata.budget_units).toEqual([{ code: '410001', name: '开封市发展和改革委员会本级' }]);
  });
});
