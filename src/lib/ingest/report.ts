/** The maintainer's ingest report (console lines and Markdown for the CI job summary). Pure: no I/O. */
import type { DocumentModel } from '../model/document.ts';
import { prepare, type Prepared } from './prepare.ts';

export type Change = 'new' | 'changed' | 'unchanged';

/** Which documents are new, changed (other content) or unchanged against the previous index (doc_id → sha256), which were removed. */
export function changesFrom(previous: ReadonlyMap<string, string>, docs: readonly Prepared[]): { change: Map<string, Change>; removed: string[] } {
  const change = new Map<string, Change>();
  for (const d of docs) {
    const prev = previous.get(d.docId);
    change.set(d.docId, prev === undefined ? 'new' : prev === d.sha256 ? 'unchanged' : 'changed');
  }
  const removed = [...previous.keys()].filter((id) => !change.has(id)).sort();
  return { change, removed };
}

export function reportLine(d: Prepared, change?: Change): string {
  const s = d.summary;
  const i = s.index;
  const c = i.check_summary;
  return `${(change ?? '').padEnd(10)}${i.status.padEnd(8)}${d.docId}  ${i.department} ${i.fiscal_year} ${i.doc_kind}  tables=${s.tables} coverage=${s.coverage}% errors=${s.errors.length} warnings=${s.warnings} checks: ${c.pass} pass (${c.rounding} 尾差), ${c.warn} warn, ${c.fail} fail, ${c.skip} skip`.trimStart();
}

/** Report lines for parsed documents (one per document). */
export function report(docs: DocumentModel[]): string[] {
  return docs.map((d) => reportLine(prepare(d)));
}

export interface IngestReport {
  lines: string[];
  markdown: string;
}

/** The maintainer's report: counts, then every new / changed / not-ok document with its problems and failing checks. */
export function buildReport(docs: Prepared[], change: Map<string, Change>, removed: string[], opts: { all?: boolean; out: string; seconds: number; parsed: number }): IngestReport {
  const count = (c: Change) => docs.filter((d) => change.get(d.docId) === c).length;
  const bad = docs.filter((d) => d.summary.index.status !== 'ok');
  const head = `${docs.length} documents → ${opts.out}: ${count('new')} new, ${count('changed')} changed, ${count('unchanged')} unchanged, ${removed.length} removed; ${docs.length - bad.length} ok, ${bad.length} failed or partial; parsed ${opts.parsed}, from cache ${docs.length - opts.parsed} (${opts.seconds.toFixed(2)} s)`;
  const lines: string[] = [];
  const md: string[] = ['## Ingest report', '', head, ''];
  const listed = docs.filter((d) => opts.all || change.get(d.docId) !== 'unchanged' || d.summary.index.status !== 'ok');
  if (listed.length) md.push('| change | status | document | coverage | errors | warnings | failing checks |', '|---|---|---|---|---|---|---|');
  for (const d of listed) {
    lines.push(reportLine(d, change.get(d.docId)));
    if (d.summary.index.status_reason) lines.push(`    why ${d.summary.index.status}: ${d.summary.index.status_reason}`);
    for (const f of d.summary.failing.slice(0, 10)) lines.push(`    check ${f.check_id} failed: ${f.title} — ${f.message}`);
    const s = d.summary;
    md.push(`| ${change.get(d.docId)} | ${s.index.status} | \`${d.docId}\` ${s.index.department} ${s.index.fiscal_year} | ${s.coverage}% | ${s.errors.length} | ${s.warnings} | ${s.failing.map((f) => f.check_id).join(', ')} |`);
  }
  for (const r of removed) {
    lines.push(`removed  ${r}`);
    md.push(`| removed | | \`${r}\` | | | | |`);
  }
  lines.push(head);
  const problems = docs.filter((d) => d.summary.errors.length > 0);
  if (problems.length) {
    md.push('', '### Problems', '');
    for (const d of problems) for (const p of d.summary.errors.slice(0, 20)) md.push(`- \`${d.sourceFile}:${p.line}\` ${p.message}`);
  }
  return { lines, markdown: md.join('\n') + '\n' };
}
