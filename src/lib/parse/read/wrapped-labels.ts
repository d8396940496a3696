/**
 * Row labels wrapped over several lines in space-aligned text. pdftotext writes the lines of a cell where they print:
 * a long label fills its cell to the cell's width line by line, and the row's figures (and its code) stand on one of
 * those lines — the first, or the middle one when the PDF centres a row vertically — so pieces of a label may stand
 * above its figures as well as below them:
 *
 * ```
 *   2010102    一般行政管理事务   110225.06
 *              政府办公厅（室）及                  ← the start of the next row's label
 *   20103      相关机构事务       291082.48
 * ```
 *
 * Label-only lines (words in name columns and nothing else) between two figure lines are split between the row
 * above (its label continues) and the row below (its label starts early) by how wrapped text fills a cell: every
 * piece but a label's last reaches the cell's right edge. A piece that starts a numbered item (`二、`) or reads as a
 * total starts a label. Lines joined into a row are marked `skip: 'joined'` and listed in the row's `joined`.
 */
import type { SourceLine } from '../../text/lines.ts';
import { isAmountText, joinPieces, type ColumnKind } from './positioned.ts';
import { isRowNumbering } from './row-numbers.ts';
import { hasHan } from './piece.ts';
import { SPACED_TOTAL_END_RE, SPACED_TOTAL_OR_SUBTOTAL_START_RE } from '../tables/total-words.ts';

/** A piece that starts with a numbered item (`二、`, `（一）`, `3.`) or a `其中：` part. */
const ITEM_START_RE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]|其中[:：])/;
/** A piece that starts a label of its own: a numbered item, a total or subtotal (`合 计`, `小计`) or a `其中：` part. */
const startsLabel = (t: string) => ITEM_START_RE.test(t) || SPACED_TOTAL_OR_SUBTOTAL_START_RE.test(t);
/** A piece that is a label of its own, never a piece of another's wrapped name: it starts a label (`二、`, `合计`) or
 * reads as a total (`本年支出合计`). */
export const labelOfItsOwn = (t: string) => startsLabel(t) || SPACED_TOTAL_END_RE.test(t);
/** The start of a label's later part, never of a label: a joining word (`及`, `和`, `与`, `或`), an enumeration comma
 * or a closing bracket. */
const CONTINUING_RE = /^[及和与或、）)]/;
/** A code or row number: a column of these is not a name column. */
const CODE_RE = /^\d[\d\s]*$/;

type Kind = 'figures' | 'label' | 'blank' | 'other';

/** True when the text starting at `start` stands one space after other text on its line (pdftotext squeezed it there). */
function pushedByTextBefore(raw: string, start: number): boolean {
  return start >= 2 && /\s/.test(raw[start - 1]!) && !/\s/.test(raw[start - 2]!);
}

/**
 * Join wrapped row labels of one table (the `run` lines, cells already placed in columns of `kinds`) into their rows.
 * `lines` is changed in place (entries replaced by copies).
 */
export function wrappedLabels(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): WrapChoice[] {
  const width = Math.max(0, ...run.map((k) => lines[k]!.cells.length));
  const nameColumns: number[] = [];
  for (let c = 0; c < width; c++) {
    const texts = run.map((k) => (lines[k]!.cells[c] ?? '').trim()).filter((t) => t !== '');
    // (amounts with or without decimals: `1,044.50`, `1,044` in a whole-number table)
    const labels = texts.filter((t) => !CODE_RE.test(t) && !/^\d[\d,]*(?:\.\d+)?$/.test(t));
    if (labels.length > 0 && labels.length * 2 > texts.length) nameColumns.push(c);
  }
  // Only in tables whose rows carry a code or a row number (行次) in a column of their own, printed on the figures
  // line: there a line with a name and nothing else is certainly part of a wrapped label. Without them, a row whose
  // amounts are all blank is a name alone on its line too, and telling it from a wrapped piece is the layout
  // parsers' business (they know the row labels).
  const coded = Array.from({ length: width }, (_, c) => c).some((c) => {
    if (kinds[c] !== 'text' || nameColumns.includes(c)) return false;
    const texts = run.map((k) => (lines[k]!.cells[c] ?? '').trim()).filter((t) => t !== '');
    return texts.length > 0 && texts.filter((t) => CODE_RE.test(t)).length * 2 > texts.length;
  });
  for (const c of nameColumns) moveNameOutOfCodes(lines, run, c, kinds);
  joinCodedLabelsAboveFigures(lines, run, kinds, nameColumns);
  // Printed without codes but with names indented by level, the indentation tells a wrapped piece (it starts where its
  // label starts) from a row of its own one level up or down. (A name one space after the text before it on its line
  // was pushed there by that text, `221204173.32 一般公共服务`: where it starts shows no level.)
  const indented = (c: number) =>
    new Set(
      run.flatMap((k) => {
        const l = lines[k]!;
        const span = l.spans?.[c];
        return (l.cells[c] ?? '').trim() !== '' && span && !pushedByTextBefore(l.raw, span.start) ? [span.start] : [];
      }),
    ).size > 1;
  // Rows numbered as items (`一、`, `（二）`) tell where a label starts, so a piece without the mark is a wrapped rest.
  const numbered = (c: number) => {
    const texts = run.map((k) => (lines[k]!.cells[c] ?? '').trim()).filter((t) => t !== '');
    return texts.filter((t) => startsLabel(t)).length * 3 > texts.length;
  };
  // (each name column by its own print: the 收入 half of a side-by-side table may be numbered, the 支出 half not)
  const readable = nameColumns.filter((c) => coded || indented(c) || numbered(c));
  if (readable.length === 0) return [];
  const isName = new Set(nameColumns);
  const kindOf = (k: number): Kind => {
    const cells = lines[k]!.cells;
    const filled = cells.map((t, c) => ({ t: t.trim(), c })).filter((x) => x.t !== '');
    if (filled.length === 0) return 'blank';
    return filled.every((x) => isName.has(x.c)) ? 'label' : 'figures';
  };
  return readable.flatMap((c) => columnChoices(lines, run, c, kindOf, coded));
}

/** Label-only lines between two figure lines of one name column, and the ways wrapping allows to split them. */
export interface WrapChoice {
  column: number;
  /** The figures line above (-1: none), the label-only lines, the figures line below (-1: none); indexes in `lines`. */
  upper: number;
  pieces: number[];
  lower: number;
  /** The splits `s` allowed: pieces[0..s) continue the row above, pieces[s..] start the row below. */
  valid: number[];
  /**
   * When no such split exists: splits with rows of their own between (a label starting an item, `三、国有资本经营预` /
   * `算拨款收入`, whose amounts are all blank): pieces[0..s) continue the row above, pieces[s..t) are such rows,
   * pieces[t..] start the row below.
   */
  rows: { s: number; t: number }[];
}

/**
 * Where the figures stand when wrapping leaves a choice: on a label's middle line when more labels of the document
 * certainly start above their figures than certainly run on two lines or more below them (one PDF prints all its
 * tables alike), else on the first.
 */
export function figuresOnMiddleLine(choices: readonly WrapChoice[]): boolean {
  const above = choices.filter(
    (d) => (d.valid.length > 0 && d.valid.every((s) => s < d.pieces.length)) || (d.valid.length === 0 && d.rows.length > 0 && d.rows.every((r) => r.t < d.pieces.length)),
  ).length;
  // (against it: two pieces or more that can only continue the row above — a label centred on its lines would have
  // as many above its figures. An item alone on its line with blank amounts may look like a label's start.)
  const below = choices.filter((d) => d.pieces.length >= 2 && d.valid.length > 0 && d.valid.every((s) => s === d.pieces.length)).length;
  return above > below;
}

/** Join the label-only lines into their rows (lines joined are marked `skip: 'joined'` and listed in the row's `joined`). */
export function joinWrappedLabels(lines: SourceLine[], choices: readonly WrapChoice[], middle: boolean): void {
  // pieces joined above each row's figures (a label centred on its lines has as many pieces below its figures as
  // above, or one fewer: `焦作市中站区住房` / `和城乡建设离退休  39035321.43` / `人员管理服务中心`)
  const above = new Map<number, number>();
  const centred = middle && longLabelsCentred(choices);
  for (const d of choices) {
    if (d.valid.length === 0) {
      joinOwnRows(lines, d, middle);
      continue;
    }
    const k = d.pieces.length;
    // (centred on its lines, a label has no more pieces below its figures than above them: a row with none above
    // takes none below)
    const known = above.get(d.upper);
    const fitting = middle && known !== undefined && d.valid.some((v) => v <= known) ? d.valid.filter((v) => v <= known) : d.valid;
    const balanced = centred ? known : undefined;
    const s =
      middle && balanced !== undefined && balanced > 0 && fitting.includes(Math.min(balanced, k))
        ? Math.min(balanced, k)
        : middle
          ? (fitting.find((v) => v >= Math.floor(k / 2)) ?? fitting[fitting.length - 1]!)
          : d.valid[d.valid.length - 1]!;
    above.set(d.lower, k - s);
    const up = d.pieces.slice(0, s);
    const down = d.pieces.slice(s);
    if (up.length > 0) attach(lines, d.column, d.upper, up, 'after');
    if (down.length > 0) attach(lines, d.column, d.lower, down, 'before');
  }
}

/**
 * Whether labels printed with their figures on a middle line run on below the figures too (three lines and more,
 * centred: `焦作市中站区住房` / `和城乡建设离退休  39035321.43` / `人员管理服务中心`) rather than end on it (two lines,
 * the figures on the second), judged from the rows the wrapping decides alone: pieces certainly above a row's figures,
 * then certainly none below (the next figures line follows) or certainly some (they cannot start the next row).
 */
function longLabelsCentred(choices: readonly WrapChoice[]): boolean {
  const byUpper = new Map(choices.map((d) => [`${d.column}:${d.upper}`, d]));
  let two = 0;
  let three = 0;
  for (const d of choices) {
    if (d.lower < 0 || d.valid.length === 0) continue;
    const down = new Set(d.valid.map((s) => d.pieces.length - s));
    if (down.size !== 1 || down.has(0)) continue;
    const next = byUpper.get(`${d.column}:${d.lower}`);
    if (!next) two++;
    else if (next.valid.length > 0 && next.valid.every((s) => s > 0)) three++;
  }
  return three > two;
}

/** Rows of their own between the row above and the row below: figures on a label's middle line, the row below takes
 * as many pieces as it can; else none. Each own row's pieces join its first. */
function joinOwnRows(lines: SourceLine[], d: WrapChoice, middle: boolean): void {
  if (d.rows.length === 0) return;
  const best = [...d.rows].sort((a, b) => (middle ? a.t - b.t : b.t - a.t) || b.s - a.s)[0]!;
  const up = d.pieces.slice(0, best.s);
  const down = d.pieces.slice(best.t);
  if (up.length > 0) attach(lines, d.column, d.upper, up, 'after');
  if (down.length > 0) attach(lines, d.column, d.lower, down, 'before');
  for (const row of ownRows(d.pieces.slice(best.s, best.t), (k) => startsLabel((lines[k]!.cells[d.column] ?? '').trim()))) {
    if (row.length > 1) attach(lines, d.column, row[0]!, row.slice(1), 'after');
  }
}

/** Pieces cut into rows, each starting at a piece that starts a label. */
function ownRows(pieces: number[], starts: (k: number) => boolean): number[][] {
  const rows: number[][] = [];
  for (const k of pieces) {
    if (starts(k) || rows.length === 0) rows.push([k]);
    else rows[rows.length - 1]!.push(k);
  }
  return rows;
}

function attach(lines: SourceLine[], c: number, row: number, pieces: number[], where: 'before' | 'after'): void {
  const text = (k: number) => (lines[k]!.cells[c] ?? '').trim();
  const src = lines[row]!;
  const words = pieces.map(text);
  // (pieces starting a label go after a code the row prints before its name in the same cell: `140004 退休人员管理服务`)
  const code = where === 'before' ? (/^\d{3,}\s*(?=[^\d\s])/.exec(text(row))?.[0] ?? '') : '';
  const joinedText = where === 'after' ? joinPieces([text(row), ...words]) : code + joinPieces([...words, text(row).slice(code.length)]);
  const cells = [...src.cells];
  cells[c] = joinedText;
  lines[row] = { ...src, cells, joined: [...(src.joined ?? []), ...pieces.map((k) => lines[k]!.n)] };
  for (const k of pieces) {
    const l = lines[k]!;
    const rest = [...l.cells];
    rest[c] = '';
    // a line is not read once every word on it was joined into a row
    lines[k] = rest.every((t) => t.trim() === '') ? { ...l, cells: rest, skip: 'joined' } : { ...l, cells: rest };
  }
}

function columnChoices(lines: SourceLine[], run: readonly number[], c: number, kindOf: (k: number) => Kind, coded: boolean): WrapChoice[] {
  const text = (k: number) => (lines[k]!.cells[c] ?? '').trim();
  const end = (k: number) => lines[k]!.spans?.[c]?.end ?? 0;
  const start = (k: number) => lines[k]!.spans?.[c]?.start ?? -1;
  // the cell's right edge: where the longest pieces of the column end
  const right = Math.max(...run.filter((k) => text(k) !== '').map(end));
  const full = (k: number) => text(k) !== '' && end(k) >= right;
  // (pdftotext counts a deeper level's cell a character wider: the name on a row's figures line one character short of
  // the edge, no piece indented as far reaching further, fills its cell, and the line under it starting where it starts
  // is its rest — a label-only line so short may still be a row of its own, its amounts blank)
  const rightAt = new Map<number, number>();
  for (const k of run) if (text(k) !== '') rightAt.set(start(k), Math.max(rightAt.get(start(k)) ?? 0, end(k)));
  const fullAbove = (k: number) => full(k) || (text(k) !== '' && end(k) === right - 1 && rightAt.get(start(k)) === end(k));
  // (a coded table's rows drawn some columns left of the others, `其他行政事业单位医` / `疗支出` over a unit's rows
  // pdftotext drew two columns right: a piece reaching as far as any starting where it starts fills its cell when the
  // pieces under it cannot start the row below, which starts elsewhere — in a coded table a line of words only is
  // always a piece of a wrapped label)
  const fullAtItsStart = (k: number) => text(k) !== '' && rightAt.get(start(k)) === end(k);
  const shiftedFull = (k: number, lower: number) => coded && lower >= 0 && text(lower) !== '' && start(lower) !== start(k) && fullAtItsStart(k);
  // The pieces of a wrapped label start where its text starts (its indentation). pdftotext packs a name one space
  // after a code shorter than the column's longest (`20899 业支出` beside `2089999 其他社会保障和就`): there the row's
  // name stands left of its column, and its pieces start where the column's names start.
  const columnStart = mostCommon(run.filter((k) => text(k) !== '').map(start));
  const packed = (k: number) => c > 0 && (lines[k]!.cells[c - 1] ?? '').trim() !== '' && lines[k]!.spans?.[c - 1] !== undefined && start(k) === lines[k]!.spans![c - 1]!.end + 1;
  // (a unit's code printed in the name column before its name, `140004 退休人员管理服务`: its name starts after it)
  const nameStart = (k: number) => start(k) + (/^\d{3,}\s+(?=[^\d\s])/.exec(lines[k]!.raw.slice(start(k)))?.[0].length ?? 0);
  const startsWith = (piece: number, row: number) =>
    start(piece) === start(row) || start(piece) === nameStart(row) || (packed(row) && start(row) < columnStart && start(piece) === columnStart);
  // a total (`本年支出合计`, `收入总计`) is a label of its own too, and so is a catch-all item (`其他行政事业单位养老支出`:
  // a classification's 其他… item, never the rest of the label above)
  const starts = (k: number) => startsLabel(text(k)) || SPACED_TOTAL_END_RE.test(text(k)) || /^其他/.test(text(k));
  // (a piece that starts a label, drawn a character off where the name on the figures line below it starts, starts
  // that name: `其他行政事业单位` one character right of `养老支出`, continuing no label above)
  const startsBelow = (piece: number, row: number) => startsWith(piece, row) || (starts(piece) && Math.abs(start(piece) - start(row)) <= 1);

  // A classification name ends at its 支出 (`机关事业单位基本` / `养老保险缴费支出` is whole): nothing follows a piece
  // ending so, but a bracketed part (`机关资本性支出` / `（一）`).
  const chained = (ks: number[]) => ks.every((k, j) => j === 0 || !/支出$/.test(text(ks[j - 1]!)) || /^[（(]/.test(text(k)));
  // A piece that ends inside 支出, the next piece holding its 出 (`资源勘探工业信息等支` / `出`), is cut short at its
  // cell's edge however far it reaches: no name ends in 支 (pdftotext counts a deeper level's cell a character wider).
  const brokenWord = (k: number, next: number) => /支$/.test(text(k)) && /^出/.test(text(next));
  // No label starts with a joining word or a closing bracket (`及相关机构事务`, `与传媒支出`): a row's name so starting
  // began on the lines above it, and a piece so starting continues the label above.
  const continues = (k: number) => CONTINUING_RE.test(text(k));
  // (in a coded table a line of words only is always a piece of a wrapped label: pieces that can start no row below,
  // starting where the name above starts and ending a name, `年金缴费支出` under `机关事业单位职业` on a page whose
  // longest name reaches further, continue the row above however far it reaches)
  const restOfAbove = (upper: number, pieces: number[]) =>
    upper >= 0 && text(upper) !== '' && /支出$/.test(text(pieces[pieces.length - 1]!)) && pieces.every((k) => startsWith(k, upper) && !starts(k)) && chained([upper, ...pieces]);

  // Consecutive lines (no blank line between) of the run, cut into stretches at blank lines.
  let prevFigures = -1;
  let pending: number[] = [];
  const decisions: WrapChoice[] = [];
  let last = -1;
  for (const k of run) {
    const kind = kindOf(k);
    const adjacent = last >= 0 && lines[k]!.n === lines[last]!.n + 1;
    last = k;
    // (a line joined into the row of figures right above it, its code drawn under its first line, parts that row
    // from nothing after it)
    if (adjacent && pending.length === 0 && prevFigures >= 0 && lines[k]!.skip === 'joined' && lines[prevFigures]!.joined?.includes(lines[k]!.n)) continue;
    // words of another name column only (the other half of a side-by-side table): not this column's business
    if (kind === 'label' && text(k) === '' && adjacent) continue;
    if (!adjacent) {
      if (pending.length > 0) decisions.push(options(prevFigures, pending, -1));
      prevFigures = -1;
      pending = [];
    }
    if (kind === 'label' && text(k) !== '') pending.push(k);
    else if (kind === 'figures') {
      if (pending.length > 0) decisions.push(options(prevFigures, pending, k));
      pending = [];
      prevFigures = k;
    } else {
      if (pending.length > 0) decisions.push(options(prevFigures, pending, -1));
      pending = [];
      prevFigures = kind === 'blank' ? -1 : prevFigures;
    }
  }
  if (pending.length > 0) decisions.push(options(prevFigures, pending, -1));

  /**
   * Label-only lines that no split explains, because rows with every amount blank stand among them (`二、政府性基金预`
   * / `算拨款收入` / `三、国有资本经营` / `预算拨款收入` in a side-by-side 收支总表): each numbered item starts a row of its
   * own and the pieces after it continue it; the pieces before the first item continue the row above.
   */
  const itemised = (d: WrapChoice): WrapChoice[] => {
    if (d.valid.length > 0 || d.rows.length > 0 || !d.pieces.some(starts)) return [d];
    const cuts = d.pieces.flatMap((k, i) => (starts(k) ? [i] : []));
    const out: WrapChoice[] = [];
    if (cuts[0]! > 0) out.push(options(d.upper, d.pieces.slice(0, cuts[0]), -1));
    cuts.forEach((from, j) => {
      const to = cuts[j + 1] ?? d.pieces.length;
      const rest = d.pieces.slice(from + 1, to);
      if (rest.length > 0) out.push(options(d.pieces[from]!, rest, j === cuts.length - 1 ? d.lower : -1));
    });
    return out;
  };

  /** The splits `s` (pieces[0..s) continue the row above, pieces[s..] start the row below) that wrapping allows. */
  function options(upper: number, pieces: number[], lower: number): WrapChoice {
    const upOk = (up: number[]) =>
      up.length === 0 ||
      (upper >= 0 &&
        text(upper) !== '' &&
        (fullAbove(upper) || brokenWord(upper, up[0]!) || shiftedFull(upper, lower)) &&
        up.every((k) => startsWith(k, upper)) &&
        !up.some((k) => starts(k)) &&
        up.slice(0, -1).every((k, j) => full(k) || brokenWord(k, up[j + 1]!) || shiftedFull(k, lower)) &&
        chained([upper, ...up]));
    const downOk = (down: number[]) =>
      down.length === 0
        ? lower < 0 || !continues(lower) || text(lower) === ''
        : lower >= 0 &&
          text(lower) !== '' &&
          !starts(lower) &&
          !continues(down[0]!) &&
          down.every((k, i) => (i === 0 ? startsBelow(k, lower) : startsWith(k, lower))) &&
          down.every((k) => full(k)) &&
          !down.slice(1).some((k) => starts(k)) &&
          chained([...down, lower]);
    const valid: number[] = [];
    for (let s = 0; s <= pieces.length; s++) if (upOk(pieces.slice(0, s)) && downOk(pieces.slice(s))) valid.push(s);
    if (valid.length === 0 && coded && restOfAbove(upper, pieces)) valid.push(pieces.length);
    // rows of their own between: each starts a label (a numbered item) and fills its cell up to its last piece
    const rowOk = (mid: number[]) =>
      mid.length > 0 && starts(mid[0]!) && ownRows(mid, starts).every((r) => r.every((k) => start(k) === start(r[0]!)) && r.slice(0, -1).every((k) => full(k)));
    const rows: { s: number; t: number }[] = [];
    if (valid.length === 0)
      for (let s = 0; s < pieces.length; s++)
        for (let t = s + 1; t <= pieces.length; t++) if (upOk(pieces.slice(0, s)) && downOk(pieces.slice(t)) && rowOk(pieces.slice(s, t))) rows.push({ s, t });
    return { column: c, upper, pieces, lower, valid, rows };
  }

  return decisions.flatMap(itemised);
}

/**
 * The rest of a wrapped name that pdftotext wrote where a neighbouring column of numbers reaches: the code column just
 * left of name column `c` (`出` under `208 05 99 其他行政事业单位养老支`, the page's label columns standing a little
 * right of its names), or the 行次 column just right of it, spanning back over the names (`支出` under
 * `208 05 99 其他行政事业单位养老 12`): a line whose only word is no number, in such a column, starting where the name
 * of the figures line above starts, is a piece of that name column.
 */
function moveNameOutOfCodes(lines: SourceLine[], run: readonly number[], c: number, kinds: readonly ColumnKind[]): void {
  for (const from of [c - 1, c + 1]) moveNameOutOf(lines, run, c, from, kinds);
}

/** `moveNameOutOfCodes` from the neighbouring column `from` (a text column holding codes or row numbers). */
function moveNameOutOf(lines: SourceLine[], run: readonly number[], c: number, from: number, kinds: readonly ColumnKind[]): void {
  if (from < 0 || kinds[from] !== 'text') return;
  const text = (k: number, j: number) => (lines[k]!.cells[j] ?? '').trim();
  const codes = run.map((k) => text(k, from)).filter((t) => t !== '');
  if (codes.filter((t) => CODE_RE.test(t)).length * 2 <= codes.length) return;
  let above = -1;
  for (const k of run) {
    const cells = lines[k]!.cells;
    const filled = cells.flatMap((t, j) => (t.trim() !== '' ? [j] : []));
    const spans = lines[k]!.spans;
    const word = text(k, from);
    const nameStart = above >= 0 ? lines[above]!.spans?.[c]?.start : undefined;
    if (filled.length === 1 && filled[0] === from && !CODE_RE.test(word) && spans?.[from] && nameStart !== undefined && spans[from]!.start === nameStart) {
      const moved = [...cells];
      moved[c] = cells[from]!;
      moved[from] = '';
      const at = [...spans];
      at[c] = spans[from]!;
      at[from] = { start: spans[from]!.start, end: spans[from]!.start };
      lines[k] = { ...lines[k]!, cells: moved, spans: at };
      continue;
    }
    above = filled.some((j) => j > c) && text(k, c) !== '' ? k : -1;
  }
}

/**
 * A coded row whose label wraps in its cell with the row's figures on the label's last line (the cell's lines centred
 * on the row: the code and the first piece of the label a line above the figures, `30108 机关事业单位基本养老保险缴` /
 * `费   2,000,000.00`): the code and the first piece move down to the figures line, where the label is joined. Read per
 * code | name | amounts part of the line, so the other halves of a side-by-side table keep their rows.
 */
function joinCodedLabelsAboveFigures(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[], nameColumns: readonly number[]): void {
  const text = (k: number, c: number) => (lines[k]!.cells[c] ?? '').trim();
  const isCodeColumn = (c: number) => {
    if (c < 0 || kinds[c] !== 'text' || nameColumns.includes(c)) return false;
    const texts = run.map((k) => text(k, c)).filter((t) => t !== '');
    return texts.length > 0 && texts.filter((t) => /^\d{3}(?:\s?\d{2}){0,2}$/.test(t)).length * 2 > texts.length;
  };
  for (const c of nameColumns) {
    if (!isCodeColumn(c - 1)) continue;
    const amounts: number[] = [];
    for (let j = c + 1; j < kinds.length && kinds[j] !== 'text'; j++) amounts.push(j);
    if (amounts.length === 0) continue;
    const right = Math.max(...run.filter((k) => text(k, c) !== '').map((k) => lines[k]!.spans?.[c]?.end ?? 0));
    const start = (k: number) => lines[k]!.spans?.[c]?.start ?? -1;
    for (let r = 0; r + 1 < run.length; r++) {
      const [k, below] = [run[r]!, run[r + 1]!];
      if (lines[below]!.n !== lines[k]!.n + 1) continue;
      const above = text(k, c - 1) !== '' && text(k, c) !== '' && amounts.every((j) => text(k, j) === '') && (lines[k]!.spans?.[c]?.end ?? 0) >= right;
      const rest = text(below, c - 1) === '' && text(below, c) !== '' && !startsLabel(text(below, c)) && !SPACED_TOTAL_END_RE.test(text(below, c)) && start(below) === start(k);
      if (!above || !rest || !amounts.some((j) => text(below, j) !== '')) continue;
      const cells = [...lines[below]!.cells];
      cells[c - 1] = text(k, c - 1);
      cells[c] = joinPieces([text(k, c), text(below, c)]);
      const spans = lines[below]!.spans ? [...lines[below]!.spans!] : undefined;
      const [codeSpan, nameSpan] = [lines[k]!.spans?.[c - 1], lines[k]!.spans?.[c]];
      if (spans && codeSpan && nameSpan) {
        spans[c - 1] = codeSpan;
        spans[c] = { start: nameSpan.start, end: Math.max(nameSpan.end, spans[c]!.end) };
      }
      lines[below] = { ...lines[below]!, cells, ...(spans ? { spans } : {}), joined: [...(lines[below]!.joined ?? []), lines[k]!.n] };
      const left = [...lines[k]!.cells];
      left[c - 1] = '';
      left[c] = '';
      lines[k] = left.every((t) => t.trim() === '') ? { ...lines[k]!, cells: left, skip: 'joined' } : { ...lines[k]!, cells: left };
    }
  }
}

/**
 * A wrapped label whose code stands on its first line and its figures on a later one, as pdftotext writes a row whose
 * figures the PDF centres in a tall cell while its code stays with the label's first line:
 *
 * ```
 *   20103 政府办公厅（室）及相
 *         关机构事务        5 21063981.67 21063981.67
 * ```
 *
 * In a table whose rows carry codes (a text column of digits that is not the name column), a line with a code and a
 * name and nothing else (or a code alone, the row above it not a row without a code that it might end), followed at once (or after up to two lines holding only a piece of the name: a label of four
 * lines whose figures stand on the third) by a line with figures and a name but no code, whose name starts no label of
 * its own (`合计`, `二、`), is one row: the code and the start of the label move onto the figures line, which lists the
 * lines above as joined. `lines` is changed in place.
 */
export function joinCodeLines(lines: SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): void {
  const found = codeAndNameColumns(lines, run, kinds);
  if (found === null) return;
  const { codeCols, name } = found;
  const filled = (k: number) => lines[k]!.cells.flatMap((t, c) => (t.trim() !== '' ? [c] : []));
  // (a piece of the label alone on its line, between the code line and the figures line: a label of three lines or
  // more whose figures stand on a middle one)
  const pieceLine = (k: number) => {
    const t = (lines[k]!.cells[name] ?? '').trim();
    return t !== '' && filled(k).every((c) => c === name) && !startsLabel(t) && !SPACED_TOTAL_END_RE.test(t);
  };
  // (a code alone on its line right under a row of figures with a name and no code of its own, the line under it no
  // such row: that row's code, drawn under its first line, centred on its name wrapped over two lines,
  // `其他行政事业单位医疗 18 …` / `210 11 99` / `支出`)
  const figuresNoCode = (k: number) => {
    const f = filled(k);
    return f.includes(name) && f.some((c) => c !== name && !codeCols.includes(c)) && !f.some((c) => codeCols.includes(c));
  };
  const endsRowAbove = (i: number) => {
    const a = run[i]!;
    const r = run[i - 1];
    if (r === undefined || lines[r]!.n !== lines[a]!.n - 1 || lines[r]!.skip || !figuresNoCode(r)) return false;
    const b = run[i + 1];
    return b === undefined || lines[b]!.n !== lines[a]!.n + 1 || !figuresNoCode(b);
  };
  for (let i = 0; i < run.length; i++) {
    const a = run[i]!;
    const fa = filled(a);
    const codeLine = fa.includes(name) && fa.some((c) => codeCols.includes(c)) && fa.every((c) => c === name || codeCols.includes(c));
    // (or the code alone on its line, the whole name on the figures line: unless the line right above is a row with a
    // name and figures and no code of its own, which the code might end — a name's rest alone above, `出` under
    // `支持中小企业发展和管理支`, ends the row above it, not this one)
    const aboveRow = i > 0 && lines[run[i - 1]!]!.n === lines[a]!.n - 1 && figuresNoCode(run[i - 1]!);
    const codeOnly = fa.length > 0 && fa.every((c) => codeCols.includes(c)) && !aboveRow;
    if (!lines[a]!.skip && fa.length > 0 && fa.every((c) => codeCols.includes(c)) && endsRowAbove(i)) {
      const r = run[i - 1]!;
      const cells = [...lines[r]!.cells];
      for (const c of codeCols) cells[c] = lines[a]!.cells[c] ?? '';
      const spans = lines[r]!.spans ? [...lines[r]!.spans!] : undefined;
      if (spans && lines[a]!.spans) for (const c of codeCols) spans[c] = lines[a]!.spans![c]!;
      lines[r] = { ...lines[r]!, cells, ...(spans ? { spans } : {}), joined: [...(lines[r]!.joined ?? []), lines[a]!.n] };
      lines[a] = { ...lines[a]!, cells: lines[a]!.cells.map(() => ''), skip: 'joined' };
      continue;
    }
    if ((!codeLine && !codeOnly) || lines[a]!.skip || i + 1 === run.length) continue;
    let j = i + 1;
    while (j + 1 < run.length && j - i <= MAX_PIECES_BETWEEN && lines[run[j]!]!.n === lines[run[j - 1]!]!.n + 1 && !lines[run[j]!]!.skip && pieceLine(run[j]!)) j++;
    const b = run[j]!;
    if (lines[b]!.n !== lines[run[j - 1]!]!.n + 1 || lines[b]!.skip) continue;
    const fb = filled(b);
    const rest = (lines[b]!.cells[name] ?? '').trim();
    const figuresLine = rest !== '' && !fb.some((c) => codeCols.includes(c)) && fb.some((c) => c !== name) && !startsLabel(rest) && !SPACED_TOTAL_END_RE.test(rest);
    if (!figuresLine) continue;
    const between = run.slice(i + 1, j);
    const cells = [...lines[b]!.cells];
    for (const c of codeCols) cells[c] = lines[a]!.cells[c] ?? '';
    cells[name] = joinPieces([a, ...between].map((k) => (lines[k]!.cells[name] ?? '').trim()).concat(rest));
    const spans = lines[b]!.spans ? [...lines[b]!.spans!] : undefined;
    if (spans && lines[a]!.spans) for (const c of codeCols) spans[c] = lines[a]!.spans![c]!;
    lines[b] = { ...lines[b]!, cells, ...(spans ? { spans } : {}), joined: [...(lines[b]!.joined ?? []), ...[a, ...between].map((k) => lines[k]!.n)] };
    for (const k of [a, ...between]) lines[k] = { ...lines[k]!, cells: lines[k]!.cells.map(() => ''), skip: 'joined' };
    i = j;
  }
}

/**
 * The code columns and the one name column of a table whose rows carry codes: text columns mostly of codes (not row
 * numbers rising by one, 行次), and the one text column mostly of words; null when the table has no code column or not
 * exactly one name column.
 */
export function codeAndNameColumns(lines: readonly SourceLine[], run: readonly number[], kinds: readonly ColumnKind[]): { codeCols: number[]; name: number } | null {
  const width = Math.max(0, ...run.map((k) => lines[k]!.cells.length));
  const texts = (c: number) => run.map((k) => (lines[k]!.cells[c] ?? '').trim()).filter((t) => t !== '');
  const codeCols: number[] = [];
  const nameCols: number[] = [];
  for (let c = 0; c < width; c++) {
    // (a column known from its header alone may hold the codes: they stand on the code lines only)
    if (kinds[c] === 'amount') continue;
    const ts = texts(c);
    if (ts.length === 0) continue;
    const codes = ts.filter((t) => /^(?:\d{2,3}(?:\s?\d{2}){0,2}|[1-9]\d{5})$/.test(t)).length;
    // (a column the header left blank holding a figure a row placed there is no name column; row numbers, 行次, rising
    // row by row most by one, are no code column however many of them have two or three digits — the header's words
    // repeated over them after a page break aside, `行次 小计`)
    if (codes * 2 > ts.length && !isRowNumbering(ts.filter((t) => !hasHan(t)), { mostlyByOne: true })) codeCols.push(c);
    else if (ts.filter((t) => !CODE_RE.test(t) && !isAmountText(t)).length * 2 > ts.length) nameCols.push(c);
  }
  return codeCols.length === 0 || nameCols.length !== 1 ? null : { codeCols, name: nameCols[0]! };
}

/** Pieces of a label alone on their lines between its code line and its figures line, at most. */
const MAX_PIECES_BETWEEN = 2;

/** The value most often met (the smallest of those met as often; -1 for none). */
function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = -1;
  let most = 0;
  for (const [v, n] of counts) if (n > most || (n === most && v < best)) [best, most] = [v, n];
  return best;
}
