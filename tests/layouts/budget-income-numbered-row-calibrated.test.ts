/**
 * A 部门收入总表 with a 行次 column whose rows pdftotext drew apart line by line (tests/fixtures/text-forms/
 * income-numbered-rows-drawn-right.pdftotext.txt: the title lines and source lines 77–112 of
 * synth-410200-jiaotongju-2020-budget-00096, pdf23). Line 15 prints four figures after a gap; the columns found for the
 * page put its second under 上年结转, but where its figures end matches the squeezed whole row just above (line 14,
 * five figures one space apart) with its first figure under 合计 and the other three under the last three columns:
 * a row under a 行次 column is calibrated on its whole neighbours like any row, its 行次 and theirs no figure, and a
 * neighbour drawn spread out (line 18) tells nothing where a squeezed one is. Values read by hand (万元, read in 元).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Row } from '../../src/lib/model/table.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/text-forms/income-numbered-rows-drawn-right.pdftotext.txt'), 'utf8');
const d = ingestText({ text, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

describe('a row under a 行次 column calibrated on its squeezed whole neighbour', () => {
  const t = d.tables.find((x) => x.kind === 'budget_income')!;
  const at = (n: number) => t.rows.find((x) => x.line === n);
  it('reads line 15 with 上年结转 blank and its last three figures under the last three columns', () => {
    expect(value(at(15), '合计')).toBe('101700');
    expect(value(at(15), '上年结转')).toBeNull();
    expect(value(at(15), '一般公共预算拨款收入')).toBe('101300');
    expect(value(at(15), '事业收入')).toBe('400');
    expect(value(at(15), '其他收入')).toBe('0');
  });
  it('keeps the whole row above it as printed (line 14)', () => {
    expect(value(at(14), '上年结转')).toBe('0');
    expect(value(at(14), '一般公共预算拨款收入')).toBe('178400');
  });
});
