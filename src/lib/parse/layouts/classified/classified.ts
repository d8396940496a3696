import type { Row } from '../../../model/table.ts';
import { cellLabel } from '../../../text/clean.ts';
import { pageIndex, type SourceLine } from '../../../text/lines.ts';
import { classifyCell, figuresInCell, parseCode } from '../../tables/cells.ts';
import { isTotalLabel, makeRow, type TableContext } from '../../tables/context.ts';
import { flattenHeader, type Grid } from '../../tables/grid.ts';
import { assignHierarchy, continuesLabel, fillsColumn, indentOf, spacedIndentSteps, splitLeadingCode, SplitCodeReader, widestLabel } from '../../tables/levels.ts';
import { familyOf, isHeaderWordRow, isTornWord, isWordPart, mapHeader, reportUnknownColumns, type ColumnMeaning, type VocabularyFamily } from '../../tables/vocabulary.ts';
import type { TableBlock } from '../../segment.ts';
import { isRowNumberText } from '../../read/row-numbers.ts';
import { headerWidth, type LayoutParser, type ParsedTable } from '../types.ts';

/**
 * Classification tables: code, name, then value columns (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表,
 * 政府性基金 / 国有资本经营 tables). Columns are found by meaning through the header vocabulary, wherever they
 * are printed:
 *
 * - the code as one column (`2080501`, `208 05 01`), as 类 / 款 / 项 columns, at the start of the name, or absent
 *   (the level then comes from the label's indentation);
 * - a label wrapped onto the next line (no code, no values) is joined to the row above;
 * - the 合计 row may stand first or last; printed without a label (an empty first cell, then amounts) it is read as
 *   the total when it is the first or last row, and said so;
 * - 行次 / 栏次 columns are accounted, never values; a header word the vocabulary does not know is reported;
 * - a header read to pieces of words (or torn) refuses its columns headed by unknown words, each row reported.
 */

interface Roles {
  labels: string[];
  meanings: ColumnMeaning[];
  codeIdx: number;
  codeParts: number[];
  nameIdx: number;
  /** The other columns headed by a name word (`科目` and `名称` of one 科目名称 drawn apart): a label printed there is
   * the row's name when its name column is empty, never a value. */
  otherNames: number[];
  /** The columns no header word names between the code column and the name column whose every printed cell is a code
   * beside a blank code column (`headlessCodeColumns`): a row's code when its code column is blank. */
  otherCodes: number[];
  /** The columns between the code column and the name column, headed by no word or by a code word of their own, whose
   * every printed cell is a two-digit 款 or 项 beside a 类 or 类款 in the code column (`codeTailColumns`): the rest of
   * that row's code, read in order after it (`201 32   99`, its 项 drawn apart from `201 32`; `201 | 03 | 01` under
   * `类款项 | 科目编码`, the code word drawn over the 款). */
  codeTails: number[];
  valueIdx: number[];
  rowNumberIdx: number[];
  unitCodeIdx: number;
}

function findRoles(labels: string[], meanings: ColumnMeaning[], rows: SourceLine[]): Roles {
  const codeParts = meanings.flatMap((m, j) => (m.role === 'code_part' ? [j] : []));
  let codeIdx = meanings.findIndex((m) => m.role === 'code');
  const names = meanings.flatMap((m, j) => (m.role === 'name' && j !== codeIdx ? [j] : []));
  let nameIdx = names.find((j) => /名称/.test(labels[j]!.split('/').pop()!)) ?? names[0] ?? -1;
  if (codeIdx < 0 && codeParts.length === 0 && nameIdx < 0) {
    // No structure word at all: the first column is the code, the second the name (the historic layout).
    codeIdx = 0;
    nameIdx = 1;
  }
  const rowNumberIdx = meanings.flatMap((m, j) => (m.role === 'row_number' ? [j] : []));
  // (the column after the code, when no word names one: never a 行次 column holding numbers only, nor a column headed
  // by a value word (`年初结转和结余` right after the code when the header prints no name column): no name; the name is
  // then the label printed in the code column)
  if (nameIdx < 0) {
    const after = Math.max(codeIdx, ...codeParts) + 1;
    nameIdx = meanings[after]?.role === 'value' && meanings[after]!.key !== null ? -1 : after;
  }
  if (rowNumberIdx.includes(nameIdx) && codeIdx >= 0 && rows.every((l) => !/[^\d\s]/.test(l.cells[nameIdx] ?? ''))) nameIdx = -1;
  const otherNames = [...names.filter((j) => j !== nameIdx), ...headlessLabelColumns(labels, nameIdx, rows)];
  const otherCodes = headlessCodeColumns(labels, codeIdx, nameIdx, rows);
  const codeTails = codeTailColumns(labels, meanings, codeIdx, nameIdx, rows).filter((j) => !otherCodes.includes(j));
  const structural = new Set([codeIdx, nameIdx, ...otherNames, ...otherCodes, ...codeTails, ...codeParts, ...rowNumberIdx]);
  const valueIdx = labels.flatMap((l, j) => (!structural.has(j) && l && meanings[j]!.role !== 'unit_code' ? [j] : []));
  const unitCodeIdx = meanings.findIndex((m) => m.role === 'unit_code');
  return { labels, meanings, codeIdx, codeParts, nameIdx, otherNames, otherCodes, codeTails, valueIdx, rowNumberIdx, unitCodeIdx };
}

/** The value columns whose header runs the words of several columns together (a misread header): never read. */
function tornColumns(meanings: ColumnMeaning[], valueIdx: number[], family: VocabularyFamily): number[] {
  return valueIdx.filter((j) => meanings[j]!.unknown.some((w) => isTornWord(w, family)));
}

/** Each row printing a figure in one of the refused `columns`, reported with `message` (its figures there not read). */
function reportRefusedColumns(ctx: TableContext, rows: SourceLine[], columns: number[], message: string, code: string): void {
  if (columns.length === 0) return;
  for (const l of rows) {
    if (!columns.some((j) => classifyCell(l.cells[j] ?? '') === 'number')) continue;
    ctx.problem(l, message, code);
  }
}

/** A table whose columns' words cannot be told apart: its figures there refused, each row with figures reported. */
function reportTornColumns(ctx: TableContext, rows: SourceLine[], labels: string[], torn: number[]): void {
  const names = torn.map((j) => labels[j]!).join('」「');
  reportRefusedColumns(ctx, rows, torn, `表头把几列的词连成一个词（「${names}」）：无法确定这些列的含义，本行这些列的数值未读取`, 'header_words_run_together');
}

/**
 * A header pdftotext broke that no reader put back together: value columns headed by pieces of vocabulary words
 * (`本年支` of 本年支出, `助支出` of 对附属单位补助支出) or by the starts of several run together. Every column headed by
 * a word the vocabulary does not know is then refused (a table whose unknown words are whole words the vocabulary
 * lacks, `神秘列`, keeps them under their printed labels and reports them).
 */
function brokenHeaderColumns(meanings: ColumnMeaning[], valueIdx: number[], family: VocabularyFamily): number[] {
  const unknown = valueIdx.filter((j) => meanings[j]!.unknown.length > 0);
  const broken = unknown.some((j) => meanings[j]!.unknown.some((w) => isWordPart(w) || isTornWord(w, family)));
  return broken ? unknown : [];
}

/** A table whose header was read to pieces of words: its figures refused, each row with figures reported. */
function reportBrokenHeader(ctx: TableContext, rows: SourceLine[], labels: string[], meanings: ColumnMeaning[], unread: number[]): void {
  const names = unread.map((j) => labels[j]!).join('」「');
  const words = [...new Set(unread.flatMap((j) => meanings[j]!.unknown))].join('、');
  reportRefusedColumns(ctx, rows, unread, `表头读成了词的碎片（「${names}」，未知词：${words}）：无法确定各列的含义，本行这些列的数值未读取`, 'header_words_broken');
}

/**
 * The table read with the columns whose words run together (or a broken header's unknown columns) refused; and, when
 * there are such columns, the reading with their figures kept under the printed words, their meaning undecided, for a document-level stage to settle
 * (`readUndecided`; written only when settled).
 */
export const parseClassified: LayoutParser = (grid, ctx, block, doc) => {
  const read = readClassified(grid, ctx, block, false, doc?.lines);
  if (!read.refused) return read.parsed;
  return { ...read.parsed, readUndecided: (undecided) => readClassified(grid, undecided, block, true, doc?.lines).parsed };
};

function readClassified(grid: Grid, ctx: TableContext, block: TableBlock, keepTorn: boolean, lines?: readonly SourceLine[]): { parsed: ParsedTable; refused: boolean } {
  const width = headerWidth(grid);
  const family = familyOf(block.kind);
  const meaningsOfPrinted = mapHeader(flattenHeader(grid.header, width), family);
  const labels = meaningsOfPrinted.map((m) => m.label);
  const found = findRoles(labels, meaningsOfPrinted, grid.rows);
  const torn = keepTorn ? [] : tornColumns(found.meanings, found.valueIdx, family);
  const unread = keepTorn ? [] : brokenHeaderColumns(found.meanings, found.valueIdx, family).filter((j) => !torn.includes(j));
  const refusedIdx = [...torn, ...unread];
  const roles = { ...found, valueIdx: found.valueIdx.filter((j) => !refusedIdx.includes(j)) };
  const { codeIdx, codeParts, nameIdx, otherNames, otherCodes, codeTails, valueIdx, rowNumberIdx, meanings, unitCodeIdx } = roles;
  reportTornColumns(ctx, grid.rows, labels, torn);
  reportBrokenHeader(ctx, grid.rows, labels, meanings, unread);
  reportUnknownColumns(ctx, grid.rows[0], meanings, valueIdx);
  const columns = valueIdx.map((j) => labels[j]!);
  const split = new SplitCodeReader();
  const rows: Row[] = [];
  const indents = new Map<Row, number>();
  // (the place of each label pdftotext wrote space-aligned, its leading spaces not kept in its cell)
  const places = new Map<Row, { page: number; start: number }>();
  const pageOf = pageIndex(lines);
  let previous: { row: Row; line: number; piece: string } | null = null;
  // Without codes, a label-only line continues the row above only when that row's label fills the name column.
  const uncoded = codeIdx < 0 && codeParts.length === 0;
  const widest = uncoded ? widestLabel(grid.rows, nameIdx) : 0;
  const unlabelled: { l: SourceLine; index: number }[] = [];
  let entity: string | null = null;
  // A rate column (执行率, 决算数为年初预算数的%) holds percentages, never money, whether or not a % is printed.
  const rates = new Set(valueIdx.filter((j) => meanings[j]!.key?.split('/').pop() === 'rate'));
  const valueCell = (l: SourceLine, j: number) => (rates.has(j) ? ctx.cell(l, j, labels[j]!, 'percent', '%') : ctx.cell(l, j, labels[j]!));

  for (const l of grid.rows) {
    // A header repeated after a page break with different wrapping is not a data row.
    if (!l.cells.some((c) => classifyCell(c) === 'number') && isHeaderWordRow(l.cells, family)) continue;
    const { code, name, codeRaw, nameCell, nameAt } = readLabel(l, roles, split, ctx);
    for (const j of rowNumberIdx) ctx.other(l, j);
    const extra = l.cells.slice(labels.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) ctx.problem(l, `行的单元格多于表头 (${l.cells.length} > ${labels.length})`, 'row_too_long');
    const structural = new Set([codeIdx, nameIdx, ...otherNames, ...otherCodes, ...codeTails, ...codeParts, ...rowNumberIdx, unitCodeIdx]);
    // A budget unit's row (单位代码 printed, no classification code): the rows under it belong to the unit.
    const unitCode = unitCodeIdx >= 0 && !code ? parseCode(l.cells[unitCodeIdx] ?? '') : null;
    if (unitCodeIdx >= 0 && parseCode(l.cells[unitCodeIdx] ?? '')) ctx.other(l, unitCodeIdx);
    const unlabeled = l.cells.some((c, j) => j < labels.length && !labels[j] && c.trim() !== '' && !structural.has(j));
    if (unlabeled) ctx.problem(l, '单元格没有对应的表头', 'cell_without_header');
    const hasValue = valueIdx.some((j) => (l.cells[j] ?? '').trim() !== '');

    // A wrapped label: printed in the name column only (no code, no values, no 行次), directly under a coded row — or
    // under any row of a table printed without codes — → the rest of that row's name. Text in the code column (a
    // running head, a 合计 label) is never a wrap.
    const onlyName = cellLabel(nameCell) !== '' && !codeRaw && codeParts.every((j) => (l.cells[j] ?? '').trim() === '') && rowNumberIdx.every((j) => (l.cells[j] ?? '').trim() === '');
    const wraps = previous && (previous.row.code || (uncoded && !previous.row.is_total && fillsColumn(previous.piece, widest)));
    if (!code && !hasValue && onlyName && previous && wraps && continuesLabel(name, l.n - previous.line)) {
      previous.row.name += name;
      previous.line = l.n;
      previous.piece = name;
      continue;
    }
    if (!name && !code) {
      // A coded row printed without a figure, its figures alone on the next line (pdftotext wrote the label's line
      // above its figures, a row taller than its neighbours): that line is the row's, unless it is the table's last.
      const last = previous && rows[rows.length - 1] === previous.row ? previous.row : null;
      const figuresBelow = hasValue && last && last.code && last.line === l.n - 1 && last.cells.every((c) => c.value === null) && l !== grid.rows[grid.rows.length - 1];
      if (figuresBelow) {
        const row = makeRow({ code: last.code, name: last.name, entity: last.entity, extra_codes: last.extra_codes, line: l.n, cells: valueIdx.map((j) => valueCell(l, j)) });
        rows[rows.length - 1] = row;
        previous = { row, line: l.n, piece: previous!.piece };
        ctx.problem(l, `编码行「${last.code} ${last.name}」没有数值，数值印在下一行：按该行读取`, 'figures_below_label', 'info');
        continue;
      }
      if (hasValue) unlabelled.push({ l, index: rows.length });
      continue;
    }
    if (unitCode) entity = `${unitCode} ${name}`;
    else if (isTotalLabel(name) && !code) entity = null;
    const row = makeRow({
      code,
      name,
      entity: unitCode || code ? entity : null,
      extra_codes: unitCode ? { unit_code: unitCode } : {},
      line: l.n,
      cells: valueIdx.map((j) => valueCell(l, j)),
    });
    if (!code && !row.is_total) {
      indents.set(row, indentOf(cleanLabelKeepIndent(nameCell || (codeIdx >= 0 ? (l.cells[codeIdx] ?? '') : ''))));
      const span = l.form === 'spaced' ? l.spans?.[nameCell ? nameAt! : codeIdx] : undefined;
      if (span) places.set(row, { page: pageOf(l.n), start: span.start });
    }
    rows.push(row);
    previous = { row, line: l.n, piece: name };
  }

  // Amounts without a label: the total when printed first or last (and no labelled total exists), else a problem.
  const hasTotal = rows.some((r) => r.is_total);
  for (const u of unlabelled) {
    // A table with no rows but an unlabelled line of zeros is an empty table printed with its total (pdftotext
    // drops the 合计 of an empty 政府性基金 table as it drops any); other lone values are reported.
    const emptyTotal = rows.length === 0 && valueIdx.every((j) => /^(?:0+(?:\.0+)?|-|—|－)?$/.test((u.l.cells[j] ?? '').trim()));
    const firstOrLast = (rows.length > 0 && (u.index === 0 || u.index === rows.length)) || emptyTotal;
    // (figures run together in one cell, `36487589.43 33933458.11`, say the line's cells stand off its columns: a
    // total so placed is not read)
    const crowded = valueIdx.some((j) => figuresInCell(u.l.cells[j] ?? '') !== null);
    if (!hasTotal && firstOrLast && unlabelled.length === 1 && !crowded) {
      const row = makeRow({ code: null, name: '合计', line: u.l.n, cells: valueIdx.map((j) => valueCell(u.l, j)) });
      rows.splice(u.index, 0, row);
      ctx.problem(u.l, `${u.index === 0 ? '首' : '末'}行有数值但没有印出名称：按合计行读取`, 'total_without_label', 'info');
    } else ctx.problem(u.l, '有数值但没有行名称', 'row_without_label');
  }
  // (labels all space-aligned, none printing leading spaces: the level shown by where each starts, page by page)
  const spaced = [...indents.keys()].filter((r) => places.has(r));
  if (spaced.length > 0 && spaced.length === indents.size && spaced.every((r) => indents.get(r) === 0)) {
    const steps = spacedIndentSteps(spaced.map((r) => places.get(r)!));
    if (steps) spaced.forEach((r, k) => indents.set(r, steps[k]!));
  }
  assignHierarchy(rows, indents);
  return { parsed: { columns, rows }, refused: refusedIdx.length > 0 };
}

/**
 * A row's code and name, wherever they are printed: split 类/款/项 cells, one code cell (joined or spaced), a code at
 * the start of the label, or a label printed in the code column. Code cells are accounted (not values).
 */
/**
 * Columns without a header word, right of the name column and left of every headed column, that hold only text on
 * rows whose name column is empty: the labels were printed right of their 科目名称 heading (pdftotext draws a centred
 * heading apart from the labels under it), so they are names, never values nor unknown columns.
 */
function headlessLabelColumns(labels: string[], nameIdx: number, rows: SourceLine[]): number[] {
  if (nameIdx < 0) return [];
  const firstHeaded = labels.findIndex((l, j) => j > nameIdx && l !== '');
  const out: number[] = [];
  for (let j = nameIdx + 1; j < (firstHeaded < 0 ? labels.length : firstHeaded); j++) {
    const filled = rows.filter((l) => (l.cells[j] ?? '').trim() !== '');
    const labelsOnly = filled.every((l) => classifyCell(l.cells[j]!) !== 'number' && (l.cells[nameIdx] ?? '').trim() === '');
    if (filled.length > 0 && labelsOnly) out.push(j);
  }
  return out;
}

/**
 * Columns without a header word between the code column and the name column whose every printed cell is a code, on a
 * row whose code column is blank: a page whose pieces were drawn a few characters right of the table's columns puts
 * its codes there (`221 02 01` over `住房公积金` on a continued page), so they are codes, never values nor unknown
 * columns.
 */
function headlessCodeColumns(labels: string[], codeIdx: number, nameIdx: number, rows: SourceLine[]): number[] {
  if (codeIdx < 0 || nameIdx <= codeIdx + 1) return [];
  const out: number[] = [];
  for (let j = codeIdx + 1; j < nameIdx; j++) {
    if (labels[j] !== '') continue;
    const filled = rows.filter((l) => (l.cells[j] ?? '').trim() !== '');
    const codesOnly = filled.every((l) => parseCode(cellLabel(l.cells[j]!)) !== null && cellLabel(l.cells[codeIdx] ?? '') === '');
    if (filled.length > 0 && codesOnly) out.push(j);
  }
  return out;
}

/** The columns between the code and the name columns, headed by no word or by a code word, holding the rest of a code
 * drawn apart: every printed cell two digits, on a row whose code cell holds a 类 (3 digits) or a 类款 (5 digits), the
 * code and the cells before it in these columns making a 款 or 项 code (5 or 7 digits); or the row's whole code, alone
 * among them, its code cell blank. */
function codeTailColumns(labels: string[], meanings: ColumnMeaning[], codeIdx: number, nameIdx: number, rows: SourceLine[]): number[] {
  if (codeIdx < 0 || nameIdx <= codeIdx + 1) return [];
  const cols: number[] = [];
  for (let j = codeIdx + 1; j < nameIdx; j++) if (labels[j] === '' || meanings[j]!.role === 'code') cols.push(j);
  const filled = rows.filter((l) => cols.some((j) => (l.cells[j] ?? '').trim() !== ''));
  // (or, the code cell blank, the whole code printed in one of them: `215 08 05` on a page drawn otherwise)
  const fitting = (l: SourceLine) => {
    const headRaw = cellLabel(l.cells[codeIdx] ?? '');
    const tails = cols.map((j) => cellLabel(l.cells[j] ?? '')).filter((t) => t !== '');
    if (headRaw === '') return tails.length === 1 && [3, 5, 7].includes(parseCode(tails[0]!)?.length ?? 0);
    const head = parseCode(headRaw);
    return head !== null && tails.every((t) => /^\d{2}$/.test(t)) && [5, 7].includes(head.length + 2 * tails.length);
  };
  const fits = filled.length > 0 && filled.every(fitting);
  return fits ? cols.filter((j) => filled.some((l) => (l.cells[j] ?? '').trim() !== '')) : [];
}

function readLabel(l: SourceLine, roles: Roles, split: SplitCodeReader, ctx: TableContext): { code: string | null; name: string; codeRaw: string; nameCell: string; nameAt?: number } {
  const { codeIdx, codeParts, nameIdx, otherNames, otherCodes, codeTails, rowNumberIdx } = roles;
  const codeRaw = codeIdx >= 0 ? cellLabel(l.cells[codeIdx] ?? '') : '';
  const nameAt = [nameIdx, ...otherNames].find((j) => (l.cells[j] ?? '').trim() !== '');
  // (under a header printing 行次, a row whose label cell holds only a row number and whose figures stand right of it
  // printed its 行次 there, no name: `1    0.00 0.00`, the 行次 of an unlabelled 合计 drawn left of its column)
  if (nameAt !== undefined && rowNumberIdx.length > 0 && isRowNumberText(cellLabel(l.cells[nameAt]!)) && !codeParts.some((j) => (l.cells[j] ?? '').trim() !== '')) {
    const figuresRight = l.cells.some((c, j) => j > nameAt && classifyCell(c) === 'number');
    const coded = codeIdx >= 0 && (l.cells[codeIdx] ?? '').trim() !== '' && codeIdx !== nameAt;
    if (figuresRight && !coded) {
      ctx.other(l, nameAt);
      return { code: null, name: '', codeRaw: '', nameCell: '' };
    }
  }
  const nameCell = nameAt === undefined ? '' : l.cells[nameAt]!;
  let name = cellLabel(nameCell);
  let code: string | null = null;
  if (codeParts.length > 0) {
    code = split.read(codeParts.map((j) => l.cells[j] ?? ''));
    if (code) codeParts.forEach((j) => ctx.other(l, j));
  }
  if (!code && codeIdx >= 0) {
    code = parseCode(codeRaw);
    if (code) ctx.other(l, codeIdx);
    if (code) {
      const tails = codeTails.filter((j) => (l.cells[j] ?? '').trim() !== '');
      code += tails.map((j) => cellLabel(l.cells[j]!)).join('');
      tails.forEach((j) => ctx.other(l, j));
    } else if (codeRaw) {
      // "2080501 行政单位离退休" in the code cell, or a label printed in the code column.
      const lead = splitLeadingCode(codeRaw);
      if (lead && !name) ({ code, name } = lead);
      else name = name ? `${codeRaw}${name}` : codeRaw;
    }
  }
  // (a blank code column beside a code in a column no header word names, or in one holding other rows' 款 and 项)
  if (!code && !codeRaw) {
    const at = [...otherCodes, ...codeTails].find((j) => (l.cells[j] ?? '').trim() !== '');
    code = at === undefined ? null : parseCode(cellLabel(l.cells[at]!));
    if (code) ctx.other(l, at!);
  }
  if (!code) {
    const lead = splitLeadingCode(name);
    if (lead) ({ code, name } = lead);
  }
  return { code, name, codeRaw, nameCell, nameAt };
}

/** Markup removed but leading spaces kept (they carry the level of a label printed without codes). */
function cleanLabelKeepIndent(raw: string): string {
  const lead = /^[ \u3000\u00a0]*/.exec(raw)![0];
  return lead + cellLabel(raw);
}
