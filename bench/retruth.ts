#!/usr/bin/env -S npx tsx
/**
 * npx tsx bench/retruth.ts DIR --seed S [--per-family N] [--families pdf-final,pdf-budget] [--write]
 *
 * Places the truth of a corpus kept by `bench:pdf -- --keep DIR` again on its converted text with the current oracle
 * (`placeLines`), without printing or converting again: the documents are drawn again from the same seed, family and
 * index as `bench/pdf-accuracy.ts` drew them (give the same `--seed`, `--per-family` and `--families`). Prints, per
 * corpus, the facts whose line the oracle now gives otherwise and the facts it cannot place before and after; with
 * `--write`, rewrites each changed `<stem>.truth.json`. A kept document missing from DIR is skipped.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PDF_FAMILIES, pdfDoc, placeLines, type PdfFamily } from '../src/lib/synth/pdf.ts';
import type { Truth } from '../src/lib/synth/truth.ts';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) throw new Error('usage: retruth.ts DIR --seed S [--per-family N] [--families …] [--write]');
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const seed = Number(opt('seed', '1'));
const perFamily = Number(opt('per-family', '10'));
const families = opt('families', PDF_FAMILIES.join(',')).split(',') as PdfFamily[];
const write = args.includes('--write');

let documents = 0;
let changed = 0;
let unplacedBefore = 0;
let unplacedAfter = 0;
for (const family of families) {
  const k = PDF_FAMILIES.indexOf(family);
  for (let i = k * perFamily; i < (k + 1) * perFamily; i++) {
    const doc = pdfDoc(seed, i, family);
    const file = path.join(dir, `${doc.stem}.truth.json`);
    if (!existsSync(file)) continue;
    documents++;
    const old = JSON.parse(await readFile(file, 'utf8')) as Truth;
    const { truth } = placeLines(doc, await readFile(path.join(dir, `${doc.stem}.txt`), 'utf8'));
    if (truth.facts.length !== old.facts.length) throw new Error(`${doc.stem}: drawn again with ${truth.facts.length} facts, kept with ${old.facts.length}`);
    const moved = truth.facts.filter((f, j) => f.line !== old.facts[j]!.line).length;
    unplacedBefore += old.facts.filter((f) => f.line === 0).length;
    unplacedAfter += truth.facts.filter((f) => f.line === 0).length;
    if (!moved) continue;
    changed += moved;
    if (write) await writeFile(file, JSON.stringify({ ...truth, pdf: doc.pdf }, null, 1));
  }
}
console.log(`${dir}: ${documents} documents; ${changed} facts placed otherwise; unplaced ${unplacedBefore} → ${unplacedAfter}${write ? ' (written)' : ''}`);
