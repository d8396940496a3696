/**
 * One line of spaced text with each piece at a hand-chosen column (characters as written, as pdftotext counts them):
 * `[12, '收入']` starts 收入 at column 12; `[-17, '10.00']` ends 10.00 at column 17 (right-aligned).
 */
export function at(...pieces: [number, string][]): string {
  let s = '';
  for (const [col, text] of pieces) {
    const start = col < 0 ? -col - text.length : col;
    if (s.length > start) throw new Error(`piece ${text} overlaps the previous one`);
    s = s.padEnd(start, ' ') + text;
  }
  return s;
}
