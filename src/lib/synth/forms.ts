import type { RenderOptions } from './options.ts';
import { Rng } from './rng.ts';
import type { Sheet, SheetRow } from './sheet.ts';
import type { TruthFact } from './truth.ts';

/** The sheet has a name column (a table of one row of figures, the horizontal 三公, has none: nothing wraps). */
const named = (sheet: Sheet) => sheet.labelColumns.includes(sheet.nameColumn);

/** A header row of column numbers (`栏次 | | 1 | 2 …`). */
const isNumberRow = (h: readonly string[]) => h.some((c) => /^\d+$/.test(c)) && h.every((c) => c === '' || c === '栏次' || /^\d+$/.test(c));

/**
 * The document being printed: its lines, the facts read off the tables (with the line each figure stands on), and
 * for the spaced form the pages (form feeds, page numbers at the foot, a running head at the top) as
 * `pdftotext -layout` writes them.
 */
export class Writer {
  readonly lines: string[] = [];
  readonly facts: TruthFact[] = [];
  private page = 1;
  private pendingFormFeed = false;
  private hasTotalPlaceholder = false;
  /** Tab form: how a long label wraps (a space inside the cell, or the rest on the next line). */
  private readonly tabWrap: 'space' | 'line';

  constructor(
    private readonly o: RenderOptions,
    private readonly rng: Rng,
    /** Running head printed at the top of each page (spaced form with runningHead). */
    private readonly head: string,
  ) {
    this.tabWrap = new Rng(rng.int(0, 0x7fffffff)).chance(0.5) ? 'space' : 'line';
  }

  /** Append a line; returns its 1-based number. */
  push(s = ''): number {
    if (this.pendingFormFeed) {
      this.pendingFormFeed = false;
      s = `\f${s}`;
    }
    this.lines.push(s);
    return this.lines.length;
  }

  /** A heading line: `## …` in markdown-flavoured forms (pipe, or tab with markdown titles), plain otherwise. */
  heading(s: string, markdown: boolean, level = 2): number {
    return this.push(markdown ? `${'#'.repeat(level)} ${s}` : s);
  }

  /** Spaced form: end the page (its number at the foot) and start the next (form feed, running head). */
  newPage(last = false): void {
    if (this.o.form !== 'spaced') return;
    const n = this.page;
    const foot =
      this.o.pageNumbers === 'dash-em'
        ? `— ${n} —`
        : this.o.pageNumbers === 'dash'
          ? `-${n}-`
          : this.o.pageNumbers === 'of-total'
            ? `第${n}页 共@@TOTAL@@页`
            : this.o.pageNumbers === 'slash'
              ? `${n}/@@TOTAL@@`
              : null;
    if (foot !== null) {
      this.push();
      this.push(`${' '.repeat(this.rng.int(30, 50))}${foot}`);
      if (foot.includes('@@TOTAL@@')) this.hasTotalPlaceholder = true;
    }
    this.page++;
    if (last) return;
    this.pendingFormFeed = true;
    if (this.o.runningHead) {
      this.push(`${' '.repeat(this.rng.int(10, 30))}${this.head}`);
      this.push();
    }
  }

  /** The finished text (the page-count placeholder filled in: it does not change any line number). */
  text(): string {
    this.newPage(true);
    let t = this.lines.join('\n') + '\n';
    if (this.hasTotalPlaceholder) t = t.replaceAll('@@TOTAL@@', String(this.page - 1));
    return t;
  }

  /** Print a table in the document's text form; its facts are recorded with their lines. */
  table(sheet: Sheet, kind: TruthFact['table']): void {
    if (this.o.form === 'pipe') this.pipe(sheet, kind);
    else if (this.o.form === 'spaced') this.spaced(sheet, kind);
    else this.tab(sheet, kind);
  }

  private record(kind: TruthFact['table'], row: SheetRow, line: number): void {
    for (const f of row.facts) if (f.value !== null) this.facts.push({ table: kind, block: f.block, code: f.code, name: f.name, column: f.column, value: f.value, line });
  }

  private indented(sheet: Sheet, row: SheetRow, cells: string[], pad: string): string[] {
    if (!row.indent) return cells;
    const out = [...cells];
    out[sheet.nameColumn] = pad.repeat(row.indent) + out[sheet.nameColumn]!;
    return out;
  }

  private tab(sheet: Sheet, kind: TruthFact['table']): void {
    for (const h of sheet.header) this.push(h.join('\t'));
    sheet.rows.forEach((r, i) => {
      if (i > 0 && i % sheet.pageRows === 0) {
        this.push();
        if (sheet.repeatHeader) for (const h of sheet.header) this.push(h.join('\t'));
      }
      const cells = this.indented(sheet, r, r.cells, '  ');
      // a label too long for its PDF cell comes out of the conversion with a space where it wrapped, or with the
      // rest on a line of its own (only the label cell filled)
      const name = cells[sheet.nameColumn]!;
      const cut = name.length - name.trimStart().length + 12;
      const wrap = this.o.wrapLabels && named(sheet) && name.trim().length > 12;
      if (wrap && this.tabWrap === 'space') cells[sheet.nameColumn] = `${name.slice(0, cut)} ${name.slice(cut)}`;
      if (wrap && this.tabWrap === 'line') cells[sheet.nameColumn] = name.slice(0, cut);
      this.record(kind, r, this.push(cells.join('\t')));
      if (wrap && this.tabWrap === 'line') this.push(cells.map((_, c) => (c === sheet.nameColumn ? name.slice(cut) : '')).join('\t'));
    });
  }

  private pipe(sheet: Sheet, kind: TruthFact['table']): void {
    const bold = (s: string) => (this.o.pipeBold && s ? `**${s}**` : s);
    const row = (cells: string[]) => `|${cells.map((c) => (c ? ` ${c.replaceAll('|', '｜')} ` : ' ')).join('|')}|`;
    const sep = `|${sheet.header[0]!.map(() => '---').join('|')}|`;
    const header = (): void => {
      if (this.o.pipeHeader === 'br') {
        // the header lines merged into one row; a 栏次 row (column numbers) stays a row of its own under the separator
        const numbers = sheet.header.filter(isNumberRow);
        const words = sheet.header.filter((h) => !isNumberRow(h));
        const merged = words[0]!.map((_, c) => words.map((h) => h[c]!).filter(Boolean).join('<br>'));
        this.push(row(merged.map(bold)));
        this.push(sep);
        for (const h of numbers) this.push(row(h));
      } else {
        this.push(row(sheet.header[0]!.map(bold)));
        this.push(sep);
        for (const h of sheet.header.slice(1)) this.push(row(h.map(bold)));
      }
    };
    header();
    sheet.rows.forEach((r, i) => {
      if (i > 0 && i % sheet.pageRows === 0 && sheet.repeatHeader) {
        this.push();
        header();
      }
      const cells = this.indented(sheet, r, r.cells, '　');
      const name = cells[sheet.nameColumn]!;
      if (this.o.wrapLabels && named(sheet) && name.length > 10) cells[sheet.nameColumn] = `${name.slice(0, 8)}<br>${name.slice(8)}`;
      this.record(kind, r, this.push(row(cells)));
    });
  }

  /**
   * Space-aligned columns as pdftotext -layout writes them: a CJK character counts as one column; labels are
   * left-aligned at their column's start, figures right-aligned at its end (all figures of a column end at the same
   * index, or within one character with alignJitter); gaps between columns vary per column (1–7 spaces); header
   * words are broken into chunks of a few characters stacked over up to 3 lines (`本年收入合` / `计`); long labels
   * wrap within their column, the figures on the label's first or middle line; a blank cell is only a gap.
   */
  private spaced(sheet: Sheet, kind: TruthFact['table']): void {
    const n = sheet.header[0]!.length;
    const chunk = this.rng.int(2, 5);
    const isLabel = (c: number) => sheet.labelColumns.includes(c);
    const nameWidthCap = this.o.wrapLabels ? this.rng.int(8, 13) : Infinity;
    const bodyCells = sheet.rows.map((r) => this.indented(sheet, r, r.cells, '  '));
    // a header word is broken into pieces of `chunk` characters, wider when that would take more than 3 lines
    const pieceWidth = (t: string) => Math.max(chunk, Math.ceil(t.length / 3));
    const widths = Array.from({ length: n }, (_, c) => {
      let w = Math.max(chunk, ...bodyCells.map((cells) => cells[c]!.length));
      if (c === sheet.nameColumn && named(sheet)) w = Math.min(w, nameWidthCap);
      return Math.max(w, ...sheet.header.map((h) => pieceWidth(h[c]!)));
    });
    const starts: number[] = [];
    let x = this.rng.int(0, 3);
    for (let c = 0; c < n; c++) {
      if (c > 0) x += this.rng.int(1, 7);
      starts.push(x);
      x += widths[c]!;
    }
    const put = (line: string[], at: number, s: string) => {
      while (line.length < at + s.length) line.push(' ');
      for (let i = 0; i < s.length; i++) line[at + i] = s[i]!;
    };
    const headerLines = (): string[] => {
      const out: string[] = [];
      for (const h of sheet.header) {
        const pieces = h.map((t) => {
          const cs: string[] = [];
          const w = pieceWidth(t);
          for (let i = 0; i < t.length; i += w) cs.push(t.slice(i, i + w));
          return cs;
        });
        const height = Math.max(1, ...pieces.map((p) => p.length));
        const band: string[][] = Array.from({ length: height }, () => []);
        pieces.forEach((p, c) => {
          const off = Math.floor((height - p.length) / 2);
          p.forEach((s, k) => put(band[off + k]!, starts[c]!, s));
        });
        out.push(...band.map((l) => l.join('').trimEnd()));
      }
      return out;
    };
    const emitHeader = () => {
      for (const l of headerLines()) this.push(l);
      this.push();
    };
    emitHeader();
    sheet.rows.forEach((r, i) => {
      if (i > 0 && i % sheet.pageRows === 0) {
        this.newPage();
        if (sheet.repeatHeader) emitHeader();
      }
      const cells = bodyCells[i]!;
      const unlabeled = r.total && this.o.unlabeledTotal;
      // the name cell cut to its column width; continuation pieces start where the (indented) label text starts
      const pieces: string[] = [];
      const name = unlabeled || !named(sheet) ? '' : cells[sheet.nameColumn]!;
      if (name) {
        const lead = name.length - name.trimStart().length;
        const w = name.length > widths[sheet.nameColumn]! ? Math.max(2, widths[sheet.nameColumn]! - lead) : name.length;
        const body = name.trimStart();
        for (let k = 0; k < body.length; k += w) pieces.push(' '.repeat(lead) + body.slice(k, k + w));
      }
      // the figures stand on the label's first line, or (as pdftotext centres a cell's lines) on its middle line
      const at = this.o.wrapNumbersLine === 'middle' ? Math.floor(pieces.length / 2) : 0;
      const line: string[] = [];
      if (pieces[at]) put(line, starts[sheet.nameColumn]!, pieces[at]!);
      cells.forEach((s, c) => {
        if (!s || (c === sheet.nameColumn && named(sheet))) return;
        if (isLabel(c)) {
          if (!unlabeled) put(line, starts[c]!, s);
          return;
        }
        // figures end at their column's end, or within one character when the conversion jitters — never touching
        // the cell before them, and moving right only where the gap after them leaves a space
        const end = starts[c]! + widths[c]!;
        const room = c + 1 < n ? starts[c + 1]! - end : Infinity;
        const wanted = this.o.alignJitter ? this.rng.int(-1, room >= 2 ? 1 : 0) : 0;
        const shift = [wanted, 0].find((d) => end + d - s.length >= 0 && (line[end + d - s.length - 1] ?? ' ') === ' ') ?? 0;
        put(line, end + shift - s.length, s);
      });
      let figuresLine = 0;
      for (let k = 0; k < Math.max(1, pieces.length); k++) {
        const l: string[] = k === at ? line : [];
        if (k !== at) put(l, starts[sheet.nameColumn]!, pieces[k]!);
        const num = this.push(l.join('').trimEnd());
        if (k === at) figuresLine = num;
      }
      // a total row printed without its label is named 合计 (the text no longer says 合计 or 总计); facts of a table
      // read into one row (the vertical 三公: `*`, its column names the item) keep their name
      this.record(kind, unlabeled ? { ...r, facts: r.facts.map((f) => ({ ...f, name: f.name === '*' ? '*' : '合计' })) } : r, figuresLine);
    });
  }
}
