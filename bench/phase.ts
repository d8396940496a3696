/**
 * One measured phase of the benchmark, run in its own process so that peak memory (maxRSS, worker threads
 * included) belongs to that phase alone. Prints one JSON line.
 *   baseline <dir>                       read every .txt and split it into cells with papaparse (delimiter '\t')
 *   ingest <dir> <out> <cacheDir|none> <jobs|auto>   the real ingest (read, hash, parse, check, write atomically)
 *   verify <dir> <out>                   compare every document of <out> with the generator's truth next to the text
 *   one <file>                           CPU ms to parse one document in memory: first run and median of 7
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { listInputs, runIngest } from '../scripts/ingest/run.ts';
import { readDocument } from '../src/lib/export/stored.ts';
import { ingestText } from '../src/lib/ingest/ingest-text.ts';
import type { DocumentModel } from '../src/lib/model/document.ts';
import { compareWithTruth, type Truth } from '../src/lib/synth/truth.ts';

const [phase, dir, out, cache, jobs] = process.argv.slice(2);
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
/** CPU seconds of the whole process (main thread and worker threads) since `c0`. */
const cpu = (c0: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1e6;
};

if (phase === 'baseline') {
  const files = await listInputs([dir!]);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let bytes = 0;
  let rows = 0;
  let cells = 0;
  for (const f of files) {
    const text = await readFile(f, 'utf8');
    bytes += Buffer.byteLength(text);
    const r = Papa.parse<string[]>(text, { delimiter: '\t' });
    rows += r.data.length;
    for (const row of r.data) cells += row.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ docs: files.length, bytes, rows, cells, seconds, cpuSeconds: cpu(c0), peakMB: peakMB() }));
} else if (phase === 'ingest') {
  const files = await listInputs([dir!]);
  let bytes = 0;
  for (const f of files) bytes += (await readFile(f)).length;
  const lines: string[] = [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const code = await runIngest({ out: out!, inputs: [dir!], quiet: false, log: (s) => lines.push(s), cache: cache === 'none' ? false : cache, jobs: jobs === 'auto' ? undefined : Number(jobs) });
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ docs: files.length, bytes, seconds, cpuSeconds: cpu(c0), peakMB: peakMB(), code, summary: lines.at(-1) }));
} else if (phase === 'verify') {
  const names = (await readdir(dir!)).filter((f) => f.endsWith('.truth.json')).sort();
  let mismatched = 0;
  const examples: string[] = [];
  for (const n of names) {
    const truth = JSON.parse(await readFile(path.join(dir!, n), 'utf8')) as Truth;
    const model: DocumentModel = readDocument(JSON.parse(await readFile(path.join(out!, `${truth.doc_id}.json`), 'utf8')));
    const diffs = compareWithTruth(model, truth);
    const failing = model.checks.filter((c) => c.status === 'fail');
    if (diffs.length || failing.length) {
      mismatched++;
      if (examples.length < 5) examples.push(`${truth.doc_id}: ${[...diffs, ...failing.map((c) => `check ${c.check_id} failed: ${c.message}`)].slice(0, 3).join(' | ')}`);
    }
  }
  console.log(JSON.stringify({ docs: names.length, mismatched, examples }));
} else if (phase === 'one') {
  // CPU time of parsing one document in memory, repeated: first run (cold JIT) and median (e.g. 郑州's budget placement).
  const text = await readFile(dir!, 'utf8');
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const c0 = process.cpuUsage();
    ingestText({ text, sourceFile: dir!, docId: 'bench', sha256: '0' });
    runs.push(cpu(c0) * 1000);
  }
  console.log(JSON.stringify({ firstMs: runs[0], medianMs: [...runs].sort((a, b) => a - b)[3] }));
} else {
  console.error(`unknown phase ${phase}`);
  process.exit(2);
}
