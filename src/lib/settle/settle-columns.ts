import { abs, cmp, isZero, mulInt, parseDecimal, shift, sub, sum, toString, ZERO, type Decimal } from '../decimal.ts';
import type { Problem } from '../model/document.ts';
import type { Cell, Row, Table } from '../model/table.ts';
import { figuresInCell } from '../parse/tables/cells.ts';
import { familyOf, mapHeader } from '../parse/tables/vocabulary.ts';
import type { SettledReading, TableReading } from '../stages.ts';
import { agreeingAssignments, readingOf, type Figures } from './assignments.ts';
import { BUDGET_INCOME_BY_SUMMARY } from './budget-income-sources.ts';
import { INCOME_BY_SUMMARY } from './income-sources.ts';
import { totalRowBySums } from './total-row-placement.ts';
import { columnsDrawnApart } from './apart-columns.ts';
import { rowsByTotals, type PlacedRow } from './rows-by-totals.ts';
import { apartFromSubtotal, groupedMeaning } from './subtotal-column.ts';
import { columnIndexes, withColumnsUnread } from './refused-columns.ts';
import type { SettleRule } from './rule.ts';

/** The tables whose undecided columns another table of the document settles. */
export const SETTLE_RULES: readonly SettleRule[] = [INCOME_BY_SUMMARY, BUDGET_INCOME_BY_SUMMARY];

/**
 * A table whose header the reader could not read whole (words the vocabulary does not know: the figures kept under
 * the printed words, their meaning undecided; or refused, read apart as the undecided reading), or whose column
 * totals another table of the same document contradicts: its columns not headed by one of the table's meanings, or
 * headed by one the other table contradicts, settled by meaning from that table: the table's
 * total row must equal that table's total for each meaning, column by column, and every row's total the sum of its
 * other figures. When exactly one reading agrees (readings that differ only in the order of columns equal in every
 * row are one), the columns are named by their meanings (the undecided reading written instead of the refusal) and
 * the `unknown_column` warning becomes an `info` problem; when none or several agree, nothing changes and the reason
 * is reported. Pure: the readings in, the reading written for each table out.
 */
export function settleColumns(readings: readonly TableReading[], rules: readonly SettleRule[] = SETTLE_RULES): SettledReading[] {
  const tables = readings.map((r) => r.table);
  return readings.map((reading) => {
    const rule = rules.find((r) => r.kind === reading.table.kind);
    if (!rule) return { table: reading.table, problems: reading.problems, undecided: false };
    const refused = reading.undecided ? settleTable(reading.undecided.table, tables, rule) : null;
    if (refused?.settled) return { table: refused.settled, problems: answered(reading.undecided!.problems, refused.problem, refused.settled), undecided: true };
    const apart = refused?.settled ? null : apartFromSubtotal(reading.table, rule);
    const grouped = apart ? settleTable(apart.table, tables, rule, false, true) : null;
    // (kept when it reads some figure under another column; else the table is left as read, as before)
    const regrouped = apart && grouped?.settled ? apart.restore(grouped.settled) : null;
    if (regrouped && !sameFigures(regrouped, reading.table)) return { table: regrouped, problems: answered(reading.problems, grouped!.problem, regrouped), undecided: false };
    const read = settleTable(reading.table, tables, rule);
    const problems = refused ? [...reading.problems, refused.problem] : reading.problems;
    if (read?.settled) return { table: read.settled, problems: answered(problems, read.problem, read.settled), undecided: false };
    // (no reading settles the columns the source contradicts: their figures left unread, not published under them)
    if (read?.questioned && rule.unreadContradicted) {
      const unread = withColumnsUnread(reading.table, read.questioned.columns, read.problem, read.questioned.totalOnly);
      return { table: unread.table, problems: [...problems, unread.problem], undecided: false };
    }
    return { table: reading.table, problems: read ? [...problems, read.problem] : problems, undecided: false };
  });
}

/** Whether two readings of a table put the same figures under the same columns, row by row. */
function sameFigures(a: Table, b: Table): boolean {
  const figures = (t: Table) => JSON.stringify(t.rows.map((r) => r.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])));
  return figures(a) === figures(b);
}

/** A table's problems once its undecided columns are settled: the `unknown_column` warning replaced by what settled
 * them, and a `bad_number` warning on a line whose cells now all read (a cell crowding two figures, each placed in a
 * column of its own) left out. */
function answered(problems: readonly Problem[], settled: Problem, table: Table): Problem[] {
  const unread = new Set(table.rows.filter((r) => r.cells.some((c) => c.value === null && !c.blank && !c.withheld)).map((r) => r.line));
  const lines = new Set(table.rows.map((r) => r.line));
  return [...problems.filter((p) => p.code !== 'unknown_column' && !(p.code === 'bad_number' && lines.has(p.line) && !unread.has(p.line))), settled];
}

/** The columns no reading settles while the source contradicts them (by index), and whether only their total row's
 * figures are in question (the reader placed the total row apart from the rows). */
type Questioned = { columns: number[]; totalOnly: boolean };

function settleTable(table: Table, tables: readonly Table[], rule: SettleRule, placed = false, grouped = false): { settled?: Table; problem: Problem; questioned?: Questioned } | null {
  const headed = mapHeader(table.columns, familyOf(table.kind));
  // (a subtotal column set apart, `apartFromSubtotal`: each column under its group takes the meaning it names)
  const meanings = grouped ? headed.map((m) => ({ ...m, key: groupedMeaning(m.key, rule) })) : headed;
  if (meanings.some((m) => m.key?.split('/').some((k) => rule.beyond?.includes(k)))) return null;
  const unknownWords = meanings.some((m) => m.unknown.length > 0);
  // Decided: the first column headed by each of the rule's meanings whose total agrees with the source; undecided:
  // every other column (unknown words, torn words that read as another word, a meaning named twice, a total the
  // source contradicts).
  const ruleKeys = new Set(rule.meanings.map((m) => m.key));
  const decided = new Map<string, number>();
  meanings.forEach((m, j) => {
    if (m.key !== null && ruleKeys.has(m.key) && !decided.has(m.key)) decided.set(m.key, j);
  });
  const totalRow = table.rows.findIndex((r) => r.is_total);
  const at = table.rows[Math.max(totalRow, 0)] ?? null;
  const problem = (severity: Problem['severity'], code: string, message: string): Problem => ({ severity, line: at?.line ?? table.start_line, message, raw: at ? `${at.name} ${at.cells.map((c) => c.raw).join(' ')}` : table.title, code });
  const names = (cols: number[]) => cols.map((j) => `「${table.columns[j]}」`).join('');
  const undecidedNow = () => table.columns.map((_, j) => j).filter((j) => ![...decided.values()].includes(j));
  const sources = tables.filter((t) => t.kind === rule.source);
  if (sources.length !== 1 || totalRow < 0) {
    if (!unknownWords || undecidedNow().length === 0) return null;
    return { problem: problem('warning', 'columns_unsettled_no_source', `列${names(undecidedNow())}的含义无法核定：${sources.length !== 1 ? `文件中没有唯一一张${rule.source}表可对照` : '本表没有合计行'}`) };
  }

  // The total row first, then the others in printed order.
  const rows = [table.rows[totalRow]!, ...table.rows.filter((_, i) => i !== totalRow)];
  const column = (j: number) => rows.map((r) => valueOf(cellAt(table.columns, r, j)?.value));
  const totals = rule.totals(sources[0]!);
  const contradicted = [...decided].filter(([key, j]) => totals.has(key) && cmp(column(j)[0] ?? ZERO, totals.get(key)!) !== 0);
  for (const [key] of contradicted) decided.delete(key);
  const precision = parseDecimal(table.precision) ?? ZERO;
  // (every column's total agreeing with the source, its rows may still stand off their columns: a column whose total
  // row is not the sum of its 类 rows, the rows' parts placed again by the source's totals and kept when every column
  // then holds together)
  if (!unknownWords && contradicted.length === 0) return placed ? null : rowsApartSettled(table, tables, rule, meanings, rows, column, totals, precision, problem);
  const undecided = undecidedNow();
  if (undecided.length === 0) return null;
  const figured = undecided.filter((j) => column(j).some((v) => v !== null));
  // (the columns in question when no reading settles them, when the source contradicts one: those carrying figures, or
  // those whose total-row figure is not the sum of their 类 rows, their total row only)
  const questioned = (columns: number[], totalOnly = false): Questioned | undefined => (contradicted.length > 0 ? { columns, totalOnly } : undefined);
  const blank = undecided.filter((j) => !figured.includes(j));
  // The columns to be named must each hold together: its total-row figure the sum of its 类 rows' (within their
  // rounding), else the reader placed the total row's figures apart from the rows' and no naming can mend that (the
  // total row is all the source checks).
  const apart = figured.filter((j) => !sumsToTotal(rows, column(j), precision));
  if (apart.length > 0) {
    const refused = { problem: problem('warning', 'columns_unsettled_total_row', `列${names(figured)}的含义无法核定：列${names(apart)}的合计行数字不等于各类之和`), questioned: questioned(apart, true) };
    // (the total row's figures, in their printed order, placed by meaning: each under the column whose 类 rows sum to
    // it; kept only when the table so read agrees with the source, or is then settled by it)
    const classes = rows.some((r) => r.level === 1 && !r.is_total);
    const parts = (j: number) => column(j).filter((_, i) => i > 0 && !rows[i]!.is_total && (!classes || rows[i]!.level === 1));
    const pick = placed ? null : totalRowBySums(table.columns.map((_, j) => column(j)[0] ?? null), table.columns.map((_, j) => parts(j)), precision, classes);
    const byRows = () => {
      // (else, one figure column drawn into two page by page, the two joined)
      const joined = placed ? [] : columnsDrawnApart(table.columns.map((_, j) => column(j)), apart, (values) => sumsToTotal(rows, values, precision));
      if (joined.length > 0) {
        const again = settleTable(withColumnsJoined(table, joined), tables, rule, false, grouped);
        const how = `列${joined.map(([a, b]) => names([a, b])).join('、')}不在同一行印数字，合为一列后合计行等于各类之和（一列的数字按各页位置分成了两列）`;
        if (again === null) return { settled: withColumnsJoined(table, joined), problem: problem('info', 'columns_settled', `${how}，各列合计等于「${sources[0]!.title}」各项合计`) };
        if (again.settled) return { settled: again.settled, problem: { ...again.problem, message: `${how}；${again.problem.message}` } };
      }
      // (else every row's parts placed again by the source's totals and the sums down the classification)
      const moved = placed ? null : rowsPlacedByTotals(table, meanings, rule.meanings[0]!.key, totals, precision);
      if (moved === null) return refused;
      const again = settleTable(moved.table, tables, rule, true, grouped);
      const how = `${moved.rows} 行的数字按「${sources[0]!.title}」各项合计（不为零的数字只放在合计不为零的列）、上下级之和及同一列读出的数字同归一列，依次重新放入各列`;
      if (again === null) return { settled: moved.table, problem: problem('info', 'columns_settled', `${how}，各列合计等于「${sources[0]!.title}」各项合计`) };
      if (again.settled) return { settled: again.settled, problem: { ...again.problem, message: `${how}；${again.problem.message}` } };
      return refused;
    };
    if (pick === null) return byRows();
    const moved = withRowAt(table, totalRow, pick);
    const again = settleTable(moved, tables, rule, true, grouped);
    const how = `合计行的数字按${classes ? '各类之和' : '各行有无数字'}依次放入${names(pick)}`;
    if (again === null) return { settled: moved, problem: problem('info', 'columns_settled', `${how}，各列合计等于「${sources[0]!.title}」各项合计`) };
    if (again.settled) return { settled: again.settled, problem: { ...again.problem, message: `${how}；${again.problem.message}` } };
    return byRows();
  }
  const known = new Map([...decided].map(([key, j]) => [key, column(j)]));
  const unreadable = new Set(rows.flatMap((r, i) => (r.cells.some((c) => c.value === null && !c.blank && !c.withheld) ? [i] : [])));
  const figures: Figures = { open: figured.map((j) => column(j)), known, rows: rows.length, unreadable, precision };
  // (undecided columns each headed by a meaning of the rule, none twice, are first read among the meanings their
  // header prints: the words stood over the wrong figures, `其他收入` drawn left of `事业收入`; only one such reading
  // agreeing settles them, else every meaning is tried)
  const own = figured.map((j) => meanings[j]!.key);
  const amongPrinted = own.every((k) => k !== null && ruleKeys.has(k)) && new Set(own).size === own.length ? agreeingAssignments(figures, [rule.meanings[0]!.key, ...(own as string[])], totals) : [];
  const all = new Set(amongPrinted.map((a) => readingOf(figures, a))).size === 1 ? amongPrinted : agreeingAssignments(figures, rule.meanings.map((m) => m.key), totals);
  const readings = new Set(all.map((a) => readingOf(figures, a)));
  if (readings.size !== 1) {
    const why = readings.size === 0 ? '没有一种读法与对照表各项合计相等、且各行合计等于各列之和' : `${readings.size} 种读法都与对照表各项合计相等`;
    return { problem: problem('warning', readings.size === 0 ? 'columns_unsettled_none_agrees' : 'columns_unsettled_several_agree', `列${names(figured)}的含义无法由「${sources[0]!.title}」核定：${why}`), questioned: questioned(figured) };
  }
  // A settled column is named as the table prints its meaning (in a column the header reads whole and whose figures
  // are that meaning's: a column settled as another meaning printed words not its own, a word's rest read elsewhere),
  // else by the rule's word.
  const settledAs = new Map(figured.map((j, i) => [j, all[0]![i]!]));
  const printed = (key: string) => table.columns.find((_, j) => meanings[j]!.key === key && meanings[j]!.unknown.length === 0 && (settledAs.get(j) ?? key) === key);
  const word = new Map(rule.meanings.map((m) => [m.key, printed(m.key) ?? m.word]));
  // Columns by index: two columns may print the same words.
  const rename = new Map(figured.map((j, i) => [j, word.get(all[0]![i]!)!]));
  // A column blank in every row whose printed word a settled column now takes (the figures stood beside it) is no
  // column of its own: left out, named in the problem.
  const taken = new Set(rename.values());
  const dropped = new Set(blank.filter((j) => taken.has(table.columns[j]!)));
  const named = (j: number) => rename.get(j) ?? table.columns[j]!;
  const settled: Table = {
    ...table,
    columns: table.columns.map((_, j) => j).filter((j) => !dropped.has(j)).map(named),
    rows: table.rows.map((r) => {
      const at = columnIndexes(table.columns, r);
      return { ...r, cells: r.cells.flatMap((c, k) => (at[k] === undefined ? [c] : dropped.has(at[k]) ? [] : [{ ...c, column: named(at[k]) }])) };
    }),
  };
  const read = [...rename].map(([j, to]) => `「${table.columns[j]}」→${to}`).join('、');
  const rest = blank.length > 0 ? `列${names(blank)}各行空白，含义不需核定${dropped.size > 0 ? `（与核定的列同名的${names([...dropped])}不再列出）` : ''}` : '';
  const message = rename.size > 0 ? `表头未能读出或合计与对照表不符的列按「${sources[0]!.title}」核定含义：${read}（合计行各列等于对照表各项合计，各行合计等于各列之和，只有一种读法）${rest ? `；${rest}` : ''}` : `${rest}；其余各列合计等于「${sources[0]!.title}」各项合计`;
  return { settled, problem: problem('info', 'columns_settled', message) };
}

/**
 * A table whose every column's total-row figure agrees with the source, but some column's total-row figure is not the
 * sum of its 类 rows (the rows' parts read off their columns, a page drawn wider or narrower than its header): every
 * row's parts placed again by the source's totals (`rowsPlacedByTotals`), kept when every value column then holds
 * together (`sumsToTotal`), with an `info` problem; null when every column holds already, or no placement does so.
 */
function rowsApartSettled(
  table: Table,
  tables: readonly Table[],
  rule: SettleRule,
  meanings: readonly { key: string | null }[],
  rows: readonly Row[],
  column: (j: number) => (Decimal | null)[],
  totals: ReadonlyMap<string, Decimal>,
  precision: Decimal,
  problem: (severity: Problem['severity'], code: string, message: string) => Problem,
): { settled: Table; problem: Problem } | null {
  const apart = table.columns.map((_, j) => j).filter((j) => !sumsToTotal(rows, column(j), precision));
  if (apart.length === 0) return null;
  const moved = rowsPlacedByTotals(table, meanings, rule.meanings[0]!.key, totals, precision);
  if (moved === null) return null;
  const totalRow = moved.table.rows.findIndex((r) => r.is_total);
  const again = [moved.table.rows[totalRow]!, ...moved.table.rows.filter((_, i) => i !== totalRow)];
  const holds = moved.table.columns.every((_, j) => sumsToTotal(again, again.map((r) => valueOf(cellAt(moved.table.columns, r, j)?.value)), precision));
  if (!holds) return null;
  const source = tables.find((t) => t.kind === rule.source)!;
  const names = apart.map((j) => `「${table.columns[j]}」`).join('');
  return {
    settled: moved.table,
    problem: problem('info', 'columns_settled', `列${names}的合计行数字等于「${source.title}」各项合计，但不等于各类之和：${moved.rows} 行的数字按「${source.title}」各项合计（不为零的数字只放在合计不为零的列）、上下级之和及同一列读出的数字同归一列，依次重新放入各列，各列合计等于各类之和`),
  };
}

/**
 * The table with every row's parts placed again by the source's totals (`rowsByTotals`): each value column headed by
 * one of the rule's meanings, none twice, the total first; every row but the total row under a parent row of the
 * table (a 类 row under the total row); null when the table is not so, or no placement is the one.
 */
function rowsPlacedByTotals(table: Table, meanings: readonly { key: string | null }[], totalKey: string, totals: ReadonlyMap<string, Decimal>, precision: Decimal): { table: Table; rows: number } | null {
  const keys = meanings.map((m) => m.key);
  if (keys[0] !== totalKey || keys.some((k) => k === null) || new Set(keys).size !== keys.length) return null;
  const totalRow = table.rows.findIndex((r) => r.is_total);
  if (table.rows.filter((r) => r.is_total).length !== 1) return null;
  const at = new Map(table.rows.map((r, i) => [r.line, i] as const));
  const hierarchy = table.rows.some((r) => r.level !== null && r.level !== undefined);
  const rows: PlacedRow[] = [];
  for (const [i, r] of table.rows.entries()) {
    const values = table.columns.map((_, j) => cellAt(table.columns, r, j));
    if (values.some((c) => c !== undefined && c.value !== null && parseDecimal(c.value) === null)) return null;
    // (a cell crowding two figures or more, `0.00 35537.18`, holds each, in printed order, read in its column)
    const held = values.flatMap((c, j) => (j > 0 && c !== undefined ? figureCells(c, table.unit_exponent).map((f) => ({ j: j - 1, v: parseDecimal(f.value!)! })) : []));
    if (held.length > 0 && (values[0]?.value ?? null) === null) return null;
    const parent = i === totalRow || !hierarchy ? null : r.level === 1 ? totalRow : r.parent_line === null ? undefined : at.get(r.parent_line);
    if (parent === undefined) return null;
    rows.push({ figures: held.map((h) => h.v), read: held.map((h) => h.j), parent, total: i === totalRow });
  }
  const picks = rowsByTotals(rows, keys.slice(1).map((k) => totals.get(k!) ?? null), precision);
  if (picks === null) return null;
  let moved = table;
  let count = 0;
  picks.forEach((pick, i) => {
    if (pick.every((j, k) => j === rows[i]!.read[k])) return;
    moved = withRowAt(moved, i, [0, ...pick.map((j) => j + 1)]);
    count += 1;
  });
  return { table: moved, rows: count };
}

/** The table with each pair's right column joined into its left one (`columnsDrawnApart`: no row prints in both), the
 * right one left out. */
function withColumnsJoined(table: Table, pairs: readonly [number, number][]): Table {
  const into = new Map(pairs.map(([left, right]) => [right, left]));
  const rows = table.rows.map((r) => {
    const moved = new Map(pairs.flatMap(([left, right]) => {
      const c = cellAt(table.columns, r, right);
      return c !== undefined && c.value !== null ? [[left, { ...c, column: table.columns[left]! }] as const] : [];
    }));
    const at = columnIndexes(table.columns, r);
    const cells = r.cells.flatMap((c, k) => (at[k] !== undefined && into.has(at[k]) ? [] : [at[k] !== undefined && moved.has(at[k]) ? moved.get(at[k])! : c]));
    return { ...r, cells };
  });
  return { ...table, columns: table.columns.filter((_, j) => !into.has(j)), rows };
}

/** The table with row `index`'s figures, in their printed order, moved into columns `pick` (the others blank); a
 * cell crowding several figures gives each its own column. */
function withRowAt(table: Table, index: number, pick: readonly number[]): Table {
  const row = table.rows[index]!;
  const figures = table.columns.flatMap((_, j) => {
    const c = cellAt(table.columns, row, j);
    return c === undefined ? [] : figureCells(c, table.unit_exponent);
  });
  const template = row.cells[0]!;
  const cells = table.columns.map((label, j) => {
    const i = pick.indexOf(j);
    if (i >= 0) return { ...figures[i]!, column: label, placement: 'inferred' as const };
    return { ...(cellAt(table.columns, row, j) ?? template), column: label, raw: '', value: null, blank: true, withheld: false };
  });
  return { ...table, rows: table.rows.map((r, k) => (k === index ? { ...r, cells } : r)) };
}

/**
 * A column's total-row figure (first) equals the sum of its 类 rows' figures, within a last digit per figure, and every
 * row printing a figure there the sum of its children's (a figure read under another column a level down shows only
 * there); in a table without 类 rows (no codes, no levels), at least its total row and its other rows agree on
 * whether it holds anything but zeros.
 */
function sumsToTotal(rows: readonly Row[], values: readonly (Decimal | null)[], precision: Decimal): boolean {
  const total = values[0] ?? ZERO;
  if (!rows.some((r) => r.level === 1 && !r.is_total)) return isZero(total) === values.slice(1).every((v) => v === null || isZero(v));
  const within = (whole: Decimal, parts: readonly Decimal[]) => cmp(abs(sub(sum(parts), whole)), mulInt(precision, BigInt(Math.max(parts.length, 1)))) <= 0;
  const parts = values.filter((v, i): v is Decimal => i > 0 && v !== null && rows[i]!.level === 1 && !rows[i]!.is_total);
  if (!within(total, parts)) return false;
  const at = new Map(rows.map((r, i) => [r.line, i] as const));
  const children = new Map<number, number[]>();
  rows.forEach((r, i) => {
    const p = r.is_total || r.parent_line === null ? undefined : at.get(r.parent_line);
    if (p !== undefined) children.set(p, [...(children.get(p) ?? []), i]);
  });
  // (a parent printing no figure, its subtotal left blank, is not checked; nor a family one of whose rows prints a
  // figure that reads as no number, its figures unknown)
  const unread = (i: number) => rows[i]!.cells.some((c) => c.value === null && !c.blank && !c.withheld);
  return [...children].every(([p, kids]) => values[p] === null || unread(p) || kids.some(unread) || within(values[p]!, kids.flatMap((i) => (values[i] === null ? [] : [values[i]!]))));
}

/** The row's cell under column `j` (by index: two columns may print the same words). */
function cellAt(columns: readonly string[], row: Row, j: number) {
  const k = columnIndexes(columns, row).indexOf(j);
  return k < 0 ? undefined : row.cells[k];
}

/** The figures a cell holds as cells: itself when it reads as a number; each figure, as printed and in 元, when it
 * crowds several numbers a space apart (`0.00 35537.18`: a value the reader could not read as one, no blank); else
 * none. */
function figureCells(c: Cell, unitExponent: number): Cell[] {
  if (c.value !== null) return valueOf(c.value) === null ? [] : [c];
  const crowded = c.blank || c.withheld || c.measure !== 'yuan' ? null : figuresInCell(c.raw);
  return (crowded ?? []).map((raw) => ({ ...c, raw, value: toString(shift(parseDecimal(raw)!, unitExponent)) }));
}

function valueOf(value: string | null | undefined): Decimal | null {
  return value === null || value === undefined ? null : parseDecimal(value);
}
