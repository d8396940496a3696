/**
 * The compact `<doc_id>.json` form loses nothing: reading it back gives the exact document model, for every seed.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/export/csv.ts';
import { documentFactsCsv, factRows } from '../../src/lib/export/facts.ts';
import { readDocument, STORED_FORMAT, storeDocument, StoredDocument } from '../../src/lib/export/stored.ts';
import { DocumentModel, FACT_COLUMNS, FACT_EXTRA_COLUMNS } from '../../src/lib/model/document.ts';
import { parseSeed, SEEDS } from '../helpers.ts';

describe('compact document JSON', () => {
  for (const name of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) {
    it(`${name}: reading the stored JSON back gives the same document model`, () => {
      const doc = parseSeed(name);
      const stored = JSON.parse(JSON.stringify(storeDocument(doc)));
      expect(StoredDocument.safeParse(stored).success).toBe(true);
      expect(readDocument(stored)).toEqual(DocumentModel.parse(doc));
      expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(doc).length * 0.6);
    });
  }

  it('a verbose model (no format field) is read as it is, and garbage is returned unchanged for the schema to reject', () => {
    const doc = parseSeed('yangquan2022');
    expect(readDocument(doc)).toBe(doc);
    expect(readDocument(null)).toBeNull();
    const broken = { format: STORED_FORMAT, tables: [{ rows: 3 }] };
    expect(readDocument(broken)).toBe(broken);
  });

  it('a cell keeps its line offset and flags: 阳泉 2022 withheld and blank cells survive the round trip', () => {
    const doc = parseSeed('yangquan2022');
    const back = readDocument(JSON.parse(JSON.stringify(storeDocument(doc))));
    const blanks = (d: DocumentModel) => d.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.blank).map((c) => `${t.id}:${r.line}:${c.column}:${c.line}`)));
    expect(blanks(doc).length).toBeGreaterThan(0);
    expect(blanks(back)).toEqual(blanks(doc));
  });
});

describe('per-document facts CSV', () => {
  it('is byte for byte the papaparse CSV of the fact rows, for every seed (fields escaped once per document)', () => {
    for (const name of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) {
      const doc = parseSeed(name);
      expect(documentFactsCsv(doc)).toBe(toCsv([...FACT_COLUMNS, ...FACT_EXTRA_COLUMNS], factRows(doc)));
    }
  });
  it('quotes a field holding a comma, a quote or a line break, as RFC 4180 asks', () => {
    const doc = parseSeed('yangquan2022');
    const t = doc.tables[0]!;
    const tricky = { ...doc, tables: [{ ...t, title: '收入,支出 "总表"\n续', rows: t.rows.slice(0, 2) }] };
    const rows = Papa.parse<string[]>(documentFactsCsv(tricky), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows.slice(1)) expect(r[5]).toBe('收入,支出 "总表"\n续');
  });
});
