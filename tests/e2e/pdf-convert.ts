/**
 * The maintainer's path from a PDF as tests take it: print an HTML fixture to PDF with headless Chromium, convert it
 * with `pdftotext -layout` (Debian poppler-utils). Shared by the PDF end-to-end tests.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import type { Row, Table } from '../../src/lib/model/table.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function has(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.error === undefined && r.status === 0;
}

/** The tools a PDF test needs that this machine lacks (empty when both are there). */
export function missingPdfTools(): string[] {
  return [!has('pdftotext', ['-v']) && 'pdftotext (apt-get install poppler-utils)', !has(CHROMIUM, ['--version']) && `chromium (${CHROMIUM})`].filter(
    (x): x is string => typeof x === 'string',
  );
}

/** Print `html` to `dir/<name>.pdf` and convert it to the text file `txt`; returns the text. */
export function printAndConvert(html: string, dir: string, txt: string): string {
  const pdf = path.join(dir, `${path.basename(html, '.html')}.pdf`);
  const print = spawnSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${path.join(dir, 'profile')}`, `--print-to-pdf=${pdf}`, html],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (print.status !== 0) throw new Error(`chromium could not print the PDF: ${print.stderr}`);
  const conv = spawnSync('pdftotext', ['-layout', pdf, txt], { encoding: 'utf8' });
  if (conv.status !== 0) throw new Error(`pdftotext failed: ${conv.stderr}`);
  return readFileSync(txt, 'utf8');
}

/** The one table of a kind (asserted: exactly one). */
export function onlyTable(doc: DocumentModel, kind: string): Table {
  const t = doc.tables.filter((x) => x.kind === kind);
  expect(t, kind).toHaveLength(1);
  return t[0]!;
}

/** The one row of a table with this code or name, in a block when given (asserted: exactly one). */
export function onlyRow(t: Table, key: string, block?: string): Row {
  const r = t.rows.filter((x) => (x.code === key || x.name === key) && (block === undefined || x.block === block));
  expect(r, key).toHaveLength(1);
  return r[0]!;
}
