/**
 * The columns of a table from its data lines and header lines (`buildColumns`): data pieces clustered into columns of
 * a kind, the header words placed over them (`header-placing.ts`) and read into levels (`header-levels.ts`).
 */
import { groupOf, isHeaderWord } from './header-groups.ts';
import { alignSqueezed, stackBrokenWords } from './header-stacks.ts';
import { undriftHeader } from './header-drift.ts';
import { spreadPackedHeaderLine } from './squeezed-header-line.ts';
import { isRowNumberText, numbersRows } from './row-numbers.ts';
import { isWordPart } from '../tables/vocabulary.ts';
import { readHeaderLabels } from './header-levels.ts';
import { subtotalUnderGroup } from './header-subtotals.ts';
import { alignDriftingHeaders, joinBrokenWords, joinCodeLevelWords, placeBesideStacks, placeHeaderStacks, rowNumbersUnderValueWord, standsOverWords, valueLineOneColumnLeft, wrappedWord } from './header-placing.ts';
import { centre, cluster, isAmountText, joinPieces, trailingFigures, nearestByCentre, overlaps, spanOf, type ColumnKind, type ColumnModel, type Member, type Positioned, type PositionedLine, type WorkColumn } from './columns.ts';
import { hasHan } from './piece.ts';
import { isMoneyFigure } from './spaced-lines.ts';

/** A column of amounts: most pieces are amounts, and they carry a decimal point or separator or stand right-aligned
 * (codes such as 201 / 2010101 are left-aligned). */
/** A number that may be a classification code (3, 5 or 7 digits from 2 or 3, its parts run together or a space apart:
 * `2080506`, `208 05 06`), a budget unit's code (6 digits), a code part (`03`) or a row number. */
const CODE_LIKE_RE = /^(?:[23]\d{2}(?: ?\d{2}){0,2}|[1-9]\d{5}|0\d+|\d{1,2})$/;

function kindOf(ms: Member[], figuresOnly: ReadonlySet<number> = new Set()): ColumnKind {
  const amounts = ms.filter((m) => isAmountText(m.part.text));
  if (amounts.length * 2 < ms.length) return 'text';
  if (amounts.some((m) => /[.,，%％]/.test(m.part.text))) return 'amount';
  // a column of bare zeros or dashes (`0`, `-`, `—`: whole-number tables, empty cells marked) holds amounts; a code,
  // 行次 or 栏次 is never 0
  if (amounts.length === ms.length && amounts.every((m) => /^(?:0|[-—–－])$/.test(m.part.text))) return 'amount';
  const starts = new Set(amounts.map((m) => m.part.start));
  const ends = new Set(amounts.map((m) => m.part.end));
  // whole numbers all of one width in one place (few rows of a whole-number table): amounts, unless every one reads
  // as a code or a row number (`201`, `30101`, `03`, `12`)
  // (a row of figures only, as a one-row 三公 table, holds no code: its numbers are amounts whatever they look like)
  if (starts.size === 1 && ends.size === 1 && amounts.length === ms.length && !amounts.every((m) => CODE_LIKE_RE.test(m.part.text) && !figuresOnly.has(m.row))) return 'amount';
  // one-digit whole numbers in one place that do not count up row by row (a 行次 does): small amounts of a whole-number
  // table (`8`, `1`, `0` 万元), not codes
  if (starts.size === 1 && ends.size === 1 && amounts.length === ms.length && amounts.every((m) => /^\d$/.test(m.part.text))) {
    const byRow = [...amounts].sort((a, b) => a.row - b.row).map((m) => Number(m.part.text));
    if (byRow.some((v, k) => k > 0 && v <= byRow[k - 1]!)) return 'amount';
  }
  return ends.size < starts.size ? 'amount' : 'text';
}

/**
 * Where a column of amounts stands: its pieces' span, but for names pdftotext cut at their cell's edge, touching the
 * figures after them (`政府办公厅（室）及相` against `525.40`, `其他行政事业单位养` against `543.77`), that the clustering
 * took in with the figures they touch: words starting left of every amount of the column are the label column's, and
 * so is a name's wrapped rest (`关机构事务`) standing under them.
 */
function amountSpan(g: Member[]): { start: number; end: number } {
  const amounts = g.filter((m) => isAmountText(m.part.text));
  const first = Math.min(...amounts.map((m) => m.part.start));
  const cut = g.filter((m) => hasHan(m.part.text) && m.part.start < first);
  return spanOf(cut.length > 0 ? g.filter((m) => !cut.includes(m)) : g);
}

/**
 * Figures placed as pdftotext places them: in most figure columns (three figures or more) the figures start at one
 * column and end at several (pdftotext gives each word the column after the longest text to its left, so right-aligned
 * figures come out left-aligned). Header words then stand left of their figures, never right.
 */
function startAligned(groups: Member[][]): boolean {
  let yes = 0;
  let no = 0;
  for (const g of groups) {
    const amounts = g.filter((m) => isAmountText(m.part.text) && /[.,]/.test(m.part.text));
    if (amounts.length < 3) continue;
    const starts = new Set(amounts.map((m) => m.part.start)).size;
    const ends = new Set(amounts.map((m) => m.part.end)).size;
    if (starts < ends) yes++;
    else no++;
  }
  return yes > no;
}

/**
 * Find the columns of a table from its data lines (pieces of one column overlap from row to row: numbers right-aligned
 * end together, labels left-aligned start together) and its header lines (a column with no value in any row is known
 * from its header words), then read the header into one row per level (see `readHeaderLabels`). `columnNumbers` are
 * the numbers of the 栏次 row, when printed: each stands in a value column, never in a label column.
 */
export function buildColumns(header: PositionedLine[], data: PositionedLine[], columnNumbers: Positioned[] = []): ColumnModel {
  const allMembers: Member[] = [];
  data.forEach((l, row) => {
    for (const part of l.parts) allMembers.push({ part, row });
  });
  // rows of figures only (no label): their whole numbers are never codes
  const figuresOnly = new Set(data.flatMap((l, row) => (l.parts.every((p) => isAmountText(p.text)) ? [row] : [])));
  // (clustered over every row, unless that gives more figure columns than the 栏次 row numbers and rows packed one
  // space apart beside spread ones were drawn off the columns: then without the packed rows' figures)
  const packed = packedBesideSpread(data, columnNumbers.length);
  const figureColumns = (gs: Member[][]) => gs.filter((g) => kindOf(g, figuresOnly) === 'amount' && !g.every(isRowNumber)).length;
  const everyRow = joinRowNumbers(cluster(allMembers));
  const groups = packed.size > 0 && figureColumns(everyRow) > columnNumbers.length ? joinRowNumbers(cluster(allMembers.filter((m) => !packed.has(m.part)))) : everyRow;
  const cols: WorkColumn[] = groups.map((g) => {
    const kind = kindOf(g, figuresOnly);
    return { span: kind === 'amount' ? amountSpan(g) : spanOf(g), kind, head: [], rowNumbers: g.every(isRowNumber) };
  });
  const headerMembers: Member[] = [];
  // the rest of a word broken inside its cell back under its start, a squeezed line of words over its figures
  // (header-stacks.ts: pdftotext lets header words drift left)
  const spread = spreadPackedHeaderLine(header.map((l) => l.parts), cols);
  const stacked = alignSqueezed(stackBrokenWords(undriftHeader(spread.map((l) => joinBrokenWords(joinCodeLevelWords(l))), cols, data.map((l) => l.parts))), cols);
  header.forEach((_, row) => {
    for (const part of joinWithinColumn(stacked[row]!, cols)) headerMembers.push({ part, row });
  });
  const groupsOnTop: Member[][] = [];
  // figure columns printed one space apart in some row (no blank column fits between them)
  const members = new Map(cols.map((c, k) => [c, groups[k]!]));
  const touching = (a: WorkColumn, b: WorkColumn) => {
    const ga = members.get(a);
    const gb = members.get(b);
    return ga !== undefined && gb !== undefined && ga.some((m) => gb.some((n) => n.row === m.row && n.part.start - m.part.end === 1));
  };
  const aligned = alignDriftingHeaders(cols, headerMembers, columnNumbers, touching);
  const orphans = placeHeaderStacks(
    cols,
    aligned === null ? headerMembers : headerMembers.filter((m) => !aligned.has(m)),
    header.length - 1,
    groupsOnTop,
    startAligned(groups),
  );
  const leftover = placeBesideStacks(cols, orphans, columnNumbers);
  leftover.push(...rowNumbersUnderValueWord(cols, (c) => numbersRows([...(members.get(c) ?? [])].sort((a, b) => a.row - b.row).map((m) => m.part))));
  // What is left is a column blank in every row, known from its header words alone. A group word alone on the top
  // line (`项目` over 科目编码 | 科目名称, in a table without figures too) heads the column nearest it once every column
  // is known (the label columns of a table whose rows are all blank are known from their header words only).
  // (as over data columns: only a word standing over lower words heads a group; 本年收入 alone on the top line beside
  // 本年支出 over 小计, or 行次, heads a column of its own)
  const rest = cluster(leftover, wrappedWord);
  const lower = rest.filter((g) => g.every((m) => m.row > 0)).flat();
  const topGroup = (g: Member[]) =>
    cols.length === 0 &&
    header.length > 1 &&
    g.every((m) => m.row === 0) &&
    (groupOf(joinPieces(g.map((m) => m.part.text)))?.term.role ?? 'row_number') !== 'row_number' &&
    standsOverWords(lower, spanOf(g), joinPieces(g.map((m) => m.part.text)));
  groupsOnTop.push(...rest.filter(topGroup));
  for (const g of rest.filter((g) => !topGroup(g))) cols.push({ span: spanOf(g), kind: 'blank', head: g });
  cols.sort((a, b) => a.span.start - b.span.start);
  for (const g of groupsOnTop) {
    const near = nearestByCentre(cols, centre(spanOf(g)));
    if (near >= 0) cols[near]!.head.push(...g);
    else cols.push({ span: spanOf(g), kind: 'blank', head: g });
  }

  const placed = valueLineOneColumnLeft(cols);
  const labels = subtotalUnderGroup(
    readHeaderLabels(
      placed.map((c) => ({ span: c.span, kind: c.kind })),
      placed.map((c) => [...c.head].sort((a, b) => a.row - b.row || a.part.start - b.part.start)),
    ),
  );
  const depth = Math.max(0, ...labels.map((l) => l.length));
  const headerRows: string[][] = [];
  for (let r = 0; r < depth; r++) headerRows.push(labels.map((l) => l[r] ?? ''));
  return {
    columns: placed.map((c) => ({ start: c.span.start, end: c.span.end, kind: c.kind })),
    header: headerRows,
  };
}

/** The fewest rows printing as many figures as any row, spread apart, that show a table's columns without its packed rows. */
const SPREAD_ROWS = 3;

/**
 * The money figures a line ends with of rows printing two or more one space apart, on a table where three rows at
 * least end with as many money figures as any row does, spread apart (a gap wider than a space between two of them),
 * as many as the 栏次 row numbers (`numbered`: the spread rows fill every value column): pdftotext drew the packed
 * rows as a block of their own, left of the columns (`110.8 98.7 12.1` ending at 28, 33 and 38 over rows ending theirs
 * at 29, 35 and 42); their figures show no column's place, and the spread rows show every column. A table whose full
 * rows are packed (a squeezed one), or where a line prints money before a word (two halves side by side), leaves every
 * figure in.
 */
function packedBesideSpread(data: readonly PositionedLine[], numbered: number): Set<Positioned> {
  // (only on a table whose lines print their labels first: a line printing money before a word, the 收入 half of a
  // 收支总表 beside its 支出 half, reads its columns its own way)
  const labelsFirst = data.every((l) => l.parts.slice(0, l.parts.length - trailingFigures(l.parts).length).every((p) => !isMoneyFigure(p.text)));
  if (!labelsFirst) return new Set();
  const money = data.map((l) => trailingFigures(l.parts).filter((p) => isMoneyFigure(p.text)));
  const most = Math.max(0, ...money.map((m) => m.length));
  const apart = (m: readonly Positioned[]) => m.some((p, i) => i > 0 && p.start - m[i - 1]!.end > 1);
  const spread = money.filter((m) => m.length === most && apart(m));
  if (most < 2 || most !== numbered || spread.length < SPREAD_ROWS) return new Set();
  return new Set(money.filter((m) => m.length >= 2 && !apart(m)).flat());
}

/** A row number (1–999, no leading zero: not a 款/项 code such as 01). */
const isRowNumber = (m: Member) => isRowNumberText(m.part.text);

/**
 * Row numbers of one 行次 column a character apart from row to row (`1` ending where `2` starts: short numbers
 * aligned within a character) overlap nowhere and fall into two groups side by side; touching groups of row numbers
 * that share no row are one column.
 */
function joinRowNumbers(groups: Member[][]): Member[][] {
  const out: Member[][] = [];
  for (const g of groups) {
    const last = out[out.length - 1];
    if (last && last.every(isRowNumber) && g.every(isRowNumber) && spanOf(last).end === spanOf(g).start && !g.some((m) => last.some((x) => x.row === m.row))) {
      last.push(...g);
    } else out.push(g);
  }
  return out;
}

/**
 * Header words one space apart that stand within one data column are one word broken at a space of the label
 * (`经济分类 科目编码` wrapped as `经济分` / `类 科` / `目编码`); words reaching beyond it, over two columns, or over
 * none (blank columns known only from their headers, which may stand one space apart), stay apart.
 */
function joinWithinColumn(parts: Positioned[], cols: WorkColumn[]): Positioned[] {
  const over = (p: Positioned) => cols.flatMap((c, i) => (overlaps(c.span, p) ? [i] : []));
  const out: Positioned[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    // a word of the vocabulary beside the next label is a label of its own (`财政拨款收入 上级补助收入`), unless joined
    // they are one word (a single character such as 类 is rather the piece of a broken word: `类 科` of 经济分类 科目编码)
    const twoWords = last !== undefined && last.text.length > 1 && isHeaderWord(last.text) && !isHeaderWord(last.text + p.text);
    // (nor are two parts of vocabulary words that joined are part of none: the pieces of neighbouring cells on one
    // squeezed line, `功能分类科 科目名称` — 功能分类科目编码 broken over its lines beside 科目名称 —, `上缴 经营 属单`)
    const twoParts = last !== undefined && isWordPart(last.text) && isWordPart(p.text) && !isWordPart(last.text + p.text);
    if (last && p.start - last.end === 1 && !twoWords) {
      const a = over(last);
      const b = over(p);
      const col = a.length === 1 && b.length === 1 && a[0] === b[0] ? cols[a[0]!]! : null;
      if (col && last.start >= col.span.start - 1 && p.end <= col.span.end + 1 && !(twoParts && col.kind === 'text')) {
        out[out.length - 1] = { text: `${last.text} ${p.text}`, start: last.start, end: p.end };
        continue;
      }
    }
    out.push(p);
  }
  return out;
}
