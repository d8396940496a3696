/**
 * The text forms a disclosure arrives in, each read into the same grid of cells (src/lib/text/lines.ts `SourceLine`:
 * cells, with their column positions when known) that the layout parsers consume:
 * - tab-separated lines: cells split at tabs when the text is split into lines (text/lines.ts), unchanged;
 * - markdown pipe tables (pipe.ts);
 * - space-aligned columns as `pdftotext -layout` writes them (spaced.ts, on the positioned-text core positioned.ts).
 * Page furniture is removed first (text/furniture.ts). The form is decided per line run: a line with a tab is never
 * re-read, a pipe row is read as a pipe row, and only runs of tab-free lines with aligned amounts are read as spaced.
 */
import type { Problem } from '../../model/document.ts';
import { cleanText } from '../../text/clean.ts';
import { removeFurniture } from '../../text/furniture.ts';
import type { SourceLine } from '../../text/lines.ts';
import { recogniseTitle } from '../tables/recognise.ts';
import { findUnit } from '../tables/unit.ts';
import { isWordPart, lookupWord } from '../tables/vocabulary.ts';
import { readPipe } from './pipe.ts';
import { readSpaced } from './spaced.ts';

export type TextForm = 'tab' | 'pipe' | 'spaced';

export interface TextFormsResult {
  lines: SourceLine[];
  problems: Problem[];
  /** How many lines each form read (tab: lines with a tab that were left as split). */
  forms: Record<TextForm, number>;
}

/**
 * Remove page furniture, then read pipe rows and space-aligned tables into cells, then clean every cell of its
 * conversion markup (markdown, HTML, LaTeX: text/clean.ts). This is the one cleaning pass: everything after it
 * (metadata, segmentation, grid, layout parsers) reads clean cells. `raw` stays as read. Lines are copied, not changed.
 */
export function readTextForms(input: SourceLine[]): TextFormsResult {
  // (a table's title and its unit statement, printed at the top of each page a table starts, are no running heads; nor
  // is the first line of a table header repeated on each page, its words all pieces of header words, one at least
  // broken, `项目   本年支`, or words each heading figures, `基本支出   项目支出`, `本年支出` alone over its parts, or a
  // label column's word beside a word heading figures, `科目编码   其中：基本支出`)
  const headerLine = (t: string) => {
    const words = t.trim().split(/\s+/);
    const roles = words.map((w) => lookupWord(w)?.role ?? null);
    const labelAndValue = roles.some((r) => r === 'value') && roles.some((r) => r !== null && r !== 'value');
    return words.every(isWordPart) && (roles.some((r) => r === null) || roles.every((r) => r === 'value') || labelAndValue);
  };
  const furniture = removeFurniture(input, (t) => recogniseTitle(t.trim()) !== null || findUnit(t) !== null || headerLine(t));
  const piped = readPipe(furniture.lines);
  const spaced = readSpaced(piped, new Set(furniture.pageStarts), new Set(furniture.headStarts));
  const forms: Record<TextForm, number> = { tab: 0, pipe: 0, spaced: 0 };
  const lines = spaced.lines.map(cleanLine);
  for (const l of lines) {
    if (l.form) forms[l.form]++;
    else if (l.raw.includes('\t')) forms.tab++;
  }
  return { lines, problems: [...furniture.problems, ...spaced.problems], forms };
}

/** A line with its cells cleaned of conversion markup (a line without markup is returned as is). */
function cleanLine(l: SourceLine): SourceLine {
  let changed = false;
  const cells = l.cells.map((c) => {
    const k = cleanText(c);
    if (k !== c) changed = true;
    return k;
  });
  return changed ? { ...l, cells } : l;
}
