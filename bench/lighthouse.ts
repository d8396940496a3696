/**
 * Lighthouse performance and accessibility scores of the built site (mobile form factor, Lighthouse's default
 * throttling), measured with Debian's Chromium, plus the figures behind them: FCP, LCP, TBT, CLS, DOM size and the
 * accessibility audits that failed. Goals for department-year pages: performance ≥ 95, accessibility 100.
 *
 *   npm run bench:lighthouse [-- <dist dir>]        (build first with npm run build)
 *   LH_PAGES=/a/,/b/ npm run bench:lighthouse        (only these paths)
 *   LH_GZIP=0 npm run bench:lighthouse               (serve uncompressed, as runs before 2026-11-30 did)
 *
 * Without LH_PAGES: the home, compare and search pages and every department-year page found in dist.
 * Serves dist/ on 127.0.0.1 with a tiny static server; no network beyond loopback.
 */
import { createServer } from 'node:http';
import { readdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const dist = path.resolve(process.argv[2] ?? 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8' };
const DOC_PAGE = /^[a-z0-9-]+\/[a-z0-9-]+\/\d{4}-(final|budget)(-[a-z0-9]+)?$/;

/** Department-year page paths in dist (`/region/dept/2022-final/`). */
function docPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string, depth: number) => {
    for (const e of readdirSync(dir)) {
      const p = path.join(dir, e);
      if (!statSync(p).isDirectory()) continue;
      const r = rel ? `${rel}/${e}` : e;
      if (depth === 2 && DOC_PAGE.test(r)) out.push(`/${r}/`);
      else if (depth < 2) walk(p, r, depth + 1);
    }
  };
  walk(dist, '', 0);
  return out.sort();
}

const server = createServer(async (req, res) => {
  try {
    let p = path.join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!p.startsWith(dist)) throw new Error('outside');
    if ((await stat(p)).isDirectory()) p = path.join(p, 'index.html');
    const body = await readFile(p);
    const type = TYPES[path.extname(p)] ?? 'application/octet-stream';
    // Compressed like any static host serves text (the page-weight goal is counted gzipped too).
    if (process.env.LH_GZIP !== '0' && /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|svg/.test(type)) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end('not found');
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;

const pages = process.env.LH_PAGES ? process.env.LH_PAGES.split(',') : ['/', '/compare/', '/search/', ...docPages()];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: string[] = [];
const failures: string[] = [];
try {
  for (const page of pages) {
    const result = await lighthouse(`http://127.0.0.1:${port}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      formFactor: 'mobile',
    });
    const lhr = result?.lhr;
    const c = lhr?.categories;
    const score = (k: string) => (c?.[k]?.score == null ? 'n/a' : String(Math.round(c[k]!.score! * 100)));
    const a = (id: string) => lhr?.audits[id];
    const ms = (id: string) => (a(id)?.numericValue == null ? 'n/a' : `${(a(id)!.numericValue! / 1000).toFixed(1)} s`);
    const dom = a('dom-size')?.numericValue ?? a('dom-size-insight')?.numericValue;
    rows.push(`| ${page} | ${score('performance')} | ${score('accessibility')} | ${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ${a('total-blocking-time')?.numericValue?.toFixed(0) ?? 'n/a'} ms | ${a('cumulative-layout-shift')?.numericValue?.toFixed(3) ?? 'n/a'} | ${dom ?? 'n/a'} |`);
    for (const ref of c?.accessibility?.auditRefs ?? []) {
      const au = lhr!.audits[ref.id];
      if (au && au.score != null && au.score < 1) {
        const items = ((au.details as { items?: { node?: { selector?: string; snippet?: string } }[] } | undefined)?.items ?? []).slice(0, 3);
        failures.push(`${page}: accessibility ${ref.id} — ${au.title}${items.length ? ` (${items.map((i) => i.node?.snippet ?? i.node?.selector ?? '').join(' ')})` : ''}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(['| page | performance (mobile) | accessibility | FCP | LCP | TBT | CLS | DOM elements |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n'));
if (failures.length) console.log(['', 'Failed accessibility audits:', ...failures.map((f) => `- ${f}`)].join('\n'));
