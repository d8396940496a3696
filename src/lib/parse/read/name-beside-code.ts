/**
 * A name pdftotext wrote where the code column's last part stands: a 款-level row has no 项 part (`208 08 抚恤`), and a
 * short name drawn at the 项 position is clustered apart from the names, into a text column of its own between the code
 * column and the name column. Such a column holds names only, never on a line whose name column holds one: it is the
 * name column's, and its names move there (`moveNamesBesideCodes`, called by the spaced reader before a code line is
 * joined to its figures line, `joinCodeLines`, which needs one name column). On a continued page the name may instead
 * be carried into the code cell with its code (`208 08抚恤`): split off into the empty name cell (`splitNamesOffCodes`).
 */
import type { ColumnKind } from './columns.ts';
import type { SourceLine } from '../../text/lines.ts';

/** A code or a code part: digits, spaced or not (`201`, `201 03`, `01`). */
const CODE_RE = /^\d[\d\s]*$/;

/** Whether most of the filled cells of column `c` along `run` hold texts `test` accepts (and at least one does). */
function mostly(lines: readonly SourceLine[], run: readonly number[], c: number, test: (t: string) => boolean): boolean {
  const texts = run.map((k) => (lines[k]!.cells[c] ?? '').trim()).filter((t) => t !== '');
  return texts.length > 0 && texts.filter(test).length * 2 > texts.length;
}

/** Names written in a text column between the code column and the name column moved into the name column (in place). */
export function moveNamesBesideCodes(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): void {
  const text = (k: number, c: number) => (lines[k]!.cells[c] ?? '').trim();
  const isName = (t: string) => !CODE_RE.test(t) && !/\d/.test(t);
  for (let c = 1; c + 1 < kinds.length; c++) {
    if (kinds[c - 1] !== 'text' || kinds[c] !== 'text' || kinds[c + 1] !== 'text') continue;
    if (!mostly(lines, run, c - 1, (t) => CODE_RE.test(t)) || !mostly(lines, run, c + 1, isName)) continue;
    const filled = run.filter((k) => text(k, c) !== '');
    // (names only, each on a line with a code and no name in the name column)
    if (filled.length === 0 || !filled.every((k) => isName(text(k, c)) && text(k, c + 1) === '' && CODE_RE.test(text(k, c - 1)))) continue;
    for (const k of filled) {
      const cells = [...lines[k]!.cells];
      cells[c + 1] = cells[c]!;
      cells[c] = '';
      const spans = lines[k]!.spans ? [...lines[k]!.spans!] : undefined;
      if (spans?.[c]) {
        spans[c + 1] = spans[c]!;
        spans[c] = { start: spans[c]!.start, end: spans[c]!.start };
      }
      lines[k] = { ...lines[k]!, cells, ...(spans ? { spans } : {}) };
    }
  }
}

/** A code cell that a name follows in one run (`208 08抚恤`: the name drawn at the 项 part's place and carried into the
 * code column with it): its code and its name. */
const CODE_THEN_NAME_RE = /^(\d{3}(?: \d{2}){1,2})\s*([^\d\s].*)$/;

/** Names carried into the code column with their code (`208 08抚恤`), the row's name cell empty, moved into the name
 * column right of it (in place). */
export function splitNamesOffCodes(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): void {
  const text = (k: number, c: number) => (lines[k]!.cells[c] ?? '').trim();
  const isName = (t: string) => !CODE_RE.test(t) && !/\d/.test(t);
  for (let c = 0; c + 1 < kinds.length; c++) {
    if (kinds[c] !== 'text' || kinds[c + 1] !== 'text') continue;
    if (!mostly(lines, run, c, (t) => CODE_RE.test(t)) || !mostly(lines, run, c + 1, isName)) continue;
    for (const k of run) {
      const m = CODE_THEN_NAME_RE.exec(text(k, c));
      if (!m || text(k, c + 1) !== '') continue;
      const cells = [...lines[k]!.cells];
      cells[c] = m[1]!;
      cells[c + 1] = m[2]!;
      lines[k] = { ...lines[k]!, cells };
    }
  }
}
