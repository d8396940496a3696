import { describe, expect, it } from 'vitest';
import { isSeparatorRow, pipeCells, readPipe } from '../../../src/lib/parse/read/pipe.ts';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { cleanLabel } from '../../../src/lib/text/clean.ts';

describe('pipe reader', () => {
  it('reads the text between the pipes, an empty `| |` cell as an empty cell', () => {
    expect(pipeCells('| 201 | 一般公共服务支出 | | 7.65 |').cells.map((c) => c.trim())).toEqual(['201', '一般公共服务支出', '', '7.65']);
  });
  it('keeps an escaped pipe as text and reads an unclosed last cell', () => {
    expect(pipeCells('| a \\| b | c').cells.map((c) => c.trim())).toEqual(['a | b', 'c']);
  });
  it('records where each cell stands on the line', () => {
    expect(pipeCells('| 合计 | 1.00 |').spans).toEqual([
      { start: 1, end: 5 },
      { start: 6, end: 12 },
    ]);
  });
  it('recognises separator rows with or without alignment colons', () => {
    expect(isSeparatorRow('|---|---|')).toBe(true);
    expect(isSeparatorRow('| :--- | ---: | :---: |')).toBe(true);
    expect(isSeparatorRow('| - | 5.00 |')).toBe(false);
  });
  it('marks separator rows and rows of empty cells as not read; leaves other lines alone', () => {
    const lines = readPipe(splitLines('收入决算表\n| **项目** | **合计** |\n|---|---|\n| | |\n| 合计 | 5.00 |'));
    expect(lines.map((l) => l.skip ?? null)).toEqual([null, null, 'separator', 'separator', null]);
    expect(lines[0]!.form).toBeUndefined();
    expect(lines[1]!.cells.map(cleanLabel)).toEqual(['项目', '合计']);
  });
  it('a bold header and a `<br>` inside a cell clean to the label a tab cell would carry', () => {
    const [l] = readPipe(splitLines('| **本年收入<br>合计** | 财政拨款<br/>收入 |'));
    expect(l!.cells.map(cleanLabel)).toEqual(['本年收入合计', '财政拨款收入']);
  });
});

describe('a pipe table read through the ingest', () => {
  // Values invented; 1,000.00 + 234.56 = 1,234.56 by hand.
  const text = [
    '郑州市测试局2023年度部门决算',
    '',
    '### 一般公共预算财政拨款支出决算表',
    '',
    '部门：郑州市测试局',
    '',
    '单位：万元',
    '',
    '| **项目** | | **本年支出<br>合计** | **基本支出** | **项目支出** |',
    '|---|---|---:|---:|---:|',
    '| **功能分类科目编码** | **科目名称** | | | |',
    '| | 合计 | 1,234.56 | 1,000.00 | 234.56 |',
    '| 201 | 一般公共服务支出 | 1,234.56 | 1,000.00 | 234.56 |',
    '| 2011301 | 行政运行 | 1,000.00 | 1,000.00 | |',
    '| 2011308 | 招商引资 | 234.56 | | 234.56 |',
  ].join('\n');
  const doc = parseDocument({ text, sourceFile: 'pipe.md', docId: 'pipe', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_general_expenditure');
  it('finds the table', () => {
    expect(t).toBeDefined();
  });
  it('reads 行政运行 (line 14): 本年支出合计 1,000.00 万元 = 10000000 元, 项目支出 blank (not zero)', () => {
    const r = t!.rows.find((x) => x.code === '2011301')!;
    expect(r.line).toBe(14);
    const byCol = (label: string) => r.cells.find((c) => c.column.includes(label))!;
    expect(byCol('本年支出合计').value).toBe('10000000');
    expect(byCol('项目支出').value).toBeNull();
    expect(byCol('项目支出').blank).toBe(true);
  });
  it('reads 招商引资 (line 15): 项目支出 234.56 万元 = 2345600 元, 基本支出 blank', () => {
    const r = t!.rows.find((x) => x.code === '2011308')!;
    expect(r.cells.find((c) => c.column.includes('项目支出'))!.value).toBe('2345600');
    expect(r.cells.find((c) => c.column.includes('基本支出'))!.blank).toBe(true);
  });
  it('accounts for every number of the table', () => {
    expect(doc.coverage.unaccounted).toEqual([]);
  });
});

describe('pipe reader: a table written without outer pipes', () => {
  const lines = readPipe(splitLines('项目 | 合计 | 基本支出\n--- | ---: | ---:\n教育支出 | 50.00 |\n\n正文 a | b 不是表格'));
  it('reads the header and the rows around its separator row', () => {
    expect(lines[0]!.cells.map((c) => c.trim())).toEqual(['项目', '合计', '基本支出']);
    expect(lines[1]!.skip).toBe('separator');
    expect(lines[2]!.cells.map((c) => c.trim())).toEqual(['教育支出', '50.00']);
  });
  it('leaves a line with a pipe outside such a table alone', () => {
    expect(lines[4]!.form).toBeUndefined();
  });
  it('does not take a markdown rule (---) for a separator row', () => {
    expect(readPipe(splitLines('正文\n---\n正文'))[1]!.skip).toBeUndefined();
  });
});
