/**
 * A table continued on the next page, its columns fitted again on that page. `pdftotext -layout` lays out every page
 * on its own: the same column stands at other character positions on each page, and within a page the figures of
 * one row stand closer or further apart than those of the page before, so the columns found on one page cannot be
 * carried to the next by one shift. The figures of a page's rows align among themselves: a page's full rows (a figure
 * in every value column of the table) show where each of its columns stands on this page, and the table's columns
 * (their names, their order) are fitted to them by order. Pure.
 */
import type { Column, ColumnModel, Positioned, PositionedLine } from './positioned.ts';
import { isAmountText, overlap, pushedByName } from './positioned.ts';
import { byColumnNumbers, lowerMedian, overlaps, trailingFigures } from './columns.ts';
import { headedByRowNumberWord, isRowNumberText, numbersRows } from './row-numbers.ts';
import { numbersRowsGlued } from './glued-row-number.ts';
import { unheadedLabelsAside } from './unheaded-label.ts';
import { isMoneyFigure } from './spaced-lines.ts';

/** A code of the classification or one of its parts (`201`, `20101`, `2010101`, `01`), printed before a row's name. */
const CODE_PART_RE = /^(?:\d{3}(?:\d{2}){0,2}|\d{2})$/;

/** The value columns of a model: those after its last label column, a column headed 行次 right after the word
 * columns one of them (a model with labels among its figures, 收入 | 支出 side by side, has none: null). */
function valueColumns(model: ColumnModel): { labels: Column[]; values: Column[] } | null {
  const words = model.columns.map((c) => c.kind).lastIndexOf('text') + 1;
  const labelCount = model.figures !== undefined ? model.columns.length - model.figures : words + (headedByRowNumberWord(model.header, words) ? 1 : 0);
  if (labelCount <= 0 || labelCount >= model.columns.length) return null;
  const labels = model.columns.slice(0, labelCount);
  const values = model.columns.slice(labelCount);
  if (values.some((c) => c.kind === 'text')) return null;
  return { labels, values };
}

/**
 * A classification code printed in parts at the start of a line (`201 32   01`: 类, 款, 项 further apart on this page
 * than on the page before, where they were one piece `201 01 01` in one code column): one piece, its parts a space
 * apart. Only a 3-digit 类 followed by 2-digit parts, before a word.
 */
export function joinCodeParts(parts: Positioned[]): Positioned[] {
  let k = 1;
  if (parts.length < 2 || !/^\d{3}$/.test(parts[0]!.text)) return parts;
  while (k < Math.min(3, parts.length) && /^\d{2}$/.test(parts[k]!.text) && parts[k]!.start - parts[k - 1]!.end <= 4) k++;
  if (k === 1 || k >= parts.length || isAmountText(parts[k]!.text)) return parts;
  const code = { text: parts.slice(0, k).map((p) => p.text).join(' '), start: parts[0]!.start, end: parts[k - 1]!.end };
  return [code, ...parts.slice(k)];
}

export interface PageFit {
  model: ColumnModel;
  /** The table's codes stand in one code column (its parts one piece): join a code printed in parts on this page. */
  joinCodes: boolean;
  /** The shift that carries this page's labels into the table's label columns (`carried` when it fits them). */
  labelShift: number;
  /** How many full rows the columns were fitted on (none when they were placed under the page's 栏次 row). */
  fullRows: number;
  /** The columns placed under the numbers of the page's 栏次 row, no row filling them all. */
  byNumbers?: boolean;
  /** The columns placed where the page's figures end, no row filling them all and no 栏次 row (`byFigureEnds`). */
  byEnds?: boolean;
  /** The value columns carried by the shift the page's figures give, no row filling them all, the label columns fitted
   * by their own shift: that shift put not the page's words into them (pdftotext drew the figures elsewhere). */
  byShift?: boolean;
}

/**
 * How many rows of a page hold the most figures of its rows, not packed: a row most of whose figures pdftotext wrote one
 * space after the figure before (squeezed to fit the line) shows where none of its columns stands.
 */
export function fullRowsApart(data: PositionedLine[]): number {
  const figures = data.map((l) => trailingFigures(l.parts));
  const most = Math.max(0, ...figures.map((f) => f.length));
  const packed = (f: Positioned[]) => 2 * f.filter((p, k) => k > 0 && p.start - f[k - 1]!.end <= 1).length > f.length - 1;
  return figures.filter((f) => most >= 2 && f.length === most && !packed(f)).length;
}

/**
 * The table's columns `model` fitted to the rows `data` of a page that continues it: every line holds at most as many
 * figures as the table has value columns; the lines that hold that many (two at least, or one under a 栏次 row that
 * numbers the columns 1 … n on this page, or one under the table's header repeated on this page, `repeated`) place
 * each value column where their k-th figures stand on this page; the
 * label columns are carried by the one shift that puts every word of the page into them. The header stays the
 * table's. `byNumbers` (a page its table's columns do not carry by one shift, or one printing its own 栏次 row under
 * its header): when no row fills every column, under
 * the page's 栏次 row (`underNumbers`). A page no row fills that prints no 栏次 row: where its figures end, when they end
 * at as many places as the table has value columns (`byFigureEnds`); else, when the shift `carried` its figures give
 * puts not its words into the label columns, the value columns moved by that shift, the labels by their own. Null when
 * the page does not read so (then it is read as before: by one shift, or on its own).
 */
export function fitToPage(model: ColumnModel, data: PositionedLine[], numbers: Positioned[] | null = null, carried: number | null = null, repeated = false, byNumbers = false): PageFit | null {
  const split = valueColumns(model);
  if (split === null) return null;
  const all = split.values.map((_, j) => j);
  // (or, when no row of the page fills every column, on the rows filling every column but those blank in every row of
  // a table read by order (known from their words only, each standing apart from the filled ones), those carried
  // beside them)
  const filled = split.values.flatMap((c, j) => (c.kind === 'blank' ? [] : [j]));
  const apart = model.figures !== undefined && split.values.every((c) => c.kind !== 'blank' || filled.every((j) => overlap(c, split.values[j]!) <= 0));
  return fitOn(model, split, all, data, numbers, carried, repeated, byNumbers) ?? (filled.length < all.length && apart ? fitOn(model, split, filled, data, numbers, carried, repeated, false) : null);
}

/** `fitToPage` on the rows that fill the value columns `filled` (indices into `split.values`). */
function fitOn(model: ColumnModel, split: { labels: Column[]; values: Column[] }, filled: readonly number[], data: PositionedLine[], numbers: Positioned[] | null, carried: number | null, repeated: boolean, byNumbers: boolean): PageFit | null {
  const n = filled.length;
  if (n < 2) return null;
  // (a code column as wide as a code of three parts: its parts printed apart on this page are one code)
  const first = split.labels[0]!;
  const joinCodes = split.labels.length >= 2 && first.kind === 'text' && first.end - first.start >= 7;
  const lines = data.map((line) => (joinCodes ? { ...line, parts: joinCodeParts(line.parts) } : line));
  // a 行次 column before the figures (1, 2, 3 … down the rows): its numbers are labels, not figures; a line whose 行次
  // pdftotext glued to the end of its name (`发展和管理支出30 230.33 …`) prints its figures only, its number in its words
  const firsts = lines.map((l) => trailingFigures(l.parts)[0]);
  const apartNumbers = firsts.map((p) => (p !== undefined && isRowNumberText(p.text) ? p : undefined));
  // (a line of money figures alone, the rest of a row pdftotext split over two lines, prints no 行次: it numbers nothing)
  const rest = lines.map((l, r) => firsts[r] !== undefined && isMoneyFigure(firsts[r]!.text) && l.parts.every((p) => isAmountText(p.text)));
  const rowNumbers = numbersRows(firsts.filter((_, r) => !rest[r])) || numbersRowsGlued(lines, firsts);
  const rows = lines.map((l, r) => {
    const figures = trailingFigures(l.parts).slice(rowNumbers && apartNumbers[r] !== undefined ? 1 : 0);
    // (a code run into the figures of a row whose name is blank, or a 行次 before them, is no figure of the row)
    const extra = figures.length - n;
    if (extra > 0 && figures.slice(0, extra).every((p) => CODE_PART_RE.test(p.text) || isRowNumberText(p.text))) return { figures: figures.slice(extra), words: l.parts.slice(0, l.parts.length - n) };
    return { figures, words: l.parts.slice(0, l.parts.length - figures.length) };
  });
  // (a money amount among a row's words: labels among the figures, halves side by side, not this shape)
  if (rows.some((r) => r.figures.length > n || r.words.some((p) => isAmountText(p.text) && /[.,%％]/.test(p.text)))) return null;
  const full = rows.filter((r) => r.figures.length === n).map((r) => r.figures);
  const numbered = numbers !== null && numbers.map((p) => p.text).join(' ') === Array.from({ length: n }, (_, k) => String(k + 1)).join(' ');
  let values: Column[];
  let ends: Column[] | null = null;
  let shiftedValues: Column[] | null = null;
  if (full.length < (numbered || repeated ? 1 : 2)) {
    // (no row fills every column, the page not carried by one shift, `underNumbers`: under a 栏次 row numbering every
    // value column of the table on this page, each column stands where the figures under its number stand, when every
    // figure of the page stands under one number)
    const under = byNumbers && numbered && n === split.values.length ? underNumbers(split.values, rows.map((r) => r.figures), numbers!) : null;
    // (nor a 栏次 row: each column where the page's figures end, when they end at as many places as the table has value
    // columns, `byFigureEnds`)
    ends = under === null && (numbers === null || numbers.length === 0) && n === split.values.length ? byFigureEnds(split.values, rows) : null;
    // (nor where they end: the value columns carried by the shift `carried` the page's figures give, when that shift
    // puts not the page's words into the label columns — pdftotext drew the page's figures elsewhere, its names where
    // they stood —, the labels then fitted by their own shift)
    shiftedValues = under === null && ends === null && carried !== null && n === split.values.length && labelsOnPage(split.labels, rows, apartNumbers, null, carried)?.d !== carried ? split.values.map((c) => ({ ...c, start: c.start - carried, end: c.end - carried })) : null;
    if (under === null && ends === null && shiftedValues === null) return null;
    values = under ?? ends ?? shiftedValues!;
  } else {
    const fitted: Column[] = [];
    for (let k = 0; k < n; k++) {
      const start = lowerMedian(full.map((f) => f[k]!.start));
      const end = Math.max(start + 1, lowerMedian(full.map((f) => f[k]!.end)));
      // the page's columns stand left to right, as the table's do
      if (k > 0 && start < fitted[k - 1]!.start) return null;
      fitted.push({ start, end, kind: split.values[filled[k]!]!.kind });
    }
    values = n === split.values.length ? fitted.map((c) => ({ ...c, kind: c.kind === 'blank' ? ('amount' as const) : c.kind })) : besideFilled(split.values, filled, fitted);
  }
  // a 行次 column ending the labels stands where the page's row numbers stand (pdftotext draws them after the page's
  // longest name, so they move apart from the names); the other label columns: the shift within ±16 that puts every
  // word of the page into one of them, the words of a line each into a column of its own left to right, the most
  // overlap winning (nearest to no shift among equals); the shift that carried the whole page onto the table's
  // columns, when one did and it fits so, is taken first
  const pageNumbers = apartNumbers.filter((p) => p !== undefined);
  const own = rowNumbers ? rowNumberColumnOnPage(split.labels, pageNumbers, false) : null;
  // (a column headed 行次 that the header read as words, among label columns of words only, is fitted where the page's
  // row numbers stand only on a page going on without its header that no one shift carries onto the table's columns,
  // nor its labels, 行次 with them, into the table's label columns)
  const headed = rowNumbers && own === null && carried === null && !repeated && split.labels.every((c) => c.kind === 'text') && headedByRowNumberWord(model.header, split.labels.length - 1);
  const fit = labelsOnPage(split.labels, rows, apartNumbers, own, carried) ?? (headed ? labelsOnPage(split.labels, rows, apartNumbers, rowNumberColumnOnPage(split.labels, pageNumbers, true), carried) : null);
  if (fit === null) return null;
  const { d, shifted, numberColumn } = fit;
  const firstValue = values[0]!.start;
  // (in this page's positions; a label column ends where this page's first figures start)
  // (a label column no header word heads gives way to the headed one it overlaps: the names stand under their heading)
  const labels = unheadedLabelsAside([...shifted.map((c) => ({ ...c, start: c.start - d, end: Math.min(c.end - d, numberColumn?.start ?? firstValue) })), ...(numberColumn === null ? [] : [numberColumn])], model.header);
  if (labels.some((c) => c.end <= c.start) || (numberColumn !== null && numberColumn.end > firstValue)) return null;
  // (fitted to the page's rows filling every column but the blank ones: the page's rows show those blank too)
  const blankOnPage = full.length > 0 && n < split.values.length;
  return { model: { columns: [...labels, ...values], header: model.header, figures: values.length, ...(blankOnPage ? { blankOnPage } : {}) }, joinCodes, labelShift: d, fullRows: full.length, ...(ends !== null ? { byEnds: true } : shiftedValues !== null ? { byShift: true } : full.length === 0 ? { byNumbers: true } : {}) };
}

/**
 * The shift within ±16 that puts every word of a page (`rows`' words) into the table's label columns `labels` (the
 * 行次 column `numberColumn` set apart when one is fitted where the page's row numbers, `numbers`, stand), the words of a
 * line each into a column of its own left to right, the most overlap winning (nearest to no shift among equals); the
 * shift `carried` that carried the whole page onto the table's columns, when it fits so, is taken first. Null when no
 * shift fits.
 */
function labelsOnPage(labels: readonly Column[], rows: readonly { words: Positioned[] }[], numbers: readonly (Positioned | undefined)[], numberColumn: Column | null, carried: number | null): { d: number; shifted: readonly Column[]; numberColumn: Column | null } | null {
  const shifted = numberColumn === null ? labels : labels.slice(0, -1);
  const labelScore = (d: number): number => {
    let score = 0;
    const fits = rows.every(({ words }) => {
      let last = -1;
      return words.every((p) => {
        if (numberColumn !== null && numbers.includes(p)) return true;
        const os = shifted.map((c) => overlap(c, { start: p.start + d, end: p.end + d }));
        const o = Math.max(0, ...os);
        const j = os.indexOf(o);
        if (o <= 0 || j <= last) return false;
        last = j;
        score += o;
        return true;
      });
    });
    return fits ? score : -1;
  };
  let best: number | null = carried !== null && labelScore(carried) >= 0 ? carried : null;
  if (best === null) {
    let bestScore = -1;
    for (let d = 0; Math.abs(d) <= 16; d = d > 0 ? -d : -d + 1) {
      const score = labelScore(d);
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
  }
  return best === null ? null : { d: best, shifted, numberColumn };
}

/**
 * The 行次 column of a page whose rows each print their 行次 first of their numbers (`numbers`): where those numbers
 * stand on this page, when the table's last label column is a column of numbers (not words), or one headed 行次 among
 * label columns of words only (`headed`: not the 收入 half of a table whose halves stand side by side), after a word
 * column. Null otherwise (the labels are then carried by one shift, the 行次 with them).
 */
function rowNumberColumnOnPage(labels: readonly Column[], numbers: readonly Positioned[], headed: boolean): Column | null {
  const last = labels[labels.length - 1]!;
  if (labels.length < 2 || (last.kind === 'text' && !headed) || labels[labels.length - 2]!.kind !== 'text') return null;
  const start = lowerMedian(numbers.map((p) => p.start));
  return { start, end: Math.max(start + 1, lowerMedian(numbers.map((p) => p.end))), kind: last.kind };
}

/**
 * The table's value columns `values` on a page whose rows fill none of them all, placed under the page's 栏次 row
 * (`numbers`, 1 … n over the n value columns): every figure of every row under exactly one number standing apart from
 * its neighbours, a row's figures under increasing numbers (`byColumnNumbers`); a column stands where the figures under
 * its number stand, one no figure stands under at its number; a row a figure of which stands between two numbers, under
 * none (drawn a character off its column), left out, when the rows left out are one in four of the page's or fewer.
 * Null when a figure stands under two numbers or a squeezed one, or the columns would not stand left to right.
 */
function underNumbers(values: readonly Column[], rows: readonly Positioned[][], numbers: readonly Positioned[]): Column[] | null {
  const under: Positioned[][] = values.map(() => []);
  // (a row a figure of which stands between two numbers, drawn a character off its column, tells nothing: it is
  // placed by the columns the other rows show, when they are three in four of the page's rows or more)
  const withFigures = rows.filter((f) => f.length > 0);
  let apart = 0;
  for (const figures of withFigures) {
    const pick = byColumnNumbers(figures, values.length, numbers);
    if (pick === null) {
      if (byColumnNumbers(figures.filter((p) => numbers.some((n) => overlaps(n, p))), values.length, numbers) === null) return null;
      apart++;
      continue;
    }
    pick.forEach((j, k) => under[j]!.push(figures[k]!));
  }
  if (under.every((u) => u.length === 0) || 4 * apart > withFigures.length) return null;
  const out: Column[] = values.map((c, j) => {
    const u = under[j]!;
    if (u.length === 0) return { start: numbers[j]!.start, end: numbers[j]!.end, kind: c.kind };
    const start = lowerMedian(u.map((p) => p.start));
    return { start, end: Math.max(start + 1, lowerMedian(u.map((p) => p.end))), kind: c.kind === 'blank' ? 'amount' : c.kind };
  });
  return out.every((c, j) => j === 0 || c.start > out[j - 1]!.start) ? out : null;
}

/**
 * The table's value columns `values` on a page whose rows fill none of them all and that prints no 栏次 row, placed
 * where the page's figures end: pdftotext right-aligns a cell's figure, so on a page whose figures stand apart (not
 * packed one space after the figure before) every figure of a column ends at one place. When the ends of the page's
 * figures (two rows at least) fall at exactly as many places as the table has value columns (ends within a character
 * one place; two places further apart than the wider figure ending at the later one, so no figure reaches over the
 * place before), the k-th place is the k-th column; else the same without the rows a long name pushed off their
 * first column, when they are few and pushed left only. Null otherwise (a column blank on the whole page, or ends drifting
 * from line to line, leave the page to one shift).
 */
function byFigureEnds(values: readonly Column[], rows: readonly { figures: Positioned[]; words: Positioned[] }[]): Column[] | null {
  const withFigures = rows.filter((r) => r.figures.length > 0);
  const all = placesOfEnds(values, withFigures.map((r) => r.figures));
  if (all !== null) return all;
  // (a row whose first figure stands one space after its name, pushed left by a long name, `机关事业单位基本养老保
  // 336.26`, ends that figure off its column: the page is read without it, when such rows are one in four of the
  // page's or fewer and each is pushed left, no more: its first figure ending at or left of the first place, each
  // other figure at a place)
  const pushed = (r: { figures: Positioned[]; words: Positioned[] }) => pushedByName(r.words[r.words.length - 1], r.figures[0]!);
  const kept = withFigures.filter((r) => !pushed(r));
  if (kept.length === withFigures.length || 4 * (withFigures.length - kept.length) > withFigures.length) return null;
  const places = placesOfEnds(values, kept.map((r) => r.figures));
  if (places === null) return null;
  const at = (f: Positioned) => places.some((c) => Math.abs(f.end - c.end) <= 1);
  return withFigures.filter(pushed).every((r) => r.figures[0]!.end <= places[0]!.end + 1 && r.figures.slice(1).every(at)) ? places : null;
}

/** The value columns where the figures `rows` end (see `byFigureEnds`), or null when they end at other than as many
 * places as `values`, or at places not apart. A figure packed one space after the one before it on its row (`0.00
 * 0.00`: pdftotext joins text drawn close with one space, pulling the later figure left off its cell's edge) marks no
 * place when the page read without such figures ends at as many places, each such figure ending after the place of
 * the column before the next place it reaches (so it falls in one column, never on a place it was pulled past). */
function placesOfEnds(values: readonly Column[], rows: readonly Positioned[][]): Column[] | null {
  const byAll = endPlaces(values, rows);
  if (byAll !== null) return byAll;
  const packed = (f: readonly Positioned[], k: number) => k > 0 && f[k]!.start <= f[k - 1]!.end + 1;
  if (!rows.some((f) => f.some((_, k) => packed(f, k)))) return null;
  const places = endPlaces(values, rows.map((f) => f.filter((_, k) => !packed(f, k))));
  if (places === null) return null;
  const inOneColumn = (p: Positioned) => {
    const next = places.findIndex((c) => p.end <= c.end + 1);
    return next > 0 && p.start > places[next - 1]!.end;
  };
  return rows.every((f) => f.every((p, k) => !packed(f, k) || inOneColumn(p))) ? places : null;
}

function endPlaces(values: readonly Column[], rows: readonly Positioned[][]): Column[] | null {
  const figures = rows.filter((f) => f.length > 0);
  if (figures.length < 2) return null;
  const all = figures.flat().sort((a, b) => a.end - b.end);
  const places: Positioned[][] = [];
  for (const f of all) {
    const last = places[places.length - 1];
    if (last !== undefined && f.end - last[0]!.end <= 1) last.push(f);
    else places.push([f]);
  }
  if (places.length !== values.length) return null;
  const apart = places.every((p, k) => k === 0 || Math.min(...p.map((f) => f.start)) > Math.max(...places[k - 1]!.map((f) => f.end)));
  if (!apart) return null;
  return values.map((c, j) => {
    const p = places[j]!;
    const start = lowerMedian(p.map((f) => f.start));
    return { start, end: Math.max(start + 1, lowerMedian(p.map((f) => f.end))), kind: c.kind === 'blank' ? 'amount' : c.kind };
  });
}

/**
 * The table's value columns on this page: the filled ones where the page's full rows put them, each blank one moved
 * as the filled column before it moved (after it, for blank columns before every filled one). Blank columns between
 * two filled ones that, so moved, would reach the next filled column (pdftotext drew the page's gap between those two
 * narrower than the table's: a page printing no word over the blank cells closes them up) are drawn into that gap
 * instead, each where it stood in the table's gap, in proportion: the page's columns stand left to right, as the
 * table's do, and a figure of the next filled column is never read into a blank one before it.
 */
function besideFilled(values: readonly Column[], filled: readonly number[], fitted: readonly Column[]): Column[] {
  const moved = values.map((c, j) => {
    const k = filled.indexOf(j);
    if (k >= 0) return fitted[k]!;
    const before = filled.filter((i) => i < j).length;
    const anchor = before > 0 ? before - 1 : 0;
    const d = fitted[anchor]!.end - values[filled[anchor]!]!.end;
    return { start: c.start + d, end: c.end + d, kind: c.kind };
  });
  for (let k = 0; k + 1 < filled.length; k++) {
    const [a, b] = [filled[k]!, filled[k + 1]!];
    if (b - a < 2 || moved.slice(a + 1, b).every((c) => c.end <= fitted[k + 1]!.start)) continue;
    const [from, to] = [values[a]!.end, values[b]!.start];
    const [lo, hi] = [fitted[k]!.end, fitted[k + 1]!.start];
    if (to <= from || hi <= lo) continue;
    const at = (x: number) => lo + ((Math.min(Math.max(x, from), to) - from) * (hi - lo)) / (to - from);
    for (let j = a + 1; j < b; j++) moved[j] = { start: at(values[j]!.start), end: at(values[j]!.end), kind: values[j]!.kind };
  }
  return moved;
}

/** Two header texts of the same characters, in any order: the header repeated on a page that pdftotext laid out
 * differently (its words wrapped at other places, its lines interleaved otherwise). */
export function sameCharacters(a: string, b: string): boolean {
  const sort = (s: string) => [...s.replace(/[\s\u3000]+/g, '')].sort().join('');
  return a !== '' && sort(a) === sort(b);
}
