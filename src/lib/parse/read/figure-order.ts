/**
 * Figures read by order where their positions cannot tell the columns apart. When a table's figure columns are as
 * narrow as their figures, `pdftotext -layout` squeezes each row on its own: neighbouring figures stand one space
 * apart, and the same column starts a few characters left or right from row to row, so the figure columns of
 * different rows overlap and the columns found by position run together. A row whose figures fill every amount column
 * (the most figures any row of the table has) is then read by order: its k-th figure is the k-th amount column. Such
 * full rows calibrate where each column's figures stand (pdftotext starts a column's words together), and a row with
 * blank cells places its figures on those calibrated columns. The header is re-read by meaning onto the calibrated
 * columns (`header-words.ts`); a table whose header cannot be read so keeps the columns found by position.
 */
import { beginsValueWord, readWords, withinValueWord, splitGroupOverSubtotal, type Fragment, type Word } from './header-words.ts';
import { coverReadings, coverUpToEqualColumns, coverValuePieces, flatTotalsHold, stackWithStrays, sumsHold, totalFirstInRows } from './header-cover.ts';
import { headedByRowNumberWord, headerLeaf, isRowNumberText, isRowNumberWord, numbersRows } from './row-numbers.ts';
import { joinRowNumberParts, lastWordColumn } from './row-number-parts.ts';
import { numbersRowsGlued } from './glued-row-number.ts';
import { pageRowNumbers, rowNumberMisfit } from './row-number-shift.ts';
import { beyondFigures } from './beyond-figures.ts';
import { joinWordRests, widerHeaderColumns } from './wider-header.ts';
import { readStack } from './header-stack.ts';
import { groupOverRun, loneGroup } from './group-over-run.ts';
import { byColumnNumbers, isAmountText, lowerMedian, nearest, overlaps, strictlyBestPlacement, trailingFigures } from './columns.ts';
import { belongsTo, groupOf, isStageBlock } from './header-groups.ts';
import { VOCABULARY, isTotalWord, lookupWord, normHeaderWord } from '../tables/vocabulary.ts';
import { overlap, placeParts, type Column, type ColumnModel, type Positioned, type PositionedLine } from './positioned.ts';
import { isCodeAlone, isColumnNumbersLine, isMoneyFigure } from './spaced-lines.ts';
import { countsFromOne, onPage, wideBefore } from './piece.ts';
import { countChars, type CharCounts } from './char-cover.ts';

/** The figures of a line: the amounts after its last word but those standing in a label column (a code, a 行次). */
function figuresOf(parts: Positioned[], textColumns: Column[]): Positioned[] {
  let rest = trailingFigures(parts);
  // (money, with a decimal point or separator, is a figure even where a long label pushed it under the label columns)
  while (rest.length > 0 && !/[.,%％]/.test(rest[0]!.text) && textColumns.some((c) => overlaps(c, rest[0]!))) rest = rest.slice(1);
  return rest;
}

/**
 * The columns re-read by the order of the figures in full rows, or null when the columns found by position already
 * hold every full row's figures one to a column (the rows' totals holding under their labels), or the table is not of this shape (labels on both sides of the
 * figures, fewer than two full rows (one under a 栏次 row that numbers its columns), a header the vocabulary cannot read onto the calibrated columns).
 * A word's rest read by position as a column of its own beside the word's is joined first (no 栏次 row): those
 * columns, when no reading by order re-reads them.
 */
export function columnsByOrder(header: PositionedLine[], data: PositionedLine[], found: ColumnModel, numbers: Positioned[] | null = null): ColumnModel | null {
  // (a word's rest pdftotext wrote right of it on its line, read by position as a blank column of its own beside the
  // word's figures: one column, `wider-header.ts`; under a 栏次 row, the numbers read the header onto the columns. A
  // blank column's word joined to the figures right of it only under the wider header's checks: `支出` over `项目`
  // beside its figures is no word with its rest)
  const joined = joinWordRests(found, found.columns.map((c) => c.kind).lastIndexOf('text'), ['amount blank']);
  if (numbers !== null || joined.columns.length === found.columns.length) return byOrder(header, data, found, numbers);
  return byOrder(header, data, joined, numbers) ?? joined;
}

/** `columnsByOrder` on `found`, its word rests joined (null: `found` stands). */
function byOrder(header: PositionedLine[], data: PositionedLine[], found: ColumnModel, numbers: Positioned[] | null): ColumnModel | null {
  // (a 行次 column drawn at two places, split by position into two columns among the labels: one column)
  const model = joinRowNumberParts(found, data);
  // the label columns: up to the last text column (a code printed with spaces, `201 03 02`, may read as a number in
  // the first column); a table with figures among its labels (收入 | 支出 side by side) is not read by order
  let lastText = model.columns.map((c) => c.kind).lastIndexOf('text');
  if (lastText < 0 || lastText === model.columns.length - 1) return null;
  // (text columns among the figures that hold no word, only numbers, are a 行次 column pdftotext drew in two places,
  // beside the names on some rows and right of them on others: the labels end at the last column holding a word, when
  // the first number after it numbers the rows)
  if (model.columns.slice(1, lastText).some((c) => c.kind === 'amount')) lastText = lastWordColumn(model.columns, data);
  if (lastText < 0 || model.columns.slice(1, lastText).some((c) => c.kind === 'amount')) return null;
  // a 行次 column after the labels (1, 2, 3 … down the rows, read as figures by position) is a label column too
  // (or standing in the last label column on some rows: the amounts after the last word start with it)
  const afterLabels = data.map((l) => figuresOf(l.parts, model.columns.slice(0, lastText + 1))[0]);
  const afterWords = data.map((l) => figuresOf(l.parts, [])[0]);
  const first = numbersRows(afterLabels) ? afterLabels : afterWords;
  const rowNumbers = numbersRows(first);
  if (!rowNumbers && lastText < model.columns.map((c) => c.kind).lastIndexOf('text')) return null;
  // (the last label column already the 行次 column: headed by 行次 or by nothing, a row number standing in it)
  const leaf = headerLeaf(model.header, lastText);
  const rowNumberColumn =
    rowNumbers &&
    lastText > 0 &&
    (leaf === undefined || isRowNumberWord(leaf)) &&
    data.some((l) => l.parts.some((p) => /^\d{1,3}$/.test(p.text) && overlaps(model.columns[lastText]!, p)));
  const labelEnd = rowNumbers && !rowNumberColumn && lastText + 2 < model.columns.length ? lastText + 1 : lastText;
  const texts = model.columns.slice(0, labelEnd + 1).map((_, j) => j);
  // (the 行次 column keeps its kind: the wrapped labels are joined by the kinds of the columns; it spans its numbers)
  const textColumns: Column[] = texts.map((j) => {
    const c = model.columns[j]!;
    const kind = j <= lastText ? ('text' as const) : c.kind;
    if (!rowNumbers || j !== labelEnd || (j <= lastText && !rowNumberColumn)) return { ...c, kind };
    // (a column by position that holds money as well as the row numbers is the first figure column run into the
    // numbers, `1 105.87` under `行次 本年支出合计`: the 行次 column spans its numbers only — unless the last label
    // column already holds every number, the figure column only touching them)
    const heldLeft = first.every((p) => overlaps(model.columns[lastText]!, p!));
    const money = c.kind === 'amount' && !heldLeft && data.some((l) => l.parts.some((p) => overlaps(c, p) && /[.,]/.test(p.text) && isMoneyFigure(p.text)));
    if (money) return { start: Math.min(...first.map((p) => p!.start)), end: Math.max(...first.map((p) => p!.end)), kind };
    return { start: Math.min(c.start, ...first.map((p) => p!.start)), end: Math.max(c.end, ...first.map((p) => p!.end)), kind };
  });
  const figures = data.map((l) => figuresOf(l.parts, textColumns));
  const n = Math.max(0, ...figures.map((f) => f.length));
  const full = figures.filter((f) => f.length === n);
  // (one full row is enough under a 栏次 row numbering as many columns: 1 … n)
  const numbered = numbers !== null && numbers.filter((p) => /^\d{1,3}$/.test(p.text)).map((p) => p.text).join(' ') === Array.from({ length: n }, (_, k) => k + 1).join(' ');
  // (or one full row among three rows or more without a 栏次 row, or beside another row printing fewer figures, a
  // unit and its 总计: a sparse table whose other rows leave cells blank; the only row of a table, or a 栏次 row
  // numbering more columns than it fills, tells not how many columns it fills)
  const sparse = full.length === 1 && numbers === null && (data.length >= 3 || figures.filter((f) => f.length > 0).length >= 2);
  if (n < 2 || (full.length < (numbered ? 1 : 2) && !sparse)) return null;
  // (nor rows a 栏次 row `1 … m` numbers more columns than, when one of them stands over the numbers, a figure over
  // each of its own, and leaves a number between two of its figures over nothing: the rows leave different columns
  // blank, and a row's figures in order are not its columns)
  const numbered1toM = numbers?.filter((p) => /^\d{1,3}$/.test(p.text)) ?? [];
  if (numbered1toM.length > n && countsFromOne(numbered1toM) && full.some((f) => blankBetween(f, numbered1toM))) return null;
  const lastEnd = textColumns[textColumns.length - 1]!.end;
  // (a figure word squeezed against a 行次 column may start over the last row numbers: `行次 小计` over `10 2605.88`)
  const labelWord = (p: Positioned) => ['code', 'name', 'row_number'].includes(lookupWord(p.text)?.role ?? '');
  // (nor the rest of a value word wrapped from the line above, starting over the label columns' end: `合计` under
  // `本年支出`, drawn from over the 行次 column; `和结余` under `结转`, the end of `年初结转和结余`, beside the names;
  // also where it stands under it only on the page, its line drawn left by the label words before it, `功能分类科 科目名称
  // 行次 合计` under `本年支出`: each wide character left of either piece on its line counted two columns wide)
  const page = (p: Positioned, row: number) => onPage({ part: p, row, wide: wideBefore(p, header[row]!.parts) });
  const restOfValueWord = (p: Positioned, row: number, onPageOnly = false) =>
    row > 0 && header[row - 1]!.parts.some((q) => q.start >= lastEnd && (onPageOnly ? overlaps(page(q, row - 1), page(p, row)) : overlaps(q, p)) && withinValueWord(q.text + p.text));
  // (nor the start of a value word wrapped onto the line below, its rest starting over the figures right under it:
  // `本年收入` over `合计`, drawn from over the names' last character; the rest on the first line below that prints
  // anything under it, a line of other cells' pieces between them)
  const startOfValueWord = (p: Positioned, row: number) => {
    const below = header.slice(row + 1).find((l) => l.parts.some((q) => overlaps(q, p)));
    return below !== undefined && below.parts.some((q) => q.start >= lastEnd && overlaps(q, p) && withinValueWord(p.text + q.text));
  };
  // (a 行次 word drawn right over the figures, the rows' numbers already the last label column's, heads those numbers:
  // no piece of the figures' header, `行次 合计` over `1 125606723.04`)
  const rowNumberWord = (p: Positioned) => rowNumberColumn && isRowNumberWord(p.text);
  const fragments: Fragment[] = header.flatMap((l, row) =>
    l.parts.filter((p) => !rowNumberWord(p) && (p.start >= lastEnd || (!labelWord(p) && ((p.end > lastEnd && (labelEnd > lastText || restOfValueWord(p, row) || startOfValueWord(p, row))) || restOfValueWord(p, row, true))))).map((part) => ({ part, row })),
  );
  // the header's pieces read as one monotone stack of n column words that the full rows' totals confirm
  // (`header-stack.ts`): the reading every other one here defers to
  // (the label columns found from the rows reach right under long names and 行次 drawn right of them; the header's own
  // label words end before: every piece right of where they end is the stack's when the narrower reading finds none)
  const confirm = (paths: readonly string[][]) => flatTotalsHold(paths, full.map((f) => f.map((p) => p.text)));
  const labelEnds = header.flatMap((l) => l.parts.filter(labelWord).map((p) => p.end));
  const cut = labelEnds.length > 0 ? Math.max(...labelEnds) : lastEnd;
  const wider = () => header.flatMap((l, row) => l.parts.filter((p) => p.start >= cut && !labelWord(p)).map((part) => ({ part, row })));
  const narrowStack = stackWithStrays(fragments, header, lastEnd, n, confirm);
  const widerStack = narrowStack === null && cut < lastEnd ? readStack(wider(), n, confirm) : null;
  const stack = narrowStack ?? widerStack;
  // the columns by position hold every full row one figure to a column, in order: nothing to repair
  const holds = full.every((f) => {
    const cells = placeParts(f, model).cells;
    const filled = cells.flatMap((c, j) => (c !== '' ? [j] : []));
    return filled.length === n && filled.every((j) => model.columns[j]!.kind !== 'text');
  });
  // (and as many value columns as full rows have figures, each headed by words the vocabulary knows)
  const values = model.columns.flatMap((c, j) => (j > lastText ? [j] : []));
  const known = values.every((j) => model.header.every((r) => !r[j] || lookupWord(r[j]!) !== null));
  // (two value columns under one and the same label are one word read twice by position: the header is read again
  // in order when it can be, else the columns by position stay)
  const pathOf = (j: number) => model.header.map((r) => r[j] ?? '').filter((x) => x !== '').join('/');
  const twice = values.some((j, k) => pathOf(j) !== '' && values.findIndex((i) => pathOf(i) === pathOf(j)) !== k);
  const rows = full.map((f) => f.map((p) => p.text));
  const agrees = stack === null || (values.length === n && !stackWins(values.map((j) => model.header.map((r) => r[j] ?? '').filter((x) => x !== '')), stack, rows));
  const asPlaced = (): ColumnModel | null | undefined => {
    // (a group's total by position must hold in the rows: a total word read as a group's over too few parts,
    // `本年支出` over `合计 | 基本支出` beside 项目支出, is a header to read again)
    const byPosition = values.map((j) => model.header.map((r) => r[j] ?? '').filter((x) => x !== ''));
    const groupTotal = byPosition.some((p) => p.length > 1 && isTotalWord(p[p.length - 1]!));
    const totalsHold = values.length !== n || !groupTotal || byPosition.some((p) => p.length === 0) || sumsHold(byPosition, rows);
    if (holds && values.length === n && known && !rowNumberColumn && agrees && totalsHold) return null;
    // (nor, without a 栏次 row, when the extra value columns are blank in every row, each headed by one known word (no
    // group over it) and standing right of every figure: a sparse table whose full rows leave its last funds blank, its
    // columns found by position)
    const lastAmount = Math.max(...values.filter((j) => model.columns[j]!.kind === 'amount'));
    const blanksApart = values.every((j) => model.columns[j]!.kind === 'amount' || (model.columns[j]!.kind === 'blank' && j > lastAmount && overlap(model.columns[lastAmount]!, model.columns[j]!) <= 0));
    // (nor, without a 栏次 row, when every row leaves a cell blank under a header naming more columns, each by one word,
    // whose totals hold: `wider-header.ts`)
    const widerColumns = numbers === null && holds && !rowNumberColumn ? widerHeaderColumns(model, figures, lastText, n) : null;
    if (widerColumns !== null) return widerColumns === model ? null : { ...widerColumns, figures: widerColumns.columns.length - lastText - 1 };
    if (numbers === null && holds && values.length > n && values.every((j) => !pathOf(j).includes('/')) && values.filter((j) => model.columns[j]!.kind === 'amount').length === n && blanksApart && known && !rowNumberColumn && stack === null) return null;
    // the columns by position are the right ones, only squeezed figures of full rows fall wrong: those rows by order,
    // the others as positions say (a row with blank cells is printed wider, where its figures stand tells more)
    if (values.length === n && known && agrees && totalsHold) return rowNumberColumn ? { ...withRowNumbers(model, textColumns[lastText]!, lastText), figures: n } : { ...model, figures: n };
    return undefined;
  };
  const placed = asPlaced();
  // (a figure column the header by position leaves without a word, its word drawn over a neighbour: the header is
  // read again in order when it can be, else the columns by position stay)
  const unheaded = values.some((j) => j > labelEnd && model.columns[j]!.kind === 'amount' && model.header.every((r) => !r[j]));
  if (placed !== undefined && !twice && !unheaded) return placed;
  // the figures of one squeezed column drawn apart into two columns by position, one of them under no header word and
  // lying over a named neighbour for half its width or more (or anywhere, under a 栏次 row numbering 1 … n): as many
  // named value columns as full rows have figures are the table's columns, read by order
  const named = values.filter((j) => model.header.some((r) => (r[j] ?? '') !== ''));
  const splitOff = (j: number) => {
    const c = model.columns[j]!;
    return c.kind === 'amount' && [j - 1, j + 1].some((k) => named.includes(k) && 2 * overlap(c, model.columns[k]!) >= Math.min(c.end - c.start, model.columns[k]!.end - model.columns[k]!.start));
  };
  // (when the header cannot be read again by order onto the figures)
  const keep = model.columns.map((_, j) => j <= lastText || named.includes(j));
  const joined: ColumnModel | null =
    values.length > n && named.length === n && known && values.every((j) => named.includes(j) || splitOff(j) || (numbered && model.columns[j]!.kind === 'amount'))
      ? { columns: model.columns.filter((_, j) => keep[j]), header: model.header.map((r) => r.filter((_, j) => keep[j])), figures: n }
      : null;
  const amounts: Column[] = [];
  for (let k = 0; k < n; k++) {
    const start = lowerMedian(full.map((f) => f[k]!.start));
    const end = Math.max(start + 1, lowerMedian(full.map((f) => f[k]!.end)));
    amounts.push({ start, end, kind: 'amount' });
  }
  // (the label columns keep their label words: pieces of the squeezed figure header found there by position are read
  // again below, onto the figure columns)
  const labels = texts.map((j) => model.header.map((r) => r[j] ?? '').filter((x) => x !== '' && lookupWord(x) !== null && lookupWord(x)!.role !== 'value'));
  // (a 行次 stacked under a label column's code or name word, on a line below it, drawn over the ends of the labels,
  // heads the row numbers after them: the 行次 column found from the rows, headed by no 行次 of its own, takes it; a
  // 行次 on a line above the name word is left where it stands)
  const isRowNumber = (x: string) => isRowNumberWord(x);
  const lastLineOf = (j: number, is: (x: string) => boolean) => model.header.map((r) => is(r[j] ?? '')).lastIndexOf(true);
  const stackedOver = labels.findIndex((_, j) => {
    const word = lastLineOf(j, (x) => ['code', 'name'].includes(lookupWord(x)?.role ?? ''));
    return j < labelEnd && word >= 0 && lastLineOf(j, isRowNumber) > word;
  });
  if (labelEnd > lastText && stackedOver >= 0 && !labels[labelEnd]!.some(isRowNumber)) {
    labels[labelEnd]!.push(...labels[stackedOver]!.filter(isRowNumber));
    labels[stackedOver] = labels[stackedOver]!.filter((x) => !isRowNumber(x));
  }
  // (a 行次 column narrowed to its numbers out of the figure column they ran into takes the 行次 word printed over them)
  const numberWord = header.flatMap((l) => l.parts).find((p) => isRowNumberWord(p.text) && overlaps({ start: textColumns[labelEnd]!.start - 2, end: textColumns[labelEnd]!.end + 2 }, p));
  if (rowNumbers && labelEnd > lastText && numberWord && !labels[labelEnd]!.some((x) => isRowNumberWord(x))) {
    labels[labelEnd]!.push(numberWord.text);
    // (the one 行次 word then heads no other label column: by position it stood over the names it was drawn beside)
    labels.forEach((l, j) => (labels[j] = j === labelEnd ? l : l.filter((x) => !isRowNumberWord(x))));
  }
  const drawnRight = header.flatMap((l) => l.parts.filter((p) => (p.start >= lastEnd || overlaps(textColumns[lastText]!, p)) && rowNumberWord(p)));
  if (drawnRight.length > 0 && !labels.some((l) => l.some((x) => isRowNumberWord(x)))) labels[lastText]!.push(drawnRight[0]!.text);
  // a label column left without its code or name word (the word broken over lines that pdftotext wrote apart,
  // `功能分类科` beside `科目名称` over `目编码`) takes the label word read again from its pieces
  const own = labelWords(header.flatMap((l, row) => l.parts.filter((p) => p.end <= lastEnd).map((part) => ({ part, row }))));
  textColumns.forEach((c, j) => {
    if (labels[j]!.some((x) => ['code', 'name'].includes(lookupWord(x)!.role))) return;
    const word = own.find((w) => overlaps(c, w.parts[0]!.part) && ['code', 'name'].includes(lookupWord(w.text)?.role ?? ''));
    if (word) labels[j]!.push(word.text);
  });
  // (else the header's pieces read as an exact cover of vocabulary words, `header-cover.ts`)
  // (from the pieces the stack was read from, when it was read right of where the header's label words end: the
  // stack's words in order, a group word over its parts, `本年支出` over `小计 基本支出 项目支出`)
  // (a reading with no total word over full rows that print a total first, `本年收入合计` read as a group over two of
  // the parts beside it, is no reading of these rows: the rows leave a column blank that the header names)
  const withTotal = (p: string[][] | null) => (p !== null && !p.some((q) => isTotalWord(q[q.length - 1]!)) && totalFirstInRows(rows) ? null : p);
  const byOrder = withTotal(headerInOrder(fragments, n, numbers === null)) ?? (widerStack !== null ? withTotal(headerInOrder(wider(), n, numbers === null)) : null);
  // (or, every row printing every figure, as one cover up to columns whose figures are the same in every row)
  const everyRowFull = figures.every((f) => f.length === 0 || f.length === n);
  // (the cover too: read without its total word, `本年收入合计` drawn left of the figures, it heads no column of rows
  // printing a total first)
  const covered = byOrder === null ? (coverValuePieces(header, lastEnd, n, rows) ?? (everyRowFull ? coverUpToEqualColumns(header, lastEnd, n, rows) : null)) : null;
  const cover = covered !== null && withTotal(covered.paths) !== null ? covered : null;
  const read = byOrder ?? cover?.paths ?? null;
  // (a label word standing right of where the rows' names end, `单位名称` over the wrapped `焦作市…本` / `级`, heads no
  // column of figures; a piece of a value word it may be, `项目` of 项目支出, stays)
  const labelOnly = (p: Positioned) => labelWord(p) && !withinValueWord(p.text);
  const other = read === null ? (blankColumnsBeside(fragments.filter((f) => !labelOnly(f.part)), amounts, full, textColumns, labels, figures, numbers ?? []) ?? joined) : null;
  const otherPaths = other?.columns.flatMap((_, j) => (j >= other.columns.length - n ? [other.header.map((r) => r[j] ?? '').filter((x) => x !== '')] : []));
  const useStack = stack !== null && (read !== null ? stackWins(read, stack, rows) || groupOverRun(read, stack, fragments, amounts) || (loneGroup(read) && !loneGroup(stack)) : other === null || (other.columns.length - textColumns.length === n && stackWins(otherPaths!, stack, rows)));
  const paths = useStack ? stack : read;
  if (paths === null) return placed !== undefined ? placed : other;
  // (read again only for a column left without a word: kept when the rows' totals confirm it)
  if (placed !== undefined && !twice && !(paths.some((p) => isTotalWord(p[p.length - 1]!)) && sumsHold(paths, rows))) return placed;
  // (a column blank in every row that kept no label word was made of a squeezed figure word, now read onto the
  // figures: no column of the table)
  const kept = texts.filter((j) => model.columns[j]!.kind !== 'blank' || labels[j]!.length > 0);
  const all = [...kept.map((j) => labels[j]!), ...paths];
  const depth = Math.max(...all.map((l) => l.length));
  return {
    columns: [...kept.map((j) => textColumns[j]!), ...amounts],
    header: Array.from({ length: depth }, (_, r) => all.map((l) => l[r] ?? '')),
    figures: n,
    // (a header read as a stack is reported as one read by its words, `header_cover`)
    ...(useStack ? { cover: [...new Set(stack.flat())] } : cover ? { cover: cover.words, ...(cover.undecided ? { coverUndecided: cover.undecided } : {}) } : {}),
  };
}

/** Whether a row's figures leave a blank cell between two of them by the 栏次 numbers: each figure stands over one
 * number of its own, in order, and a number between two of them stands over none (a row drawn otherwise than its
 * numbers, or numbers squeezed together, shows nothing so). */
function blankBetween(figures: readonly Positioned[], numbers: readonly Positioned[]): boolean {
  const under = figures.map((p) => numbers.flatMap((q, k) => (overlaps(q, p) ? [k] : [])));
  if (under.some((ks) => ks.length !== 1) || under.some((ks, i) => i > 0 && ks[0]! <= under[i - 1]![0]!)) return false;
  return under.some((ks, i) => i > 0 && ks[0]! > under[i - 1]![0]! + 1);
}

/** What a column's label means: its words joined (`本年支出` `小计` → 本年支出小计), else its last word. */
const meaningOf = (p: readonly string[]) => lookupWord(p.join(''))?.key ?? lookupWord(p[p.length - 1] ?? '')?.key;

/** Whether columns' labels (`本年支出/小计`) mean what a stack reading's labels (`本年支出小计`) do, column by column. */
function sameMeaning(paths: readonly string[][], stack: readonly string[][]): boolean {
  return paths.length === stack.length && paths.every((p, k) => meaningOf(stack[k]!) !== undefined && meaningOf(p) === meaningOf(stack[k]!));
}

/** Whether a stack reading replaces columns' labels read otherwise: they mean something else, and the labels are
 * words the vocabulary does not know, totals the full rows do not confirm, or the stack's own words in another order
 * (totals cannot tell a flat header's columns apart; the order of the pieces on each line can). */
function stackWins(paths: readonly string[][], stack: readonly string[][], rows: readonly (readonly string[])[]): boolean {
  if (sameMeaning(paths, stack)) return false;
  if (paths.some((p) => p.length === 0 || p.some((w) => lookupWord(w) === null)) || !sumsHold(paths, rows)) return true;
  // (labels that leave out characters of the header the stack reads every one of: pieces drawn over the label columns
  // or far from their word, `拨款收` of `一般公共预算拨款收入`, left unread make known words of what is left,
  // `一般公共预算收入` and `上级补助`)
  if (charactersWithin(paths, stack)) return true;
  const keys = (ps: readonly string[][]) => ps.map((p) => meaningOf(p) ?? '').sort().join('|');
  return keys(paths) === keys(stack);
}

/** The characters of columns' labels, a group word over several columns counted once. */
function labelCharacters(paths: readonly string[][]): CharCounts {
  const groups = new Set(paths.flatMap((p) => p.slice(0, -1)));
  return countChars([...groups, ...paths.map((p) => p[p.length - 1] ?? '')].map(normHeaderWord).join(''));
}

/** Whether the labels `paths` hold fewer characters than the stack's, and none it does not hold. */
function charactersWithin(paths: readonly string[][], stack: readonly string[][]): boolean {
  const [mine, its] = [labelCharacters(paths), labelCharacters(stack)];
  const total = (c: CharCounts) => [...c.values()].reduce((a, k) => a + k, 0);
  return total(mine) < total(its) && [...mine].every(([ch, k]) => (its.get(ch) ?? 0) >= k);
}

/** The model with its 行次 column `j` spanning the row numbers (`column`), and a 行次 word that the header's lines put
 * over the first value column (`行次` under `合计`, the 行次 cell's word drawn right by the squeeze) moved back over it. */
function withRowNumbers(model: ColumnModel, column: Column, j: number): ColumnModel {
  const header = model.header.map((r) => {
    const k = r.findIndex((x, i) => i > j && isRowNumberWord(x));
    if (k < 0 || r[j]) return r;
    return r.map((x, i) => (i === j ? r[k]! : i === k ? '' : x));
  });
  return { ...model, columns: model.columns.map((c, i) => (i === j ? column : c)), header };
}

const LABEL_PREFIXES: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const t of VOCABULARY) if (t.role === 'code' || t.role === 'name') for (const w of t.words) for (let k = 1; k <= w.length; k++) out.add(normHeaderWord(w).slice(0, k));
  return out;
})();

/** Code and name words of the label side, each read from its top piece down the pieces below it (the next two lines,
 * within a few columns) that continue a word of the vocabulary. */
function labelWords(fragments: Fragment[]): Word[] {
  const sorted = [...fragments].sort((a, b) => a.row - b.row || a.part.start - b.part.start);
  const used = new Set<Fragment>();
  const out: Word[] = [];
  for (const f of sorted) {
    if (used.has(f)) continue;
    const chain = [f];
    let text = normHeaderWord(f.part.text);
    for (const g of sorted) {
      const last = chain[chain.length - 1]!;
      if (used.has(g) || g.row <= last.row || g.row - last.row > 2 || Math.abs(g.part.start - f.part.start) > 6) continue;
      if (LABEL_PREFIXES.has(text + normHeaderWord(g.part.text))) {
        chain.push(g);
        text += normHeaderWord(g.part.text);
      }
    }
    if (chain.length < 2 || !['code', 'name'].includes(lookupWord(text)?.role ?? '')) continue;
    for (const c of chain) used.add(c);
    out.push({ text, parts: chain, at: f.part.start });
  }
  return out;
}

const isTotal = (w: Word) => lookupWord(w.text)?.key === 'total';
const topRow = (w: Word) => w.parts[0]!.row;
const bottomRow = (w: Word) => w.parts[w.parts.length - 1]!.row;

/**
 * The labels of `n` figure columns from header words squeezed over them: the header's pieces read into whole words of
 * the vocabulary (their pieces on lines that follow one another), the words that head a group of words below them
 * set apart, and the other words, left to right, one to each column. Each group word, outer groups first, heads the
 * run of columns around its centre whose words are its parts (or parts of a group word that is its part); a total
 * (小计) heads a run only at its left end, and belongs to the outermost group it can. Null when the header does not
 * read so (a word the vocabulary does not know, a block or label word, not exactly `n` column words): nothing is
 * guessed.
 */
function headerInOrder(fragments: Fragment[], n: number | null, leftward = false): string[][] | null {
  return headerLeaves(fragments, n, leftward)?.paths ?? null;
}

/** The leaf words of a header read in order: each one's path of words, where it starts, its own pieces. */
interface Leaves {
  paths: string[][];
  at: number[];
  pieces: Fragment[][];
  columnWords: number;
}

/** A header word told apart from the others of its header: its text and where it starts. */
const wordKey = (w: Word) => `${w.at}:${w.text}`;

/** The words of `headerInOrder` with where each leaf word starts (`at`); any number of leaves when `n` is null;
 * `leftward`, a header printing no 栏次 row, also read by the right edges of its pieces last. */
function headerLeaves(fragments: Fragment[], n: number | null, leftward = false): Leaves | null {
  // the words read with their pieces on following lines first, then a line apart (a neighbour's line between), then
  // further from their start (a squeezed line draws the rest of a word away from it), then from the line above: the
  // first reading that heads the n columns
  // (then any distance right of the start: the rests of squeezed words stand in the order of their starts on a line
  // squeezed less, and the vocabulary decides which word each one continues)
  // (last, any distance either side: a squeezed line draws the rests of the words above it left of their starts,
  // `项目支 上缴上 经营支` over `出 级支出 出`; only when no word's pieces could as well spell another word)
  // (and then on any line below, near its start: a squeezed header draws the rest of a narrow cell's word at its foot,
  // `公用经` seven lines over `费`; again only when no word's pieces could as well spell another word)
  // (last, with `leftward`, by the right edges of the pieces, a rest also on the line above ending left of its piece:
  // pdftotext right-aligns a narrow cell's lines and may draw the lower one a line up, `经费` over `公用`; never on an
  // income header either)
  const readings: [number, number, boolean, boolean, boolean, boolean][] = [
    [1, 8, false, false, false, false],
    [2, 8, false, false, false, false],
    [2, 16, false, false, false, false],
    [2, 16, true, false, false, false],
    [2, Infinity, false, true, false, false],
    [2, Infinity, false, false, true, false],
    [Infinity, 16, false, false, true, false],
    ...(leftward ? [[2, 16, true, false, false, true] as [number, number, boolean, boolean, boolean, boolean]] : []),
  ];
  for (const [rowGap, reach, upward, rightward, unique, byRightEdges] of readings) {
    const found = readWords(fragments, rowGap, reach, upward, rightward, unique, byRightEdges);
    // (the reading from any line below counts only for a word that takes a rest more than two lines below its piece
    // above, and never on an income header, whose short stacked `收入` rests it misplaces)
    const farRest = (w: Word) => w.parts.some((f, i) => i > 0 && f.row - w.parts[i - 1]!.row > 2);
    const income = found?.some((w) => normHeaderWord(w.text).endsWith('收入')) ?? false;
    // (the reading by right edges counts only for a word that takes a rest from the line above its piece)
    const restAbove = (w: Word) => w.parts.some((f, i) => i > 0 && f.row === w.parts[i - 1]!.row - 1);
    const read = (rowGap === Infinity && (!found?.some(farRest) || income)) || (byRightEdges && (income || !found?.some(restAbove))) ? null : found;
    const paths = read === null ? null : pathsInOrder(read, n);
    if (paths !== null) return paths;
  }
  return null;
}

/** Words in the order of their starts; two starting together (`项目支` over `公用经`, both broken) in the order of where
 * their pieces stand on the whole (the rest `出` right of the rest `费`); two with pieces on one line, in the order of
 * those pieces (a line keeps the printed order, lines drift against each other: `事业收` drawn right of `其他收入` on
 * the line above, its rest `入` left of it on their line, is the word before it). */
function byStart(a: Word, b: Word): number {
  const mid = (w: Word) => w.parts.reduce((sum, f) => sum + f.part.start, 0) / w.parts.length;
  return onSharedLine(a, b) || a.at - b.at || mid(a) - mid(b);
}

/** The order of two words' pieces on the lowest line both have pieces on and one of them starts on (0 when none, or
 * when they start together there): two rests on one line may be read with each other's words. */
function onSharedLine(a: Word, b: Word): number {
  const rows = a.parts.map((f) => f.row).filter((r) => b.parts.some((g) => g.row === r) && (r === topRow(a) || r === topRow(b)));
  if (rows.length === 0) return 0;
  const row = Math.max(...rows);
  const start = (w: Word) => Math.min(...w.parts.filter((f) => f.row === row).map((f) => f.part.start));
  return start(a) - start(b);
}

/** Leaves in order, a word starting on a group word's line right of it and no part of it (`项目支` beside
 * `其中：基本支出`, its rest `出` below) put after the parts of that group that follow it, standing under the group word:
 * a cell beside the group word's own stands beside all of the group's parts, wherever pdftotext drew their starts on
 * the lines below (`公用经` one column right of `项目支`, the rest `出` right of `公用经`). */
function afterPartsOfGroupBeside(leaves: Word[], groupWords: readonly Word[], deep: (g: Word, w: Word) => boolean): Word[] {
  const out = [...leaves];
  for (const g of groupWords) {
    const line = bottomRow(g);
    const end = Math.max(...g.parts.filter((f) => f.row === line).map((f) => f.part.end));
    const underGroup = (w: Word) => topRow(w) > line && deep(g, w);
    for (let i = out.length - 1; i >= 0; i--) {
      const w = out[i]!;
      if (topRow(w) !== line || w.parts[0]!.part.start < end || deep(g, w)) continue;
      for (let k = i; k + 1 < out.length && underGroup(out[k + 1]!); k++) [out[k], out[k + 1]] = [out[k + 1]!, out[k]!];
    }
  }
  return out;
}

/** Whether a word is a group word wrapped over a total on a line below its other pieces (`本年支出` over `合计`). */
const wrappedOverTotal = (g: Word) => g.parts.length > 1 && bottomRow(g) > g.parts[g.parts.length - 2]!.row && isTotal({ ...g, text: g.parts[g.parts.length - 1]!.part.text });

/** Whether a leaf word starts within a wrapped word's reach of the span `xs` of a group word's pieces. */
const overPart = (xs: readonly number[], leaf: Word) => leaf.at >= Math.min(...xs) - 8 && leaf.at <= Math.max(...xs) + 8;

/** The labels of `n` columns (any number when null) from the header's whole words (see `headerInOrder`), each with
 * the start of its leaf word, or null. */
function pathsInOrder(read: Word[], n: number | null, columnWords: ReadonlySet<string> = new Set()): Leaves | null {
  // a group word read with its subtotal below it as one word (`本年支出` over `小计`) heads the subtotal's group
  const words = splitGroupOverSubtotal(read);
  const groupWords = words.filter((w) => {
    const g = groupOf(w.text);
    if (g === null || !(g.kind === 'parts' || isStageBlock(w.text)) || columnWords.has(wordKey(w))) return false;
    const parts = words.filter((o) => o !== w && topRow(o) > bottomRow(w) && belongsTo(g, o.text));
    // (a group word wrapped over its total, `本年支出` over `合计`, no part of it starting near it: the wrapped total
    // word `本年支出合计` over its own figures)
    const xs = w.parts.flatMap((f) => [f.part.start, f.part.end]);
    return parts.length > 0 && !(wrappedOverTotal(w) && !parts.some((o) => overPart(xs, o)));
  });
  if (words.some((w) => !groupWords.includes(w) && groupOf(w.text)?.kind !== 'parts' && groupOf(w.text) !== null && !isStageBlock(w.text))) return null;
  const deep = (g: Word, w: Word) => {
    const gg = groupOf(g.text)!;
    return belongsTo(gg, w.text) || groupWords.some((h) => h !== g && belongsTo(gg, h.text) && belongsTo(groupOf(h.text)!, w.text));
  };
  const leaves = afterPartsOfGroupBeside(words.filter((w) => !groupWords.includes(w)).sort(byStart), groupWords, deep);
  if (n !== null && leaves.length !== n) return null;
  const paths: Word[][] = leaves.map(() => []);
  const runStarts = new Map<Word, number>();
  for (const g of [...groupWords].sort((a, b) => topRow(a) - topRow(b))) {
    const xs = g.parts.map((f) => [f.part.start, f.part.end]).flat();
    // (a part in a cell spanning the group word's line and the line under it, `人员经` / `费` beside `其中：基本支出` over
    // its own `小计`, starts on the group word's line: under it all the same, when the group word's subtotal stands under it)
    const ownSubtotal = leaves.some((w) => isTotal(w) && topRow(w) > bottomRow(g) && w.parts[0]!.part.start >= Math.min(...xs) - 1 && w.parts[0]!.part.start <= Math.max(...xs));
    const tallPart = (w: Word) => ownSubtotal && !isTotal(w) && topRow(w) === bottomRow(g) && bottomRow(w) > bottomRow(g) && belongsTo(groupOf(g.text)!, w.text);
    // (beside its first part, a part may start on the group word's own line and run on below it: a squeezed line
    // draws `其中：基本支出  人员  公用` over `小计 经费 经费`)
    const eligible = (i: number, beside = false) => {
      const leaf = leaves[i]!;
      const outer = paths[i]![paths[i]!.length - 1];
      const below = topRow(leaf) > bottomRow(g) || tallPart(leaf) || (beside && topRow(leaf) === bottomRow(g) && bottomRow(leaf) > bottomRow(g));
      if (!below || !deep(g, leaf)) return false;
      if (outer !== undefined && !belongsTo(groupOf(outer.text)!, g.text)) return false;
      // a total heads the outermost group whose run it starts
      return !(isTotal(leaf) && paths[i]!.some((o) => runStarts.get(o) === i));
    };
    const centre = (Math.min(...xs) + Math.max(...xs)) / 2;
    // (the run starts at the part nearest the group word's centre, a part of its own meaning before a total: a 小计
    // belongs to any group, and pdftotext may pack the leaves' line one space apart while the group words stand in
    // place, `其中：基本支出` over the packed line's second `小计`, the one heading 项目支出's parts)
    let k = -1;
    for (const own of [true, false]) {
      leaves.forEach((w, i) => {
        if (eligible(i) && (!own || !isTotal(w)) && (k < 0 || Math.abs(w.at - centre) < Math.abs(leaves[k]!.at - centre))) k = i;
      });
      if (k >= 0) break;
    }
    // (a group word standing over none of its parts, `项目支出` above a 小计 that another group heads, is a column word
    // of its own: the header read again with it a leaf)
    if (k < 0) return columnWords.has(wordKey(g)) ? null : pathsInOrder(read, n, new Set([...columnWords, wordKey(g)]));
    let lo = k;
    let hi = k;
    // (two totals side by side under a group with a subgroup printed below it: a 小计 on the left is the group's own
    // subtotal, the right one the subgroup's, `本年支出/小计 | 其中：基本支出/小计`; a 合计 may be the table's total beside
    // the group, `合计 | 基本支出/小计`)
    const inner = groupWords.some((h) => h !== g && topRow(h) > bottomRow(g) && belongsTo(groupOf(g.text)!, h.text));
    const pastTotal = (i: number) => !isTotal(leaves[i]!) || (inner && normHeaderWord(leaves[i - 1]!.text) === '小计');
    while (lo > 0 && pastTotal(lo) && eligible(lo - 1)) lo--;
    while (hi + 1 < leaves.length && !isTotal(leaves[hi + 1]!) && eligible(hi + 1, true)) hi++;
    // (a lone 小计 just left of a run that holds no total, under the groups the run stands under, starting on the group
    // word's line: the group's own subtotal, drawn on that line in a cell spanning the header's lines, `小计 | 本年支出`
    // over `基本支出 | 项目支出`; one starting below the group word beside it is an outer group's)
    const sameOuter = (i: number) => paths[i]!.length === paths[lo]!.length && paths[i]!.every((o, m) => o === paths[lo]![m]);
    const loneSubtotal = (i: number) => i >= 0 && normHeaderWord(leaves[i]!.text) === '小计' && topRow(leaves[i]!) >= topRow(g) && topRow(leaves[i]!) <= bottomRow(g) && sameOuter(i) && deep(g, leaves[i]!);
    // (so too its parts in such cells left of it, each wholly on the group word's line and ending before it starts,
    // its one part under it heading the run: `小计 基本支出 本年支出` over `项目支出`)
    const line = bottomRow(g);
    const tallBeside = (i: number) =>
      i >= 0 && !isTotal(leaves[i]!) && topRow(leaves[i]!) === line && bottomRow(leaves[i]!) === line && Math.max(...leaves[i]!.parts.map((f) => f.part.end)) < Math.min(...xs) && sameOuter(i) && deep(g, leaves[i]!);
    if (lo === hi && topRow(leaves[lo]!) > line) while (tallBeside(lo - 1)) lo--;
    if (!leaves.slice(lo, hi + 1).some(isTotal) && loneSubtotal(lo - 1)) lo--;
    runStarts.set(g, lo);
    for (let i = lo; i <= hi; i++) paths[i]!.push(g);
  }
  // (beside a measure's block heading its parts, `年初预算数 | 全年预算数 | 决算数` over `小计 基本支出 项目支出`, a 小计
  // heading no group totals nothing: the words were put out of order, `小计` read before `全年预算数`)
  if (groupWords.some((g) => isStageBlock(g.text)) && leaves.some((w, i) => normHeaderWord(w.text) === '小计' && paths[i]!.length === 0)) return null;
  return { paths: leaves.map((w, i) => [...paths[i]!.map((g) => g.text), w.text]), at: leaves.map((w) => Math.min(...w.parts.map((f) => f.part.start))), pieces: leaves.map((w) => w.parts), columnWords: columnWords.size };
}

/**
 * A squeezed header with more column words than the full rows have figures: the columns no row fills (blank in every
 * full row, as 上缴上级支出 | 经营支出 of a department that has none) are known from their words only. The header read
 * in order (`headerLeaves`, any number of leaf words), the figure columns calibrated from the full rows (`amounts`)
 * take leaf words in order: the placements under which every full row's totals hold (`sumsHold`: 合计 the sum of the
 * columns beside it, 小计 the sum of its group's parts, a blank column adding nothing) and, without a 栏次 row, no word
 * standing right of every figure takes a figure (`beyond-figures.ts`): the only one of them that
 * puts no blank column between two figures a full row prints touching (one space apart: a blank cell prints as a
 * gap; every full row, when one leaves room for a blank cell; a figure pdftotext pushed right, starting and ending
 * further right of its row's total than its column's figure does on another full row, touches the next one whatever
 * stands between), else, of those that do so (of all, when none does), the
 * one whose words' starts stand nearest their figures' starts at one drift (header words drift left of
 * their figures alike across a line). The words left over head blank columns in the gaps between (those after the
 * last figure column from where the full rows' last figures end furthest right). Null when the header does not read so, prints no total
 * to confirm a placement, or two placements hold and stand as near (or two hold at all, when a full row leaves room
 * for a blank cell between its figures: full rows that may fill different columns).
 */
function blankColumnsBeside(fragments: Fragment[], amounts: Column[], full: Positioned[][], textColumns: Column[], labels: string[][], figures: Positioned[][], numbers: readonly Positioned[]): ColumnModel | null {
  const F = amounts.length;
  const read = headerLeaves(fragments, null) ?? (numbers.length === 0 ? coverLeaves(fragments, F, full) : null);
  if (read === null || read.at.length <= F || read.at.length > F + 4) return null;
  if (!read.paths.some((p) => isTotalWord(p[p.length - 1]!))) return null;
  // (two 行次 columns among the label columns: halves side by side, 收入 | 支出, not one table's labels)
  if (labels.filter((l) => l.length > 0 && isRowNumberWord(l[l.length - 1]!)).length > 1) return null;
  // (full rows that leave room for a blank cell between two of their figures may fill different columns: then only a
  // placement the totals alone single out is taken)
  const roomy = (f: Positioned[]) => f.some((p, k) => k > 0 && p.start - f[k - 1]!.end > Math.min(...f.map((q) => q.end - q.start)));
  const byTotalsOnly = full.some(roomy);
  const at = read.at;
  const W = at.length;
  const holdsUnder = (pick: readonly number[]) => sumsHold(read.paths, full.map((f) => at.map((_, i) => (pick.includes(i) ? f[pick.indexOf(i)]!.text : '0'))));
  // (two figures a full row prints touching, one space apart, leave no room for a blank column between them: a
  // blank cell between two figures prints as a gap, as the rows with blank cells show; when a full row leaves room for
  // a blank cell, full rows may fill different columns, and only figures every full row prints touching do so)
  // (a figure pdftotext pushed right, starting and ending further right of its row's total than its column's figure
  // does on another full row, the wider figures before it pushing it along, touches the next figure without the
  // columns being neighbours: only a figure standing where its column stands, measured from its row's total, shows two
  // columns touching (a wider figure starting where the others start, pdftotext writing figures from their column's
  // start, stands there); a gap shows room wherever it is printed)
  const fromFirst = (f: Positioned[], k: number, at: 'start' | 'end') => f[k]![at] - f[0]!.end;
  const least = (k: number, at: 'start' | 'end') => Math.min(...full.map((f) => fromFirst(f, k, at)));
  const pushed = (f: Positioned[], k: number) => fromFirst(f, k, 'end') > least(k, 'end') && fromFirst(f, k, 'start') > least(k, 'start');
  const touchesAt = (f: Positioned[], k: number) => f[k + 1]!.start - f[k]!.end <= 1;
  const touching = (k: number) => (byTotalsOnly ? full.every((f) => touchesAt(f, k)) : full.some((f) => touchesAt(f, k) && !pushed(f, k)));
  const roomFor = (pick: readonly number[]) => pick.every((i, k) => k === 0 || i === pick[k - 1]! + 1 || !touching(k - 1));
  // (without a 栏次 row placing the columns, a word with a piece written right of where every full row's figures end,
  // not pushed there by a piece just before it on its line, heads a column right of every figure, and so does a word
  // printed after it on a line: header words are written at or left of where they print)
  const figureEnd = Math.max(...full.map((f) => f[F - 1]!.end));
  const beyond = numbers.length === 0 ? beyondFigures(read.pieces, fragments, figureEnd) : new Set<number>();
  const holding = placements(W, F).filter((pick) => pick.every((i) => !beyond.has(i)) && holdsUnder(pick));
  const withRoom = holding.filter(roomFor);
  // (the drift that places the words best: the middle of their distances)
  const gapsOf = (pick: readonly number[]) => pick.map((i, k) => amounts[k]!.start - at[i]!);
  // (a piece standing two spaces or more after the piece before it on its line stands where its word is printed; on a
  // line squeezed one space apart the pieces keep only their order: a placement heading a figure column with a word
  // none of whose pieces standing so lies over it, while another word's does, at the placement's drift, reads the
  // words against where they stand — a word standing over its own figures beside another's piece is a crowded header)
  const apart = (f: Fragment) => fragments.every((g) => g.row !== f.row || g.part.end > f.part.start || f.part.start - g.part.end >= 2);
  const against = (pick: readonly number[]) => {
    const d = lowerMedian(gapsOf(pick));
    const over = (i: number, c: Column) => read.pieces[i]!.some((f) => apart(f) && f.part.start + d >= c.start && f.part.end + d <= c.end);
    return amounts.some((c, k) => !over(pick[k]!, c) && read.pieces.some((_, i) => i !== pick[k] && over(i, c)));
  };
  let best: { cost: number; pick: number[] } | null = null;
  if (withRoom.length === 1) best = { cost: 0, pick: withRoom[0]! };
  else {
    let tie = false;
    // (of several placements leaving room for their blank columns, the nearest of those reading no piece against where
    // it stands; a placement putting a blank column between two figures printed touching is taken only when none
    // leaves room)
    const candidates = withRoom.length > 0 ? withRoom : holding;
    const standing = candidates.filter((pick) => !against(pick));
    for (const pick of standing.length > 0 ? standing : candidates) {
      const gaps = gapsOf(pick);
      const d = lowerMedian(gaps);
      const cost = gaps.reduce((a, g) => a + Math.abs(g - d), 0);
      if (best === null || cost < best.cost) {
        tie = best !== null && best.cost - cost < 1;
        best = { cost, pick };
      } else if (cost - best.cost < 1) tie = true;
    }
    if (best === null || (tie && !byTotalsOnly) || (byTotalsOnly && holding.length !== 1)) return null;
  }
  const chosen: { cost: number; pick: number[] } = best;
  // (a 栏次 row numbering the words, one number over each figure column, that puts other words over them: the
  // placement is not read so)
  const numbered = byColumnNumbers(amounts, W, numbers);
  if (numbered !== null && numbered.some((i, k) => i !== chosen.pick[k])) return null;
  const columns: Column[] = [];
  const width = Math.max(1, Math.round(amounts.reduce((a, c) => a + c.end - c.start, 0) / F));
  for (let i = 0; i < W; i++) {
    const k = chosen.pick.indexOf(i);
    if (k >= 0) {
      columns.push(amounts[k]!);
      continue;
    }
    // the gap between the figure columns around the word (after the last: figure-wide columns from where the full
    // rows' last figures end, the furthest right one)
    const before = chosen.pick.filter((p) => p < i).length;
    const group = Array.from({ length: W }, (_, m) => m).filter((m) => !chosen.pick.includes(m) && chosen.pick.filter((p) => p < m).length === before);
    const lo = before === F ? figureEnd + 1 : before > 0 ? amounts[before - 1]!.end + 1 : textColumns[textColumns.length - 1]!.end + 1;
    const hi = before < F ? amounts[before]!.start - 1 : lo + group.length * width;
    // (a header read with a group word taken as a column word: figure columns that the full rows print touching leave
    // no room for a blank column between them)
    if (read.columnWords > 0 && hi < lo) return null;
    const w = (hi - lo) / group.length;
    const g = group.indexOf(i);
    const start = Math.round(lo + g * w);
    columns.push({ start, end: Math.max(start + 1, Math.round(lo + (g + 1) * w)), kind: 'blank' });
  }
  // (and a column no row fills: a row with blank cells whose figure stands nearest a blank column fills it, and the
  // full rows do not tell where the table's columns stand)
  if (read.columnWords > 0 && figures.some((f) => f.length < F && f.some((p) => columns[nearest(columns, p)]!.kind === 'blank'))) return null;
  const all = [...labels, ...read.paths];
  const depth = Math.max(...all.map((l) => l.length));
  return { columns: [...textColumns, ...columns], header: Array.from({ length: depth }, (_, r) => all.map((l) => l[r] ?? '')), figures: W };
}

/**
 * The header's words read as one exact cover of more columns than the full rows fill (`F` < W ≤ `F` + 4), when no
 * reading in order does and no 栏次 row numbers the columns: of every reading of every such count, the one under which
 * some placement of the full rows' figures keeps the header's totals; none when no reading, or more than one, does so.
 */
function coverLeaves(fragments: Fragment[], F: number, full: Positioned[][]): Leaves | null {
  const fits: Leaves[] = [];
  for (let W = F + 1; W <= F + 4; W++)
    for (const r of coverReadings(fragments, W)) {
      if (!r.pieces || !r.paths.some((p) => isTotalWord(p[p.length - 1]!))) continue;
      const holds = placements(W, F).some((pick) => sumsHold(r.paths, full.map((f) => r.paths.map((_, i) => (pick.includes(i) ? f[pick.indexOf(i)]!.text : '0')))));
      if (holds) fits.push({ paths: r.paths, at: r.pieces.map((ps) => Math.min(...ps.map((f) => f.part.start))), pieces: r.pieces, columnWords: 0 });
    }
  return fits.length === 1 ? fits[0]! : null;
}

/** Every choice of `F` of `W` columns, in order (the columns a row's `F` figures fill). */
export function placements(W: number, F: number): number[][] {
  if (F === 0) return [[]];
  const out: number[][] = [];
  for (let i = 0; i <= W - F; i++) for (const rest of placements(W - i - 1, F - 1)) out.push([i, ...rest.map((r) => r + i + 1)]);
  return out;
}

/**
 * One line's cells under a model read by order: a line with as many figures as the table's full rows puts its k-th
 * figure in the k-th amount column; any other line is placed by position on the calibrated columns. A line with
 * fewer figures than value columns whose placement by position puts two figures into one column (the blank cells'
 * room taken up by squeezing), or figures one space apart (squeezed together) into columns that are not neighbours,
 * is placed by `placeFewer`, or reported as ambiguous. (Under columns found by position only, the line is placed so.)
 */
export function placeInOrder(parts: Positioned[], model: ColumnModel): ReturnType<typeof placeParts> & { ambiguous?: boolean } {
  const byPosition = () => placeParts(parts, model);
  if (model.figures === undefined) return byPosition();
  const labelCount = model.columns.length - model.figures;
  const labelColumns = model.columns.slice(0, labelCount);
  const figures = figuresOf(parts, labelColumns);
  const words = parts.slice(0, parts.length - figures.length);
  const inLabels = labelCount > 0 ? placeLabels(words, labelColumns, model.header) : { cells: [], spans: [], crowded: words.length > 0 };
  if (figures.length === model.figures) {
    return {
      cells: [...inLabels.cells, ...figures.map((f) => f.text)],
      spans: [...inLabels.spans, ...figures.map((f) => ({ start: f.start, end: f.end }))],
      crowded: inLabels.crowded,
    };
  }
  const values = model.columns.slice(labelCount);
  if (figures.length === 0 || figures.length >= values.length) return byPosition();
  const taken = figures.map((f) => placeParts([f], model).cells.findIndex((c) => c !== ''));
  const clash = taken.some((j, i) => j < labelCount || taken.indexOf(j) !== i);
  const apart = figures.some((f, i) => i > 0 && f.start - figures[i - 1]!.end <= 1 && taken[i] !== taken[i - 1]! + 1);
  if (!clash && !apart) return byPosition();
  const fit = placeFewer(figures, values);
  if (fit === null) return { ...byPosition(), ambiguous: true };
  const cells = values.map(() => '');
  const spans = values.map((c) => ({ start: c.start, end: c.end }));
  fit.forEach((j, i) => {
    cells[j] = figures[i]!.text;
    spans[j] = { start: figures[i]!.start, end: figures[i]!.end };
  });
  return { cells: [...inLabels.cells, ...cells], spans: [...inLabels.spans, ...spans], crowded: inLabels.crowded };
}

/** The first amount after a line's last word (or its first piece when it has no word). A line printing its
 * classification code alone before a row number and figures (its name drawn on the lines above and below it,
 * `210 11 99   24 428.29 374.00`) starts with its code, a label, never a figure: the row number after it is the first. */
function afterLastWord(parts: Positioned[]): Positioned | undefined {
  const figures = figuresOf(parts, []);
  if (figures.length >= 3 && figures[0] === parts[0] && isCodeAlone([parts[0]!]) && isRowNumberText(figures[1]!.text)) return figures[1];
  return figures[0];
}

/** A line's pieces without its 行次 (its first number after its words, a row number, as `placeWithRowNumber` reads
 * it): its figures alone after its words. */
export function withoutRowNumber(parts: Positioned[]): Positioned[] {
  const n = afterLastWord(parts);
  return n === undefined || !isRowNumberText(n.text) ? parts : parts.filter((p) => p !== n);
}

/**
 * The 行次 column of a table: its one column headed by 行次 (its lowest header word), the last label column,
 * every amount line's first piece after its words a number, the numbers numbering the rows (`numbersRows`, three lines
 * at least, or the table's only row numbered, `onlyRowNumbered`). Null
 * when the table is not so (then its rows are placed as positions say).
 */
export function rowNumberColumn(data: PositionedLine[], model: ColumnModel): number | null {
  const headed = model.columns.flatMap((_, i) => (headedByRowNumberWord(model.header, i) ? [i] : []));
  // (one 行次, the last label column: figures only after it, no halves side by side)
  const j = headed.length === 1 ? headed[0]! : -1;
  if (j < 1 || j + 1 >= model.columns.length || model.columns.slice(j + 1).some((c) => c.kind === 'text')) return null;
  if (model.figures !== undefined && j !== model.columns.length - model.figures - 1) return null;
  if (data.length === 1) return onlyRowNumbered(data[0]!.parts, model.columns.length - j - 1) ? j : null;
  // (a row whose 行次 pdftotext glued to the end of its name, `发展和管理支出30 230.33`, numbers its row too)
  const numbers = data.map((l) => afterLastWord(l.parts));
  return numbersRows(numbers, { least: 3 }) || numbersRowsGlued(data, numbers) ? j : null;
}

/** The only row of a table numbered: its first number after its words a 行次 (1–999) with figures after it, no more
 * of them than the table has value columns (`only-row-number.ts`: under a header printing 行次, never money). */
function onlyRowNumbered(parts: Positioned[], values: number): boolean {
  const figures = figuresOf(parts, []);
  return figures.length >= 2 && isRowNumberText(figures[0]!.text) && figures.length - 1 <= values;
}

/** One line's cells under a table with a 行次 column `j` (`rowNumberColumn`): its first number after its words is its
 * 行次, in column `j` wherever pdftotext drew it (under the first figure column's header, left of its figures); the
 * other pieces placed as `placeInOrder` places them. A line whose 行次 cell would take another piece is placed so. */
export function placeWithRowNumber(parts: Positioned[], model: ColumnModel, j: number): ReturnType<typeof placeInOrder> {
  const n = afterLastWord(parts);
  if (n === undefined || !isRowNumberText(n.text)) return placeInOrder(parts, model);
  const rest = parts.filter((p) => p !== n);
  const placed = placeInOrder(rest, model);
  if (placed.cells[j] !== '') return drawnLeftWithNumber(rest, model, j, n) ?? placeInOrder(parts, model);
  return withRowNumber(placed, j, n);
}

function withRowNumber(placed: ReturnType<typeof placeInOrder>, j: number, n: Positioned): ReturnType<typeof placeInOrder> {
  const cells = [...placed.cells];
  const spans = [...placed.spans];
  cells[j] = n.text;
  spans[j] = { start: n.start, end: n.end };
  return { ...placed, cells, spans };
}

/** A line pdftotext drew left with its 行次 (`行政单位医疗   26 59.65 59.35 … 0.30`, a shorter name before it), its
 * first figure under the 行次 column `j`: a 行次 cell never holds money, so its first figures were drawn left with the
 * 行次. Its run (the first figure after the 行次 and those packed one space after it) fills the value columns from the
 * first on, in order; the line's other figures are placed where they stand when the run was packed one space after
 * the 行次, else (or when they would then fall among the run's columns) moved as far right as the run, the row drawn
 * left whole. Null when they then crowd a column or fall left of the run's last column. */
function drawnLeftWithNumber(rest: Positioned[], model: ColumnModel, j: number, n: Positioned): ReturnType<typeof placeInOrder> | null {
  const first = model.columns[j + 1];
  if (first === undefined || first.kind !== 'amount') return null;
  const after = rest.filter((q) => q.start > n.end);
  if (after.length === 0 || !isMoneyFigure(after[0]!.text)) return null;
  const run: Positioned[] = [after[0]!];
  for (const p of after.slice(1)) {
    if (!isMoneyFigure(p.text) || p.start !== run[run.length - 1]!.end + 1) break;
    run.push(p);
  }
  const d = first.end - run[0]!.end;
  if (d <= 0 || j + run.length >= model.columns.length) return null;
  const others = rest.filter((p) => !run.includes(p));
  const withRun = (move: boolean) => {
    const placed = placeInOrder(
      others.map((p) => (move && p.start > n.end ? { ...p, start: p.start + d, end: p.end + d } : p)),
      model,
    );
    if (placed.crowded || placed.ambiguous || placed.cells.slice(j, j + run.length + 1).some((c) => c !== '')) return null;
    const cells = [...placed.cells];
    const spans = [...placed.spans];
    run.forEach((p, i) => {
      cells[j + 1 + i] = p.text;
      spans[j + 1 + i] = { start: p.start + d, end: p.end + d };
    });
    return { ...placed, cells, spans };
  };
  const placed = (run[0]!.start === n.end + 1 ? withRun(false) : null) ?? withRun(true);
  return placed === null ? null : withRowNumber(placed, j, n);
}

/**
 * A line's words in the label columns. Under a last label column headed by 行次, the line's last word a number (`1` …
 * `999`, a row's 行次, one space or more after its name) goes there wherever pdftotext put it (a page squeezed left
 * draws it under the name), the other words by position into the columns before it. (A three-digit number alone is
 * left to its position: it may be a 类 code.)
 */
function placeLabels(words: Positioned[], columns: Column[], header: string[][]): ReturnType<typeof placeParts> {
  const j = columns.length - 1;
  const last = words[words.length - 1];
  if (j < 1 || !headedByRowNumberWord(header, j) || last === undefined || !isRowNumberText(last.text) || (words.length === 1 && last.text.length === 3)) {
    return placeParts(words, { columns, header: [] });
  }
  const rest = placeParts(words.slice(0, -1), { columns: columns.slice(0, j), header: [] });
  return { cells: [...rest.cells, last.text], spans: [...rest.spans, { start: last.start, end: last.end }], crowded: rest.crowded };
}

/**
 * The columns (indices into `columns`) of a row's figures, fewer than the columns: left to right, each in a column
 * of its own, figures one space apart (squeezed together) in neighbouring columns, the placement whose figures stand
 * nearest their columns' centres. Null when no placement is nearer by a character than every other: the row's
 * positions cannot decide, and it is reported rather than guessed.
 */
export function placeFewer(figures: Positioned[], columns: { start: number; end: number }[]): number[] | null {
  const mid = (a: { start: number; end: number }) => (a.start + a.end) / 2;
  return strictlyBestPlacement(figures, columns.length, (pick) => pick.reduce((sum, j, i) => sum + Math.abs(mid(figures[i]!) - mid(columns[j]!)), 0));
}

/** How far (columns) a continued page's row numbers or totals must stand from where its labels put it to move it:
 * less is pdftotext's own jitter, which the figures' cells absorb. */
const PAGE_DRAWN_OFF = 3;

/**
 * Where the first money figure of each line of a page ends, when every line printing one ends it at one column
 * (within a character of their middle), two lines at least: the rows' totals, right-aligned in the table's first
 * figure column (a page of rows leaving cells blank, none full: its blank cells say nothing of where a figure stands,
 * its totals do); else none.
 */
function totalEnds(data: readonly PositionedLine[], figuresAfterNumber: (all: Positioned[]) => Positioned[]): number[] {
  const ends = data.flatMap((l) => {
    const first = figuresAfterNumber(figuresOf(l.parts, []))[0];
    return first !== undefined && isMoneyFigure(first.text) ? [first.end] : [];
  });
  if (ends.length < 2) return [];
  const mid = lowerMedian(ends);
  return ends.every((e) => Math.abs(e - mid) <= 1) ? ends : [];
}

/**
 * The shift (in columns, within ±12) that puts the words of a page continuing a table read by order into that
 * table's label columns, each line holding no more figures than its full rows; null when the table was not read by
 * order or the page does not fit (then it is read as positions say).
 */
export function orderShift(data: PositionedLine[], model: ColumnModel): number | null {
  if (model.figures === undefined) return null;
  const textColumns = model.columns.slice(0, model.columns.length - model.figures);
  const firstAmount = model.columns[textColumns.length]!;
  const firstFigures: number[] = [];
  // (a 行次 among the label columns: each line's first whole number is its row number, not a figure; where it
  // stands on this page is no evidence, its column being narrow)
  // (and so does a table keeping its 行次 in a label column headed 行次: a squeezed one no row fills, or any on a page
  // printing no 栏次 row of its own — the figures under a 栏次 row's numbers place that page's columns, and its rows'
  // first figures, a cell blank in many, say less)
  const afterNumber = (all: Positioned[]) => (all.length > 0 && isRowNumberText(all[0]!.text) ? all.slice(1) : all);
  const headed = model.header.some((r) => isRowNumberWord(r[textColumns.length - 1] ?? ''));
  const numbered = textColumns.some((c) => c.kind !== 'text') || (headed && (model.squeezed === true || !data.some((l) => isColumnNumbersLine(l.parts))));
  const words = data.map((l) => {
    const all = figuresOf(l.parts, []);
    const figures = numbered ? afterNumber(all) : all;
    // (a squeezed table no row fills prints each row's total first, in the table's first figure column)
    if (figures.length === model.figures || (model.squeezed && figures.length > 0)) firstFigures.push(figures[0]!.start);
    return figures.length > model.figures! ? null : l.parts.slice(0, l.parts.length - all.length);
  });
  if (words.some((w) => w === null)) return null;
  // (on a page without a full row, the rows' 行次 numbers, when the table's last label column holds them: they end where
  // that column ends, `row-number-shift.ts`)
  const rowColumn = textColumns[textColumns.length - 1];
  const numbers = rowColumn !== undefined && firstFigures.length === 0 && numbered && (rowColumn.kind !== 'text' || headed) ? pageRowNumbers(data) : [];
  // (on a page without a full row, every line's first figure ending at one column, within a character, two lines at
  // least: the rows' totals, right-aligned in the table's first figure column, a cell no row leaves blank; or its rows'
  // 行次 numbers, ending where the 行次 column ends)
  const shiftBy = (ends: readonly number[], rowNumbers: readonly Positioned[]): number | null => {
    let best: number | null = null;
    let bestScore = -Infinity;
    for (let d = 0; Math.abs(d) <= 12; d = d > 0 ? -d : -d + 1) {
      // (the words in the label columns, the first figure of each full row where the table's first figures stand; on a
      // page without a full row, the least shift that puts the words in the label columns: a wide label column holds
      // them under many shifts, and how much of it they cover says nothing)
      let score =
        -firstFigures.reduce((a, x) => a + Math.abs(x + d - firstAmount.start), 0) -
        ends.reduce((a, x) => a + Math.abs(x + d - firstAmount.end), 0) -
        (rowColumn === undefined ? 0 : rowNumberMisfit(rowNumbers, rowColumn, d));
      const fits = words.every((ws) =>
        ws!.every((p) => {
          const o = Math.max(0, ...textColumns.map((c) => overlap(c, { start: p.start + d, end: p.end + d })));
          if (firstFigures.length > 0 || ends.length > 0) score += o;
          return o > 0;
        }),
      );
      if (fits && score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
    return best;
  };
  const best = shiftBy([], []);
  // (on a page without a full row, its row numbers or its rows' totals, three characters or more from where the table
  // holds them under that shift: the page is drawn off by that much, and they carry it — a character or two is
  // pdftotext's own jitter, the figures' cells absorb it, and the labels decide)
  // (the row numbers, when the page prints them, decide: a 行次 cell is narrow, while a total drawn off its column's
  // end may be a row's only figure printed in another column)
  const byNumbers = numbers.length === 0 || best === null ? null : shiftBy([], numbers);
  if (byNumbers !== null) return Math.abs(byNumbers - best!) >= PAGE_DRAWN_OFF ? byNumbers : best;
  const ends = firstFigures.length > 0 || best === null ? [] : totalEnds(data, numbered ? afterNumber : (all) => all);
  if (ends.length === 0 || Math.abs(lowerMedian(ends) + best! - firstAmount.end) < PAGE_DRAWN_OFF) return best;
  return shiftBy(ends, []);
}

