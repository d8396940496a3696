/**
 * E2E harness: builds the site once when dist/ is missing or older than its inputs (one build even when several test
 * files ask at once), serves dist/ on 127.0.0.1 with a tiny static server, launches Debian's Chromium through
 * playwright-core.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What the built site is made from: a change to any of these after the last build makes dist/ stale. */
const BUILD_INPUTS = ['src', 'scripts', 'data/raw', 'public', 'astro.config.mjs', 'package.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const name of readdirSync(p)) m = Math.max(m, newestMtime(path.join(p, name)));
  return m;
}

/** Run `fn` holding a lock shared by every test process (a directory made atomically; a dead holder's lock is taken over). */
function withBuildLock(fn: () => void): void {
  const lock = path.join(ROOT, '.cache', 'e2e-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      let holder = NaN;
      try {
        holder = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        /* being written or removed */
      }
      let alive = true;
      if (Number.isInteger(holder) && holder > 0) {
        try {
          process.kill(holder, 0);
        } catch {
          alive = false;
        }
      }
      if (!alive) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`e2e: waited 10 minutes for the site build lock ${lock}`);
      else Atomics.wait(sleeper, 0, 0, 500);
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Build unless dist/ has index.html, the search index and every `also` file (paths below dist/) and is newer than
 * every build input. Test files that ask at the same time wait for one build instead of building over each other.
 */
export function ensureBuilt(also: readonly string[] = []): void {
  withBuildLock(() => {
    const marker = path.join(DIST, 'index.html');
    const have = ['index.html', 'pagefind/pagefind.js', ...also].every((f) => existsSync(path.join(DIST, f)));
    const fresh = have && statSync(marker).mtimeMs > Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
    if (fresh && !process.env.E2E_REBUILD) return;
    execSync('npm run build', { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, timeout: 300_000 });
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** Serve `root` on 127.0.0.1 (random port). Directory URLs map to index.html; nothing outside root is served. */
export async function serve(root = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    try {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      let p = path.normalize(path.join(root, decodeURIComponent(u.pathname)));
      if (!p.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(p) && statSync(p).isDirectory()) p = path.join(p, 'index.html');
      if (!existsSync(p)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const body = readFileSync(p);
      const type = TYPES[path.extname(p)] ?? 'application/octet-stream';
      // Range requests (one range), as a static host answers them: DuckDB-WASM reads Parquet files by byte ranges.
      const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
      if (range && (range[1] || range[2])) {
        const start = range[1] ? Number(range[1]) : Math.max(0, body.length - Number(range[2]));
        const end = range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
        if (start > end || start >= body.length) {
          res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end();
          return;
        }
        res.writeHead(206, { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Content-Range': `bytes ${start}-${end}/${body.length}`, 'Content-Length': end - start + 1 });
        res.end(req.method === 'HEAD' ? undefined : body.subarray(start, end + 1));
        return;
      }
      res.writeHead(200, { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // (a browser context still open keeps its keep-alive connections: they are closed with the server, or close() waits)
  const close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}`, close };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function haveChromium(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * Open `baseUrl + path` in a new page, collecting console errors (CSP violations show up there), page errors and
 * dialogs. Throws when the response is not 200.
 */
export async function openPage(c: BrowserContext, baseUrl: string, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await c.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const res = await page.goto(baseUrl + path, { waitUntil: 'load' });
  if (res?.status() !== 200) throw new Error(`${path}: HTTP ${res?.status()}`);
  return { page, errors };
}

export interface SiteSession {
  browser: Browser;
  ctx: BrowserContext;
  server: { url: string; close: () => Promise<void> };
}

/**
 * For a test file: build dist/ when missing, serve it, launch Chromium and open one context before the tests;
 * close all after them. The returned object is filled in by the beforeAll hook.
 */
export function siteSession(): SiteSession {
  const s = {} as SiteSession;
  beforeAll(async () => {
    ensureBuilt();
    s.server = await serve();
    s.browser = await launch();
    s.ctx = await s.browser.newContext();
  }, 300_000);
  afterAll(async () => {
    await s.ctx?.close();
    await s.browser?.close();
    await s.server?.close();
  });
  return s;
}
