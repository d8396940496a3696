#!/usr/bin/env -S npx tsx
/**
 * npx tsx scripts/search-index.ts [dist]
 * Builds the Pagefind index of a built site: every page under <dist> (pages marked data-pagefind-body), plus one
 * row-index record per department-year page (row names, projects, 绩效 indicators, glossary terms, each with the
 * row's anchor — see rowIndexHtml in src/lib/site/search.ts). Reads the ingest output (OUT_DIR, default data/out).
 * I/O only.
 */
import { readDocument } from '../src/lib/export/stored.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { DocumentModel, Index } from '../src/lib/model/document.ts';
import { docPath } from '../src/lib/site/slug.ts';
import { kindLabel } from '../src/lib/site/format.ts';
import { ROWS_HASH, rowIndexHtml } from '../src/lib/site/search.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const outDir = process.env.OUT_DIR || 'data/out';

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const dir = await index.addDirectory({ path: dist });
if (dir.errors.length) console.error(dir.errors.join('\n'));
let records = 0;
const claimed = new Set<string>();
const indexPath = path.join(outDir, 'index.json');
const entries = existsSync(indexPath) ? Index.safeParse(JSON.parse(readFileSync(indexPath, 'utf8'))) : null;
for (const e of entries?.success ? entries.data.documents : []) {
  const file = path.join(outDir, `${e.doc_id}.json`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(e.doc_id) || !existsSync(file)) continue;
  const parsed = DocumentModel.safeParse(readDocument(JSON.parse(readFileSync(file, 'utf8'))));
  if (!parsed.success) {
    console.error(`${file}: not a valid document model, its rows are not indexed: ${parsed.error.message.slice(0, 300)}`);
    continue;
  }
  const doc = parsed.data;
  const m = doc.metadata;
  const url = docPath({ doc_id: doc.doc_id, region_slug: m.region_slug, department_slug: m.department_slug, fiscal_year: m.fiscal_year, doc_kind: m.doc_kind });
  // Only pages that were built, and one document per page (the site skips a second document with the same path).
  if (claimed.has(url) || !existsSync(path.join(dist, url, 'index.html'))) continue;
  claimed.add(url);
  const kind = kindLabel(m.doc_kind);
  const title = `${m.department} ${m.fiscal_year > 0 ? `${m.fiscal_year}年` : '年度未识别 '}${kind}`;
  const r = await index.addHTMLFile({ url: url + ROWS_HASH, content: rowIndexHtml(doc, title, { 部门: m.department, 年度: String(m.fiscal_year), 类型: kind }) });
  if (r.errors.length) console.error(`${doc.doc_id}: ${r.errors.join('; ')}`);
  else records++;
}
const w = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
console.log(`search index: ${dir.page_count} pages, ${records} row indexes → ${path.relative(process.cwd(), path.join(dist, 'pagefind'))}`);
await pagefind.close();
