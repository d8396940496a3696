/**
 * A status that tells the truth: `ok` only when every numeric token of the table regions became a cell and the
 * required tables were read; unread numbers → `partial`, no table values → `failed`, each with a reason (status_reason)
 * and an error problem at the line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import { indexEntry } from '../../src/lib/export/facts.ts';
import { RAW, SEEDS, parseSeed } from '../helpers.ts';

const seed = (name: keyof typeof SEEDS) => readFileSync(path.join(RAW, SEEDS[name]), 'utf8');
const ingest = (text: string) => ingestText({ text, sourceFile: 't.txt', docId: 't', sha256: '0' });

describe('status and status_reason', () => {
  it('the five seeds are ok, with no reason (every number of their tables became a cell)', () => {
    for (const name of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) {
      const d = parseSeed(name);
      expect([name, d.status, d.status_reason]).toEqual([name, 'ok', null]);
      expect(d.coverage.unaccounted).toEqual([]);
    }
  });

  it('a table line whose numbers did not become cells makes the document partial, naming the line', () => {
    // 焦作 2022 line 134 is the 收入支出决算总表 row “一、一般公共预算财政拨款收入 1 2,182.74 一、一般公共服务支出 32 0.65”:
    // the same row printed with runs of spaces instead of tabs (as pdftotext -layout leaves it) is one cell.
    const lines = seed('jiaozuo2022').split('\n');
    expect(lines[133]).toMatch(/^一、一般公共预算财政拨款收入\t/);
    lines[133] = lines[133]!.replace(/\t+/g, '    ');
    const d = ingest(lines.join('\n'));
    expect(d.status).toBe('partial');
    // (the 收入决算表 below is still confirmed by the 总表's other lines: only line 134 is unread)
    expect(d.status_reason).toMatch(/数字没有读入单元格（第 134 行）/);
    const p = d.problems.find((x) => x.code === 'unread_numbers')!;
    expect(p).toMatchObject({ severity: 'error', line: 134 });
  });

  it('a document whose tables yield no value at all is failed, with the reason', () => {
    // every tab turned into a full-width slash: the tables are still recognised by their titles, but no line splits
    // into cells (no tab, no pipe, no space-aligned columns)
    const d = ingest(seed('zhengzhou2022').replace(/\t+/g, '／'));
    expect(d.status).toBe('failed');
    expect(d.status_reason).toMatch(/^识别到 \d+ 张表，但没有读出任何表格数值/);
    expect(d.problems.some((x) => x.code === 'no_table_values' && x.severity === 'error')).toBe(true);
  });

  it('a text with no table at all is failed, with the reason', () => {
    const d = ingest('焦作市工业和信息化局2022年度部门决算\n\n目录\n\n第一部分 概况\n部门职责……\n');
    expect(d.status).toBe('failed');
    expect(d.status_reason).toContain('没有识别到任何表格');
  });

  it('a 决算 without its 收入支出决算总表 is partial', () => {
    const lines = seed('jiaozuo2022').split('\n');
    // the 收入支出决算总表 (公开01表) title line, read by hand
    const at = lines.findIndex((l, i) => i > 100 && /^收入支出决算总表\s*$/.test(l.trim()));
    expect(at).toBeGreaterThan(100);
    lines[at] = '（本页空白）';
    const d = ingest(lines.join('\n'));
    expect(d.status).toBe('partial');
    expect(d.status_reason).toContain('没有找到收入支出决算总表');
  });

  it('the index entry carries status_reason, region code and department type', () => {
    const e = indexEntry(parseSeed('jiefang2024'));
    expect(e).toMatchObject({ status: 'ok', status_reason: null, department_type: 'industry-it', department_type_name: '工业和信息化' });
    expect(e.region.code).toBe('410802');
  });
});
