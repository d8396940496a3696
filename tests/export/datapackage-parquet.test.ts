import { describe, expect, it } from 'vitest';
import { dataPackage, type ParquetFileInfo } from '../../src/lib/site/datapackage.ts';

describe('datapackage.json with the Parquet files', () => {
  const files = [{ name: 'facts.csv', bytes: 10, sha256: 'a'.repeat(64) }];
  const parquet: ParquetFileInfo[] = [
    { name: 'parquet/documents.parquet', bytes: 7, sha256: 'b'.repeat(64), table: 'documents', partition: {} },
    { name: 'parquet/facts/fiscal_year=2022/data_0.parquet', bytes: 8, sha256: 'c'.repeat(64), table: 'facts', partition: { fiscal_year: '2022' } },
    { name: 'parquet/checks/fiscal_year=2022/data_0.parquet', bytes: 9, sha256: 'd'.repeat(64), table: 'checks', partition: { fiscal_year: '2022' } },
  ];
  const pkg = dataPackage(files, { parquet }) as { resources: Record<string, any>[] };
  const byPath = new Map(pkg.resources.map((r) => [r.path as string, r]));

  it('lists every Parquet file as its own resource with its sha256, after the CSV', () => {
    expect(pkg.resources.map((r) => r.path)).toEqual(['facts.csv', ...parquet.map((p) => p.name)]);
    for (const p of parquet) {
      const r = byPath.get(p.name)!;
      expect(r.hash).toBe(`sha256:${p.sha256}`);
      expect([r.format, r.mediatype]).toEqual(['parquet', 'application/vnd.apache.parquet']);
    }
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
  });

  it('describes a facts partition with the contract columns in order, value as a string, then status and value_decimal, without the partition column', () => {
    const fields = byPath.get('parquet/facts/fiscal_year=2022/data_0.parquet')!.schema.fields as { name: string; type: string }[];
    const names = fields.map((f) => f.name);
    expect(names.slice(0, 13)).toEqual(['doc_id', 'department', 'doc_kind', 'table_kind', 'table_title', 'entity', 'row_code', 'row_name', 'column', 'value', 'measure', 'unit', 'source_line']);
    expect(names).not.toContain('fiscal_year');
    expect(names).toEqual(expect.arrayContaining(['status', 'city', 'value_decimal']));
    expect(fields.find((f) => f.name === 'value')!.type).toBe('string');
    expect(byPath.get('parquet/facts/fiscal_year=2022/data_0.parquet')!.partition).toEqual({ fiscal_year: '2022' });
  });

  it('names the document status of a check doc_status, next to the check status', () => {
    const names = (byPath.get('parquet/checks/fiscal_year=2022/data_0.parquet')!.schema.fields as { name: string }[]).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['status', 'doc_status', 'doc_kind']));
  });
});
