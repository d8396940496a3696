import type { Problem } from '../../model/document.ts';
import type { Cell, Measure, Row } from '../../model/table.ts';
import { cellKey, cellLine, excerpt, type SourceLine } from '../../text/lines.ts';
import { makeCell } from './cells.ts';
import { SUBTOTAL_WORD, TOTAL_END_RE } from './total-words.ts';

/**
 * Per-table parse context: builds cells, records which printed cells became values or were accounted for
 * otherwise (行次/栏次, codes), and collects problems. Used by the numeric-coverage report.
 */
export class TableContext {
  readonly problems: Problem[] = [];
  /** "line:cellIndex" → how the printed cell was used. */
  readonly used = new Map<string, 'value' | 'other'>();
  constructor(
    readonly unit: string,
    readonly unitExponent: number,
  ) {}

  cell(l: SourceLine, idx: number, column: string, measure?: Measure, unit?: string): Cell {
    const raw = l.cells[idx] ?? '';
    const { cell, kind } = makeCell(raw, {
      column,
      line: cellLine(l, idx),
      unitExponent: this.unitExponent,
      unit: unit ?? (measure && measure !== 'yuan' ? '' : this.unit),
      measure,
    });
    if (kind === 'number' || kind === 'percent') this.used.set(cellKey(l, idx), 'value');
    if (kind === 'text' && raw.trim() !== '') {
      this.problems.push(rowProblem(l, `不是数字的数值单元格「${raw.trim()}」(column ${column})`, 'bad_number', 'warning'));
    }
    return cell;
  }

  other(l: SourceLine, idx: number): void {
    this.used.set(cellKey(l, idx), 'other');
  }

  problem(l: SourceLine, message: string, code: string, severity: Problem['severity'] = 'error'): void {
    this.problems.push(rowProblem(l, message, code, severity));
  }
}

/** Is a row label a total, spaces aside: the subtotal word alone, or a label ending in a total word (`合计`,
 * `本年收入合计`, `收入总计`, `人员经费合计`)? */
export function isTotalLabel(name: string): boolean {
  const s = name.replace(/[\s\u3000]+/g, '');
  return s === SUBTOTAL_WORD || TOTAL_END_RE.test(s);
}

export function makeRow(partial: Omit<Row, 'entity' | 'block' | 'extra_codes' | 'is_total' | 'level' | 'parent_line'> & Partial<Row>): Row {
  return {
    entity: null,
    block: null,
    extra_codes: {},
    level: null,
    parent_line: null,
    is_total: isTotalLabel(partial.name),
    ...partial,
  };
}

/** Report a row problem with its raw text. */
export function rowProblem(l: SourceLine, message: string, code: string, severity: Problem['severity'] = 'error'): Problem {
  return { severity, line: l.n, message, raw: excerpt(l.raw), code };
}
