/**
 * The maintainer's path from a PDF for the e2e tests: print an HTML fixture to PDF with headless Chromium, convert it
 * with `pdftotext -layout` (Debian poppler-utils), return the text. `missing` names the tools not installed (the
 * tests are skipped then, with a warning).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function has(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.error === undefined && r.status === 0;
}

export const missing = [!has('pdftotext', ['-v']) && 'pdftotext (apt-get install poppler-utils)', !has(CHROMIUM, ['--version']) && `chromium (${CHROMIUM})`].filter(
  (x): x is string => typeof x === 'string',
);

/** Print `html` to `<dir>/<stem>.pdf` and convert it to `<dir>/<stem>.txt`; returns the text. */
export function printAndConvert(html: string, dir: string, stem: string): string {
  const pdf = path.join(dir, `${stem}.pdf`);
  const txt = path.join(dir, `${stem}.txt`);
  const print = spawnSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${path.join(dir, 'profile')}`, `--print-to-pdf=${pdf}`, html],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (print.status !== 0) throw new Error(`chromium could not print the PDF: ${print.stderr}`);
  const conv = spawnSync('pdftotext', ['-layout', pdf, txt], { encoding: 'utf8' });
  if (conv.status !== 0) throw new Error(`pdftotext failed: ${conv.stderr}`);
  return readFileSync(txt, 'utf8');
}
