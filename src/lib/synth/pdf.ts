import { docSeed } from './corpus.ts';
import { generateDoc } from './generate.ts';
import { HtmlWriter, type HtmlPages, type PdfOptions, type RowAnchor } from './html.ts';
import type { RenderOptions } from './options.ts';
import { renderDoc } from './render.ts';
import { Rng } from './rng.ts';
import type { Truth, TruthFact } from './truth.ts';

export type { PdfOptions } from './html.ts';

/**
 * The real PDF path's corpus: documents printed as HTML pages (html.ts), which a bench or test prints to PDF with
 * Chromium and converts with `pdftotext -layout` as maintainers do. The vocabulary (codes, titles, headers, 三公, units …)
 * is drawn as for the `mixed` text family; the paper (typeface, size, padding, narrow columns, pdftotext flags) per
 * document here. The truth's lines are only known once the PDF is converted: `placeLines` finds each printed row's
 * figures in the converted text, in order.
 */
export const PDF_FAMILIES = ['pdf-final', 'pdf-budget'] as const;
export type PdfFamily = (typeof PDF_FAMILIES)[number];

export interface PdfDoc extends HtmlPages {
  stem: string;
  family: PdfFamily;
  pdf: PdfOptions;
  /** The truth with provisional lines (each fact's row anchor); `placeLines` gives the real ones. */
  truth: Truth;
  anchors: RowAnchor[];
}

/** The paper of one document, drawn from its seed (overrides win). */
export function choosePdfOptions(seed: number, overrides: Partial<PdfOptions> = {}): PdfOptions {
  const rng = new Rng(seed ^ 0x9df0);
  return {
    font: rng.pick(['Noto Sans CJK SC', 'Noto Serif CJK SC'] as const),
    fontSize: rng.pick([9, 10, 10.5, 11, 12]),
    padding: rng.pick([1, 2, 3, 4]),
    narrow: rng.chance(0.6),
    nopgbrk: rng.chance(0.3),
    ...overrides,
  };
}

/** The i-th document of a PDF family: HTML pages, templates, the truth before its lines are placed. */
export function pdfDoc(corpusSeed: number, i: number, family: PdfFamily, overrides: Partial<RenderOptions> = {}, paper: Partial<PdfOptions> = {}): PdfDoc {
  const seed = docSeed(corpusSeed, i);
  const rng = new Rng(seed ^ 0x7d0c);
  const o: Partial<RenderOptions> = {
    docKind: family === 'pdf-budget' ? 'budget' : 'final',
    titleHeading: false,
    pageNumbers: rng.pick(['none', 'dash-em', 'dash', 'of-total', 'slash'] as const),
    runningHead: rng.chance(0.3),
    unlabeledTotal: rng.chance(0.3),
    alignJitter: false,
    wrapLabels: rng.chance(0.5),
    wrapNumbersLine: rng.pick(['first', 'middle'] as const),
    ...overrides,
    form: 'html',
  };
  const doc = generateDoc(seed, i, 'mixed', o);
  doc.family = family;
  const pdf = choosePdfOptions(seed, paper);
  const head = doc.options.docKind === 'final' ? `${doc.department}${doc.year}年度部门决算` : `${doc.department}${doc.year}年部门预算`;
  const w = new HtmlWriter(doc.options, pdf, head);
  const { truth } = renderDoc(doc, w);
  return { stem: doc.stem, family, pdf, truth, anchors: w.anchors, ...w.pages_() };
}

/**
 * A converted line's words: runs of non-space, a label run into its first figure (`行政事业单位医疗7042029.78`, a
 * narrow name cell filled to its edge) cut where Chinese text meets the figure, and the other way round.
 */
function wordsOf(line: string): string[] {
  return line.split(/[\s\f]+/).flatMap((w) => w.split(/(?<=[^\x00-\x7f])(?=[-\d])|(?<=\d)(?=[^\x00-\x7f])/)).filter(Boolean);
}

/**
 * True when a line's words hold the figures in order: a word is one figure, or several figures run together with no
 * space (`58.4714.62`, two narrow columns filled to their edges), never part of one; the first figure may have one of
 * the row's 行次 numbers (`rowNumbers`) run into its start (`511,781.53`: 行次 51, a narrow 行次 cell filled to its edge).
 */
function holdsInOrder(words: readonly string[], figures: readonly string[], rowNumbers: readonly string[] = []): boolean {
  let j = 0;
  for (const w of words) {
    // (a 行次 the row prints run into its first figure: `511,781.53` for 行次 51 and 1,781.53)
    const glued = j === 0 ? rowNumbers.find((n) => w.length > n.length && w.startsWith(n) && figures[0] !== undefined && w.slice(n.length).startsWith(figures[0])) : undefined;
    let rest = glued === undefined ? w : w.slice(glued.length);
    let k = j;
    while (k < figures.length && rest.startsWith(figures[k]!)) rest = rest.slice(figures[k++]!.length);
    if (rest === '' && k > j) j = k;
  }
  return j === figures.length;
}

/** How many lines below the row before it a row of zeros alone is looked for (a page break, its furniture and a repeated header fit in it). */
const WEAK_ANCHOR_WINDOW = 45;

/**
 * The truth on the lines of the converted text: each printed row's figures are looked for, row after row, on the
 * first line at or after the previous row's that holds them all in order (as words: whitespace-separated, a label run
 * into its figure cut off it, `wordsOf`, and figures run together, the row's 行次 run into its first figure,
 * `holdsInOrder`; a row of
 * zeros alone only within `WEAK_ANCHOR_WINDOW` lines), or, a row split over two lines, on a line that ends with its
 * first figures and the next line holding only the rest (`splitAt`; each fact on its figure's line). Facts of a
 * row that is not found keep line 0 and are counted as unplaced (the oracle could not say where they stand).
 */
export function placeLines(doc: PdfDoc, text: string): { truth: Truth; unplaced: number } {
  const lines = text.split('\n').map(wordsOf);
  const placed: ({ line: number; split?: number } | null)[] = [];
  let at = 0;
  for (const a of doc.anchors) {
    let found: { line: number; split?: number } | null = null;
    // a row of zeros alone (every figure 0, 0.00 or a dash) looks like many rows: it is looked for only in the lines
    // just below the row before it, so a zero row of a later table never takes its place and pulls the rest along
    const weak = a.figures.every((f) => /^(?:[-—–]+|0+(?:\.0+)?)$/.test(f));
    const end = weak ? Math.min(lines.length, at + WEAK_ANCHOR_WINDOW) : lines.length;
    for (let k = at; k < end && a.figures.length > 0; k++) {
      const split = holdsInOrder(lines[k]!, a.figures, (a.labels ?? []).filter((l) => /^[1-9]\d{0,2}$/.test(l))) ? undefined : splitAt(lines[k]!, lines[k + 1] ?? [], a);
      if (split === null) continue;
      found = { line: k + 1, split };
      at = split === undefined ? k + 1 : k + 2;
      break;
    }
    placed.push(found);
  }
  let unplaced = 0;
  const rank = new Map<number, number>();
  const count = new Map<number, number>();
  for (const f of doc.truth.facts) count.set(f.line, (count.get(f.line) ?? 0) + 1);
  const facts: TruthFact[] = doc.truth.facts.map((f) => {
    const p = placed[f.line] ?? null;
    const i = rank.get(f.line) ?? 0;
    rank.set(f.line, i + 1);
    // a split row's facts stand on their own figures' lines: the figures the row's cells say carry them (its 行次
    // number and dashes carry none), else one to one when it prints a figure for every fact
    const line = !p ? 0 : p.split === undefined ? p.line : splitFactLine(doc.anchors[f.line]!, count.get(f.line)!, i, p as { line: number; split: number });
    if (line === 0) unplaced++;
    return { ...f, line };
  });
  return { truth: { ...doc.truth, facts, claims: [] }, unplaced };
}

/** The line of a split row's i-th fact (of `count`), 0 when which figure carries it is unknown. */
function splitFactLine(a: RowAnchor, count: number, i: number, p: { line: number; split: number }): number {
  const k = a.factFigures?.length === count ? a.factFigures[i]! : count === a.figures.length ? i : -1;
  return k < 0 ? 0 : k < p.split ? p.line : p.line + 1;
}

/**
 * A row pdftotext split over two lines: its first figures end the line of its label, or stand right before the row's
 * other label cells (a side-by-side row's right label and 行次), or fill a line of their own under the label (a label
 * too long for its cell written alone above them), and the others stand alone on the next line, exactly
 * (`一般公共服务支出 257.45` / `219.55 195.40 24.15 37.91`; `本年收入合计 27 31631051.42 本年支出合计 59` /
 * `31631051.42 31631051.42`; `210 11 99 其他行政事业单位医疗支出` / `15898025.76 15548025.76 14459663.95 1088361.81` /
 * `350000.00`). How many figures the first line holds, or null when the two lines are not so.
 */
function splitAt(line: readonly string[], next: readonly string[], { figures, labels = [] }: RowAnchor): number | null {
  // the label cells printed after the first figures (a side-by-side row's right label and 行次 number) end the line too
  const labelWords = new Set(labels.flatMap(wordsOf));
  let end = line.length;
  while (end > 0 && labelWords.has(line[end - 1]!)) end--;
  for (let j = 1; j < figures.length; j++) {
    const head = figures.slice(0, j);
    const tail = figures.slice(j);
    if (next.length !== tail.length || next.some((w, i) => w !== tail[i])) continue;
    for (const e of new Set([line.length, end]))
      if (e >= head.length && line.slice(e - head.length, e).every((w, i) => w === head[i])) return j;
  }
  return null;
}
