#!/usr/bin/env -S npx tsx
/**
 * npm run ingest -- --out <dir> <file-or-dir>...
 * Reads every .txt disclosure under the given paths (recursively), writes index.json, <doc_id>.json, facts.csv,
 * checks.csv, the per-document facts/ and checks/ CSVs and the JSON Schemas into <dir> (atomically), prints a
 * report. Exit 1 when any document failed or parsed only partly. I/O only: parsing lives in src/lib.
 *
 * npm run ingest -- --shard k/n …   only the documents of shard k of n (by region; INGEST_SHARD=k/n too)
 * npm run ingest -- --merge --out <dir> <shard-out>...   merge shard outputs into one output (as one unsharded run)
 */
import { parseShard, type Shard } from '../../src/lib/ingest/shard.ts';
import { mergeOutputs, runIngest } from './run.ts';

const args = process.argv.slice(2);
let out: string | null = null;
let quiet = false;
let keepGoing = false;
let cache: string | false | undefined;
let all = false;
let summary: string | null = null;
let merge = false;
let shardArg: string | undefined = process.env.INGEST_SHARD || undefined;
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--out') out = args[++i] ?? null;
  else if (a.startsWith('--out=')) out = a.slice(6);
  else if (a === '--quiet') quiet = true;
  else if (a === '--keep-going') keepGoing = true;
  else if (a === '--no-cache') cache = false;
  else if (a === '--cache') cache = args[++i] ?? undefined;
  else if (a === '--all') all = true;
  else if (a === '--summary') summary = args[++i] ?? null;
  else if (a === '--shard') shardArg = args[++i];
  else if (a.startsWith('--shard=')) shardArg = a.slice(8);
  else if (a === '--merge') merge = true;
  else if (a === '--help' || a === '-h') {
    console.log('usage: npm run ingest -- [--out <dir>] [--quiet] [--keep-going] [--no-cache | --cache <dir>] [--all] [--summary <file.md>] [--shard k/n] <file-or-dir>...\n       npm run ingest -- --merge --out <dir> <shard-out-dir>...');
    process.exit(0);
  } else inputs.push(a);
}
// RAW_DIR (default data/raw) lets anyone build the site from their own collection of disclosures.
if (inputs.length === 0 && process.env.RAW_DIR) inputs.push(process.env.RAW_DIR);
let shard: Shard | null = null;
if (shardArg !== undefined) {
  shard = parseShard(shardArg);
  if (!shard) {
    console.error(`ingest: --shard wants k/n with 1 ≤ k ≤ n, not ${shardArg}`);
    process.exit(2);
  }
}
let code: number;
try {
  if (merge) {
    if (!out || inputs.length === 0) throw new Error('--merge needs --out <dir> and the shard output directories');
    const n = await mergeOutputs(inputs, out);
    if (!quiet) console.log(`merged ${n} documents from ${inputs.length} shard outputs → ${out}`);
    process.exit(0);
  }
  code = await runIngest({ out, inputs, quiet, cache, all, summary, shard, log: (s) => console.log(s), err: (s) => console.error(s) });
} catch (e) {
  // A missing input path or an unwritable output: one clear line, no stack trace, exit 2 (usage/environment error).
  const err = e as NodeJS.ErrnoException;
  console.error(`ingest: ${err.code === 'ENOENT' && err.path ? `no such file or directory: ${err.path}` : err.message}`);
  process.exit(2);
}
// --keep-going (used by the site build): partial/failed documents are reported but still published with their status.
process.exit(keepGoing ? 0 : code);
