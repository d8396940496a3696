/** URL slugs for the site: ASCII [a-z0-9-] only, never a path. */
import { safeSlug } from '../slug.ts';

export { safeSlug };

export interface DocKey {
  doc_id: string;
  region_slug: string;
  department_slug: string;
  fiscal_year: number;
  doc_kind: 'final' | 'budget';
}

/** The edition segment: `2022-final` / `2024-budget`. */
export function editionSlug(d: Pick<DocKey, 'fiscal_year' | 'doc_kind'>): string {
  const y = Number.isInteger(d.fiscal_year) ? d.fiscal_year : 0;
  return `${y}-${d.doc_kind === 'budget' ? 'budget' : 'final'}`;
}

/**
 * Department slug without region and edition: `henan-jiaozuo-gongxinju-2022-final` with region `henan-jiaozuo`
 * → `gongxinju`. Falls back to the sanitized slug when stripping leaves nothing.
 */
export function deptSlug(d: DocKey): string {
  const region = safeSlug(d.region_slug, 'region');
  let s = safeSlug(d.department_slug || d.doc_id, 'dept');
  s = s.replace(/-(19|20)\d{2}-(final|budget)(-[a-z0-9]+)?$/, '');
  if (s.startsWith(region + '-')) s = s.slice(region.length + 1);
  return safeSlug(s, 'dept');
}

export function regionSlug(d: DocKey): string {
  return safeSlug(d.region_slug, 'region');
}

/** Path (no base) of a department page: `/henan-jiaozuo/gongxinju/`. */
export function deptPath(d: DocKey): string {
  return `/${regionSlug(d)}/${deptSlug(d)}/`;
}

/** Path (no base) of a department-year page: `/henan-jiaozuo/gongxinju/2022-final/`. */
export function docPath(d: DocKey): string {
  return `${deptPath(d)}${editionSlug(d)}/`;
}

/** Path of the source-text page of a document. */
export function sourcePath(d: DocKey): string {
  return `${docPath(d)}source/`;
}

/** Anchor id of a source line. */
export function lineId(line: number): string {
  return `L${Math.max(0, Math.trunc(line))}`;
}

/** Anchor id of a table row on the department-year page. */
export function rowId(tableId: string, rowIndex: number): string {
  return `r-${safeSlug(tableId, 't')}-${rowIndex}`;
}

export function tableAnchor(tableId: string): string {
  return `t-${safeSlug(tableId, 't')}`;
}

/** Prefix a site path with the configured base (BASE_URL ends with / or is "/"). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path}`;
}

/**
 * Anchor id of indicator `i` of a 绩效 evaluation on the department-year page: the evaluation index and the indicator's
 * source line, with `-2`, `-3` … when several indicators were read from one line (a target table may print three
 * indicators on one line), so every id on the page is unique.
 */
export function perfRowId(evaluationIndex: number, indicators: readonly { line: number }[], i: number): string {
  const line = indicators[i]?.line ?? 0;
  let nth = 1;
  for (let k = 0; k < i; k++) if (indicators[k]!.line === line) nth++;
  const base = `perf-${Math.max(0, Math.trunc(evaluationIndex))}-L${Math.max(0, Math.trunc(line))}`;
  return nth === 1 ? base : `${base}-${nth}`;
}
