import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';

/**
 * Read a text with the text-form readers: `at(n)` is line n (1-based) as read, `header(n)` the flattened header whose
 * first row is on line n (the header lines after it that carry no digits), `valuesUnder(h, n)` line n's non-blank
 * cells keyed by the header on line h, only the columns whose header matches `heads` (by default the 年初 / 本年 /
 * 年末 columns of a 政府性基金 or 国有资本经营 table).
 */
export function readFixture(text: string) {
  const { lines } = readTextForms(splitLines(text));
  const at = (n: number) => lines[n - 1]!;
  const header = (n: number) => {
    const rows = [at(n).cells];
    for (let k = n + 1; at(k).form === 'spaced' && at(k).cells.every((c) => !/\d/.test(c)) && !at(k).skip; k++) rows.push(at(k).cells);
    return flattenHeader(rows);
  };
  const valuesUnder = (h: number, n: number, heads: RegExp = /年初|本年|年末/): Record<string, string> =>
    Object.fromEntries(header(h).flatMap((head, j) => (heads.test(head) && (at(n).cells[j] ?? '') !== '' ? [[head, at(n).cells[j]!]] : [])));
  return { lines, at, header, valuesUnder };
}

/** `readFixture` of a real pdftotext output kept under tests/fixtures/text-forms/ (`name` without the folder). */
export function readTextFormFixture(name: string) {
  return readFixture(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms', name), 'utf8'));
}
