#!/usr/bin/env -S npx tsx
/**
 * npx tsx scripts/generate-corpus.ts --out <dir> [--count N] [--seed S] [--start K] [--family F[,F…]|all] [--<option> value …]
 * npx tsx scripts/generate-corpus.ts --list      (the families and the option names)
 * Writes N synthetic department-years per family as <stem>.txt (the disclosure text) and <stem>.truth.json (what the
 * text says: every printed figure as an exact 元 value with its line, tables, metadata, narrative claims, and the
 * family and printing options of the document). Families and options: src/lib/synth/README.md
 * (`--family seed-tab | budget-seed-tab | pipe | spaced-pdftotext | titles | codes-rows | headers |
 * budget-joined-codes | budget-spaced | mixed`; option flags such as `--form spaced --codes split` override the
 * family's draws for every document). The corpus is a pure function of its arguments: the same arguments write
 * byte-identical files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { corpusDoc } from '../src/lib/synth/corpus.ts';
import { FAMILIES, FAMILY_NAMES, OPTION_KEYS, parseOptionFlags, type RenderOptions } from '../src/lib/synth/options.ts';

/**
 * Write `count` documents of each family; the k-th family's documents take indexes start + k·count …, so stems
 * (and department-years) stay distinct across families.
 */
export async function generateCorpus(out: string, count: number, seed: number, start = 0, families: readonly string[] = ['seed-tab'], overrides: Partial<RenderOptions> = {}): Promise<string[]> {
  await mkdir(out, { recursive: true });
  const files: string[] = [];
  for (const [k, fam] of families.entries()) {
    for (let i = start + k * count; i < start + (k + 1) * count; i++) {
      const { stem, text, truth } = corpusDoc(seed, i, fam, overrides);
      const file = path.join(out, `${stem}.txt`);
      await writeFile(file, text);
      await writeFile(path.join(out, `${stem}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
      files.push(file);
    }
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('generate-corpus.ts')) {
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    for (const f of FAMILIES) console.log(`${f.name.padEnd(20)} ${f.description}`);
    console.log(`\noptions (each a flag: --name value): ${OPTION_KEYS.join(', ')}`);
    process.exit(0);
  }
  const opt = (name: string, dflt: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
  };
  const out = opt('out', 'bench/out/corpus');
  const count = Number(opt('count', '100'));
  const seed = Number(opt('seed', '1'));
  const start = Number(opt('start', '0'));
  const fams = opt('family', 'seed-tab');
  const families = fams === 'all' ? FAMILY_NAMES : fams.split(',');
  const files = await generateCorpus(out, count, seed, start, families, parseOptionFlags(args));
  console.log(`${files.length} synthetic documents (seed ${seed}, ${families.join(', ')}) → ${out}`);
}
