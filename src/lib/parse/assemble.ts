import { cmp, parseDecimal, shift, toString, type Decimal } from '../decimal.ts';
import type { Problem } from '../model/document.ts';
import type { Table } from '../model/table.ts';
import type { TableBlock } from './segment.ts';
import { classifyCell } from './tables/cells.ts';
import { TableContext } from './tables/context.ts';
import { readGrid, type Grid } from './tables/grid.ts';
import { specFor } from './layouts/registry.ts';
import { unitExponent } from './tables/unit.ts';
import { cellKey } from '../text/lines.ts';
import { blockEndLine, type DocBlocks, type EvaluationInput, type ParsedTable } from './layouts/types.ts';

export interface CoverageCount {
  tokens: number;
  cells: number;
  other: number;
  unaccounted: { line: number; raw: string }[];
}

export interface AssembledTable {
  table: Table;
  problems: Problem[];
  coverage: CoverageCount;
  /** The evaluations the layout parser read with the rows (table_id still empty: set once tables are numbered). */
  evaluations: EvaluationInput[];
  /**
   * The reading with the columns the parser refused kept under their printed words (`ParsedTable.readUndecided`),
   * its own problems and coverage: written only when a document-level stage settles those columns.
   */
  undecided?: AssembledTable;
}

/**
 * Turn one table block into a Table: read its grid, run the kind's layout parser (once: its evaluations come back
 * with its rows), and measure numeric coverage (every numeric printed cell inside the table either became a value or
 * is accounted for as 行次/栏次/code); when the parser refused columns it could not tell apart, also the reading that
 * keeps them (`undecided`).
 */
export function assembleTable(
  block: TableBlock,
  id: string,
  fallbackUnit: { unit: string; exponent: number } | null,
  doc?: DocBlocks,
): AssembledTable {
  const spec = specFor(block.kind);
  const grid = readGrid(block.lines, spec.grid);
  const problems: Problem[] = [...grid.problems];
  let unit = grid.unit;
  let exponent = grid.unitExponent;
  if (unit === null || exponent === null) {
    if (fallbackUnit) {
      unit = fallbackUnit.unit;
      exponent = fallbackUnit.exponent;
    } else {
      unit = '元';
      exponent = 0;
    }
    if (grid.rows.length > 0 && !block.kind.startsWith('perf_')) {
      problems.push({
        severity: 'warning',
        line: block.titleLine,
        message: `表「${block.title}」没有印出金额单位，按${unit}处理`,
        raw: block.title,
        code: 'unit_missing',
      });
    }
  }
  const ctx = new TableContext(unit, exponent);
  const parsed = spec.parse(grid, ctx, block, doc);
  const assembled = finish(block, id, grid, ctx, parsed, [...problems]);
  if (parsed.readUndecided) {
    const undecided = new TableContext(unit, exponent);
    assembled.undecided = finish(block, id, grid, undecided, parsed.readUndecided(undecided), [...problems]);
  }
  return assembled;
}

/** The table a layout parser read, its precision, emptiness and numeric coverage, after the grid's problems. */
function finish(block: TableBlock, id: string, grid: Grid, ctx: TableContext, parsed: ParsedTable, problems: Problem[]): AssembledTable {
  const { unit, unitExponent: exponent } = ctx;
  for (const p of ctx.problems) problems.push(p); // no spread: a huge table has many problems

  // Precision: the finest printed step among money cells, in 元 (each cell in its own printed unit: a 绩效 table
  // may print its funds in 万元 inside a table read in 元).
  let finest: Decimal | null = null;
  for (const r of parsed.rows)
    for (const c of r.cells)
      if (c.measure === 'yuan' && c.value !== null) {
        const d = parseDecimal(c.raw);
        if (!d) continue;
        const step = shift({ units: 1n, scale: d.scale }, unitExponent(c.unit) ?? exponent);
        if (finest === null || cmp(step, finest) < 0) finest = step;
      }
  const precision = finest === null ? '1' : toString(finest);

  const allValues = parsed.rows.flatMap((r) => r.cells.filter((c) => c.value !== null));
  const zero: Decimal = { units: 0n, scale: 0 };
  const empty = allValues.length === 0 || allValues.every((c) => cmp(parseDecimal(c.value!)!, zero) === 0);

  // Coverage over data rows, repeated lines and the 栏次 row.
  const cov: CoverageCount = { tokens: 0, cells: 0, other: 0, unaccounted: [] };
  const repeated = new Set([...grid.repeatedLines, ...(grid.columnNumbersLine ? [grid.columnNumbersLine] : [])]);
  // Sets, not Array.includes per line: a table of many rows must stay linear.
  const dataRows = new Set(grid.rows);
  const headerLines = new Set(grid.headerLines);
  const continuations = new Set(block.continuationLines);
  for (const l of block.lines) {
    const isData = dataRows.has(l);
    const isHeader = headerLines.has(l.n);
    if (!isData && !repeated.has(l.n) && !isHeader) continue;
    l.cells.forEach((c, j) => {
      const k = classifyCell(c);
      if (k !== 'number' && k !== 'percent') return;
      cov.tokens++;
      const used = ctx.used.get(cellKey(l, j));
      if (used === 'value') cov.cells++;
      else if (used === 'other' || repeated.has(l.n)) cov.other++;
      else cov.unaccounted.push({ line: l.n, raw: c.trim() });
    });
  }
  for (const u of cov.unaccounted) {
    problems.push({ severity: 'warning', line: u.line, message: `数字「${u.raw}」未进入任何单元格`, raw: u.raw, code: 'unaccounted_number' });
  }

  const notes = grid.notes.map((n) => n.text);
  const lastLine = blockEndLine(block);
  const table: Table = {
    id,
    kind: block.kind,
    title: block.title,
    number: block.number,
    unit,
    unit_exponent: exponent,
    precision,
    columns: parsed.columns,
    rows: parsed.rows,
    empty,
    empty_statement: grid.emptyStatement,
    notes,
    printed_department: grid.printedDepartment,
    start_line: block.titleLine,
    end_line: lastLine,
    continuation_lines: [...block.continuationLines, ...grid.repeatedLines.filter((n) => !continuations.has(n))].sort((a, b) => a - b),
  };
  if (empty && !grid.emptyStatement && parsed.rows.length === 0 && !block.kind.startsWith('perf_')) {
    problems.push({ severity: 'warning', line: block.titleLine, message: `表「${block.title}」没有数据行`, raw: block.title, code: 'empty_table' });
  }
  return { table, problems, coverage: cov, evaluations: parsed.evaluations ?? [] };
}
