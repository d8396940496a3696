import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/lib/checks/catalogue.ts';
import { CheckResult } from '../../src/lib/model/document.ts';
import { parseSeed, SEEDS } from '../helpers.ts';
import { checksCsv } from '../../src/lib/export/facts.ts';

describe('check catalogue', () => {
  it('has at least 40 checks with unique stable ids, Chinese titles, descriptions and formulas', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CATALOGUE.map((c) => c.id)).size).toBe(CATALOGUE.length);
    for (const c of CATALOGUE) {
      expect(c.id).toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
      expect(c.title).toMatch(/[\u4e00-\u9fa5]/);
      expect(c.description.length).toBeGreaterThan(5);
      expect(c.formula.length).toBeGreaterThan(2);
      expect(c.docKinds.length).toBeGreaterThan(0);
    }
  });

  for (const name of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) {
    it(`${name}: every result is valid, catalogued and honest`, () => {
      const doc = parseSeed(name);
      expect(doc.checks.length).toBeGreaterThan(20);
      const ids = new Set(CATALOGUE.map((c) => c.id));
      for (const c of doc.checks) {
        CheckResult.parse(c);
        expect(ids.has(c.check_id), c.check_id).toBe(true);
        // A rounding difference is never a fail; rounding is only ever a pass.
        if (c.rounding) expect(c.status).toBe('pass');
        // Skips carry their reason and no verdict values.
        if (c.status === 'skip') {
          expect(c.message.length).toBeGreaterThan(2);
          expect(c.actual === null || c.message.includes('未判定')).toBe(true);
        }
        // Numeric comparisons carry exact decimal strings.
        for (const v of [c.expected, c.actual, c.difference, c.tolerance]) if (v !== null) expect(v).toMatch(/^-?\d+(\.\d+)?$/);
        for (const r of c.refs) expect(r).toMatch(/^(narrative:L\d+|[a-z_]+(:[^;]+)*)$/);
      }
      // Summary counts agree with the results.
      const s = doc.check_summary;
      expect(s.fail).toBe(doc.checks.filter((c) => c.status === 'fail').length);
      expect(s.rounding).toBe(doc.checks.filter((c) => c.status === 'pass' && c.rounding).length);
      expect(s.ran).toBe(doc.checks.filter((c) => c.status !== 'skip').length);
    });
  }

  it('checks.csv follows the contract columns', () => {
    const csv = checksCsv([parseSeed('jiaozuo2022')]);
    expect(csv.split('\n')[0]!.replace(/^\uFEFF/, '').trim()).toBe('doc_id,check_id,status,title,message,expected,actual,difference,tolerance,refs');
    expect(csv).toContain('henan-jiaozuo-gongxinju-2022-final,three_public.total,pass');
  });
});

describe('robustness of the engine', () => {
  it('a text with no tables: no exception, nothing passes, completeness is not judged', async () => {
    const { ingestText } = await import('../../src/lib/ingest/ingest-text.ts');
    const doc = ingestText({ text: '2022年度\n某某局部门决算\n\n情况说明\n收入合计100.00万元。\n', sourceFile: 'x.txt', docId: 'x', sha256: '0'.repeat(64) });
    expect(doc.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(doc.checks.filter((c) => c.status === 'pass')).toEqual([]);
  });
});
