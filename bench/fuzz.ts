/**
 * The seed fuzzer at depth: N mutated seed documents (default 10,000), drawn from the same stream as
 * tests/robustness/fuzz.test.ts for the same seed. Counts documents whose parse throws, exceeds the per-document CPU
 * limit, fails the schema, or breaks an invariant (tests/robustness/mutations.ts `violations`). Never stops at the
 * first failure: every case runs, the first few of each kind are printed with their case number.
 *
 *   npx tsx bench/fuzz.ts [runs] [seed]          e.g. npx tsx bench/fuzz.ts 10000 -1958607879
 *   FUZZ_CASE=2828 npx tsx bench/fuzz.ts 3000 -1958607879   replay one case (1-based) and print its mutations
 *
 * Prints one JSON summary line at the end (for bench/RESULTS.md).
 */
import os from 'node:os';
import fc from 'fast-check';
import { limitFor, mutate, mutations, parseTimed, seedName, seeds, violations } from '../tests/robustness/mutations.ts';

const runs = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? -1958607879);
const only = process.env.FUZZ_CASE ? Number(process.env.FUZZ_CASE) : null;
const SHOW = 5;

const tally = { runs: 0, throws: 0, overLimit: 0, schema: 0, invariant: 0, ok: 0, partial: 0, failed: 0 };
const examples: string[] = [];
let slowest = { ms: 0, name: '', n: 0 };
let totalMs = 0;
const t0 = performance.now();

fc.assert(
  fc.property(seedName, mutations, (name, ms) => {
    const n = ++tally.runs;
    if (only !== null && n !== only) return true;
    const text = mutate(seeds[name], ms);
    if (only !== null) console.log(JSON.stringify({ case: n, seed: name, mutations: ms }));
    const note = (kind: string, detail: string) => {
      if (examples.length < SHOW * 4) examples.push(`case ${n} (${name}) ${kind}: ${detail.slice(0, 300)}`);
    };
    let r: ReturnType<typeof parseTimed>;
    try {
      r = parseTimed(text);
    } catch (e) {
      const isSchema = e instanceof Error && e.name === 'ZodError';
      if (isSchema) tally.schema++;
      else tally.throws++;
      note(isSchema ? 'schema' : 'throw', e instanceof Error ? `${e.message}\n${e.stack?.split('\n').slice(1, 4).join('\n')}` : String(e));
      return true;
    }
    totalMs += r.ms;
    tally[r.doc.status]++;
    if (r.ms > slowest.ms) slowest = { ms: r.ms, name, n };
    if (r.ms >= limitFor(name)) {
      tally.overLimit++;
      note('over limit', `${r.ms.toFixed(0)} ms CPU (limit ${limitFor(name)} ms)`);
    }
    const v = violations(text, r.doc);
    if (v.length) {
      tally.invariant++;
      note('invariant', v.join('; '));
    }
    if (!process.env.QUIET && n % 500 === 0) console.error(`${n}/${runs} … ${JSON.stringify(tally)}`);
    return true;
  }),
  { numRuns: runs, seed },
);

const wall = (performance.now() - t0) / 1000;
for (const e of examples) console.log(e);
console.log(
  JSON.stringify({
    date: new Date().toISOString(),
    seed,
    ...tally,
    meanCpuMs: tally.runs ? Number((totalMs / tally.runs).toFixed(1)) : 0,
    slowest: { ms: Math.round(slowest.ms), seed: slowest.name, case: slowest.n },
    wallSeconds: Math.round(wall),
    load: os.loadavg().map((x) => Number(x.toFixed(1))),
    node: process.version,
  }),
);
