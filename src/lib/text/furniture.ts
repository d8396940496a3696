/**
 * Page furniture: what a PDF converter leaves of the page around the text — form feeds between pages (pdftotext), page
 * numbers (`— 3 —`, `-3-`, `- 3 -`, `第3页 共12页`, `3/12`), running heads (the document title repeated at the top of
 * each page) and running feet (a line repeated at the foot of each page). Removed before any table is read, each removal reported (info) with its line and text.
 */
import type { Problem } from '../model/document.ts';
import { excerpt, type SourceLine } from './lines.ts';
import { DECIMAL_FIGURE_RE } from './numbers.ts';

const PAGE_NUMBER_RES = [
  /^[-－—–─]{1,2}\s*\d{1,4}\s*[-－—–─]{1,2}$/,
  /^第\s*\d{1,4}\s*页\s*[,，/]?\s*(?:共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，/]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
];
/** A classification code printed whole or in its parts (`2150599`, `215 05 99`): a row's code, never a running head. */
const CODE_ALONE_RE = /^\d{3}(?:\s*\d{2}){1,2}$/;
/** A row's classification code or unit code opening a line before its name (`21508 支持中小企业发展和管理支`,
 * `215 08 …`, `410004 …`): a year (four digits) opens none. */
const ROW_CODE_OPENING_RE = /^\s*(?:\d{3}(?:\s*\d{2}){0,2}|\d{6})\s+[^\d\s]/;
/** A bare number is a page number only at a page boundary (next to a form feed). */
const BARE_NUMBER_RE = /^\d{1,4}$/;

/** True for a printed page number (`— 3 —`, `-3-`, `第3页 共12页` …). */
export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return t.length <= 24 && PAGE_NUMBER_RES.some((re) => re.test(t));
}

function norm(raw: string): string {
  return raw.replace(/[\s\u3000\f]+/g, '');
}

export interface FurnitureResult {
  lines: SourceLine[];
  problems: Problem[];
  /** 1-based numbers of the lines that start a page (after a form feed or a page number), first page excluded. */
  pageStarts: number[];
  /** 1-based numbers of the lines that start a page a text without page marks shows only by its running head (the
   * line after each head removed): a table's run goes on over them, its rows placed page by page. */
  headStarts: number[];
}

/**
 * Remove page furniture. Form feeds are taken out of the text (the line keeps its other text); page numbers are
 * marked `page-number`; a line standing at the top of two pages or more with the same text (not a line of a table:
 * its title, whose repeat marks a continued table, or its department and unit statement, `isTableLine`) is a running
 * head, marked `running-head` where it repeats (its first appearance,
 * often the document title, stays); likewise a line at the foot of three pages or more (`running-foot`). Lines are
 * copied, never changed in place.
 */
export function removeFurniture(input: SourceLine[], isTableLine: (text: string) => boolean = () => false): FurnitureResult {
  const lines = [...input];
  const problems: Problem[] = [];
  const pageStarts: number[] = [];
  const headStarts: number[] = [];
  const mark = (i: number, skip: 'page-number' | 'running-head' | 'running-foot', what: string) => {
    const l = lines[i]!;
    problems.push({ severity: 'info', line: l.n, message: `删除${what}「${l.raw.trim()}」`, raw: excerpt(l.raw), code: 'page_furniture' });
    lines[i] = { ...l, skip };
  };
  const nextText = (i: number) => {
    for (let j = i; j < lines.length; j++) if (!lines[j]!.skip && lines[j]!.raw.trim() !== '') return j;
    return -1;
  };
  let pageStartPending = false;
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
    const feed = l.raw.includes('\f');
    if (feed) {
      const raw = l.raw.replace(/\f/g, '');
      l = { ...l, raw, cells: l.cells.map((c) => c.replace(/\f/g, '')) };
      lines[i] = l;
      // A bare number just before the feed closes the previous page.
      const before = i - 1 >= 0 ? lastText(lines, i - 1) : -1;
      if (before >= 0 && BARE_NUMBER_RE.test(lines[before]!.raw.trim()) && !lines[before]!.raw.includes('\t')) mark(before, 'page-number', '页码');
      if (i > 0 || raw.trim() !== '') pageStartPending = true;
    }
    const text = l.raw.trim();
    if (text === '' || l.skip) continue;
    if (isPageNumber(text) && !l.raw.includes('\t')) {
      mark(i, 'page-number', '页码');
      pageStartPending = true;
      continue;
    }
    if (pageStartPending) {
      pageStarts.push(l.n);
      lines[i] = { ...l, pageStart: true };
      pageStartPending = false;
    }
  }
  // Running heads and feet: the same text at the top of two pages or more, or at the foot of three pages or more and
  // of half the pages at least.
  const indexOf = new Map(lines.map((l, i) => [l.n, i]));
  const tops = [...new Set([nextText(0), ...pageStarts.map((n) => indexOf.get(n) ?? -1)])].filter((i) => i >= 0);
  const feet = pageStarts.map((n) => lastText(lines, (indexOf.get(n) ?? 0) - 1)).filter((i) => i >= 0);
  feet.push(lastText(lines, lines.length - 1));
  removeRepeats(tops, 2, 'running-head', '页眉');
  // A text without page marks (no form feed, no page number) shows its pages only by its running head: the document's
  // first line (its title, which the head repeats) standing alone on a line twice more or more, anywhere (between two
  // rows of a table continued on the next page too, even where it starts over the next row's label: the title is no
  // first line of a wrapped label).
  if (pageStarts.length === 0 && tops.length === 1) {
    const title = norm(lines[tops[0]!]!.raw);
    removeRepeats(
      lines.flatMap((l, i) => (norm(l.raw) === title ? [i] : [])),
      3,
      'running-head',
      '页眉',
      false,
    );
    // (each head so removed stands at a page's top: the line after it starts the page)
    lines.forEach((l, i) => {
      const j = l.skip === 'running-head' ? nextText(i + 1) : -1;
      if (j >= 0) headStarts.push(lines[j]!.n);
    });
  }
  // (a foot is printed on most pages: the end of a row label that several tables end their pages on is not one)
  removeRepeats(feet, Math.max(3, Math.ceil(feet.length / 2)), 'running-foot', '页脚');
  // The first line of a row label wrapped over the page top (`其他行政事业单位医` right over `2101199   疗支出   23.7`,
  // a unit's code and name `410004 平顶山市生态环境` over `培训中心   7,535.4`): the line right under it carries figures
  // and a word starting in the same column as one of its words, or the line opens with the row's code (`21508
  // 支持中小企业发展和管理支` over the rest `出` indented past the name's start, then the figures). Several tables
  // breaking their pages on the same row repeat it, but it is no running head.
  function startsRowLabel(i: number): boolean {
    const next = lines[i + 1];
    if (!next || next.skip) return false;
    const below = next.raw;
    if (!/\d\.\d/.test(below)) return false;
    if (ROW_CODE_OPENING_RE.test(lines[i]!.raw)) return true;
    // (the word below a word of the label, starting where it starts, the rest of the label: words, not a figure a
    // running head happens to stand over)
    const wordAt = (at: number) => /^\S+/.exec(below.slice(at))?.[0] ?? '';
    return [...lines[i]!.raw.matchAll(/\S+/g)].some((m) => (below[m.index] ?? ' ') !== ' ' && (m.index === 0 || below[m.index - 1] === ' ') && /\p{Script=Han}/u.test(wordAt(m.index)));
  }
  function removeRepeats(at: number[], times: number, skip: 'running-head' | 'running-foot', what: string, rowLabels = true): void {
    const seen = new Map<string, number[]>();
    for (const i of at) {
      if (i < 0 || lines[i]!.skip) continue;
      const raw = lines[i]!.raw;
      const key = norm(raw);
      // Not a table row: a row of cells (tabs, pipes, three pieces apart, or five words a space apart or more: a
      // header squeezed by pdftotext) repeated at page tops is a repeated header.
      const cells = raw.trim().split(/\s{2,}/).length >= 3 || raw.trim().split(/\s+/).length >= 5;
      // (nor a row's label and its figures squeezed a space apart, `其他环境保护管理 103.88 47.88 56.00`: two tables
      // breaking their pages on the same row repeat it at their page tops; no running head prints two amounts)
      const amounts = raw.trim().split(/\s+/).filter((w) => DECIMAL_FIGURE_RE.test(w)).length >= 2;
      // (nor a classification code alone on its line, `215 05 99` over its row's name and figures: several tables
      // breaking their pages on the same row repeat it at their page tops)
      if (key.length < 4 || isTableLine(raw) || /[\t|]/.test(raw) || cells || amounts || CODE_ALONE_RE.test(raw.trim())) continue;
      if (skip === 'running-head' && rowLabels && startsRowLabel(i)) continue;
      seen.set(key, [...(seen.get(key) ?? []), i]);
    }
    for (const idx of seen.values()) if (idx.length >= times) for (const i of idx.slice(1)) mark(i, skip, what);
  }
  return { lines, problems, pageStarts, headStarts };
}

function lastText(lines: SourceLine[], from: number): number {
  for (let j = from; j >= 0; j--) {
    const l = lines[j]!;
    if (l.skip) continue;
    if (l.raw.trim() !== '') return j;
  }
  return -1;
}
