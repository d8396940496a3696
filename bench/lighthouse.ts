/**
 * Lighthouse performance and accessibility scores of the built site (issue 6 goals: ≥ 98 and 100), measured with
 * Debian's Chromium. Usage: npm run bench:lighthouse [-- <dist dir>] (build first with npm run build).
 * Serves dist/ on 127.0.0.1 with a tiny static server; no network beyond loopback.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const dist = path.resolve(process.argv[2] ?? 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8' };

const server = createServer(async (req, res) => {
  try {
    let p = path.join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!p.startsWith(dist)) throw new Error('outside');
    if ((await stat(p)).isDirectory()) p = path.join(p, 'index.html');
    const body = await readFile(p);
    res.writeHead(200, { 'content-type': TYPES[path.extname(p)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end('not found');
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;

const pages = ['/', '/henan-jiaozuo/gongxinju/2022-final/', '/henan-zhengzhou/gongxinju/2022-budget/', '/compare/', '/search/'];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: string[] = [];
try {
  for (const page of pages) {
    const result = await lighthouse(`http://127.0.0.1:${port}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      formFactor: 'mobile',
    });
    const c = result?.lhr.categories;
    const score = (k: string) => (c?.[k]?.score == null ? 'n/a' : String(Math.round(c[k]!.score! * 100)));
    rows.push(`| ${page} | ${score('performance')} | ${score('accessibility')} |`);
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(['| page | Lighthouse performance (mobile) | Lighthouse accessibility |', '|---|---|---|', ...rows].join('\n'));
