/**
 * A coded row whose whole name pdftotext drew off its figures line: the PDF centres the row's figures in a cell two
 * lines tall, and the name, wrapped over those two lines, lands on the lines above and below the figures line, which
 * prints the code and the figures only:
 *
 * ```
 *          其他行政事业单位医疗支
 * 210 11 99             24 428.29 374.00 54.29
 *          出
 * ```
 *
 * A classified row always has a name, so a figures line printing a code and no name takes the label-only lines right
 * above it as the start of its name and as many word-only lines right below it (a name centred on its figures line:
 * as many lines above as below) as its rest, in that order. With none below nothing is joined: a word line right above
 * a figures line may as well be the rest of the row above, wrapped under its figures. A rest below may stand in the code column (pdftotext drew the name's last line left of the name column), as
 * long as it is a word and not a code.
 */
import type { SourceLine } from '../../text/lines.ts';
import { joinPieces, type ColumnKind } from './positioned.ts';
import { codeAndNameColumns, labelOfItsOwn } from './wrapped-labels.ts';

/** Lines of a name above (and below) its figures line taken at most. */
const MAX_LINES = 2;

/**
 * Join the name pdftotext drew around a coded figures line with a blank name cell into that line (see the module
 * comment); the lines joined are marked `skip: 'joined'` and listed in the row's `joined`. `lines` is changed in place.
 */
export function joinNameAroundRow(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): void {
  const found = codeAndNameColumns(lines, run, kinds);
  if (found === null) return;
  const { codeCols, name } = found;
  const text = (k: number, c: number) => (lines[k]!.cells[c] ?? '').trim();
  const filled = (k: number) => lines[k]!.cells.flatMap((t, c) => (t.trim() !== '' ? [c] : []));
  const next = (i: number, step: 1 | -1) => {
    const j = run[i + step];
    return j !== undefined && lines[j]!.n === lines[run[i]!]!.n + step && !lines[j]!.skip ? i + step : -1;
  };
  // a piece of the name: a word alone on its line in the name column (or, below the figures, in a code column)
  const word = (k: number, cols: readonly number[]) => {
    const f = filled(k);
    if (f.length !== 1 || !cols.includes(f[0]!)) return null;
    const t = text(k, f[0]!);
    return /^\d[\d\s]*$/.test(t) || labelOfItsOwn(t) ? null : { col: f[0]!, t };
  };
  for (let i = 0; i < run.length; i++) {
    const b = run[i]!;
    const fb = filled(b);
    // (its code in a code column left of the name column, only label columns blank on the line between them,
    // everything else right of the name: one code | name | figures table, not the other half of a side-by-side table)
    const left = fb.filter((c) => c < name);
    if (lines[b]!.skip || fb.includes(name) || left.length !== 1 || !codeCols.includes(left[0]!) || !fb.every((c) => c === left[0] || c > name)) continue;
    const above: number[] = [];
    for (let j = next(i, -1); j >= 0 && above.length < MAX_LINES && word(run[j]!, [name]) !== null; j = next(j, -1)) above.unshift(run[j]!);
    if (above.length === 0) continue;
    const below: number[] = [];
    for (let j = next(i, 1); j >= 0 && below.length < MAX_LINES && word(run[j]!, [name, ...codeCols]) !== null; j = next(j, 1)) below.push(run[j]!);
    // (as many lines above as below, the ones nearest the figures line; none below, the line above may as well be the
    // rest of the row above, wrapped under its figures: nothing is joined)
    if (below.length === 0) continue;
    const m = Math.min(above.length, below.length);
    const ups = above.slice(above.length - m);
    const downs = below.slice(0, m);
    const cells = [...lines[b]!.cells];
    cells[name] = joinPieces([...ups, ...downs].map((k) => word(k, [name, ...codeCols])!.t));
    const spans = lines[b]!.spans ? [...lines[b]!.spans!] : undefined;
    const first = lines[ups[0]!]!.spans?.[name];
    if (spans && first) spans[name] = { start: first.start, end: Math.max(...ups.map((k) => lines[k]!.spans?.[name]?.end ?? first.end)) };
    lines[b] = { ...lines[b]!, cells, ...(spans ? { spans } : {}), joined: [...(lines[b]!.joined ?? []), ...[...ups, ...downs].map((k) => lines[k]!.n)] };
    for (const k of [...ups, ...downs]) lines[k] = { ...lines[k]!, cells: lines[k]!.cells.map(() => ''), skip: 'joined' };
    i += downs.length;
  }
}
