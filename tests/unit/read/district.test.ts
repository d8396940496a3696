/**
 * The spaced reader on real `pdftotext -layout` output of a district department's 决算 laid out by hand in the national
 * forms (merged header cells, narrow columns, serif CJK font, A4 landscape): tests/fixtures/text-forms/
 * district-final.pdftotext.txt is what pdftotext wrote for tests/fixtures/pdf/district-final.html printed by Chromium
 * (tests/e2e/pdf-district.test.ts makes it afresh). Expected cells are read by hand from the HTML tables; line numbers
 * are those of the .txt file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';
import { readFixture } from './read-fixture.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/district-final.pdftotext.txt'), 'utf8');
const { at, header } = readFixture(text);

describe('收入决算表 (lines 32–51): `财政拨款收入 上级补助收  入` on one header line', () => {
  it('reads 财政拨款收入 and the wrapped 上级补助收 / 入 as two columns, not 财政拨款收入上级补助收 and 入 (line 33)', () => {
    expect(header(32)).toEqual([
      '项目/支出功能分类科目编码',
      '项目/科目名称',
      '本年收入合计',
      '财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ]);
  });
  it('puts the 合计 row 12,345,678.90 under 财政拨款收入 and leaves 上级补助收入 blank (line 37)', () => {
    expect(at(37).cells).toEqual(['', '合计', '13,000,000.00', '12,345,678.90', '', '500,000.00', '', '', '154,321.10']);
  });
});

describe('财政拨款收入支出决算总表 (lines 78–88): 支出 with 行次 and headers wrapped in narrow cells', () => {
  it('reads the 支出 side as 项目 | 行次 | 合计 | three 财政拨款 columns, 政府性基金预算 / 财政拨款 and 国有资本经营预 / 算财政拨款 joined (lines 78–80)', () => {
    expect(header(78)).toEqual([
      '收入/项目',
      '收入/行次',
      '收入/金额',
      '支出/项目',
      '支出/行次',
      '支出/合计',
      '支出/一般公共预算财政拨款',
      '支出/政府性基金预算财政拨款',
      '支出/国有资本经营预算财政拨款',
    ]);
  });
  it('puts the 行次 33 under 支出/行次, though its header stands left of the figure (line 82)', () => {
    expect(at(82).cells).toEqual(['一、一般公共预算财政拨款', '1', '12,345,678.90', '一、一般公共服务支出', '33', '7,500,000.00', '7,500,000.00', '', '']);
  });
  it('reads the 支出-only row 四、住房保障支出 with its 收入 cells blank (line 85)', () => {
    expect(at(85).cells).toEqual(['', '', '', '四、住房保障支出', '36', '750,000.00', '750,000.00', '', '']);
  });
  it('places the column numbers 4 and 5 in the two blank columns, one each (line 81)', () => {
    expect(at(81).cells.slice(-2)).toEqual(['4', '5']);
  });
});

describe('基本支出决算表 (lines 113–124): 人员经费 over one triplet, 公用经费 centred over two', () => {
  it('reads 公用经费 over both 科目编码 | 科目名称 | 决算数 triplets on its right, not the third as a table of its own (lines 113–114)', () => {
    expect(header(113)).toEqual([
      '人员经费/科目编码',
      '人员经费/科目名称',
      '人员经费/决算数',
      '公用经费/科目编码',
      '公用经费/科目名称',
      '公用经费/决算数',
      '公用经费/科目编码',
      '公用经费/科目名称',
      '公用经费/决算数',
    ]);
  });
  it('joins 30108 机关事业单位基本养老保险缴 / 费 onto the line of its figure 2,000,000.00, the other half untouched (lines 118–119)', () => {
    expect(at(118).skip).toBe('joined');
    expect(at(119).cells).toEqual(['30108', '机关事业单位基本养老保险缴费', '2,000,000.00', '30207', '邮电费', '100,000.00', '', '', '']);
    expect(at(119).joined).toEqual([118]);
  });
  it('keeps 公用经费合计 in the second triplet and its 1,545,678.90 in the third 决算数 column (line 124)', () => {
    expect(at(124).cells).toEqual(['人员经费合计', '', '7,800,000.00', '公用经费合计', '', '', '', '', '1,545,678.90']);
  });
});

describe('三公 table (lines 128–133): 预算数 and 决算数 groups over a row of column numbers 1…12', () => {
  it('reads the twelve columns in the order of their words, 公务用车购置及运行费 over 小计 | 购置费 | 运行费 in each block (lines 128–131)', () => {
    const parts = ['合计', '因公出国（境）费', '公务用车购置及运行费/小计', '公务用车购置及运行费/公务用车购置费', '公务用车购置及运行费/公务用车运行费', '公务接待费'];
    expect(header(128)).toEqual([...parts.map((p) => `预算数/${p}`), ...parts.map((p) => `决算数/${p}`)]);
  });
  it('reads the column numbers as 1 … 12, one a column, not as a row of data (line 132)', () => {
    expect(at(132).cells).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  });
  it('puts 决算数 公务用车运行费 150,000.00 in column 11 and 公务接待费 50,000.00 in column 12 (line 133)', () => {
    expect(at(133).cells).toEqual(['250,000.00', '', '180,000.00', '', '180,000.00', '70,000.00', '200,000.00', '', '150,000.00', '', '150,000.00', '50,000.00']);
  });
});

describe('政府性基金 table without figures (lines 137–141): the header known from its words alone', () => {
  it('reads 项目 over 支出功能分类科目编码 and 科目名称, not as a column of its own (lines 137–139)', () => {
    expect(header(137)).toEqual([
      '项目/支出功能分类科目编码',
      '项目/科目名称',
      '年初结转和结余',
      '本年收入',
      '本年支出/小计',
      '本年支出/基本支出',
      '本年支出/项目支出',
      '年末结转和结余',
    ]);
  });
});

describe('meta lines with department, number and unit on one space-aligned line (line 14)', () => {
  const doc = ingestText({ text, sourceFile: 'district-final.pdftotext.txt', docId: 'district', sha256: '0' });
  it('reads the number 公开01表 and the department 上海市普陀区测试局 apart, not 上海市普陀区测试局公开01表', () => {
    const t = doc.tables.find((x) => x.kind === 'final_summary')!;
    expect(t.number).toBe('公开01表');
    expect(t.printed_department).toBe('上海市普陀区测试局');
  });
});
