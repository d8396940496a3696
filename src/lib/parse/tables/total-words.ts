/**
 * The words that print a total in a row label — 合计 and 总计 — and the subtotal word 小计, in the forms the readers
 * test them in. Each form is a meaning of its own; a reader asks by meaning and never writes the words again.
 */

/** The total words, as a row label or a header word prints them whole. */
export const TOTAL_WORDS = ['合计', '总计'] as const;

/** The subtotal word (a group's own total: `基本支出` / `小计`). */
export const SUBTOTAL_WORD = '小计';

/** A total word and nothing else. */
const TOTAL_WORD_RE = /^(?:合计|总计)$/;

/** Is a label a total word and nothing else once its spaces are taken out (`合计`, `总 计`; not `人员经费合计`)? */
export function isBareTotalWord(label: string): boolean {
  return TOTAL_WORD_RE.test(label.replace(/\s+/g, ''));
}

/** A label ending in a total word, its spaces already taken out (`合计`, `本年支出合计`, `收入总计`). */
export const TOTAL_END_RE = /(?:合计|总计)$/;

/** A label ending in a total or subtotal word, its spaces already taken out (`本年收入合计`, `基本支出小计`). */
export const TOTAL_OR_SUBTOTAL_END_RE = /(?:合计|总计|小计)$/;

/** A label ending in a total word whose characters may stand apart (`合计`, `人员经费合计`, `本年支出合 计`, `总 计`). */
export const SPACED_TOTAL_END_RE = /(?:合\s*计|总\s*计)$/;

/** A label starting with a total or subtotal word whose characters may stand apart (`合 计`, `小计`, `总计：`). */
export const SPACED_TOTAL_OR_SUBTOTAL_START_RE = /^(?:合\s*计|总\s*计|小\s*计)/;
