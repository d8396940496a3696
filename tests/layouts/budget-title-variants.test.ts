/**
 * 预算 table names as provinces print them: the same table named with words that do not change what it holds (the
 * holder 部门 / 预算单位 before the name, 财务 before 收支, the classification its rows follow). Names as printed in
 * 2024–2026 district 预算 (Shanghai districts print 财务收支预算总表 … 一般公共预算基本支出部门预算经济分类预算表).
 */
import { describe, expect, it } from 'vitest';
import { recogniseTitle } from '../../src/lib/parse/tables/recognise.ts';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';

describe('预算 table names said in other words', () => {
  it('reads 财务收支预算总表, with or without a holder or year before it, as the 部门收支总表', () => {
    for (const t of ['财务收支预算总表', '部门财务收支预算总表', '预算单位财务收支预算总表', '2025年部门财务收支预算总表']) expect(recogniseTitle(t), t).toBe('budget_summary');
  });
  it('reads 收入预算总表 and 支出预算总表 (with 预算单位 before them) as the 部门收入 and 部门支出 tables', () => {
    expect(recogniseTitle('预算单位收入预算总表')).toBe('budget_income');
    expect(recogniseTitle('支出预算总表')).toBe('budget_expenditure');
  });
  it('reads the function-classified expenditure tables by their fund: 一般公共预算, 政府性基金, 国有资本经营', () => {
    expect(recogniseTitle('一般公共预算支出功能分类预算表')).toBe('budget_general_expenditure');
    expect(recogniseTitle('部门一般公共预算支出功能分类预算表')).toBe('budget_general_expenditure');
    expect(recogniseTitle('政府性基金预算支出功能分类预算表')).toBe('budget_gov_fund');
    expect(recogniseTitle('政府性基金预算支出预算表')).toBe('budget_gov_fund');
    expect(recogniseTitle('国有资本经营预算支出功能分类预算表')).toBe('budget_state_capital');
  });
  it('reads the economically classified 基本支出 table in its printed variants as the 一般公共预算基本支出表', () => {
    for (const t of ['一般公共预算基本支出部门预算经济分类预算表', '一般公共预算基本支出经济分类预算表', '基本支出部门预算经济分类预算表', '表八 一般公共预算基本支出部门预算经济分类预算表'])
      expect(recogniseTitle(t), t).toBe('budget_general_basic');
  });
  it('keeps names that only look alike apart: 支出经济分类汇总表 stays the 经济分类汇总表, 部门预算表 is no table', () => {
    expect(recogniseTitle('支出经济分类汇总表')).toBe('budget_economic_summary');
    expect(recogniseTitle('部门预算表')).toBeNull();
    expect(recogniseTitle('一般公共预算财政拨款支出决算表')).toBe('final_general_expenditure');
  });
});

describe('a table number printed on the meta line between the department and the unit', () => {
  // As a district 预算 prints it under each title: `单位名称：…   预算01-1表   单位：万元` (spaced text, values invented).
  const text = [
    '                            财务收支预算总表',
    '单位名称：上海市普陀区测试局                           预算01-1表               单位：万元',
    '                 收入                                     支出',
    '            项目        预算数                          项目        预算数',
    '一、一般公共预算拨款收入                1,580.25 一、一般公共服务支出                    1,580.25',
    '本年收入合计                      1,580.25 本年支出合计                        1,580.25',
  ].join('\n');
  const doc = ingestText({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  it('gives the table its number 预算01-1表 and the department without it', () => {
    const t = doc.tables.find((x) => x.kind === 'budget_summary')!;
    expect(t.number).toBe('预算01-1表');
    expect(t.printed_department).toBe('上海市普陀区测试局');
  });
});
