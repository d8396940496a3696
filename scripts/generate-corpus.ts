#!/usr/bin/env -S npx tsx
/**
 * npx tsx scripts/generate-corpus.ts --out <dir> [--count N] [--seed S] [--start K]
 * Writes N synthetic 决算 department-years as <stem>.txt (the disclosure text) and <stem>.truth.json (what the text
 * says: every printed figure as an exact 元 value with its line, tables, metadata, narrative claims).
 * The corpus is a pure function of the seed: the same arguments write byte-identical files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { corpusDoc } from '../src/lib/synth/corpus.ts';

export async function generateCorpus(out: string, count: number, seed: number, start = 0): Promise<string[]> {
  await mkdir(out, { recursive: true });
  const files: string[] = [];
  for (let i = start; i < start + count; i++) {
    const { stem, text, truth } = corpusDoc(seed, i);
    const file = path.join(out, `${stem}.txt`);
    await writeFile(file, text);
    await writeFile(path.join(out, `${stem}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
    files.push(file);
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('generate-corpus.ts')) {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
  };
  const out = opt('out', 'bench/out/corpus');
  const count = Number(opt('count', '100'));
  const seed = Number(opt('seed', '1'));
  const start = Number(opt('start', '0'));
  const files = await generateCorpus(out, count, seed, start);
  console.log(`${files.length} synthetic documents (seed ${seed}) → ${out}`);
}
