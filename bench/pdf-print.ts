/**
 * The real PDF path's I/O: print the generator's HTML pages (src/lib/synth/html.ts) to PDF with Chromium
 * (playwright-core, Debian's /usr/bin/chromium) and convert the PDF with `pdftotext -layout` (poppler-utils), as a
 * maintainer converts a published disclosure. Used by bench/pdf-accuracy.ts and tests/e2e/pdf-real.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import type { HtmlPages } from '../src/lib/synth/html.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
}

/** Chromium and pdftotext both present (the PDF path cannot run without them). */
export function havePdfTools(): string[] {
  const has = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return r.error === undefined && r.status === 0;
  };
  return [!has('pdftotext', ['-v']) && 'pdftotext (apt-get install poppler-utils)', !has(CHROMIUM, ['--version']) && `chromium (${CHROMIUM})`].filter((x): x is string => typeof x === 'string');
}

/** Print HTML pages to a PDF file (CSS page sizes: portrait and landscape pages; running head and page numbers in the margins). */
export async function printPdf(browser: Browser, pages: HtmlPages, pdfPath: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.setContent(pages.html, { waitUntil: 'load' });
    await page.pdf({
      path: pdfPath,
      preferCSSPageSize: true,
      printBackground: false,
      displayHeaderFooter: pages.header !== '<span></span>' || pages.footer !== '<span></span>',
      headerTemplate: pages.header,
      footerTemplate: pages.footer,
    });
  } finally {
    await page.close();
  }
}

/** `pdftotext -layout [-nopgbrk] [extra flags] file.pdf -`: the text a maintainer gets (`extra`: e.g. `-fixed 4`). */
export function pdftotext(pdfPath: string, opts: { nopgbrk?: boolean; extra?: readonly string[] } = {}): string {
  const args = ['-layout', ...(opts.nopgbrk ? ['-nopgbrk'] : []), ...(opts.extra ?? []), '-enc', 'UTF-8', pdfPath, '-'];
  const r = spawnSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}
