#!/usr/bin/env -S npx tsx
/**
 * npx tsx bench/pdf-accuracy.ts [--per-family N] [--families pdf-final,pdf-budget] [--seed S] [--by option] [--keep DIR]
 *                                [--pdftotext "-fixed 4"]   (npm run bench:pdf -- …)
 *
 * The parser measured on the real PDF path: N documents per family are printed as HTML pages by the generator
 * (src/lib/synth/pdf.ts), printed to PDF by Chromium, converted with `pdftotext -layout` (with `-nopgbrk` when the
 * document's paper says so), ingested with `ingestText`, and scored against the truth (its lines placed on the
 * converted text) with the text bench's scoring (bench/accuracy.ts table). `--by` splits a family by a text option
 * (`codes`) or a paper option (`pdf.font`, `pdf.nopgbrk` …). `--keep DIR` writes each document's .html, .pdf, .txt and
 * .truth.json there. `--pdftotext` adds flags to every conversion (`-fixed 4`: physical layout at a 4 pt pitch, which
 * keeps the page's geometry). Prints the table and writes it to bench/out/pdf-accuracy.md. Deterministic apart from
 * Chromium.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDF_FAMILIES, pdfDoc, placeLines, type PdfFamily } from '../src/lib/synth/pdf.ts';
import { accuracyTable, scoreDocument, type FamilyAccuracy } from './accuracy.ts';
import { launchChromium, pdftotext, printPdf } from './pdf-print.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const perFamily = Number(opt('per-family', '10'));
const seed = Number(opt('seed', '1'));
const families = opt('families', PDF_FAMILIES.join(',')).split(',') as PdfFamily[];
const by = opt('by', '');
const keep = opt('keep', '');
const verbose = args.includes('--verbose');
const extra = opt('pdftotext', '').split(/\s+/).filter(Boolean);

const rows = new Map<string, FamilyAccuracy>();
const row = (name: string) => rows.get(name) ?? rows.set(name, { family: name, documents: 0, ok: 0, partial: 0, failed: 0, expected: 0, exact: 0, missing: 0, wrong: 0, extra: 0 }).get(name)!;
let unplacedTotal = 0;
const dir = keep || (await mkdtemp(path.join(tmpdir(), 'mingzhang-pdfbench-')));
await mkdir(dir, { recursive: true });
const browser = await launchChromium();
try {
  for (const family of families) {
    const k = PDF_FAMILIES.indexOf(family);
    const t0 = performance.now();
    for (let i = k * perFamily; i < (k + 1) * perFamily; i++) {
      const doc = pdfDoc(seed, i, family);
      const pdfFile = path.join(dir, `${doc.stem}.pdf`);
      await printPdf(browser, doc, pdfFile);
      const text = pdftotext(pdfFile, { nopgbrk: doc.pdf.nopgbrk, extra });
      const { truth, unplaced } = placeLines(doc, text);
      unplacedTotal += unplaced;
      const key = by.startsWith('pdf.') ? String(doc.pdf[by.slice(4) as keyof typeof doc.pdf]) : by ? String(truth.options[by as keyof typeof truth.options]) : '';
      const acc = row(by ? `${family} · ${by}=${key}` : family);
      if (keep) {
        await writeFile(path.join(dir, `${doc.stem}.html`), doc.html);
        await writeFile(path.join(dir, `${doc.stem}.txt`), text);
        await writeFile(path.join(dir, `${doc.stem}.truth.json`), JSON.stringify({ ...truth, pdf: doc.pdf }, null, 1));
      } else await rm(pdfFile, { force: true });
      const r = scoreDocument(acc, text, doc.stem, truth);
      if ('error' in r) process.stderr.write(`[pdf] ${doc.stem}: threw ${String(r.error)}\n`);
      else if (verbose && (r.score.exact < r.score.expected || r.model.status !== 'ok'))
        process.stderr.write(`[pdf] ${doc.stem} ${r.model.status}: ${r.score.exact}/${r.score.expected} exact, ${r.score.missing} missing, ${r.score.wrong} wrong, ${r.score.extra} extra, ${unplaced} unplaced\n`);
    }
    process.stderr.write(`[pdf] ${family}: ${perFamily} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
} finally {
  await browser.close();
  if (!keep) await rm(dir, { recursive: true, force: true });
}
const table = accuracyTable([...rows.values()].sort((a, b) => a.family.localeCompare(b.family)));
console.log(table);
console.log(`\nfacts the oracle could not place on a line of the converted text: ${unplacedTotal}`);
const out = path.join(import.meta.dirname, 'out');
await mkdir(out, { recursive: true });
const name = `pdf-accuracy${by ? `-by-${by}` : ''}${extra.length ? `-${extra.join('').replace(/[^\w.]/g, '')}` : ''}.md`;
await writeFile(path.join(out, name), `${perFamily} documents per family, seed ${seed}, Chromium → pdftotext -layout ${extra.join(' ')}\n\n${table}\n`);
