#!/usr/bin/env -S npx tsx
/**
 * npx tsx bench/kept-corpus.ts DIR [--kind K] [--docs] [--miss STEM] [--problems [CODE]] [--save FILE] [--base FILE]
 *
 * Re-scores a corpus kept by `bench:pdf -- --keep DIR` (each `<stem>.txt` with its `<stem>.truth.json`) with the
 * current code, without printing or converting again, split by table kind: exact ÷ expected per kind and over all.
 * - `--kind K` keeps one table kind; `--docs` lists the documents that miss facts (worst first);
 * - `--miss STEM` prints one document's differences from its truth (`compareWithTruth`), limited to `--kind`; with
 *   `--rows` also every parsed row (line, code, name, column = value) and the document's problems;
 * - `--problems` counts the problems reported by code (with a code: lists each with its file, line and raw text);
 * - `--save FILE` writes exact counts per document and kind; `--base FILE` compares with such a file and lists
 *   every document and kind that lost facts, so a change can be checked for drops, not only for its total.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestText } from '../src/lib/ingest/ingest-text.ts';
import type { DocumentModel } from '../src/lib/model/document.ts';
import { compareWithTruth, scoreAgainstTruth, type Truth } from '../src/lib/synth/truth.ts';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) throw new Error('usage: kept-corpus.ts DIR [--kind K] [--docs] [--miss STEM] [--problems [CODE]] [--save FILE] [--base FILE]');
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1]!.startsWith('--') ? args[i + 1]! : undefined;
};
const kindFilter = opt('kind');
const miss = opt('miss');
const problemsAt = args.indexOf('--problems');
const problemCode = opt('problems');

/** A model and its truth limited to one table kind. */
function ofKind(model: DocumentModel, truth: Truth, kind: string): [DocumentModel, Truth] {
  return [
    { ...model, tables: model.tables.filter((t) => t.kind === kind) },
    { ...truth, facts: truth.facts.filter((f) => f.table === kind), tables: truth.tables.filter((t) => t.kind === kind) },
  ];
}

const stems = (await readdir(dir))
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => f.slice(0, -'.truth.json'.length))
  .filter((s) => !miss || s === miss)
  .sort();
/** stem → kind → [exact, expected, extra] */
const perDoc: Record<string, Record<string, [number, number, number]>> = {};
const problems = new Map<string, number>();
/** kind → wrong facts (a value read into a fact the truth holds differently) */
const wrongByKind = new Map<string, number>();
for (const stem of stems) {
  const text = await readFile(path.join(dir, `${stem}.txt`), 'utf8');
  const truth = JSON.parse(await readFile(path.join(dir, `${stem}.truth.json`), 'utf8')) as Truth;
  const model = ingestText({ text, sourceFile: `${stem}.txt`, docId: stem, sha256: '0'.repeat(64) });
  const kinds = new Set([...truth.facts.map((f) => f.table), ...model.tables.map((t) => t.kind)]);
  perDoc[stem] = {};
  for (const kind of kinds) {
    if (kindFilter && kind !== kindFilter) continue;
    const [m, t] = ofKind(model, truth, kind);
    const s = scoreAgainstTruth(m, t);
    if (s.expected || s.extra) perDoc[stem]![kind] = [s.exact, s.expected, s.extra];
    if (s.wrong) wrongByKind.set(kind, (wrongByKind.get(kind) ?? 0) + s.wrong);
  }
  for (const p of model.problems) {
    if (problemCode && p.code === problemCode) console.log(`${stem}.txt:${p.line} ${p.severity} ${p.message}\n    ${p.raw}`);
    problems.set(p.code, (problems.get(p.code) ?? 0) + 1);
  }
  if (miss) {
    const [m, t] = kindFilter ? ofKind(model, truth, kindFilter) : [model, truth];
    for (const d of compareWithTruth(m, t)) console.log(d);
    if (args.includes('--rows')) {
      for (const tb of m.tables) {
        console.log(`## ${tb.kind} «${tb.title}» (${tb.unit})`);
        for (const r of tb.rows)
          console.log(`  ${r.line} ${r.block ?? ''} ${r.code ?? ''} ${r.name}: ${r.cells.map((c) => `${c.column}=${c.value ?? '·'}${c.line !== r.line ? `@${c.line}` : ''}`).join('  ')}`);
      }
      for (const p of model.problems) console.log(`problem ${p.code} line ${p.line}: ${p.message}\n    ${p.raw}`);
    }
  }
}

const byKind = new Map<string, [number, number, number]>();
for (const doc of Object.values(perDoc))
  for (const [k, [e, n, x]] of Object.entries(doc)) {
    const a = byKind.get(k) ?? [0, 0, 0];
    byKind.set(k, [a[0] + e, a[1] + n, a[2] + x]);
  }
const pct = (e: number, n: number) => (n ? `${((100 * e) / n).toFixed(2)} %` : '—');
const all: [number, number, number] = [0, 0, 0];
console.log(`| kind | exact | expected | extra | exact ÷ expected | wrong |\n|---|---:|---:|---:|---:|---:|`);
for (const [k, [e, n, x]] of [...byKind].sort()) {
  console.log(`| ${k} | ${e} | ${n} | ${x} | ${pct(e, n)} | ${wrongByKind.get(k) ?? 0} |`);
  all[0] += e;
  all[1] += n;
  all[2] += x;
}
console.log(`| **all** (${stems.length} documents) | ${all[0]} | ${all[1]} | ${all[2]} | ${pct(all[0], all[1])} | ${[...wrongByKind.values()].reduce((a, b) => a + b, 0)} |`);

if (args.includes('--docs')) {
  const lost = Object.entries(perDoc)
    .map(([stem, k]) => {
      const [e, n] = Object.values(k).reduce((a, [x, y]) => [a[0] + x, a[1] + y], [0, 0]);
      return { stem, e, n };
    })
    .filter((d) => d.e < d.n)
    .sort((a, b) => b.n - b.e - (a.n - a.e));
  for (const d of lost) console.log(`${d.stem}: ${d.e}/${d.n} (−${d.n - d.e})`);
}
if (problemsAt >= 0 && !problemCode) for (const [c, n] of [...problems].sort((a, b) => b[1] - a[1])) console.log(`${c}: ${n}`);

const save = opt('save');
if (save) await writeFile(save, JSON.stringify(perDoc));
const base = opt('base');
if (base) {
  const before = JSON.parse(await readFile(base, 'utf8')) as typeof perDoc;
  const drops: string[] = [];
  const kindDelta = new Map<string, number>();
  for (const [stem, kinds] of Object.entries(perDoc))
    for (const [k, [e]] of Object.entries(kinds)) {
      const was = before[stem]?.[k]?.[0] ?? 0;
      kindDelta.set(k, (kindDelta.get(k) ?? 0) + e - was);
      if (e < was) drops.push(`${stem} ${k}: ${was} → ${e}`);
    }
  for (const [k, d] of [...kindDelta].sort()) if (d) console.log(`${k}: ${d > 0 ? '+' : ''}${d}`);
  console.log(drops.length ? `drops:\n${drops.join('\n')}` : 'no document lost a fact');
}
