/**
 * Conversion-noise cleaning: the PDF→text converters leave markdown headings (`## `), bold (`**…**`, `<b>…</b>`),
 * LaTeX fragments (`$\geq 90\%$`) and similar. Cleaning is per cell so column positions are kept.
 * All regular expressions here are linear (no nested quantifiers).
 */

const LATEX_SYMBOLS: Record<string, string> = {
  '\\geq': '≥',
  '\\ge': '≥',
  '\\leq': '≤',
  '\\le': '≤',
  '\\times': '×',
  '\\%': '%',
  '\\pm': '±',
  '\\neq': '≠',
  '\\approx': '≈',
  '\\cdot': '·',
  '\\div': '÷',
  '\\lt': '<',
  '\\gt': '>',
};

/** Replace `$…$` LaTeX fragments by plain symbols. */
export function cleanLatex(s: string): string {
  if (!s.includes('$') && !s.includes('\\')) return s;
  return s
    .replace(/\$([^$]{0,200})\$/g, (_m, inner: string) => latexInner(inner))
    .replace(/\\(geq|ge|leq|le|times|pm|neq|approx|cdot|div|lt|gt)\b/g, (m) => LATEX_SYMBOLS[m] ?? m)
    .replace(/\\%/g, '%');
}

function latexInner(inner: string): string {
  let out = inner.replace(/\\[a-z]+|\\%/g, (m) => LATEX_SYMBOLS[m] ?? '');
  out = out.replace(/[{}]/g, '').replace(/\s+/g, '');
  return out;
}

/** Strip markup from one cell or line: markdown heading marks, bold, HTML tags, LaTeX. Keeps tabs. */
export function cleanText(s: string): string {
  let out = s;
  if (out.includes('<')) out = out.replace(/<\/?(?:b|strong|i|em|u|span|br|p|font)\b[^<>]{0,200}>/gi, '');
  if (out.includes('**')) out = out.replace(/\*\*/g, '');
  if (out.includes('__')) out = out.replace(/__/g, '');
  out = cleanLatex(out);
  out = out.replace(/^\s{0,8}#{1,6}\s+/, '');
  return out;
}

/**
 * A header word's or piece's characters as the header vocabulary writes them, so that pieces join into words: no
 * white space, half-width brackets full-width, every kind of double quote one `"`.
 */
export function normChars(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[“”"＂「」]/g, '"');
}

/** Normalise a label for matching: cleaned, no whitespace, full-width brackets unified, markup removed. */
export function normLabel(s: string): string {
  return normChars(cleanText(s)).replace(/:/g, '：');
}

/**
 * Remove spaces that a converter put inside a wrapped CJK label (`上缴 上级 支出` → `上缴上级支出`),
 * keeping spaces between non-CJK words.
 */
export function joinWrappedCjk(s: string): string {
  return s.replace(/([\u3400-\u9fff（）“”：、])[ \u3000]+(?=[\u3400-\u9fff（）“”：、])/g, '$1').trim();
}

/** A cleaned cell label: markup removed, wrapped CJK joined, trimmed. */
export function cleanLabel(s: string): string {
  return cellLabel(cleanText(s));
}

/**
 * The label of a cell that is already clean (the cells of a segmented document: src/lib/parse/segment.ts cleans them
 * once): wrapped CJK joined, trimmed.
 */
export function cellLabel(s: string): string {
  return joinWrappedCjk(s.trim());
}
