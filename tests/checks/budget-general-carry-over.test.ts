import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';

// Real `pdftotext -layout` output of a generated budget (lines 1–2 of the document, a blank line, then its tables from
// the 部门收支总表 to the 一般公共预算支出表: fixture line n is the document's line n + 28, from line 4 on). The 收支总表
// prints 一、一般公共预算拨款收入 6255433.80 (line 10) and 上年结转结余 45117.13 (line 37); the 一般公共预算支出表 totals
// 6300550.93 (line 199), this year's grant and the carried funds; the 财政拨款收支总表 prints 一、本年支出 6300550.93 under
// 一般公共预算 (line 124). The document is consistent: the 一般公共预算支出表 need not equal this year's grant alone.

const name = 'budget-general-expenditure-with-carry-over.pdftotext.txt';
const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/text-forms', name), 'utf8');
const doc = ingestText({ text, sourceFile: name, docId: name, sha256: '0' });
const check = (id: string) => doc.checks.find((c) => c.check_id === id)!;

describe('a budget whose 一般公共预算 expenditure spends a carry-over', () => {
  it('does not judge the 一般公共预算支出表 against this year’s grant in the 收支总表 (6255433.80 ≠ 6300550.93 is no discrepancy)', () => {
    const c = check('x.budget.general_vs_summary');
    expect(c.status).toBe('skip');
    expect(c.message).toContain('上年结转结余');
  });

  it('checks it against the 财政拨款收支总表’s 一般公共预算 expenditure: 6300550.93 on both', () => {
    const c = check('x.budget.general_vs_fiscal');
    expect(c.status).toBe('pass');
    expect(c.expected).toBe('6300550.93');
    expect(c.actual).toBe('6300550.93');
    expect(c.lines).toEqual(expect.arrayContaining([124, 199]));
  });

  it('reports no failed check across its budget tables', () => {
    expect(doc.checks.filter((c) => c.status === 'fail' && c.check_id.startsWith('x.budget.')).map((c) => c.check_id)).toEqual([]);
  });
});
