import { pieces, splitPieceAt, type Positioned } from './piece.ts';
import { cellKey, type SourceLine } from '../../text/lines.ts';
import { classifyCell } from '../tables/cells.ts';
import type { TableContext } from '../tables/context.ts';

/**
 * A printed line of a space-aligned table read as pieces by meaning (codes, names, figures), for layouts that read
 * their rows from the printed text rather than from the columns the conversion cut (the 基本支出 tables).
 */

/** An economic classification code: 类 (3 digits), 款 (5), or a finer level (7). */
export const CODE_RE = /^\d{3}(?:\d{2}){0,2}$/;
/** A code glued to its name by a squeezed conversion (`30201办公费`). */
const GLUED_RE = /^(\d{3}(?:\d{2}){0,2})([\u3400-\u9fff（(].*)$/;
/** A figure glued to the name before it (`其他对个人和家庭的补助1,113.72`): an amount with a point or a separator. */
const GLUED_FIGURE_RE = /^(.*[\u3400-\u9fff）)])(-?\d{1,3}(?:,\d{3})*\.\d+|-?\d{1,3}(?:,\d{3})+|-?\d+\.\d+)$/;

export type Kind = 'code' | 'figure' | 'text';

/** A piece is text, or a figure (a number, dash or withheld mark); a code is told from a figure by its place. */
export function kindOf(text: string): Kind {
  const k = classifyCell(text);
  if (k === 'text') return 'text';
  return 'figure';
}

/**
 * The pieces of a line, a code or a figure glued to its name split off, and a code printed in its 类 and 款 parts
 * (`301 01 基本工资`: three digits, then two, then a name) joined into one.
 */
export function linePieces(raw: string): Positioned[] {
  const out: Positioned[] = [];
  const ps = pieces(raw);
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const part = ps[i + 1];
    const after = ps[i + 2];
    if (/^\d{3}$/.test(p.text) && part && /^\d{2}$/.test(part.text) && after && kindOf(after.text) === 'text' && !GLUED_RE.test(after.text)) {
      out.push({ text: p.text + part.text, start: p.start, end: part.end });
      i++;
      continue;
    }
    const g = GLUED_RE.exec(p.text);
    if (!g) {
      out.push(...splitGluedFigure(p));
      continue;
    }
    out.push({ text: g[1]!, start: p.start, end: p.start + g[1]!.length });
    out.push(...splitGluedFigure({ text: g[2]!, start: p.start + g[1]!.length, end: p.end }));
  }
  return out;
}

/** A piece as it is, or a name and the figure glued to it (`其他对个人和家庭的补助1,113.72`) as two pieces. */
export function splitGluedFigure(p: Positioned): Positioned[] {
  return splitPieceAt(p, GLUED_FIGURE_RE);
}


/**
 * Account for a line's printed number cells in the numeric coverage once its figures and codes were read from its
 * text: a cell whose text is a figure read is a value, one that is a code read is accounted for. Matched by text, so
 * the reading does not depend on where the conversion cut the cells (a cell cut across two groups, `0.00 30218`,
 * counts when all its parts were read).
 */
export function markPrinted(l: SourceLine, figureTexts: readonly string[], codeTexts: readonly string[], ctx: TableContext): void {
  const figures = [...figureTexts];
  const codes = [...codeTexts];
  l.cells.forEach((c, j) => {
    const k = classifyCell(c);
    if (k !== 'number' && k !== 'percent') return;
    let value = false;
    for (const part of c.trim().split(/[\s\u3000]+/)) {
      const fi = figures.indexOf(part);
      const ci = fi >= 0 ? -1 : codes.indexOf(part);
      if (fi >= 0) {
        figures.splice(fi, 1);
        value = true;
      } else if (ci >= 0) codes.splice(ci, 1);
      else return;
    }
    if (value) ctx.used.set(cellKey(l, j), 'value');
    else ctx.other(l, j);
  });
}
