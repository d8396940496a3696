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
      const cells = this.indented(sheet, r, r.cells, this.o.indentChar === 'ideographic' ? '\u3000' : '  ');
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
    const wrapWidth = this.o.wrapLabels ? this.rng.int(8, 13) : Infinity;
    // (a sheet of figures only, the horizontal 三公 table, has no label to wrap)
    const nameWidthCap = isLabel(sheet.nameColumn) ? wrapWidth : Infinity;
    const bodyCells = sheet.rows.map((r) => this.indented(sheet, r, r.cells, '  '));
    // a header word is broken into pieces of `chunk` characters, wider when that would take more than 3 lines
    const pieceWidth = (t: string) => Math.max(chunk, Math.ceil(t.length / 3));
    const merged = this.o.headerCells === 'merged';
    const centred = this.o.headerAlign === 'centre';
    const widths = Array.from({ length: n }, (_, c) => {
      let w = Math.max(chunk, ...bodyCells.map((cells) => cells[c]!.length));
      if (c === sheet.nameColumn) w = Math.min(w, nameWidthCap);
      // merged cells: a value column as narrow as its figures, its header words wrapped to fit
      if (merged && !isLabel(c)) return Math.max(4, ...bodyCells.map((cells) => cells[c]!.length));
      // a printed cell is wider than its text (padding): a centred header then stands apart from right-aligned figures
      return Math.max(w, ...sheet.header.map((h) => pieceWidth(h[c]!))) + (centred && !isLabel(c) ? this.rng.int(0, 4) : 0);
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
    // The last column a header word spans: a group word stands in the first column of its span, '' under the rest of
    // it (columns whose words stand lower).
    const spanEnd = (r: number, c: number) => {
      let e = c;
      while (e + 1 < n && sheet.header[r]![e + 1] === '' && sheet.header.slice(r + 1).some((h) => h[e + 1] !== '' && !/^\d+$/.test(h[e + 1]!))) e++;
      return e;
    };
    // Header words of a figures-only table under its 栏次 row drift left, more the further right (headerDrift).
    const numbersRow = (h: readonly string[]) => h.some((t) => /^\d+$/.test(t)) && h.every((t) => t === '' || t === '栏次' || /^\d+$/.test(t));
    const drift = this.o.headerDrift && sheet.labelColumns.length === 0 && sheet.header.some(numbersRow) ? 0.8 + this.rng.int(0, 10) / 100 : 1;
    // pdftotext counts a CJK character as one column though it prints two wide: a word drifts left by one column per
    // two CJK characters before it on its line (never touching the word before it)
    const pdfDrift = (l: string): string => {
      const out: string[] = [];
      let cjk = 0;
      for (const m of l.matchAll(/\S+/g)) {
        const at = Math.max(out.length === 0 ? 0 : out.length + 1, m.index - Math.floor(cjk / 2));
        while (out.length < at) out.push(' ');
        out.push(...m[0]);
        cjk += (m[0].match(/[\u3400-\u9fff\uff08\uff09]/g) ?? []).length;
      }
      return out.join('');
    };
    const headerLines = (): string[] => {
      const out: string[] = [];
      for (const [r, h] of sheet.header.entries()) {
        const pieces = h.map((t, c) => {
          const cs: string[] = [];
          // a word over merged cells (centred over its span) wraps only when the span is narrower than the word
          const e = centred ? spanEnd(r, c) : c;
          const w = e > c && t.length <= starts[e]! + widths[e]! - starts[c]! ? t.length : pieceWidth(t);
          for (let i = 0; i < t.length; i += w) cs.push(t.slice(i, i + w));
          return cs;
        });
        const height = Math.max(1, ...pieces.map((p) => p.length));
        const placed: { line: number; at: number; s: string }[] = [];
        pieces.forEach((p, c) => {
          const off = Math.floor((height - p.length) / 2);
          const e = spanEnd(r, c);
          const from = starts[c]!;
          const to = starts[e]! + widths[e]!;
          p.forEach((s, k) => placed.push({ line: off + k, at: centred ? from + Math.floor((to - from - s.length) / 2) : from, s }));
        });
        const band: string[][] = Array.from({ length: height }, () => []);
        const ends = band.map(() => 0);
        for (const x of [...placed].sort((a, b) => a.at - b.at)) {
          // drifting words keep their order and a space between them
          const at = drift < 1 && !numbersRow(h) ? Math.max(Math.round(x.at * drift), ends[x.line]! + (ends[x.line]! > 0 ? 1 : 0)) : x.at;
          put(band[x.line]!, at, x.s);
          ends[x.line] = at + x.s.length;
        }
        out.push(...band.map((l) => l.join('').trimEnd()));
      }
      return this.o.pdftotextDrift ? out.map(pdfDrift) : out;
    };
    const emitHeader = () => {
      for (const l of merged ? mergedHeaderLines(sheet.header, starts, widths, isLabel, this.rng.int(3, 5)) : headerLines()) this.push(l);
      this.push();
    };
    emitHeader();
    // (squeezedFigures: only a table whose every row fills every figure column is squeezed)
    const valueColumns = Array.from({ length: n }, (_, c) => c).filter((c) => !isLabel(c));
    const squeezed = this.o.squeezedFigures && sheet.labelColumns.length > 0 && valueColumns.length > 1 && bodyCells.every((cells) => valueColumns.every((c) => cells[c] !== ''));
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
      // the code cells with the label's first line (wrapCodeLine), else with the figures
      const codeLine: string[] = this.o.wrapCodeLine === 'first' && at > 0 ? [] : line;
      if (pieces[at]) put(line, starts[sheet.nameColumn]!, pieces[at]!);
      cells.forEach((s, c) => {
        if (!s || (c === sheet.nameColumn && named(sheet))) return;
        if (isLabel(c)) {
          if (!unlabeled) put(c < sheet.nameColumn ? codeLine : line, starts[c]!, s);
          return;
        }
        if (squeezed) return;
        // figures end at their column's end, or within one character when the conversion jitters — never touching
        // the cell before them, and moving right only where the gap after them leaves a space
        const end = starts[c]! + widths[c]!;
        const room = c + 1 < n ? starts[c + 1]! - end : Infinity;
        const wanted = this.o.alignJitter ? this.rng.int(-1, room >= 2 ? 1 : 0) : 0;
        const shift = [wanted, 0].find((d) => end + d - s.length >= 0 && (line[end + d - s.length - 1] ?? ' ') === ' ') ?? 0;
        // pdftotext's columns: the figures of a column start together
        if (this.o.pdftotextDrift) put(line, starts[c]!, s);
        else put(line, end + shift - s.length, s);
      });
      if (squeezed) {
        // each row on its own: its figures one space apart, from near the first figure column's start
        const words = line.join('').trimEnd().length;
        let x = Math.max(words + 1, starts[valueColumns[0]!]! + this.rng.int(-2, 2));
        for (const c of valueColumns) {
          put(line, x, cells[c]!);
          x += cells[c]!.length + 1;
        }
      }
      let figuresLine = 0;
      for (let k = 0; k < Math.max(1, pieces.length); k++) {
        const l: string[] = k === at ? line : k === 0 && codeLine !== line ? codeLine : [];
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

/**
 * A header of merged PDF cells as pdftotext -layout prints it. Each printed word is a cell: it spans the columns to its
 * right left blank on its row with words under them (a group: `单位资金` over its parts), or the rows below left blank
 * (a word over two header rows). Its word wraps to the cell's width (at most `narrow` characters a line in a value
 * column) and is centred in the cell, across and down; a header row is as tall as its tallest one-row cell. The lines
 * of neighbouring cells therefore interleave (a word of three lines centred beside one of four), and a piece that
 * would touch the one before it on its line is pushed right, as pdftotext pushes words that overlap. The 栏次 row is
 * printed as it is, below.
 */
function mergedHeaderLines(header: string[][], starts: number[], widths: number[], isLabel: (c: number) => boolean, narrow: number): string[] {
  const rows = header.filter((h) => !isNumberRow(h));
  const numbers = header.filter(isNumberRow);
  const n = widths.length;
  const H = rows.length;
  const cells: { text: string; c0: number; c1: number; r0: number; r1: number; pieces: string[] }[] = [];
  for (let r = 0; r < H; r++) {
    for (let c = 0; c < n; c++) {
      const text = rows[r]![c]!;
      if (!text) continue;
      let c1 = c;
      while (c1 + 1 < n && !rows[r]![c1 + 1] && r + 1 < H && rows[r + 1]![c1 + 1]) c1++;
      let r1 = r;
      if (c1 === c) while (r1 + 1 < H && !rows[r1 + 1]![c]) r1++;
      const span = starts[c1]! + widths[c1]! - starts[c]!;
      // (a label column is drawn as wide as its header word; value columns are narrow)
      const w = c1 > c || isLabel(c) ? Math.max(span, text.length) : Math.max(2, Math.min(narrow, span));
      const pieces: string[] = [];
      for (let i = 0; i < text.length; i += w) pieces.push(text.slice(i, i + w));
      cells.push({ text, c0: c, c1, r0: r, r1, pieces });
    }
  }
  const height = rows.map((_, r) => Math.max(1, ...cells.filter((x) => x.r0 === r && x.r1 === r).map((x) => x.pieces.length)));
  // a cell spanning rows taller than those rows makes the last of them taller
  for (const x of cells) {
    const have = height.slice(x.r0, x.r1 + 1).reduce((a, b) => a + b, 0);
    if (x.pieces.length > have) height[x.r1]! += x.pieces.length - have;
  }
  const top = height.map((_, r) => height.slice(0, r).reduce((a, b) => a + b, 0));
  const lines: string[][] = Array.from({ length: height.reduce((a, b) => a + b, 0) }, () => []);
  const put = (line: string[], at: number, s: string) => {
    // pushed right past the text already on the line, one space apart
    let x = at;
    while (line.slice(Math.max(0, x - 1), x + s.length).some((ch) => ch !== undefined && ch !== ' ')) x++;
    while (line.length < x + s.length) line.push(' ');
    for (let i = 0; i < s.length; i++) line[x + i] = s[i]!;
  };
  for (const x of cells) {
    const band = height.slice(x.r0, x.r1 + 1).reduce((a, b) => a + b, 0);
    const off = top[x.r0]! + Math.floor((band - x.pieces.length) / 2);
    const span = starts[x.c1]! + widths[x.c1]! - starts[x.c0]!;
    x.pieces.forEach((p, k) => put(lines[off + k]!, starts[x.c0]! + Math.max(0, Math.floor((span - p.length) / 2)), p));
  }
  const out = lines.map((l) => l.join('').trimEnd()).filter((l) => l !== '');
  for (const h of numbers) {
    const l: string[] = [];
    h.forEach((t, c) => t && put(l, starts[c]!, t));
    out.push(l.join('').trimEnd());
  }
  return out;
}
