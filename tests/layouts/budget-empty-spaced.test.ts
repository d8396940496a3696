/**
 * An empty 预算 table as pdftotext prints it: its title and a space-aligned header over no rows, then a note that the
 * department has no such spending. Fixture hand-written; the table must be found (a table with no rows), not lost.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';

const text = [
  '2024年',
  '测试市教育局部门预算',
  '',
  '部门：测试市教育局                               单位：万元',
  '',
  '                       表八：政府性基金预算支出表',
  '',
  ' 项目      合计   基本支  项目支',
  '              出    出',
  ' 科目名',
  ' 称',
  '',
  '注：本表反映部门年度政府性基金预算支出情况。',
  '',
  '说明：本部门无政府性基金预算拨款安排的支出，故本表无数据。',
].join('\n');

describe('an empty spaced table: title and header over no rows', () => {
  const d = ingestText({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  it('finds the 政府性基金预算支出表 titled on line 6, numbered 表八, with no rows', () => {
    const t = d.tables.find((x) => x.kind === 'budget_gov_fund');
    expect(t?.title).toBe('政府性基金预算支出表');
    expect(t?.number).toBe('表八');
    expect(t?.rows).toEqual([]);
  });
});

describe('an empty spaced table whose header words stand only two spaces apart', () => {
  // pdftotext leaves two spaces between narrow columns (`合计  基本支出  项目支出`); the table follows a 三公 table.
  const body = [
    '2022年',
    '测试市农业农村局部门预算',
    '',
    '部门：测试市农业农村局                                           单位：万元',
    '',
    '预算08表',
    '',
    '                      政府性基金预算支出表',
    '',
    '  项目          行次  合计  基本支出  项目支出',
    '  功能分类科 科目名称',
    '  目编码',
    '',
    '',
    '注：本表反映部门年度政府性基金预算支出情况。',
    '',
    '说明：本部门无政府性基金预算拨款安排的支出，故本表无数据。',
  ].join('\n');
  const d = ingestText({ text: body, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  it('finds the 政府性基金预算支出表 of line 8, numbered 预算08表, with no rows', () => {
    const t = d.tables.find((x) => x.kind === 'budget_gov_fund');
    expect(t?.title).toBe('政府性基金预算支出表');
    expect(t?.number).toBe('预算08表');
    expect(t?.rows).toEqual([]);
  });
});

describe('an empty spaced table whose header words stand one space apart in narrow columns', () => {
  const body = [
    '2022年',
    '测试市文化广电和旅游局部门预算',
    '',
    '部门：测试市文化广电和旅游局                           单位：元',
    '',
    '2022年部门预算表          政府性基金预算支出表',
    '',
    '项目      合计    基本支出 项目支出',
    '科目名称',
    '',
    '',
    '注：本表反映部门年度政府性基金预算支出情况。',
    '',
    '说明：本部门无政府性基金预算拨款安排的支出，故本表无数据。',
  ].join('\n');
  const d = ingestText({ text: body, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  it('finds the 政府性基金预算支出表 of line 6 (after its running head), with no rows', () => {
    const t = d.tables.find((x) => x.kind === 'budget_gov_fund');
    expect(t?.title).toBe('政府性基金预算支出表');
    expect(t?.rows).toEqual([]);
  });
});
