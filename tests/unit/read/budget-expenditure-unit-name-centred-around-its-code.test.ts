import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its 部门支出总表
// over two pages: fixture line n is the document's line n + 96 from line 4 on). A budget unit's name is printed in the
// name column beside its code, centred on three lines around the code's line: `阳泉市生态环境离` (line 33, character 19),
// `140004 退休人员管理服务` with the figures (line 34: the code at 12–18, the name at 19), `中心` (line 35, 19). Before,
// the name's first line was read as the rest of the row above (`事业单位医疗阳泉市生态环境离`, whose figures then
// matched no row of the classification) and the unit was named `退休人员管理服务中心`, a fifth unit of the document.

describe('a 部门支出总表 whose unit name is centred on three lines around the line of its code', () => {
  const { table, onLine } = ingestTextFormFixture('budget-expenditure-unit-name-centred-around-its-code.pdftotext.txt', 'budget_expenditure');

  it('reads the unit’s whole name and its figures in 元 (lines 33–35)', () => {
    const row = table.rows.find((r) => r.line === 34)!;
    expect(row.name).toBe('阳泉市生态环境离退休人员管理服务中心');
    expect(onLine(34)).toEqual({
      合计: '9143700',
      '基本支出/小计': '9143700',
      '基本支出/人员经费/工资福利支出': '1539500',
      '基本支出/人员经费/对个人和家庭的补助': '5592600',
      '基本支出/公用经费/商品和服务支出': '1280200',
      '基本支出/公用经费/资本性支出': '731400',
      '项目支出/其他运转类': '0',
      '项目支出/特定目标类': '0',
    });
  });

  it('keeps the row above whole: `210 11 02  事业单位医疗  466.95 …` (line 32)', () => {
    const row = table.rows.find((r) => r.line === 32)!;
    expect([row.code, row.name]).toEqual(['2101102', '事业单位医疗']);
  });

  it('reads four unit rows, none named by a piece of another’s name', () => {
    expect(table.rows.filter((r) => r.code === null && r.name !== '合计').map((r) => r.name)).toEqual([
      '阳泉市生态环境局本级',
      '阳泉市生态环境事务服务中心',
      '阳泉市生态环境综合行政执法支队',
      '阳泉市生态环境离退休人员管理服务中心',
    ]);
  });
});
