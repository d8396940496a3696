/**
 * A row's name begun on the line above its code (`wrapped-labels.ts`): no label starts with a joining word (及, 和,
 * 与, 或), an enumeration comma or a closing bracket. tests/fixtures/text-forms/income-label-begun-above-its-code.pdftotext.txt
 * is the 收入决算表 of synth-410100-jiaoyuju-2015-final-00012 (a fresh corpus, its lines 81–110; line n here is line
 * n + 80 there), real `pdftotext -layout` output of the Chromium-printed generator document. Line 15 prints
 * `政府办公厅（室）` alone, between `2010102 一般行政管理事务` (line 14) and `20103 及相关机构事务` (line 16). Both
 * names fill their cells, so how the cell wraps allows the piece either way; `及相关机构事务` cannot start a label, so
 * the piece starts the row below: 20103 政府办公厅（室）及相关机构事务, and 2010102 stays 一般行政管理事务. Names read by
 * hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';

const FILE = 'income-label-begun-above-its-code.pdftotext.txt';

describe('a label piece between two rows, the row below named from 及 on (lines 14–16)', () => {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms', FILE), 'utf8');
  const doc = ingestText({ text, sourceFile: FILE, docId: 'continuing-word', sha256: '0' });
  const rows = doc.tables.find((t) => t.kind === 'final_income')!.rows;
  const named = (code: string) => rows.find((r) => r.code === code)?.name;

  it('gives 政府办公厅（室） to the row below: 20103 政府办公厅（室）及相关机构事务', () => {
    expect(named('20103')).toBe('政府办公厅（室）及相关机构事务');
  });

  it('leaves the row above its own name: 2010102 一般行政管理事务', () => {
    expect(named('2010102')).toBe('一般行政管理事务');
  });
});
