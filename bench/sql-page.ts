/**
 * The SQL page's cost to a reader and to the site (owned by the SQL page; not part of npm test).
 *
 *   npx tsx bench/sql-page.ts [dist]
 *
 * - Transfer: every byte Chromium fetches for /data/sql/?q=<first example> with an empty cache, per kind (HTML, CSS,
 *   JS, DuckDB worker, wasm, Parquet), raw and gzipped (-9) as a server with compression would send text and wasm.
 * - Time to first result: navigation start → result table shown (engine ready, tables read, query run), cold cache.
 * - Dist growth: bytes the SQL page adds to dist/ (DuckDB assets, the page, the Parquet files).
 * Served by the e2e harness's static server (HTTP range requests supported).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SQL_EXAMPLES } from '../src/components/sql-examples.ts';
import { launch, serve } from '../tests/e2e/harness.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

function kind(p: string): string {
  if (p.endsWith('.parquet')) return 'parquet';
  if (p.endsWith('.wasm')) return 'wasm';
  if (p.includes('duckdb-browser')) return 'duckdb worker';
  if (p.endsWith('.js')) return 'js';
  if (p.endsWith('.css')) return 'css';
  if (p.endsWith('.svg')) return 'icon';
  return 'html';
}

function sizeOf(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  return s.isDirectory() ? readdirSync(p).reduce((a, e) => a + sizeOf(path.join(p, e)), 0) : s.size;
}

async function transferAndTime(runs: number) {
  const server = await serve(dist);
  const browser = await launch();
  const out: { ms: number; ready_ms: number; kinds: Map<string, { raw: number; gz: number; n: number }> }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const kinds = new Map<string, { raw: number; gz: number; n: number }>();
      const pending: Promise<void>[] = [];
      page.on('response', (r) => {
        // The wasm is streamed into WebAssembly.instantiateStreaming and its body is not kept: read it from dist.
        const fromDist = () => readFileSync(path.join(dist, decodeURIComponent(new URL(r.url()).pathname)));
        pending.push(
          r.body().catch(fromDist).then(
            (b) => {
              const k = kind(new URL(r.url()).pathname);
              const e = kinds.get(k) ?? { raw: 0, gz: 0, n: 0 };
              e.raw += b.length;
              e.gz += k === 'parquet' ? b.length : gzipSync(b, { level: 9 }).length;
              e.n++;
              kinds.set(k, e);
            },
            () => undefined,
          ),
        );
      });
      const t0 = Date.now();
      await page.goto(`${server.url}/data/sql/?q=${encodeURIComponent(SQL_EXAMPLES[0]!.sql)}`);
      await page.locator('#sql-result:not([hidden]) tbody tr').first().waitFor({ timeout: 180_000 });
      const ms = Date.now() - t0;
      await Promise.all(pending);
      // Engine ready without a query (page open → "已就绪").
      const p2 = await ctx.newPage();
      const t1 = Date.now();
      await p2.goto(`${server.url}/data/sql/`);
      await p2.locator('#sql-status', { hasText: '已就绪' }).waitFor({ timeout: 180_000 });
      out.push({ ms, ready_ms: Date.now() - t1, kinds });
      await ctx.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

const runs = await transferAndTime(3);
const first = runs[0]!;
let raw = 0;
let gz = 0;
console.log(`SQL page /data/sql/?q=<${SQL_EXAMPLES[0]!.id}>, empty cache:`);
console.log('| kind | requests | raw | gzip -9 |');
console.log('|---|---|---|---|');
for (const [k, v] of [...first.kinds].sort((a, b) => b[1].raw - a[1].raw)) {
  raw += v.raw;
  gz += v.gz;
  console.log(`| ${k} | ${v.n} | ${kb(v.raw)} | ${kb(v.gz)} |`);
}
console.log(`| total | ${[...first.kinds.values()].reduce((a, v) => a + v.n, 0)} | ${mb(raw)} | ${mb(gz)} |`);
const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
const ready = runs.map((r) => r.ready_ms).sort((a, b) => a - b);
console.log(`time to first result (cold cache, local server, ${runs.length} runs): ${ms.join(' / ')} ms (median ${ms[1]} ms)`);
console.log(`engine ready without a query, second page of the same context: ${ready.join(' / ')} ms`);

const astro = path.join(dist, '_astro');
const duck = readdirSync(astro).filter((f) => /duckdb|sql-engine/.test(f)).reduce((a, f) => a + statSync(path.join(astro, f)).size, 0);
const parquet = sizeOf(path.join(dist, 'data', 'parquet'));
const page = sizeOf(path.join(dist, 'data', 'sql'));
console.log(`dist growth: DuckDB assets ${mb(duck)}, Parquet ${kb(parquet)}, SQL page HTML ${kb(page)}; dist total ${mb(sizeOf(dist))}`);
const csv = sizeOf(path.join(dist, 'data', 'facts.csv'));
const facts = sizeOf(path.join(dist, 'data', 'parquet', 'facts'));
console.log(`facts: CSV ${kb(csv)} → Parquet ${kb(facts)} (${((100 * facts) / csv).toFixed(1)} %); wasm gzip -9 ${mb(gzipSync(readFileSync(path.join(astro, readdirSync(astro).find((f) => f.endsWith('.wasm'))!)), { level: 9 }).length)}`);
