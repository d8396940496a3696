/**
 * A squeezed table that no row fills: more figure columns than any row prints, every row leaving some blank, its figures
 * one space apart where their cells touch, so that neither the columns by position (pdftotext squeezes each line on
 * its own) nor full rows (`figure-order.ts`) place them. Its header, read to pieces by position, is read as one exact
 * cover of vocabulary words (`header-cover.ts`), of more columns than any row prints figures, the only reading of any
 * such count under which every row can be placed (a reading that only cuts the words of one of fewer columns set
 * aside, `split-words.ts`; the characters may allow two: `本年支出` over `合计` one word, or two words, the table's 合计
 * then blank in every row beside its parts' figures, which no total holds). Under a header printing 行次, each row's
 * first number after its words, numbering the rows, is its 行次, no figure: in the last label column when one is headed
 * 行次, else in a label column of its own. Each row's figures are then placed by meaning: in order, figures one space
 * apart in neighbouring columns, figures a figure's width and a space each side apart or more with a column between,
 * and the header's totals holding (a blank cell counted as nothing); where its page's runs start (`run-starts.ts`) when that
 * placement keeps the row's totals (where the runs' first figures end decides over how wide a gap is: a narrow figure
 * right-aligned in a wide cell stands a wide gap after figures squeezed left of theirs), else a figure every such
 * placement puts in one column is read there, any other is left unread and the row reported. The reading is taken only when every row has such a placement, and every column a figure other than
 * zero may stand in whose meaning the settle stage reads from the 总表 (a 收入 table's sources) is one that some row's
 * figures are placed in for certain: that money is left to the settle stage — unless the reading by position puts a
 * figure under a column no word heads and a row's figures under one of the cover's words where none of the row's
 * placements does: that reading is not the table's either, and the cover is taken, such money left unread. When two
 * value columns by position or more (figure columns or columns blank in every row) are headed by words the vocabulary
 * does not know (a torn header, `财政拨款收` | `入` | `事业收`) and the document names a 收支总表, the reading by
 * position names nothing the settle stage could use either: the cover is taken and each such figure put in the source
 * column most rows' such figures may stand in, then the leftmost, so that the rows put them alike
 * (`figuresBySummary`; the row reported, `spaced_row_by_summary`), for the settle stage to place again by the 总表's
 * totals.
 */
import { completesWord, isLabelWord, coverReadings, headedByKnownWords, labelColumnCount, modelOfCover, wordsOver, type CoverReading } from './header-cover.ts';
import { lineFragments, touchingBefore } from './piece.ts';
import { agreedColumns, holdingPlacements, holdUnder } from './row-totals.ts';
import { touchingAsNeighbours, type Placed } from './placed.ts';
import { isAmountText, trailingFigures, type Column, type ColumnModel } from './columns.ts';
import { placeParts, type Positioned, type PositionedLine } from './positioned.ts';
import { namesOneColumnTwice, sameColumns, withoutSplitWords } from './split-words.ts';
import { joinCoverRests } from './cover-rests.ts';
import { isRowNumberText, isRowNumberWord, numbersRows } from './row-numbers.ts';
import { settledBySummary } from '../tables/income-meanings.ts';
import { isZeroFigure } from '../tables/cells.ts';
import { isCodeAlone, isMoneyFigure } from './spaced-lines.ts';

/** Spaces between two figures at most for their cells to touch. */
const TOUCHING = 1;

/** Every placement of a row's figures into the columns headed `paths` that keeps them (see the module comment). */
function keptPlacements(figures: readonly Positioned[], paths: readonly string[][], cell = 0, pushed = false): number[][] {
  if (figures.length === 0) return [[]];
  // (a blank column between two figures leaves room for a figure as wide as the row's narrowest and a space each side;
  // right-aligned, a narrow figure stands further from its neighbour than a wide one: `52.27    52.27` side by side;
  // when no placement keeps a row so, a figure's gap may also be the blank its own cell leaves left of it, the cell as
  // wide as the table's widest figure, `cell` (or the row's): `208964.84         0.00`, a zero right-aligned in the
  // 项目支出 cell beside 公用经费, `132.22       125.61`, 小计 and 人员经费 of a table printing `11,557.05`; and the gap
  // after a first figure written one space after the row's label, `pushed` (pdftotext squeezed it against the label,
  // `行政事业单位养老支出 11.62      11.62`), says nothing of a column between)
  const width = Math.min(...figures.map((f) => f.end - f.start));
  const widest = Math.max(cell, ...figures.map((f) => f.end - f.start));
  const kept = (ownCell: boolean) => {
    const room = (i: number) => width + 2 + (ownCell ? widest - (figures[i]!.end - figures[i]!.start) : 0);
    const roomBetween = (pick: readonly number[]) => pick.every((c, i) => i === 0 || figures[i]!.start - figures[i - 1]!.end < room(i) || (ownCell && pushed && i === 1) || c > pick[i - 1]! + 1);
    return holdingPlacements(paths, figures.map((f) => f.text), (pick) => touchingAsNeighbours(figures, pick) && roomBetween(pick));
  };
  const byNarrowest = kept(false);
  if (byNarrowest.length > 0) return byNarrowest;
  const byOwnCell = kept(true);
  // (a row no placement so keeps, a narrow figure right-aligned in a cell wider than the table's widest figure,
  // `76.0         4.8` of 人员经费 and 公用经费: placed by the header's totals alone, figures one space apart still in
  // neighbouring columns)
  return byOwnCell.length > 0 ? byOwnCell : holdingPlacements(paths, figures.map((f) => f.text), (pick) => touchingAsNeighbours(figures, pick));
}

/** The column each of a row's figures takes in every placement that keeps them (see the module comment), -1 for a
 * figure placements disagree on; null when no placement keeps them. */
export function squeezedPlacement(figures: readonly Positioned[], paths: readonly string[][], cell = 0, pushed = false): number[] | null {
  const kept = keptPlacements(figures, paths, cell, pushed);
  return kept.length === 0 ? null : agreedColumns(kept);
}

/** The columns of such a table (see the module comment), marked `squeezed`, or null when it is not of this shape.
 * `misread`: the reading by position (`model`) is known wrong though its words are known (a header repeated with the
 * table's characters read into other columns): its words do not keep the cover from being read. */
export function coverOnSqueezedRows(header: readonly PositionedLine[], data: readonly PositionedLine[], model: ColumnModel, misread = false, summaryNamed = false): ColumnModel | null {
  if (header.length === 0 || data.length < 3) return null;
  const byWords = labelColumnCount(model);
  // (a 行次 column ending the labels, its number first on every row, 1, 2, 3 … down the rows: a label, no figure)
  const numberedAt = (n: number) => rowNumbered(model, n, data.map((l) => l.parts));
  // (no figures among the labels: halves side by side, 收入 | 支出, are not of this shape)
  const figuresAmong = (n: number) => model.columns.slice(0, numberedAt(n) ? n - 1 : n).some((c) => c.kind === 'amount');
  // (unless the label words over figure columns stand there by position only, a header squeezed left of its rows:
  // no column from the first figure column to the last a label word heads is a text column with a word under it,
  // `行次 本年收入合计` over `1 11,507,732.52`, `科目名称 本年支出合计` over `一般公共服务支出 2617856.81`: the label
  // columns then end before the first figure column, a 行次 column read from the rows' numbers)
  const firstAmount = model.columns.findIndex((c) => c.kind === 'amount');
  const wordUnder = (c: Column) => data.some((l) => l.parts.some((p) => !isAmountText(p.text) && p.start < c.end && p.end > c.start));
  // (whole label words only: a lone `类` over a figure column is the rest of a value word, `其他运转` over `类`)
  const wholeLabelWords = (j: number) => wordsOver(model, j).every((w) => !isLabelWord(w) || w.length >= 2);
  const drawnOver =
    firstAmount > 0 && firstAmount < byWords && model.columns.slice(firstAmount, byWords).every((c, k) => (c.kind !== 'text' || !wordUnder(c)) && wholeLabelWords(firstAmount + k));
  // (but not when every such label word heads a column no row prints anything in and the columns by position hold the
  // rows, each figure alone in a column headed by value words the vocabulary knows: a 行次 word drawn apart from its
  // numbers over nothing)
  const cells = data.map((l) => placeParts(l.parts, model).cells);
  const headed = model.columns.flatMap((_, j) => (j >= firstAmount && j < byWords && wordsOver(model, j).some(isLabelWord) ? [j] : []));
  const overNothing = headed.length > 0 && headed.every((j) => cells.every((cs) => (cs[j] ?? '').trim() === ''));
  const money = (t: string | undefined) => (t ?? '').split(/\s+/).filter(isMoneyFigure).length;
  const moneyColumns = model.columns.flatMap((_, j) => (cells.some((cs) => money(cs[j]) > 0) ? [j] : []));
  const holdsRows = cells.every((cs) => cs.every((t) => money(t) <= 1)) && moneyColumns.every((j) => !wordsOver(model, j).some(isLabelWord)) && headedByKnownWords(model, moneyColumns);
  const labels = figuresAmong(byWords) && drawnOver && !(overNothing && holdsRows) ? firstAmount : byWords;
  if (labels === 0 || labels === model.columns.length) return null;
  const inModel = numberedAt(labels);
  if (figuresAmong(labels)) return null;
  const values = model.columns.map((_, j) => j).slice(labels);
  // (only a header the reading by position could not read, under label columns of known label words)
  // (a word's rest read by position as a column of its own beside its word, `财政拨款（补助）` | `收入`, is no reading)
  if (!misread && !restAsColumn(model, values) && headedByKnownWords(model, values)) return null;
  const labelWords = model.columns.slice(0, labels).map((_, j) => wordsOver(model, j));
  // (no 栏次 anywhere in the header; a 行次 only when every row's first number after its words numbers the rows: it is
  // then no figure but the row's number, in the 行次 label column or in a label column of its own)
  const words = [...labelWords.flat(), ...header.flatMap((l) => l.parts.map((p) => p.text))];
  if (words.some((w) => /栏次/.test(w))) return null;
  const numbered = inModel || words.some((w) => isRowNumberWord(w) || /行次/.test(w));
  const numbers = data.map((l) => trailingFigures(l.parts)[0]);
  if (numbered && !numbersRows(numbers)) return null;
  const rows = data.map((l) => trailingFigures(l.parts).slice(numbered ? 1 : 0));
  const most = Math.max(...rows.map((f) => f.length));
  if (most < 2) return null;
  // (squeezed: a row with two figures one space apart)
  if (!rows.some((f) => f.some((p, i) => i > 0 && p.start - f[i - 1]!.end <= TOUCHING))) return null;
  // the label columns, the 行次 column among them, and their words: the last label column when it is headed 行次, else
  // (a header printing 行次 over no label column of its own) a column of its own where the rows' numbers stand, headed
  // 行次, the header's 行次 words taken off the columns they stood over
  const own = numbered && !inModel;
  const labelColumns: Column[] = [...model.columns.slice(0, labels)];
  const labelHeads = labelWords.map((ws) => ws.filter((w) => isLabelWord(w) && !(own && isRowNumberWord(w))));
  if (own) {
    labelColumns.push({ start: Math.min(...numbers.map((p) => p!.start)), end: Math.max(...numbers.map((p) => p!.end)), kind: 'text' });
    labelHeads.push(['行次']);
  }
  const lastEnd = labelColumns[labelColumns.length - 1]!.end;
  // (the value words' pieces: right of where the header's label words end, the label columns found from long names
  // reaching under value words)
  // (a label word drawn right of a value word's piece on its line, right of the label columns — `项目` of 项目支出 after
  // `本年` of 本年支出合计 — is that value word's piece, no label column's head)
  const heads = new Set(header.flatMap((l) => l.parts.filter((p) => isLabelWord(p.text) && !l.parts.some((q) => !isLabelWord(q.text) && q.start >= lastEnd && q.end <= p.start))));
  const labelEnds = [...heads].map((p) => p.end);
  const cut = labelEnds.length > 0 ? Math.max(...labelEnds) : lastEnd;
  const pieces = lineFragments(header, (p) => p.start >= cut && !heads.has(p));
  const readings: CoverReading[] = [];
  // (any count of columns above the widest row's figures, each column's word with a piece of its own at least)
  for (let W = most + 1; W <= pieces.length; W++) readings.push(...coverReadings(pieces, W));
  // (a word's rest read as a column of its own beside it, `收入` | `财政拨款`, joined to it when the columns left are
  // still more than the widest row's figures: the figures ask no column of its own for it)
  readings.splice(0, readings.length, ...joinedRests(readings, most));
  // (a reading of more columns that only cuts the words of one of fewer is no other reading; nor one naming a column
  // twice, `本年收入` | `收入合计`)
  readings.splice(0, readings.length, ...withoutSplitWords(readings).filter((r) => !namesOneColumnTwice(r)));
  // (every row placed so: of several readings the characters allow, the one whose totals every row can hold, when one
  // alone can — `本年支出` over `合计` one word, not two columns of which the table's 合计 would stay blank beside its
  // parts' figures; and every column a figure other than zero may stand in is one some row's figures are placed in for
  // certain: money that might stand in columns no row confirms is left to another reading)
  const cell = Math.max(...rows.flat().map((p) => p.end - p.start));
  const pushed = rows.map((f, r) => f.length > 0 && touchingBefore(f[0]!, data[r]!.parts));
  // (a row split over two lines, its figures alone on the second, is placed joined: `squeezed-split-rows.ts`)
  const figuresOnly = data.map((l) => l.parts.every((p) => isAmountText(p.text)));
  const placing = readings.flatMap((read) => {
    const units = rowUnits(rows, figuresOnly, (f, q) => keptPlacements(f, read.paths, cell, pushed[q]));
    return units === null ? [] : [{ read, units }];
  });
  // (readings naming the same columns, `本年支出` over `合计` or `本年支出合计`, are one reading of the table: each row
  // placed as any of them keeps it, a figure they put in different columns left unread)
  const sameUnits = (a: readonly RowUnit[], b: readonly RowUnit[]) => a.length === b.length && a.every((u, q) => u.figures.length === b[q]!.figures.length);
  const oneReading = placing.length > 1 && sameColumns(placing.map((p) => p.read)) && placing.every((p) => sameUnits(p.units, placing[0]!.units));
  if (placing.length !== 1 && !oneReading) return null;
  const read = placing[0]!.read;
  const units = placing[0]!.units.map((u, q) => ({ ...u, kept: distinctPlacements(placing.flatMap((p) => p.units[q]!.kept)) }));
  const kept = units.map((u) => u.kept);
  const printed = units.map((u) => u.figures);
  const certain = new Set(kept.flatMap((ps) => agreedColumns(ps).filter((c) => c >= 0)));
  const settled = read.paths.map((path) => settledBySummary(path));
  // (money that might stand in a column no row confirms is left to another reading when the settle stage reads that
  // column's meaning from the 总表, `settledBySummary`, unless the reading by position is not the table's columns
  // either: the money is then left unread here, where the placements disagree, like any other)
  // (unless the document names a 收支总表, `summaryNamed`, and two value columns by position or more are headed by
  // words the vocabulary does not know: the reading by position names nothing the settle stage could use, and it
  // places that money again by the 总表 on the cover's columns, each such figure put in the column most rows' such
  // figures may stand in, then the leftmost, so that the rows put them alike: `bySummaryOrder`)
  const uncertain = kept.some((ps, r) => ps.some((p) => p.some((c, i) => !isZeroFigure(printed[r]![i]!.text) && !certain.has(c) && settled[c])));
  const bySummary = uncertain && !contradictedByPosition(model, labels, printed, read.paths, kept);
  if (bySummary && (!summaryNamed || values.filter((j) => !headedByKnownWords(model, [j])).length < 2)) return null;
  // the value columns stand where no figure is placed by them: nominal spans right of the labels, one per word
  const end = Math.max(...rows.flat().map((p) => p.end), lastEnd + read.paths.length);
  const step = (end - lastEnd) / read.paths.length;
  const amounts: Column[] = read.paths.map((_, j) => ({ start: Math.round(lastEnd + j * step) + 1, end: Math.round(lastEnd + (j + 1) * step), kind: 'amount' }));
  return {
    ...modelOfCover(labelColumns, labelHeads, amounts, read),
    squeezed: true,
    squeezedCell: cell,
    ...(bySummary ? { figuresBySummary: bySummaryOrder(kept, read.paths.length) } : {}),
  };
}

/** The value columns (`count` of them) in the order a squeezed 收入 table's figures that no placement tells apart are
 * put in (`figuresBySummary`): by how many rows (`kept`: each row's placements keeping it) may put such a figure there,
 * most first, then left to right. */
function bySummaryOrder(kept: readonly (readonly (readonly number[])[])[], count: number): number[] {
  const rows = Array.from({ length: count }, () => 0);
  for (const ps of kept) {
    if (ps.length === 0) continue;
    const agreed = agreedColumns(ps);
    const open = new Set(ps.flatMap((p) => p.filter((_, i) => agreed[i]! < 0)));
    for (const c of open) rows[c]! += 1;
  }
  return rows.map((_, c) => c).sort((a, b) => rows[b]! - rows[a]! || a - b);
}

/** Whether a value column by position is headed by one word only, the rest of the last word over the value column
 * left of it (`财政拨款（补助）` | `收入`: one vocabulary word of the left word's own meaning). */
function restAsColumn(model: ColumnModel, values: readonly number[]): boolean {
  return values.some((j, k) => {
    if (k === 0) return false;
    const own = wordsOver(model, j);
    const left = wordsOver(model, values[k - 1]!);
    return own.length === 1 && left.length > 0 && completesWord(left[left.length - 1]!, own[0]!);
  });
}

/**
 * Whether the reading by position (`model`) is not the table's columns: it puts a figure of some row under a value
 * column no word heads, and some row's figures under words of the cover's columns (`paths`) where none of the row's
 * placements that keep it (`kept`) does (each figure placed by position alone; one under a column of other words, a
 * broken word's piece, tells nothing). A reading by position whose columns each hold a word may still be the table's
 * columns under other words (the settle stage reads their meanings from the 总表).
 */
function contradictedByPosition(model: ColumnModel, labels: number, rows: readonly (readonly Positioned[])[], paths: readonly string[][], kept: readonly number[][][]): boolean {
  const named = paths.map((p) => p.join('/'));
  const columnOf = (f: Positioned) => placeParts([f], model).cells.findIndex((c) => c !== '');
  const unheaded = rows.some((figures) => figures.some((f) => {
    const j = columnOf(f);
    return j >= labels && wordsOver(model, j).length === 0;
  }));
  return unheaded && rows.some((figures, r) => {
    const said = figures.map((f) => {
      const j = columnOf(f);
      const word = j < 0 ? '' : wordsOver(model, j).join('/');
      return named.includes(word) ? word : null;
    });
    if (said.every((w) => w === null)) return false;
    return !kept[r]!.some((pick) => pick.every((c, i) => said[i] === null || named[c] === said[i]));
  });
}

/** How far a row's figures on its second line are put from those on its first: no column asked between them, nor
 * forbidden (wider than a space, narrower than a blank column's room). */
const UNSAID_GAP = 2;

/** A row's figures as printed and the placements that keep them: one line's, or a line's and the next line's when
 * that line prints figures alone (a row split over two lines). */
interface RowUnit {
  figures: Positioned[];
  kept: number[][];
}

/**
 * The rows of figures of a squeezed table and the placements `keep` finds for each (`rows[q]`: line q's figures):
 * a line whose figures keep no placement alone, followed by a line of figures alone, is one row with it when joined
 * they keep one (the second line's figures put `UNSAID_GAP` after the first's). Null when some row keeps none.
 */
function rowUnits(rows: readonly Positioned[][], figuresOnly: readonly boolean[], keep: (figures: Positioned[], line: number) => number[][]): RowUnit[] | null {
  const out: RowUnit[] = [];
  for (let q = 0; q < rows.length; q++) {
    const alone = keep(rows[q]!, q);
    if (alone.length > 0 || rows[q]!.length === 0) {
      out.push({ figures: rows[q]!, kept: alone });
      continue;
    }
    const rest = rows[q + 1];
    if (rest === undefined || rest.length === 0 || !figuresOnly[q + 1]) return null;
    const joined = [...rows[q]!, ...withGapAfter(rows[q]!, rest)];
    const kept = keep(joined, q);
    if (kept.length === 0) return null;
    out.push({ figures: [...rows[q]!, ...rest], kept });
    q++;
  }
  return out;
}

/** Placements (columns of a row's figures) each once. */
function distinctPlacements(placements: readonly number[][]): number[][] {
  return [...new Map(placements.map((p) => [p.join(), p])).values()];
}

/** A second line's figures put `UNSAID_GAP` after the first line's last. */
export function withGapAfter(first: readonly Positioned[], rest: readonly Positioned[]): Positioned[] {
  const shift = first[first.length - 1]!.end + UNSAID_GAP - rest[0]!.start;
  return rest.map((p) => ({ ...p, start: p.start + shift, end: p.end + shift }));
}

/** `readings` with each one's word rests joined (`joinCoverRests`) when more columns than `most` are left and no
 * reading of the cover reads the joined words already (its order of them stands), readings reading the same columns
 * once. */
function joinedRests(readings: readonly CoverReading[], most: number): CoverReading[] {
  const wordsOf = (r: CoverReading) => JSON.stringify(r.paths.map((p) => p.join('/')).sort());
  const covered = new Set(readings.map(wordsOf));
  const out: CoverReading[] = [];
  for (const r of readings) {
    const joined = joinCoverRests(r);
    const read = joined !== null && joined.paths.length > most && !covered.has(wordsOf(joined)) ? joined : r;
    const key = JSON.stringify(read.paths);
    if (!out.some((o) => JSON.stringify(o.paths) === key)) out.push(read);
  }
  return out;
}

/**
 * Whether the last of the `labels` label columns is headed 行次 and every line's first number after its words numbers
 * the rows (1, 2, 3 … down them).
 */
function rowNumbered(model: ColumnModel, labels: number, lines: readonly (readonly Positioned[])[]): boolean {
  // (headed by 行次 and no label word of its own: a column whose own label word stands over 行次 too, `科目名称` over
  // `行次`, is that word's column, the 行次 then without one; a group word over the label columns, `项目`, is no column's)
  const over = labels < 2 ? [] : wordsOver(model, labels - 1);
  const before = labels < 2 ? [] : wordsOver(model, labels - 2);
  if (!over.some(isRowNumberWord) || over.some((w) => isLabelWord(w) && !isRowNumberWord(w) && !before.includes(w))) return false;
  return numbersRows(lines.map((ps) => trailingFigures(ps)[0]));
}

/** A row of such a table: its words placed in the label columns by position, its figures by the columns where its
 * page's runs start (`placeByRunStarts` of `run-starts.ts`, `byRuns`) when that placement keeps the header's totals
 * (`keepsTotals`), else by `squeezedPlacement`. */
export function placeSqueezedRow(parts: Positioned[], model: ColumnModel, byRuns: readonly number[] | null = null): Placed {
  const labels = labelColumnCount(model);
  const figures = squeezedFigures(parts, model);
  const words = parts.slice(0, parts.length - figures.length);
  const pushed = figures.length > 0 && touchingBefore(figures[0]!, parts);
  // (a row's 行次, the first number after its words, in the 行次 column wherever pdftotext drew it)
  const number = rowNumberColumnOf(model) >= 0 && words.length > 0 && isRowNumberText(words[words.length - 1]!.text) ? words.pop()! : null;
  const labelModel: ColumnModel = { columns: model.columns.slice(0, labels), header: model.header.map((r) => r.slice(0, labels)) };
  const byPosition = (ws: Positioned[]) => (ws.length > 0 ? placeParts(ws, labelModel) : { cells: labelModel.columns.map(() => ''), spans: labelModel.columns.map((c) => ({ start: c.start, end: c.end })), crowded: false });
  let byLabels = byPosition(words);
  if (number !== null && byLabels.cells[labels - 1] === '') {
    byLabels.cells[labels - 1] = number.text;
    byLabels.spans[labels - 1] = { start: number.start, end: number.end };
  } else if (number !== null) byLabels = byPosition([...words, number]);
  const paths = squeezedPaths(model);
  const kept = byRuns !== null && keepsTotals(figures, byRuns, model);
  const agreed = kept ? [...byRuns!] : (squeezedPlacement(figures, paths, model.squeezedCell, pushed) ?? figures.map(() => -1));
  // (money the settle stage places again by the 总表: the placement keeping the row that puts the figures its
  // placements disagree on in the columns first in the table's order for such figures)
  const order = model.figuresBySummary;
  const byOrder = (a: readonly number[], b: readonly number[]) => {
    const k = a.findIndex((c, i) => agreed[i]! < 0 && c !== b[i]);
    return k < 0 ? 0 : order!.indexOf(a[k]!) - order!.indexOf(b[k]!);
  };
  const chosen = order && agreed.some((c) => c < 0) ? ([...keptPlacements(figures, paths, model.squeezedCell, pushed)].sort(byOrder)[0] ?? null) : null;
  const at = chosen ?? agreed;
  const cells = [...byLabels.cells, ...paths.map(() => '')];
  const spans = [...byLabels.spans, ...model.columns.slice(labels).map((c) => ({ start: c.start, end: c.end }))];
  at.forEach((c, i) => {
    if (c < 0) return;
    cells[labels + c] = figures[i]!.text;
    spans[labels + c] = { start: figures[i]!.start, end: figures[i]!.end };
  });
  return { cells, spans, crowded: byLabels.crowded, ambiguous: at.some((c) => c < 0), ...(chosen !== null ? { bySummary: true } : {}) };
}

/** The header words over each value column of a squeezed table. */
export function squeezedPaths(model: ColumnModel): string[][] {
  const labels = labelColumnCount(model);
  return model.columns.slice(labels).map((_, j) => model.header.map((r) => r[labels + j] ?? '').filter((x) => x !== ''));
}

/** Whether a row's figures of a squeezed table placed in the value columns `columns` keep the header's totals (a blank
 * cell counted as nothing), figures one space apart in neighbouring columns. */
export function keepsTotals(figures: readonly Positioned[], columns: readonly number[], model: ColumnModel): boolean {
  return columns.length === figures.length && touchingAsNeighbours(figures, columns) && holdUnder(squeezedPaths(model), figures.map((f) => f.text), columns);
}

/** The 行次 column of a squeezed table (its last label column, headed 行次), -1 when it has none. */
function rowNumberColumnOf(model: ColumnModel): number {
  const labels = labelColumnCount(model);
  if (!model.squeezed || labels === 0) return -1;
  return wordsOver(model, labels - 1).some((w) => isRowNumberWord(w)) ? labels - 1 : -1;
}

/** A row's figures under a squeezed table: its trailing figures, without its 行次 when the table has a 行次 column; none
 * on a line holding a classification code alone (`213 01 01`, its name and figures on the line below). */
export function squeezedFigures<P extends Positioned>(parts: readonly P[], model: ColumnModel): P[] {
  // (a classification code alone on its line, `213 01 01`, its name and figures wrapped onto the line below: no figure)
  if (isCodeAlone([...parts])) return [];
  const figures = trailingFigures(parts);
  return rowNumberColumnOf(model) >= 0 && figures.length > 0 && isRowNumberText(figures[0]!.text) ? figures.slice(1) : figures;
}
