/** Build-time data access for pages: the content collection (fetched once) plus index.json for failed documents. */
import { getCollection } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentModel, IndexEntry } from '../lib/model/document.ts';
import { Index } from '../lib/model/document.ts';
import { deptPath, deptSlug, docPath, editionSlug, regionSlug } from '../lib/site/slug.ts';

export const OUT_DIR = process.env.OUT_DIR ?? 'data/out';

let cache: Promise<DocumentModel[]> | null = null;

/** All valid documents, sorted by region, department, year, kind. */
export function allDocs(): Promise<DocumentModel[]> {
  cache ??= getCollection('docs').then((entries) =>
    entries
      .map((e) => e.data as DocumentModel)
      .sort(
        (a, b) =>
          a.metadata.region_slug.localeCompare(b.metadata.region_slug) ||
          a.metadata.department.localeCompare(b.metadata.department, 'zh-CN') ||
          a.metadata.fiscal_year - b.metadata.fiscal_year ||
          a.metadata.doc_kind.localeCompare(b.metadata.doc_kind),
      ),
  );
  return cache;
}

/** index.json entries (includes failed documents that have no page). */
export function indexEntries(): IndexEntry[] {
  const p = path.join(OUT_DIR, 'index.json');
  if (!existsSync(p)) return [];
  const r = Index.safeParse(JSON.parse(readFileSync(p, 'utf8')));
  return r.success ? r.data.documents : [];
}

export function keyOf(d: DocumentModel) {
  return {
    doc_id: d.doc_id,
    region_slug: d.metadata.region_slug,
    department_slug: d.metadata.department_slug,
    fiscal_year: d.metadata.fiscal_year,
    doc_kind: d.metadata.doc_kind,
  };
}

export function docHref(d: DocumentModel): string {
  return import.meta.env.BASE_URL.replace(/\/$/, '') + docPath(keyOf(d));
}

export function deptHref(d: DocumentModel): string {
  return import.meta.env.BASE_URL.replace(/\/$/, '') + deptPath(keyOf(d));
}

export function regionName(d: DocumentModel): string {
  const r = d.metadata.region;
  return [r.province, r.city, r.county].filter(Boolean).join(' ') || '地区未识别';
}

/** Unique pages: two documents with the same path get the doc_id appended to stay distinct. */
export async function pagePaths(): Promise<Map<string, DocumentModel>> {
  const docs = await allDocs();
  const map = new Map<string, DocumentModel>();
  for (const d of docs) {
    let p = docPath(keyOf(d));
    if (map.has(p)) p = p.replace(/\/$/, `-${d.doc_id.slice(-8)}/`);
    map.set(p, d);
  }
  return map;
}

/** getStaticPaths of the department-year pages (document page and its source page): one page per region/dept/edition. */
export async function editionPaths() {
  const docs = await allDocs();
  const seen = new Set<string>();
  const out = [];
  for (const d of docs) {
    const k = keyOf(d);
    const params = { region: regionSlug(k), dept: deptSlug(k), edition: editionSlug(k) };
    const key = `${params.region}/${params.dept}/${params.edition}`;
    if (seen.has(key)) {
      console.warn(`[site] duplicate page ${key}: ${d.doc_id} skipped`);
      continue;
    }
    seen.add(key);
    out.push({ params, props: { doc: d } });
  }
  return out;
}
