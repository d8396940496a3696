/**
 * A 绩效 table is read once: its layout parser returns the Evaluation with the table rows, so the document model
 * carries the evaluations without any later stage re-reading the block. Values read by hand from
 * data/raw/shanxi-yangquan-gongxinju-2022-final.txt and data/raw/henan-zhengzhou-gongxinju-2022-budget.txt.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { RAW, SEEDS } from '../helpers.ts';

/** The seed parsed with no stages at all (no claims, no checks). */
function bare(name: keyof typeof SEEDS) {
  const text = readFileSync(path.join(RAW, SEEDS[name]), 'utf8');
  return parseDocument({ text, sourceFile: SEEDS[name], docId: name, sha256: createHash('sha256').update(text).digest('hex') });
}

describe('a 绩效 table gives its evaluation in the same reading as its rows', () => {
  it('阳泉 2022: the 整体支出绩效自评表 titled at line 649 comes with its table, 收入合计 70680.45 万元 at line 664', () => {
    const doc = bare('yangquan2022');
    const table = doc.tables.find((t) => t.kind === 'perf_overall_selfeval')!;
    expect(table.start_line).toBe(649);
    const [e] = doc.performance;
    expect(doc.performance).toHaveLength(1);
    expect(e!.table_id).toBe(table.id);
    expect(e!.start_line).toBe(649);
    expect(e!.end_line).toBe(table.end_line);
    expect(e!.scope).toMatchObject({ level: 'department', name: '阳泉市工业和信息化局' });
    expect(e!.finances[0]).toMatchObject({ side: 'income', item: '收入合计', amount: '706804500', line: 664 });
  });

  it('郑州 2022: the 部门(单位)整体绩效目标表 (title line 1176, last indicator line 1318) takes the 单位名称 of line 1180 and its table id', () => {
    const doc = bare('zhengzhou2022');
    const table = doc.tables.find((t) => t.kind === 'perf_overall_targets')!;
    expect(table.start_line).toBe(1176);
    const overall = doc.performance.filter((e) => e.kind === 'perf_overall_targets');
    expect(overall).toHaveLength(1);
    expect(overall[0]).toMatchObject({ table_id: table.id, start_line: 1176, end_line: 1318, scope: { level: 'department', name: '郑州市工业和信息化局' } });
    // Every project evaluation names the 项目绩效目标表 it was read from.
    const projectTables = new Set(doc.tables.filter((t) => t.kind === 'perf_project_targets').map((t) => t.id));
    const projects = doc.performance.filter((e) => e.kind === 'perf_project_targets');
    expect(projects.length).toBeGreaterThan(0);
    for (const p of projects) expect(projectTables.has(p.table_id)).toBe(true);
  });
});
