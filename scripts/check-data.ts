#!/usr/bin/env -S npx tsx
/**
 * npm run check-data [-- <file-or-dir>...] [--strict-checks] [--summary <file.md>]
 * Parses every disclosure (data/raw/, or RAW_DIR, or the given paths) without writing any output, prints the
 * maintainer's report (new / changed documents against data/out/index.json, status, coverage, failing checks) and
 * exits 1 when any document failed or parsed only partly (2 with --strict-checks when a reconciliation check fails).
 * In GitHub Actions the report is also appended to the job summary ($GITHUB_STEP_SUMMARY).
 */
import { appendFile } from 'node:fs/promises';
import { buildReport } from '../src/lib/ingest/report.ts';
import { changesSince, DEFAULT_CACHE, DEFAULT_OUT, DEFAULT_RAW, listInputs, prepareAll } from './ingest/run.ts';

const args = process.argv.slice(2);
const inputs: string[] = [];
let strictChecks = false;
let summary: string | null = process.env.GITHUB_STEP_SUMMARY || null;
let all = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--strict-checks') strictChecks = true;
  else if (a === '--summary') summary = args[++i] ?? null;
  else if (a === '--all') all = true;
  else if (a === '--help' || a === '-h') {
    console.log('usage: npm run check-data -- [--strict-checks] [--all] [--summary <file.md>] [<file-or-dir>...]');
    process.exit(0);
  } else inputs.push(a);
}
if (inputs.length === 0) inputs.push(process.env.RAW_DIR || DEFAULT_RAW);

const started = performance.now();
const files = await listInputs(inputs);
const docs = await prepareAll(files, process.env.INGEST_CACHE === '0' ? false : DEFAULT_CACHE);
const { change, removed } = await changesSince(process.env.OUT_DIR || DEFAULT_OUT, docs);
const rep = buildReport(docs, change, removed, { all, out: '(check only)', seconds: (performance.now() - started) / 1000, parsed: docs.filter((d) => !d.cached).length });
for (const l of rep.lines) console.log(l);

const bad = docs.filter((d) => d.summary.index.status !== 'ok');
for (const d of bad) {
  console.error(`${d.summary.index.status}: ${d.sourceFile}`);
  for (const p of d.summary.errors) console.error(`  ${d.sourceFile}:${p.line}: ${p.message}${p.raw ? `  «${p.raw.slice(0, 200)}»` : ''}`);
}
const failingChecks = docs.reduce((n, d) => n + d.summary.failing.length, 0);
if (summary) await appendFile(summary, rep.markdown);
if (files.length === 0) {
  console.error(`no .txt disclosures under ${inputs.join(', ')}`);
  process.exit(1);
}
if (bad.length > 0) {
  console.error(`check-data: ${bad.length} of ${docs.length} documents failed or parsed only partly`);
  process.exit(1);
}
if (strictChecks && failingChecks > 0) {
  console.error(`check-data: ${failingChecks} reconciliation checks fail`);
  process.exit(2);
}
console.log(`check-data: all ${docs.length} documents parsed cleanly (${failingChecks} failing reconciliation checks reported above)`);
