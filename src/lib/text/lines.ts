/** A source line with its 1-based number, raw text and tab-separated cells (cells untrimmed). */
export interface SourceLine {
  /** 1-based line number in the source text. */
  n: number;
  /** The line as read (no line terminator). */
  raw: string;
  /** Tab-separated cells; clean of conversion markup once read by src/lib/parse/read (readTextForms). */
  cells: string[];
  /** Set when the line was cut to the bounds below: its original length in characters and/or cell count. */
  cut?: { chars?: number; cells?: number };
  /**
   * The text form its cells were read from (src/lib/parse/read): absent for tab-separated text and prose,
   * `pipe` for a markdown table row, `spaced` for space-aligned columns (`pdftotext -layout`).
   */
  form?: 'pipe' | 'spaced';
  /** Start and end column (characters as written, end exclusive) of each cell, when the reader knows them. */
  spans?: { start: number; end: number }[];
  /** Other source lines whose text was read into this line's cells (a header wrapped over several lines). */
  joined?: number[];
  /** The source line of each cell, when the cells were read from more than one line (a row pdftotext split over two
   * lines, its first figures on one and the rest on the next); absent: every cell is on `n`. */
  cellLines?: number[];
  /** The index of each cell in its source line (`cellLines`), when cells were moved there from another line's places;
   * absent: every cell is at its own index. */
  cellFrom?: number[];
  /** The first line with text on a page of a converted PDF (after a form feed or a page number). */
  pageStart?: boolean;
  /** The raw text of the `joined` lines, in the same order (a reader that reads the header again by its words). */
  joinedRaw?: string[];
  /**
   * Why the line is not read (it then counts as blank): page furniture (page number, running head or foot), a markdown
   * separator row, or a header line whose text was joined into another line's cells (see `joined`).
   */
  skip?: 'page-number' | 'running-head' | 'running-foot' | 'separator' | 'joined';
}

/** Cap on cells per line: a pathological line is cut (and reported by the caller), never allowed to explode. */
export const MAX_CELLS = 2000;
/** Cap on characters per line kept for parsing. */
export const MAX_LINE = 100_000;
/** Cap on lines per document (real disclosures have a few thousand): the rest is not parsed and is reported. */
export const MAX_LINES = 200_000;
/** Cap on cells per document (real disclosures have some 30 000): the rest is not parsed and is reported. */
export const MAX_DOC_CELLS = 2_000_000;

/**
 * Split text into lines, bounded: at most MAX_LINES lines (see `linesTruncatedAt`), each cut to MAX_LINE characters
 * and MAX_CELLS cells (marked with `cut`). Scans with indexOf, so a huge text never becomes a huge array of strings.
 */
export function splitLines(text: string): SourceLine[] {
  return splitLinesBounded(text).lines;
}

/**
 * As splitLines, plus the 1-based number of the first line not read (null when the whole text was read) and
 * which bound stopped the reading.
 */
export function splitLinesBounded(
  text: string,
  maxLines = MAX_LINES,
  maxCells = MAX_DOC_CELLS,
): { lines: SourceLine[]; truncatedAt: number | null; bound: 'lines' | 'cells' | null } {
  const out: SourceLine[] = [];
  let cellCount = 0;
  let pos = 0;
  const len = text.length;
  // Next '\r' at or after pos (len when none): searched again only once passed, so the scan stays linear.
  let crNext = -1;
  while (true) {
    if (out.length >= maxLines) return { lines: out, truncatedAt: out.length + 1, bound: 'lines' };
    if (cellCount >= maxCells) return { lines: out, truncatedAt: out.length + 1, bound: 'cells' };
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = len;
    if (crNext < pos) {
      crNext = text.indexOf('\r', pos);
      if (crNext < 0) crNext = len;
    }
    const cr = crNext < nl ? crNext : -1;
    const end = cr >= 0 ? cr : nl;
    const next = cr >= 0 ? (text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1) : nl + 1;
    const line = makeLine(out.length + 1, text, pos, end);
    out.push(line);
    cellCount += line.cells.length;
    if (end >= len) break;
    pos = next;
  }
  return { lines: out, truncatedAt: null, bound: null };
}

function makeLine(n: number, text: string, start: number, end: number): SourceLine {
  const length = end - start;
  const raw = text.slice(start, Math.min(end, start + MAX_LINE));
  let cells = raw.split('\t', MAX_CELLS + 1);
  const line: SourceLine = { n, raw, cells };
  if (length > MAX_LINE) line.cut = { chars: length };
  if (cells.length > MAX_CELLS) {
    cells = cells.slice(0, MAX_CELLS);
    line.cells = cells;
    line.cut = { ...line.cut, cells: countTabs(text, start, end) + 1 };
  }
  return line;
}

function countTabs(s: string, start: number, end: number): number {
  let c = 0;
  for (let i = s.indexOf('\t', start); i >= 0 && i < end; i = s.indexOf('\t', i + 1)) c++;
  return c;
}

/** True when the line has no visible content, or is not read (page furniture, a joined header line). */
export function isBlank(line: SourceLine): boolean {
  return line.skip !== undefined || line.raw.trim() === '';
}

/** Truncate a raw line for problem reports. */
export function excerpt(raw: string, max = 300): string {
  return raw.length > max ? `${raw.slice(0, max)}…` : raw;
}

/** The source line cell `idx` of a line was read from. */
export function cellLine(l: SourceLine, idx: number): number {
  return l.cellLines?.[idx] ?? l.n;
}

/**
 * Where a cell was printed, `line:index`, the key the coverage of a table's numbers is counted by: a cell moved from
 * another line's places (`cellFrom`) counts where it was printed; a cell only read from another line into this line's
 * place (`cellLines` alone, that line left blank) counts here.
 */
export function cellKey(l: SourceLine, idx: number): string {
  const from = l.cellFrom?.[idx];
  return from === undefined ? `${l.n}:${idx}` : `${cellLine(l, idx)}:${from}`;
}

/** The page of a line: counted by the page starts (`pageStart`) of the document's lines up to it; 0 without lines. */
export function pageIndex(lines: readonly SourceLine[] | undefined): (n: number) => number {
  const starts = (lines ?? []).filter((l) => l.pageStart).map((l) => l.n);
  return (n) => starts.filter((s) => s <= n).length;
}
