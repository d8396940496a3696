import type { RenderOptions } from './options.ts';
import type { Sheet, SheetRow } from './sheet.ts';
import type { TruthFact } from './truth.ts';

/**
 * How a document printed as HTML for the PDF path looks on paper: the typeface and size, the cell padding (row
 * height), how narrow the figure columns are (narrow columns break header words inside their cells, `本年收入合` /
 * `计`), where a wrapped label's figures stand (top or middle of the cell), and the `pdftotext` option the converter
 * is run with. Recorded in the PDF truth next to the text options.
 */
export interface PdfOptions {
  font: 'Noto Sans CJK SC' | 'Noto Serif CJK SC';
  /** Body size in pt (9–12, as SimSun tables are printed). */
  fontSize: number;
  /** Cell padding in pt (top and bottom). */
  padding: number;
  /** Figure columns only as wide as their widest figure (headers wrap), or a little wider. */
  narrow: boolean;
  /** `pdftotext -layout -nopgbrk` (no form feeds between pages). */
  nopgbrk: boolean;
}

/** A printed table row: the figures it shows, left to right (to find its line in the converted text). */
export interface RowAnchor {
  figures: string[];
  /**
   * Which of `figures` carry the row's facts, one index per fact with a value, in the facts' order (the others are
   * its 行次 number or a dash); absent when the row's cells do not say it one to one.
   */
  factFigures?: number[];
  /** The row's printed label cells (names, codes, 行次 numbers of label columns), to tell them from its figures. */
  labels?: string[];
}

/** An HTML document ready for Chromium's `page.pdf`: the body, and the page header/footer templates (running head, page numbers). */
export interface HtmlPages {
  html: string;
  /** `headerTemplate` / `footerTemplate` for Chromium (empty when the document prints none). */
  header: string;
  footer: string;
}

/** Usable width of an A4 page in em at 1 em = 1 font size (margins of 15 mm each side). */
const pageEm = (mm: number, pt: number) => (mm - 30) / (pt * 0.3528);

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Header cells with their spans: a header word stands in the first column of its span and '' under the rest
 * (sheet.ts). A word spans right over the '' cells that have words below them (its group's children), and down over
 * rows where its columns say nothing more.
 */
export function headerSpans(header: readonly (readonly string[])[]): { row: number; col: number; text: string; colspan: number; rowspan: number }[] {
  const n = header[0]!.length;
  const covered = header.map(() => Array.from({ length: n }, () => false));
  const out: { row: number; col: number; text: string; colspan: number; rowspan: number }[] = [];
  const below = (h: number, c: number) => header.slice(h + 1).some((r) => r[c] !== '');
  for (let h = 0; h < header.length; h++) {
    for (let c = 0; c < n; c++) {
      if (covered[h]![c]) continue;
      const text = header[h]![c]!;
      let colspan = 1;
      if (text !== '') while (c + colspan < n && header[h]![c + colspan] === '' && !covered[h]![c + colspan] && below(h, c + colspan)) colspan++;
      let rowspan = 1;
      if (text !== '') while (h + rowspan < header.length && header[h + rowspan]!.slice(c, c + colspan).every((x) => x === '')) rowspan++;
      for (let dh = 0; dh < rowspan; dh++) for (let dc = 0; dc < colspan; dc++) covered[h + dh]![c + dc] = true;
      out.push({ row: h, col: c, text, colspan, rowspan });
    }
  }
  return out;
}

/**
 * The document printed as HTML pages the way government PDFs look: each table on a page of its own (portrait, or
 * landscape when it is wide), bordered cells, header words centred and broken inside narrow cells, figures
 * right-aligned, long labels wrapping inside the name column, the header repeated after a page break (a `<thead>`)
 * or not, page numbers and a running head in the page margins. Same interface as the text Writer (forms.ts): lines
 * pushed by the renderer become paragraphs; the facts are recorded per row, with the row's index in `anchors` as
 * their provisional line (pdf.ts places them on the lines of the converted text).
 */
export class HtmlWriter {
  readonly lines: string[] = [];
  readonly facts: TruthFact[] = [];
  readonly anchors: RowAnchor[] = [];
  private readonly pages: { chunks: string[]; wideEm: number }[] = [{ chunks: [], wideEm: 0 }];
  private pushed = 0;

  constructor(
    private readonly o: RenderOptions,
    private readonly p: PdfOptions,
    private readonly head: string,
  ) {}

  private get page() {
    return this.pages.at(-1)!;
  }

  /**
   * A line of the document as a paragraph. The renderer gives a title block the geometry of a printed page (as for the
   * spaced form): a line led by many spaces stands at the right, by some spaces in the centre; a long run of spaces
   * inside a line puts its parts at the left and right edges (`部门：… 单位：万元`).
   */
  push(s = ''): number {
    this.pushed++;
    this.lines.push(s);
    if (s.trim() === '') return this.pushed;
    const lead = s.length - s.trimStart().length;
    const parts = s.trim().split(/ {8,}/);
    if (parts.length === 2) this.page.chunks.push(`<p class="lr"><span>${esc(parts[0]!)}</span><span>${esc(parts[1]!)}</span></p>`);
    else if (lead >= 60) this.page.chunks.push(`<p class="r">${esc(s.trim())}</p>`);
    else if (lead > 0) this.page.chunks.push(`<p class="c">${esc(s.trim())}</p>`);
    else this.page.chunks.push(`<p>${esc(s)}</p>`);
    return this.pushed;
  }

  heading(s: string, _markdown: boolean, level = 2): number {
    const n = this.push();
    const t = s.trim();
    const parts = t.split(/ {8,}/);
    if (parts.length === 2) this.page.chunks.push(`<p class="lr"><span>${esc(parts[0]!)}</span><span class="t">${esc(parts[1]!)}</span></p>`);
    else this.page.chunks.push(`<h${level} class="${s.startsWith(' ') ? 'c' : ''}">${esc(t)}</h${level}>`);
    return n;
  }

  /** The next content starts on a new page. */
  newPage(): void {
    if (this.page.chunks.length > 0) this.pages.push({ chunks: [], wideEm: 0 });
  }

  /** The whole document as HTML, with the header/footer templates of its page furniture. */
  pages_(): HtmlPages {
    const { font, fontSize } = this.p;
    const sections = this.pages
      .filter((pg) => pg.chunks.length > 0)
      .map((pg) => {
        const landscape = pg.wideEm > pageEm(210, fontSize);
        return `<section class="${landscape ? 'land' : 'port'}">\n${pg.chunks.join('\n')}\n</section>`;
      });
    const css = [
      '@page { size: A4 portrait; margin: 18mm 15mm; }',
      '@page land { size: A4 landscape; margin: 18mm 15mm; }',
      `body { font-family: "${font}"; font-size: ${fontSize}pt; margin: 0; }`,
      'section.land { page: land; }',
      'section + section { break-before: page; }',
      'p { margin: 0.4em 0; text-indent: 2em; }',
      'p.c, p.r, p.lr, h1, h2, h3 { text-indent: 0; }',
      'p.c, h2.c, h1.c { text-align: center; } p.r { text-align: right; }',
      'p.lr { display: flex; justify-content: space-between; }',
      'h1 { font-size: 1.8em; } h2 { font-size: 1.3em; } h3 { font-size: 1.1em; }',
      'table { border-collapse: collapse; table-layout: fixed; margin: 0.3em 0; }',
      `th, td { border: 0.75pt solid #000; padding: ${this.p.padding}pt 0.3em; overflow: hidden; }`,
      'th { font-weight: normal; text-align: center; vertical-align: middle; }',
      `td { vertical-align: ${this.o.wrapNumbersLine === 'middle' ? 'middle' : 'top'}; }`,
      'td.n { text-align: right; white-space: nowrap; }',
      'td.l { text-align: left; }',
      'tr { break-inside: avoid; }',
    ].join('\n');
    const html = `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(this.head)}</title><style>\n${css}\n</style></head><body>\n${sections.join('\n')}\n</body></html>\n`;
    const tpl = (inner: string) => (inner ? `<div style="width:100%;text-align:center;font-family:'${font}';font-size:${Math.max(8, fontSize - 1)}pt;">${inner}</div>` : '<span></span>');
    const pn = '<span class="pageNumber"></span>';
    const tp = '<span class="totalPages"></span>';
    const foot = { none: '', 'dash-em': `— ${pn} —`, dash: `-${pn}-`, 'of-total': `第${pn}页 共${tp}页`, slash: `${pn}/${tp}` }[this.o.pageNumbers];
    return { html, header: tpl(this.o.runningHead ? esc(this.head) : ''), footer: tpl(foot) };
  }

  /** The Writer's `text()`: the HTML body (use `pages_()` for the templates too). */
  text(): string {
    return this.pages_().html;
  }

  /** A table of bordered cells; the row's facts are recorded with the row's anchor index as their line. */
  table(sheet: Sheet, kind: TruthFact['table']): void {
    const n = sheet.header[0]!.length;
    const isLabel = (c: number) => sheet.labelColumns.includes(c);
    const fig = 0.58; // em per digit, comma or point
    const widths = Array.from({ length: n }, (_, c) => {
      const body = sheet.rows.map((r) => r.cells[c] ?? '');
      if (isLabel(c)) {
        const cjk = Math.max(2, ...body.map((s) => [...s].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? fig : 1), 0)));
        if (c !== sheet.nameColumn) return cjk + 0.8;
        return (this.o.wrapLabels ? Math.min(cjk, 8 + (sheet.rows.length % 5)) : cjk) + 0.8 + (Math.max(0, ...sheet.rows.map((r) => r.indent ?? 0)));
      }
      const widest = Math.max(1, ...body.map((s) => s.length)) * fig;
      return Math.max(widest + 0.8, this.p.narrow ? 3 : 4.5);
    });
    const total = widths.reduce((a, b) => a + b, 0);
    const room = pageEm(297, this.p.fontSize);
    // a table wider than a landscape page is printed smaller, as offices shrink a sheet to fit
    const scale = total > room ? room / total : 1;
    this.page.wideEm = Math.max(this.page.wideEm, total * scale);
    const cols = widths.map((w) => `<col style="width:${w.toFixed(2)}em">`).join('');
    const head = Array.from({ length: sheet.header.length }, (_, h) =>
      headerSpans(sheet.header)
        .filter((x) => x.row === h)
        .map((x) => `<th${x.colspan > 1 ? ` colspan="${x.colspan}"` : ''}${x.rowspan > 1 ? ` rowspan="${x.rowspan}"` : ''}>${esc(x.text)}</th>`)
        .join(''),
    ).map((r) => `<tr>${r}</tr>`);
    const body = sheet.rows.map((r) => this.row(sheet, r, kind));
    const thead = sheet.repeatHeader ? `<thead>${head.join('')}</thead><tbody>` : `<tbody>${head.join('')}`;
    this.page.chunks.push(`<table style="width:${total.toFixed(2)}em${scale < 1 ? `;font-size:${(scale * 100).toFixed(1)}%` : ''}"><colgroup>${cols}</colgroup>${thead}\n${body.join('\n')}</tbody></table>`);
  }

  private row(sheet: Sheet, r: SheetRow, kind: TruthFact['table']): string {
    const unlabeled = r.total === true && this.o.unlabeledTotal;
    const id = this.anchors.length;
    this.anchors.push(rowAnchor(sheet, r));
    for (const f of r.facts) if (f.value !== null) this.facts.push({ table: kind, block: f.block, code: f.code, name: unlabeled && f.name !== '*' ? '合计' : f.name, column: f.column, value: f.value, line: id });
    const tds = r.cells.map((s, c) => {
      if (sheet.labelColumns.includes(c)) {
        const text = unlabeled ? '' : s;
        const pad = c === sheet.nameColumn && r.indent ? ` style="padding-left:${(0.3 + r.indent).toFixed(1)}em"` : '';
        return `<td class="l"${pad}>${esc(text)}</td>`;
      }
      return `<td class="n">${esc(s)}</td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  }
}

/** A 行次 column: its header (on any header line) reads 行次, whatever spaces spread it. */
const rowNumberColumns = (sheet: Sheet): Set<number> =>
  new Set(sheet.header.flatMap((line) => line.flatMap((text, c) => (text.replace(/\s+/g, '') === '行次' ? [c] : []))));

/** A printed row's figures, which of them are its facts' (not its 行次 number, not a dash for a blank value), and its labels. */
export function rowAnchor(sheet: Sheet, r: SheetRow): RowAnchor {
  const figureCells = r.cells.flatMap((s, c) => (s !== '' && !sheet.labelColumns.includes(c) ? [c] : []));
  const figures = figureCells.map((c) => r.cells[c]!);
  const valued = r.facts.filter((f) => f.value !== null).length;
  const numbered = rowNumberColumns(sheet);
  const notNumber = figureCells.flatMap((c, k) => (numbered.has(c) ? [] : [k]));
  const notDash = notNumber.filter((k) => !/^[-—–]+$/.test(figures[k]!));
  const factFigures = [notNumber, notDash].find((ks) => ks.length === valued);
  const labels = sheet.labelColumns.map((c) => r.cells[c] ?? '').filter(Boolean);
  return { figures, ...(factFigures ? { factFigures } : {}), ...(labels.length ? { labels } : {}) };
}
