#!/usr/bin/env -S npx tsx
/**
 * npx tsx bench/accuracy.ts [--per-family N] [--families a,b,…] [--seed S]   (npm run bench:accuracy -- …)
 *
 * The parser measured against the generator's truth, family by family: N synthetic documents per family are
 * rendered in memory (src/lib/synth), ingested with the library (`ingestText`), and every true value is looked up in
 * the parsed facts. Prints one markdown row per family: documents, status ok/partial/failed, values expected, exact
 * (value and line), missing, wrong, extra (values read that the document does not hold), accuracy % (exact /
 * (expected + extra): an invented value counts against it like a missed one), and writes the table to
 * bench/out/accuracy.md. With `--by <option>` (e.g. `--by codes`) each family is also split by that option's value,
 * to see which variant a family loses its values on. Deterministic: the same arguments give the same table.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestText } from '../src/lib/ingest/ingest-text.ts';
import { corpusDoc } from '../src/lib/synth/corpus.ts';
import { FAMILIES, FAMILY_NAMES, type RenderOptions } from '../src/lib/synth/options.ts';
import type { DocumentModel } from '../src/lib/model/document.ts';
import { scoreAgainstTruth, type FactScore, type Truth } from '../src/lib/synth/truth.ts';

export interface FamilyAccuracy {
  family: string;
  documents: number;
  ok: number;
  partial: number;
  failed: number;
  expected: number;
  exact: number;
  missing: number;
  wrong: number;
  extra: number;
}

/** Generate, ingest and score `perFamily` documents of one family (document i of family k has index k·perFamily + i). */
export function measureFamily(family: string, perFamily: number, seed: number, by?: keyof RenderOptions): FamilyAccuracy[] {
  const k = FAMILY_NAMES.indexOf(family);
  const rows = new Map<string, FamilyAccuracy>();
  const row = (name: string) => rows.get(name) ?? rows.set(name, { family: name, documents: 0, ok: 0, partial: 0, failed: 0, expected: 0, exact: 0, missing: 0, wrong: 0, extra: 0 }).get(name)!;
  for (let i = k * perFamily; i < (k + 1) * perFamily; i++) {
    const { stem, text, truth } = corpusDoc(seed, i, family);
    const acc = row(by ? `${family} · ${by}=${String(truth.options[by])}` : family);
    scoreDocument(acc, text, stem, truth);
  }
  return [...rows.values()].sort((a, b) => a.family.localeCompare(b.family));
}

/** Ingest one document and add its status and score to a family's row; the error when the ingest threw. */
export function scoreDocument(acc: FamilyAccuracy, text: string, stem: string, truth: Truth): { model: DocumentModel; score: FactScore } | { error: unknown } {
  acc.documents++;
  acc.expected += truth.facts.length;
  let model: DocumentModel;
  try {
    model = ingestText({ text, sourceFile: `${stem}.txt`, docId: stem, sha256: '0'.repeat(64) });
  } catch (error) {
    acc.failed++;
    acc.missing += truth.facts.length;
    return { error };
  }
  if (model.status === 'ok') acc.ok++;
  else if (model.status === 'partial') acc.partial++;
  else acc.failed++;
  const score = scoreAgainstTruth(model, truth);
  acc.exact += score.exact;
  acc.missing += score.missing;
  acc.wrong += score.wrong;
  acc.extra += score.extra;
  return { model, score };
}

export function accuracyTable(rows: readonly FamilyAccuracy[]): string {
  // A value read that the document does not hold (extra) is as wrong to a reader as one missed: accuracy counts it.
  const pct = (r: FamilyAccuracy) => (r.expected + r.extra === 0 ? '—' : `${((100 * r.exact) / (r.expected + r.extra)).toFixed(2)}%`);
  const out = [
    '| family | documents | ok / partial / failed | values expected | exact | missing | wrong | extra | accuracy = exact / (expected + extra) |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) out.push(`| ${r.family} | ${r.documents} | ${r.ok} / ${r.partial} / ${r.failed} | ${r.expected} | ${r.exact} | ${r.missing} | ${r.wrong} | ${r.extra} | ${pct(r)} |`);
  const t = rows.reduce<FamilyAccuracy>((a, r) => ({ ...a, documents: a.documents + r.documents, ok: a.ok + r.ok, partial: a.partial + r.partial, failed: a.failed + r.failed, expected: a.expected + r.expected, exact: a.exact + r.exact, missing: a.missing + r.missing, wrong: a.wrong + r.wrong, extra: a.extra + r.extra }), {
    family: '**all**',
    documents: 0, ok: 0, partial: 0, failed: 0, expected: 0, exact: 0, missing: 0, wrong: 0, extra: 0,
  });
  out.push(`| **all** | ${t.documents} | ${t.ok} / ${t.partial} / ${t.failed} | ${t.expected} | ${t.exact} | ${t.missing} | ${t.wrong} | ${t.extra} | ${pct(t)} |`);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}` || path.basename(process.argv[1] ?? '') === 'accuracy.ts') {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
  };
  const perFamily = Number(opt('per-family', '50'));
  const seed = Number(opt('seed', '1'));
  const families = opt('families', FAMILIES.map((f) => f.name).join(',')).split(',');
  const by = (opt('by', '') || undefined) as keyof RenderOptions | undefined;
  const rows: FamilyAccuracy[] = [];
  for (const f of families) {
    const t0 = performance.now();
    rows.push(...measureFamily(f, perFamily, seed, by));
    process.stderr.write(`[accuracy] ${f}: ${perFamily} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const table = accuracyTable(rows);
  console.log(table);
  const out = path.join(import.meta.dirname, 'out');
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, by ? `accuracy-by-${by}.md` : 'accuracy.md'), `${perFamily} documents per family, seed ${seed}\n\n${table}\n`);
}
