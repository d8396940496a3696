import { describe, expect, it } from 'vitest';
import { leveledPipeHeader, readPipe } from '../../../src/lib/parse/read/pipe.ts';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';

describe('pipe header levels joined with <br> in one row', () => {
  it('a block label (收入, 支出) stands over every column up to the next block label', () => {
    expect(leveledPipeHeader(['**收入<br>项目**', '**行次**', '**决算数**', '**支出<br>项目**', '**行次**', '**决算数**'])).toEqual([
      '收入/项目',
      '收入/行次',
      '收入/决算数',
      '支出/项目',
      '支出/行次',
      '支出/决算数',
    ]);
  });
  it('项目 stands over the code and name columns only, 本年支出 over its parts only', () => {
    expect(leveledPipeHeader(['项目<br>功能分类科目编码', '科目名称', '年初结转和结余', '本年支出<br>小计', '基本支出', '项目支出', '年末结转和结余'])).toEqual([
      '项目/功能分类科目编码',
      '项目/科目名称',
      '年初结转和结余',
      '本年支出/小计',
      '本年支出/基本支出',
      '本年支出/项目支出',
      '年末结转和结余',
    ]);
  });
  it('groups nest: 公务用车购置及运行维护费 inside the 预算数 block, closed by 公务接待费 and by 决算数', () => {
    expect(leveledPipeHeader(['预算数<br>合计', '因公出国（境）费', '公务用车购置及运行维护费<br>小计', '公务用车购置费', '公务接待费', '决算数<br>合计'])).toEqual([
      '预算数/合计',
      '预算数/因公出国（境）费',
      '预算数/公务用车购置及运行维护费/小计',
      '预算数/公务用车购置及运行维护费/公务用车购置费',
      '预算数/公务接待费',
      '决算数/合计',
    ]);
  });
  it('words that are no group over the word under them are one label wrapped in its cell', () => {
    expect(leveledPipeHeader(['本年收入<br>合计', '财政拨款<br>收入', '附属单位<br>上缴收入'])).toEqual(['本年收入合计', '财政拨款收入', '附属单位上缴收入']);
  });
  it('leaves <br> as a wrap when the header words continue on rows under the separator', () => {
    const lines = readPipe(splitLines('| 项目 | | 本年支出<br>合计 | 基本支出 |\n|---|---|---|---|\n| 功能分类科目编码 | 科目名称 | | |'));
    expect(lines[0]!.cells.map((c) => c.trim())).toEqual(['项目', '', '本年支出<br>合计', '基本支出']);
  });
});

describe('a 收入支出决算总表 in pipe form with <br> header levels, read through the ingest', () => {
  // Values invented; 收入 8.00 + 上级补助 2.00 = 本年收入合计 10.00 by hand.
  const text = [
    '测试局2023年度部门决算',
    '',
    '## 表1 收入支出决算总表',
    '',
    '部门：测试局',
    '',
    '单位：万元',
    '',
    '| **收入<br>项目** | **行次** | **决算数** | **支出<br>项目** | **行次** | **决算数** |',
    '|---|---|---|---|---|---|',
    '| 一、一般公共预算财政拨款收入 | 1 | 8.00 | 一、一般公共服务支出 | 4 | 10.00 |',
    '| 二、上级补助收入 | 2 | 2.00 | | 5 | |',
    '| 本年收入合计 | 3 | 10.00 | 本年支出合计 | 6 | 10.00 |',
  ].join('\n');
  const doc = parseDocument({ text, sourceFile: 'pipe-br.md', docId: 'pipe-br', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_summary');
  it('reads 二、上级补助收入 (line 12) in the 收入 block: 2.00 万元 = 20000 元', () => {
    const r = t!.rows.find((x) => x.name === '二、上级补助收入')!;
    expect(r.line).toBe(12);
    const c = r.cells.find((x) => x.column === '收入/决算数')!;
    expect(c.value).toBe('20000');
  });
  it('reads 一、一般公共服务支出 (line 11) in the 支出 block: 10.00 万元 = 100000 元', () => {
    const r = t!.rows.find((x) => x.name === '一、一般公共服务支出')!;
    expect(r.line).toBe(11);
    expect(r.cells.find((x) => x.column === '支出/决算数')!.value).toBe('100000');
  });
});
