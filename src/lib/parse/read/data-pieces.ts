/**
 * A space-aligned line cut into the pieces the spaced reader places (`spaced.ts`): runs of non-space characters, joined
 * where they are one cell (a label's words one space apart, a character-spread word, a code printed with spaces) and
 * split where pdftotext ran two cells together. Pure.
 */
import { isAmountText, type Positioned } from './positioned.ts';
import { splitGluedFigure } from './line-pieces.ts';
import { pieces } from './piece.ts';
import { ITEM_START_RE, isColumnsWord } from './spaced-lines.ts';

const CJK_CHAR_RE = /^[\u3400-\u9fff]$/;

/**
 * Pieces of a data line (a figure glued to the name before it split off, `splitGluedFigure`): words of one label
 * separated by a single space are one piece (`一般公共服务 支出`), and so are
 * single characters spread over a cell (`合    计`, `总    计`: distributed alignment) and a code printed with spaces
 * at the start of the line (`208 05 01`).
 */
export function dataPieces(raw: string): Positioned[] {
  const out: Positioned[] = [];
  const all = gluedCodePart(pieces(raw).flatMap(splitRunTogether).flatMap(splitGluedFigure));
  // A code printed with spaces (`208 05 01`) at the start of the line is one piece; its parts in columns of their
  // own (`201 03      08`: 类 and 款 one space apart, 项 further) stay apart.
  // (款 and 项 may be squeezed together: `207 0101`, its 款 and 项 one piece)
  let codeParts = 0;
  const partRe = (k: number) => (k === 0 ? /^\d{3}$/ : k === 1 ? /^\d{2}(?:\d{2})?$/ : /^\d{2}$/);
  while (codeParts < Math.min(3, all.length) && partRe(codeParts).test(all[codeParts]!.text) && !(codeParts === 2 && all[1]!.text.length === 4)) codeParts++;
  const spacedCode = codeParts > 1 && all.slice(1, codeParts).every((p, i) => p.start - all[i]!.end === 1);
  for (const [k, p] of all.entries()) {
    const last = out[out.length - 1];
    if (last && spacedCode && k < codeParts) {
      out[0] = { text: `${last.text} ${p.text}`, start: last.start, end: p.end };
      continue;
    }
    const spread = last && CJK_CHAR_RE.test(last.text) && CJK_CHAR_RE.test(p.text) && p.start - last.end <= 8;
    if (last && spread) out[out.length - 1] = { text: `${last.text}${p.text}`, start: last.start, end: p.end };
    // (栏次 is a word of its own: the end of a wrapped label word printed beside it, `编码 栏次`, stays apart)
    else if (last && p.start - last.end === 1 && !isAmountText(last.text) && !isAmountText(p.text) && !ITEM_START_RE.test(p.text) && !isColumnsWord(p.text) && !isColumnsWord(last.text)) {
      out[out.length - 1] = { text: `${last.text} ${p.text}`, start: last.start, end: p.end };
    } else out.push(p);
  }
  return out;
}

/** A figure with a decimal point: its digits (thousands separated by commas or not) and how many decimals it has. */
const DECIMAL_FIGURE_RE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.(\d+)$/;

/**
 * Two figures run together with no space (`58.4714.62`: two narrow columns filled to their edges) as two pieces, where
 * exactly one cut leaves two figures with the same number of decimals; any other piece as it is.
 */
export function splitRunTogether(p: Positioned): Positioned[] {
  if ((p.text.match(/\./g) ?? []).length !== 2) return [p];
  const cuts: number[] = [];
  for (let i = 1; i < p.text.length; i++) {
    const a = DECIMAL_FIGURE_RE.exec(p.text.slice(0, i));
    const b = DECIMAL_FIGURE_RE.exec(p.text.slice(i));
    if (a && b && a[1]!.length === b[1]!.length) cuts.push(i);
  }
  if (cuts.length !== 1) return [p];
  const i = cuts[0]!;
  return [
    { text: p.text.slice(0, i), start: p.start, end: p.start + i },
    { text: p.text.slice(i), start: p.start + i, end: p.end },
  ];
}

/** A code part glued to the name after it (`221 02 01住房公积金`, `221 02住房改革支出`: pdftotext leaves no space where
 * the name's cell starts right after the code's): after a 类 part, and a 款 part one space after it when printed, the
 * two digits one space after them split off the name. */
function gluedCodePart(all: Positioned[]): Positioned[] {
  const [a, b] = all;
  if (!a || !/^\d{3}$/.test(a.text)) return all;
  const k = b !== undefined && /^\d{2}$/.test(b.text) && b.start - a.end === 1 ? 2 : 1;
  const c = all[k];
  const glued = c === undefined ? null : /^(\d{2})([\u3400-\u9fff（(].*)$/.exec(c.text);
  if (!c || !glued || c.start - all[k - 1]!.end !== 1) return all;
  return [...all.slice(0, k), { text: glued[1]!, start: c.start, end: c.start + 2 }, { text: glued[2]!, start: c.start + 2, end: c.end }, ...all.slice(k + 1)];
}
