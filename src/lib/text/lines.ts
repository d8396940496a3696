/** A source line with its 1-based number, raw text and tab-separated cells (cells untrimmed). */
export interface SourceLine {
  /** 1-based line number in the source text. */
  n: number;
  /** The line as read (no line terminator). */
  raw: string;
  /** Tab-separated cells. */
  cells: string[];
}

/** Cap on cells per line: a pathological line is cut (and reported by the caller), never allowed to explode. */
export const MAX_CELLS = 2000;
/** Cap on characters per line kept for parsing. */
export const MAX_LINE = 100_000;

export function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const parts = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < parts.length; i++) {
    let raw = parts[i]!;
    if (raw.length > MAX_LINE) raw = raw.slice(0, MAX_LINE);
    let cells = raw.split('\t', MAX_CELLS + 1);
    if (cells.length > MAX_CELLS) cells = cells.slice(0, MAX_CELLS);
    out.push({ n: i + 1, raw, cells });
  }
  return out;
}

/** True when the line has no visible content. */
export function isBlank(line: SourceLine): boolean {
  return line.raw.trim() === '';
}

/** Truncate a raw line for problem reports. */
export function excerpt(raw: string, max = 300): string {
  return raw.length > max ? `${raw.slice(0, max)}…` : raw;
}
