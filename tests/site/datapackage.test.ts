import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/site/datapackage.ts';

describe('datapackage.json', () => {
  const files = [
    { name: 'facts.csv', bytes: 10, sha256: 'a'.repeat(64) },
    { name: 'checks.csv', bytes: 5, sha256: 'b'.repeat(64) },
    { name: 'index.json', bytes: 3, sha256: 'c'.repeat(64) },
    { name: 'document.schema.json', bytes: 4, sha256: 'd'.repeat(64) },
    { name: 'henan-jiaozuo-gongxinju-2022-final.json', bytes: 6, sha256: 'e'.repeat(64) },
  ];
  const pkg = dataPackage(files) as { $schema: string; resources: Record<string, unknown>[] };
  it('is a Data Package v2 with one resource per file and sha256 hashes', () => {
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg.resources.map((r) => r.path)).toEqual(files.map((f) => f.name));
    for (const r of pkg.resources) expect(r.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
  it('points a document published elsewhere (DOWNLOADS_URL) at its absolute URL and keeps its hash', () => {
    const url = 'https://example.org/releases/2026/henan-jiaozuo-gongxinju-2022-final.json';
    const moved = dataPackage(files.map((f) => (f.name.startsWith('henan-') ? { ...f, url } : f))) as typeof pkg;
    const r = moved.resources.find((x) => x.name === 'henan-jiaozuo-gongxinju-2022-final')!;
    expect(r.path).toBe(url);
    expect(r.hash).toBe(`sha256:${'e'.repeat(64)}`);
    expect(moved.resources.find((x) => x.name === 'facts')!.path).toBe('facts.csv');
  });
  it('describes facts.csv with a Table Schema in contract order and a Fiscal Data Package style model', () => {
    const facts = pkg.resources[0] as { schema: { fields: { name: string }[] }; model: { measures: { amount: { currency: string; phase: Record<string, string> } }; dimensions: Record<string, unknown> } };
    expect(facts.schema.fields.slice(0, 14).map((f) => f.name)).toEqual(['doc_id', 'department', 'fiscal_year', 'doc_kind', 'table_kind', 'table_title', 'entity', 'row_code', 'row_name', 'column', 'value', 'measure', 'unit', 'source_line']);
    expect(facts.model.measures.amount.currency).toBe('CNY');
    expect(facts.model.measures.amount.phase).toEqual({ final: 'executed', budget: 'proposed' });
    expect(Object.keys(facts.model.dimensions)).toEqual(expect.arrayContaining(['functional_classification', 'economic_classification', 'date', 'phase']));
  });
});
