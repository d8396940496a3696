import type { Row } from '../../model/table.ts';
import { TOTAL_OR_SUBTOTAL_END_RE } from './total-words.ts';

/**
 * Reading the classification hierarchy of a table's rows, whatever way it is printed:
 *
 * - joined codes (`2080501`) or codes printed with spaces (`208 05 01`) in one cell;
 * - codes split into 类 / 款 / 项 cells (`208⇥05⇥01`), where a 款 or 项 row may leave the higher parts blank;
 * - a code printed at the start of the name cell (`2080501 行政单位离退休`);
 * - no codes at all, the level shown by the label's indentation (leading spaces or full-width spaces).
 *
 * Every row gets its level (1 类, 2 款, 3 项) and the line of its parent, so the hierarchy checks work on all of them.
 */

/** A function-classification code: 类 3 digits, 款 +2, 项 +2. */
const FUNCTION_CODE_RE = /^\d{3}(?:\d{2}){0,2}$/;

/** A code printed at the start of a label (`2080501 行政单位离退休`, `208 05 01 行政单位离退休`, `221 02 02提租补贴`: the
 * name glued to it). A name starts with no digit: the code's last part is never read as the start of its name; nor
 * with a decimal point or a thousands separator: `205.4`, `201,234.50` are figures, never a code and a name. */
export function splitLeadingCode(label: string): { code: string; name: string } | null {
  const m = /^(\d{3}(?:[ \u3000]?\d{2}){0,2})[ \u3000]*([^\d\s\u3000.,，．].*)$/.exec(label.trim());
  if (!m) return null;
  return { code: m[1]!.replace(/[ \u3000]/g, ''), name: m[2]! };
}

const LIST_MARK_RE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])/;

/** Does a row label, its spaces taken out, open a new row by its form: a list mark (`四、`, `（一）`, `1.`), `其中：`, or a
 * total or subtotal of at most 32 characters (`本年收入合计`)? */
function opensNewRow(t: string): boolean {
  return LIST_MARK_RE.test(t) || /^其中[：:]/.test(t) || (t.length <= 32 && TOTAL_OR_SUBTOTAL_END_RE.test(t));
}

/**
 * Are the labels of a column numbered (three or more `一、一般公共预算财政拨款收入`, `（一）…`)? In such a column a row of its own
 * opens with its number, so an unnumbered label-only line can be the rest of a wrapped label; in an unnumbered column
 * (a budget summary listing every 类, blank ones too) it cannot be told from a row printed with blank amounts.
 */
export function isNumberedColumn(labels: readonly string[]): boolean {
  const ne = labels.map((l) => l.trim()).filter((l) => l !== '');
  return ne.filter((l) => LIST_MARK_RE.test(l)).length >= 3;
}

/**
 * Is a label printed alone (no code, no amounts, no 行次) the rest of the label above it, wrapped by the conversion?
 * Only when it stands on the next line (`gap` ≤ 2 lines, a blank line between allowed) and does not open a row of its
 * own by its form (a list mark, `其中：`, a total). The caller checks that the line has no code and no amounts.
 */
export function continuesLabel(text: string, gap: number): boolean {
  const t = text.replace(/[\s\u3000]+/g, '');
  return t !== '' && gap >= 1 && gap <= 2 && !opensNewRow(t);
}

const labelLength = (raw: string) => raw.replace(/[\s\u3000]+/g, '').length;

/** The length of the widest label printed in one column (spaces and indentation not counted). */
export function widestLabel(lines: readonly { cells: readonly string[] }[], column: number): number {
  let w = 0;
  for (const l of lines) w = Math.max(w, labelLength(l.cells[column] ?? ''));
  return w;
}

/**
 * Does a label fill its column, so that the conversion may have wrapped it? A label wraps where its PDF cell ends:
 * the part left on the first line is as long as the widest label of the column (one character less allowed). A
 * shorter label followed by a label-only line is a row of its own (a 类 printed with blank amounts), not a wrap.
 */
export function fillsColumn(label: string, widest: number): boolean {
  return labelLength(label) >= widest - 1;
}

/** The level of a function-classification code (3 digits → 1, 5 → 2, 7 → 3), null for other codes. */
export function codeLevel(code: string | null): number | null {
  if (!code || !FUNCTION_CODE_RE.test(code)) return null;
  return (code.length - 1) / 2;
}

/** Joins split 类 / 款 / 项 cells, carrying the higher parts a 款 or 项 row leaves blank. */
export class SplitCodeReader {
  private cls = '';
  private sec = '';

  /** The joined code of one row from its 类, 款, 项 cells (some may be blank), or null when none is printed. */
  read(parts: readonly string[]): string | null {
    const [c, s, i] = parts.map((p) => (p ?? '').replace(/[\s\u3000]+/g, ''));
    // A whole code printed in the 类 cell (`2080501`).
    if (c && /^\d{5}(?:\d{2})?$/.test(c) && !s && !i) {
      this.cls = c.slice(0, 3);
      this.sec = c.length >= 5 ? c.slice(3, 5) : '';
      return c;
    }
    if (c && !/^\d{3}$/.test(c)) return null;
    if ((s && !/^\d{2}$/.test(s)) || (i && !/^\d{2}$/.test(i))) return null;
    if (!c && !s && !i) return null;
    if (c) {
      this.cls = c;
      this.sec = '';
    }
    if (s) this.sec = s;
    if (!this.cls) return null;
    if (i) return this.sec ? `${this.cls}${this.sec}${i}` : null;
    if (s) return `${this.cls}${s}`;
    return this.cls;
  }
}

/** Printed indentation of a label cell, in half-width columns (a full-width space counts 2, a tab 4). */
export function indentOf(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === ' ') n += 1;
    else if (ch === '\u3000') n += 2;
    else if (ch === '\u00a0') n += 1;
    else break;
  }
  return n;
}

/**
 * The indentation steps of labels pdftotext wrote space-aligned (each label's place the start of its cell, page by
 * page): pdftotext draws each page at its own offsets (`行政运行` two characters in on one page, three on the next),
 * so the places compare within a page only, each page's places taken in order. A page printing fewer distinct places
 * than another cannot be so told (`住房改革支出` at 0 and `住房公积金` at 1 on a last page drawn a character left are a
 * 款 and a 项, not a 类 and a 款): the steps are then untold, as when a page prints more than three (类, 款, 项).
 * Returns each label's step (0 the outermost), or null.
 */
export function spacedIndentSteps(places: readonly { page: number; start: number }[]): number[] | null {
  const byPage = new Map<number, number[]>();
  for (const p of places) byPage.set(p.page, [...new Set([...(byPage.get(p.page) ?? []), p.start])].sort((a, b) => a - b));
  const counts = new Set([...byPage.values()].map((d) => d.length));
  if (counts.size !== 1 || [...counts][0]! > 3) return null;
  return places.map((p) => byPage.get(p.page)!.indexOf(p.start));
}

/**
 * Give every row its level and parent. Coded rows take the level of their code and their parent is the nearest
 * row above whose code is a prefix. Without codes, the distinct indentations of the non-total rows are the levels
 * (smallest = 1) and the parent is the nearest row above with a smaller indentation. Total rows stay at null.
 */
export function assignHierarchy(rows: Row[], indents: ReadonlyMap<Row, number>): void {
  const coded = rows.some((r) => codeLevel(r.code) !== null);
  if (coded) {
    const lastAt = new Map<string, Row>();
    for (const r of rows) {
      const level = codeLevel(r.code);
      if (level === null || r.is_total) continue;
      r.level = level;
      const scope = r.entity ?? '';
      for (let len = r.code!.length - 2; len >= 3; len -= 2) {
        const p = lastAt.get(`${scope}|${r.code!.slice(0, len)}`);
        if (p) {
          r.parent_line = p.line;
          break;
        }
      }
      lastAt.set(`${scope}|${r.code}`, r);
    }
    return;
  }
  const widths = [...new Set(rows.filter((r) => !r.is_total && indents.has(r)).map((r) => indents.get(r)!))].sort((a, b) => a - b);
  if (widths.length < 2) return; // one indentation: no hierarchy printed
  const stack: Row[] = [];
  for (const r of rows) {
    if (r.is_total || !indents.has(r)) continue;
    const w = indents.get(r)!;
    r.level = widths.indexOf(w) + 1;
    while (stack.length > 0 && indents.get(stack[stack.length - 1]!)! >= w) stack.pop();
    r.parent_line = stack[stack.length - 1]?.line ?? null;
    stack.push(r);
  }
}
