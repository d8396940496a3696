import { parseDecimal, shift, toString } from '../../decimal.ts';
import type { Cell, Measure } from '../../model/table.ts';

/** Withheld markers: 涉密 values printed as XXXX / ****. */
const WITHHELD_RE = /^(?:[xX×＊*]{2,}|涉密)$/;
const DASH_RE = /^[-－—–─]{1,3}$/;
const PERCENT_RE = /^([+-]?\d[\d,]*(?:\.\d+)?)\s*[%％]$/;
// Digits on both sides of a space: two numbers sharing a cell (`59 298984973.48`, a 行次 beside its figure).
const DIGITS_APART_RE = /\d\s+\d/;

export type CellKind = 'blank' | 'dash' | 'withheld' | 'number' | 'percent' | 'text';

/**
 * Classify a printed cell. The cell must be clean (markup removed): the cells of a segmented document are; text read
 * before segmentation is cleaned by its caller.
 */
export function classifyCell(raw: string): CellKind {
  const t = raw.trim();
  if (t === '') return 'blank';
  if (DASH_RE.test(t)) return 'dash';
  if (WITHHELD_RE.test(t)) return 'withheld';
  if (PERCENT_RE.test(t)) return 'percent';
  if (parseDecimal(t)) return 'number';
  return 'text';
}

/** Several figures printed in one cell, separated by spaces (`5740.8 4439.3`): each a number; null when the cell is not. */
export function figuresInCell(cell: string): string[] | null {
  const parts = cell.trim().split(/[ \u3000]+/);
  if (parts.length < 2 || !parts.every((p) => classifyCell(p) === 'number')) return null;
  return parts;
}

/** A figure printed as zero (`0`, `0.00`, `0,000.00`): it adds nothing to a sum, so no total tells where it stands. */
export function isZeroFigure(text: string): boolean {
  return /^[0.,]+$/.test(text);
}

/** True when the printed cell is a number (amount, count or percentage). */
export function isNumericCell(raw: string): boolean {
  const k = classifyCell(raw);
  return k === 'number' || k === 'percent';
}

export interface CellOptions {
  column: string;
  line: number;
  /** Power of ten from the printed unit to 元 (万元 → 4) for money cells. */
  unitExponent: number;
  unit: string;
  measure?: Measure;
}

/**
 * Build a Cell from printed text. Money is converted exactly to 元 (万元 × 10^4 by shifting the decimal point).
 * Blank stays blank (value null); a dash is not a value; XXXX is withheld. Percent cells become `percent`.
 * `raw` is a clean cell (see classifyCell).
 */
export function makeCell(raw: string, opts: CellOptions): { cell: Cell; kind: CellKind } {
  const text = raw.trim();
  // (a value cell holding two numbers a space apart is no value: never read as one number run together)
  const kind = DIGITS_APART_RE.test(text) ? 'text' : classifyCell(text);
  const base = {
    column: opts.column,
    raw: text,
    line: opts.line,
    withheld: false,
    placement: 'printed' as const,
  };
  if (kind === 'number') {
    const d = parseDecimal(text)!;
    const measure = opts.measure ?? 'yuan';
    const value = measure === 'yuan' ? toString(shift(d, opts.unitExponent)) : toString(d);
    return { cell: { ...base, value, measure, unit: opts.unit, blank: false }, kind };
  }
  if (kind === 'percent') {
    const m = PERCENT_RE.exec(text)!;
    const d = parseDecimal(m[1]!)!;
    return { cell: { ...base, value: toString(d), measure: 'percent', unit: '%', blank: false }, kind };
  }
  const measure = opts.measure ?? 'yuan';
  return {
    cell: {
      ...base,
      value: null,
      measure,
      unit: opts.unit,
      blank: kind === 'blank' || kind === 'dash',
      withheld: kind === 'withheld',
    },
    kind,
  };
}

/** Digits-only classification code from a printed code cell ("2150517", "215 05 17", "30101"), or null. */
export function parseCode(raw: string): string | null {
  const t = raw.replace(/[\s\u3000]+/g, '');
  return /^\d{3,9}$/.test(t) ? t : null;
}
