import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';

/**
 * Read a text with the text-form readers: `at(n)` is line n (1-based) as read, `header(n)` the flattened header whose
 * first row is on line n (the header lines after it that carry no digits).
 */
export function readFixture(text: string) {
  const { lines } = readTextForms(splitLines(text));
  const at = (n: number) => lines[n - 1]!;
  const header = (n: number) => {
    const rows = [at(n).cells];
    for (let k = n + 1; at(k).form === 'spaced' && at(k).cells.every((c) => !/\d/.test(c)) && !at(k).skip; k++) rows.push(at(k).cells);
    return flattenHeader(rows);
  };
  return { lines, at, header };
}

/** `readFixture` of a real pdftotext output kept under tests/fixtures/text-forms/ (`name` without the folder). */
export function readTextFormFixture(name: string) {
  return readFixture(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms', name), 'utf8'));
}
