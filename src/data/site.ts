/**
 * Build-time data access for pages: the one module pages and endpoints import. Per-document routes list their
 * entries here (filtered by the build scope, src/data/scope.ts); index pages read summaries (src/data/summary.ts),
 * never whole models.
 */
import { getCollection } from 'astro:content';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { DocumentModel, IndexEntry } from '../lib/model/document.ts';
import { decodeBytes } from '../lib/input/decode.ts';
import { deptPath, deptSlug, docPath, editionSlug, regionSlug } from '../lib/site/slug.ts';
import { splitLines } from '../lib/text/lines.ts';
import { readIndex } from './loader.ts';
import { OUT_DIR } from './out.ts';
import { rendersShell, scopeFromEnv } from './scope.ts';
import type { DocSummary } from './summary.ts';

export { OUT_DIR };
export type { DocSummary };

/** The scope of this build (all, one shard, or the shell). */
export const scope = scopeFromEnv();

/** What links, slugs and names need of a document: its id and metadata (a model, a summary or a projection). */
export interface DocRef {
  doc_id: string;
  metadata: Pick<DocumentModel['metadata'], 'region_slug' | 'department_slug' | 'fiscal_year' | 'doc_kind' | 'department' | 'region'>;
}

const byPlace = (a: DocRef, b: DocRef) =>
  a.metadata.region_slug.localeCompare(b.metadata.region_slug) ||
  a.metadata.department.localeCompare(b.metadata.department, 'zh-CN') ||
  a.metadata.fiscal_year - b.metadata.fiscal_year ||
  a.metadata.doc_kind.localeCompare(b.metadata.doc_kind);

let docsCache: Promise<DocumentModel[]> | null = null;
let summariesCache: Promise<DocSummary[]> | null = null;

/**
 * The whole models of the documents whose pages this build renders, sorted by region, department, year, kind.
 * Only the department-year page needs whole models; every other page reads `summaries()`.
 */
export function allDocs(): Promise<DocumentModel[]> {
  return (docsCache ??= getCollection('docs').then((es: { data: unknown }[]) => es.map((e) => e.data as DocumentModel).sort(byPlace)));
}

let twinsCache: Promise<Map<string, DocumentModel>> | null = null;
const twinKey = (d: DocRef, kind: string) => {
  const k = keyOf(d);
  return `${regionSlug(k)}\u0000${deptSlug(k)}\u0000${k.fiscal_year}\u0000${kind}`;
};

/**
 * The same department and year published as the other kind (预算 ↔ 决算), or null. One index of the build's documents,
 * made once, so a page's lookup does not grow with the collection.
 */
export async function twinOf(doc: DocumentModel): Promise<DocumentModel | null> {
  twinsCache ??= allDocs().then((docs) => {
    const m = new Map<string, DocumentModel>();
    for (const d of docs) {
      const k = twinKey(d, d.metadata.doc_kind);
      if (!m.has(k)) m.set(k, d);
    }
    return m;
  });
  const other = doc.metadata.doc_kind === 'budget' ? 'final' : 'budget';
  const twin = (await twinsCache).get(twinKey(doc, other));
  return twin && twin !== doc ? twin : null;
}

/** The summaries of every valid document this build needs (all of them, or the shard's own), in the same order. */
export function summaries(): Promise<DocSummary[]> {
  return (summariesCache ??= getCollection('summaries').then((es: { data: unknown }[]) => es.map((e) => e.data as DocSummary).sort(byPlace)));
}

/** index.json entries (includes failed documents that have no page). */
export function indexEntries(): IndexEntry[] {
  return readIndex(OUT_DIR);
}

export function keyOf(d: DocRef) {
  return {
    doc_id: d.doc_id,
    region_slug: d.metadata.region_slug,
    department_slug: d.metadata.department_slug,
    fiscal_year: d.metadata.fiscal_year,
    doc_kind: d.metadata.doc_kind,
  };
}

const base = () => import.meta.env.BASE_URL.replace(/\/$/, '');

export function docHref(d: DocRef): string {
  return base() + docPath(keyOf(d));
}

export function deptHref(d: DocRef): string {
  return base() + deptPath(keyOf(d));
}

export function regionName(d: DocRef): string {
  const r = d.metadata.region;
  return [r.province, r.city, r.county].filter(Boolean).join(' ') || '地区未识别';
}

/** Unique pages: two documents with the same path get the doc_id appended to stay distinct. */
export async function pagePaths(): Promise<Map<string, DocumentModel>> {
  const map = new Map<string, DocumentModel>();
  for (const d of await allDocs()) {
    let p = docPath(keyOf(d));
    if (map.has(p)) p = p.replace(/\/$/, `-${d.doc_id.slice(-8)}/`);
    map.set(p, d);
  }
  return map;
}

/** One route per region/dept/edition of the given documents; a second document with the same route is skipped. */
export function editionRoutes<D extends DocRef>(docs: readonly D[]): { params: { region: string; dept: string; edition: string }; props: { doc: D } }[] {
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

/** getStaticPaths of the department-year pages (document page and its source page), in this build's scope. */
export async function editionPaths() {
  return editionRoutes(await allDocs());
}

/** getStaticPaths of the department pages (a department over the years), from summaries, in this build's scope. */
export async function departmentPaths(): Promise<{ params: { region: string; dept: string }; props: { docs: DocSummary[] } }[]> {
  const all = await summaries();
  const docs = scope.kind === 'shell' ? [] : all;
  const groups = new Map<string, DocSummary[]>();
  for (const d of docs) {
    const k = keyOf(d);
    const key = `${regionSlug(k)}/${deptSlug(k)}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.entries()].map(([key, ds]) => {
    const [region, dept] = key.split('/') as [string, string];
    return { params: { region, dept }, props: { docs: ds } };
  });
}

/** Whether this build renders the shell pages and downloads (false in a shard build). */
export function buildsShell(): boolean {
  return rendersShell(scope);
}

/** The source text of a document as lines (raw), or the reason it cannot be shown. For the source page. */
export function sourceLines(doc: Pick<DocumentModel, 'source_file'>): { lines: string[]; error: string | null } {
  const hit = sourceCache.get(doc.source_file);
  if (hit) return hit;
  const out = readSourceLines(doc.source_file);
  // The department-year page and its source page ask one after the other: a few entries are enough.
  if (sourceCache.size >= 8) sourceCache.delete(sourceCache.keys().next().value!);
  sourceCache.set(doc.source_file, out);
  return out;
}

const sourceCache = new Map<string, { lines: string[]; error: string | null }>();

function readSourceLines(file: string): { lines: string[]; error: string | null } {
  try {
    if (!existsSync(file) || !statSync(file).isFile()) return { lines: [], error: '构建时找不到源文件。' };
    const dec = decodeBytes(readFileSync(file));
    return dec.ok ? { lines: splitLines(dec.text).map((l) => l.raw), error: null } : { lines: [], error: dec.reason };
  } catch (e) {
    return { lines: [], error: (e as Error).message };
  }
}
