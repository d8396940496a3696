import type { TableKind } from '../model/table.ts';
import { Writer } from './forms.ts';
import type { HtmlWriter } from './html.ts';
import type { Layout, SynthDoc } from './generate.ts';
import { CN_ORD, dec, percent, Printer, type Printed } from './money.ts';
import type { RenderOptions } from './options.ts';
import { Rng } from './rng.ts';
import { codeCells, codeHeader, type ClassifiedRow, type Sheet, type SheetFact, type SheetRow } from './sheet.ts';
import type { TruthClaim, TruthTable } from './truth.ts';

/** Everything the table-set renderers (final.ts, budget.ts) share while printing one document. */
export class Ctx {
  readonly o: RenderOptions;
  readonly L: Layout;
  readonly P: Printer;
  /** The text form's writer, or the HTML writer of the PDF path (html.ts). */
  readonly w: Writer | HtmlWriter;
  readonly rng: Rng;
  readonly tables: TruthTable[] = [];
  readonly claims: TruthClaim[] = [];
  /** Markdown headings for parts and titles (pipe form, or markdown titles). */
  readonly md: boolean;
  private tableNo = 0;
  /** Between a 表N number and the title on one line: a space, a full-width colon or a full-width space. */
  private readonly titleSep: string;
  /** Spaced form: characters per line of prose. */
  private readonly paraWidth: number;
  /** Draws for variants that only some options use (kept apart so that the others print the same). */
  readonly variantRng: Rng;

  constructor(
    readonly doc: SynthDoc,
    html?: HtmlWriter,
  ) {
    this.o = doc.options;
    this.L = doc.layout;
    this.P = new Printer(doc.layout, doc.seed, { zeroMark: this.o.zeroMark, wholeNumbers: this.o.wholeNumbers });
    this.rng = new Rng(doc.seed ^ 0x7ab1e);
    this.md = this.o.form === 'pipe' || this.o.titleHeading;
    const head = this.o.docKind === 'final' ? `${doc.department}${doc.year}年度部门决算` : `${doc.department}${doc.year}年部门预算`;
    this.w = html ?? new Writer(this.o, new Rng(doc.seed ^ 0x5ace), head);
    this.variantRng = new Rng(doc.seed ^ 0x717e);
    this.titleSep = this.variantRng.pick([' ', '：', '\u3000']);
    this.paraWidth = new Rng(doc.seed ^ 0x9a4a).int(32, 44);
  }

  push(s = ''): number {
    return this.w.push(s);
  }

  /** A heading: `## 第一部分 …` (bold `## **…**` in the 目录) in markdown-flavoured documents, the plain line otherwise. */
  heading(s: string, level = 2, bold = false): number {
    return this.w.heading(this.md && bold ? `**${s}**` : s, this.md, level);
  }

  /** The printed number of the n-th table in the document's numbering style (null when unnumbered). */
  private number(n: number): string | null {
    const pad = String(n).padStart(2, '0');
    switch (this.o.titleStyle) {
      case 'gongkai':
        return `公开${pad}表`;
      case 'biao':
        return `表${n}`;
      case 'biao-cn':
        return `表${CN_ORD[n]}`;
      case 'fubiao':
        return `附表${n}`;
      case 'fujian':
        return `附件1-${n}`;
      case 'yusuan':
        return this.o.docKind === 'budget' ? `预算${pad}表` : `决算${pad}表`;
      default:
        return null;
    }
  }

  /**
   * The block above a table: title (numbered in the document's style, or carried by a running head), 部门 line, year
   * and unit lines, the title before or after them. Records the table in the truth.
   */
  titleBlock(kind: TableKind, title: string): void {
    this.w.newPage();
    const n = ++this.tableNo;
    const number = this.number(n);
    const y = this.doc.year;
    // pdftotext -layout keeps the page's geometry: centred titles, the number at the right, 部门 and 单位 on one line
    const spaced = this.o.form === 'spaced' || this.o.form === 'html';
    const centre = (t: string) => (spaced ? `${' '.repeat(this.variantRng.int(16, 36))}${t}` : t);
    const right = (t: string) => (spaced ? `${' '.repeat(this.variantRng.int(60, 90))}${t}` : t);
    const unit = `${this.L.unitLabel}：${this.L.unit}`;
    // the unit at the right of the title line (unitOnTitle): after a run of spaces, as a PDF or a Word page prints it
    const onTitle = (t: string) => (this.o.unitOnTitle ? `${t}${' '.repeat(spaced ? this.variantRng.int(20, 40) : this.variantRng.int(2, 8))}${unit}` : t);
    const titleLines = (): void => {
      const style = this.o.titleStyle;
      if (style === 'running-head') {
        const head = this.o.docKind === 'final' ? `${y}年度部门决算表` : `${y}年部门预算表`;
        this.heading(onTitle(spaced ? `${head}${' '.repeat(this.variantRng.int(10, 40))}${title}` : `${head} ${title}`));
      } else if (style === 'gongkai') {
        this.heading(onTitle(centre(title)));
        this.push();
        this.push(right(number!));
      } else if (style === 'yusuan' || style === 'fujian') {
        this.push(number!);
        this.push();
        this.heading(onTitle(centre(title)));
      } else if (number) this.heading(onTitle(centre(`${number}${this.titleSep}${title}`)));
      else this.heading(onTitle(centre(title)));
      this.push();
    };
    const unitLines = (): void => {
      const dept = `${this.L.deptLabel}：${this.doc.department}`;
      if (spaced) {
        if (this.o.docKind === 'final') {
          this.push(centre(`${y}年度`));
          this.push();
        }
        this.push(this.o.unitOnTitle ? dept : `${dept}${' '.repeat(this.variantRng.int(20, 50))}${unit}`);
        this.push();
        return;
      }
      this.push(dept);
      this.push();
      if (this.o.docKind === 'final') {
        this.push(`${y}年度`);
        this.push();
      }
      if (this.o.unitOnTitle) return;
      this.push(unit);
      this.push();
    };
    if (this.o.titlePosition === 'after') {
      unitLines();
      titleLines();
    } else {
      titleLines();
      unitLines();
    }
    this.tables.push({ kind, title, number, unit: this.L.unit });
  }

  /**
   * A paragraph of prose; returns its first line. In the spaced form it is broken into lines of a page's width as
   * pdftotext writes them (first line indented, never inside a run of digits such as 1,234.56 or 12.5%).
   */
  paragraph(s: string): number {
    if (this.o.form !== 'spaced') return this.push(s);
    const width = this.paraWidth;
    const ascii = /[0-9A-Za-z.,%]/;
    let rest = s;
    let first = 0;
    while (rest.length > 0) {
      let cut = Math.min(rest.length, width);
      while (cut > 1 && cut < rest.length && ascii.test(rest[cut - 1]!) && ascii.test(rest[cut]!)) cut--;
      const n = this.push(`${first === 0 ? '    ' : ''}${rest.slice(0, cut)}`);
      if (first === 0) first = n;
      rest = rest.slice(cut);
    }
    return first;
  }

  note(s: string): void {
    this.push();
    const rounding = this.L.unit === '万元' ? '本表金额转换为万元时，因四舍五入可能存在尾差。' : '';
    if (this.o.notes === 'numbered') {
      // 注： or 备注： on a line of its own or with the first item, then numbered items (`1.` `2、` `（1）`)
      const word = this.variantRng.pick(['注：', '备注：']);
      const mark = this.variantRng.pick([(i: number) => `${i}.`, (i: number) => `${i}、`, (i: number) => `（${i}）`]);
      const items = [s, rounding || '本表以“元”为金额单位。', '本表中空白或“-”表示无数据。'];
      const own = this.variantRng.chance(0.5);
      if (own) this.push(word);
      items.forEach((t, i) => this.push(`${i === 0 && !own ? word : ''}${mark(i + 1)}${t}`));
    } else this.push(`注：${s}${rounding}`);
    this.push();
  }

  /** A sheet with the document's page length and header repetition. */
  sheet(kind: TableKind, header: string[][], labelColumns: number[], nameColumn: number, rows: SheetRow[]): Sheet {
    return { kind, header, labelColumns, nameColumn, rows, pageRows: this.L.pageRows, repeatHeader: this.L.repeatHeader };
  }

  /**
   * A 功能分类 table: code cells in the document's code style, the name, an optional 行次 column, then the money
   * columns. `moneyHeader` is one row per header line over the money columns; `columns` their canonical names.
   */
  classified(kind: TableKind, title: string, moneyHeader: string[][], columns: string[], rows: ClassifiedRow[], noteText: string, opts: { emptyText?: string; indentNames?: boolean } = {}): void {
    this.titleBlock(kind, title);
    const o = this.o;
    const levels = moneyHeader.length;
    const headerRows = levels + (o.columnNumbers ? 1 : 0);
    const codeH = [...codeHeader(o.codes, levels), ...(o.columnNumbers ? [codeHeader(o.codes, levels)[0]!.map(() => '')] : [])];
    const codeWidth = codeH[0]!.length;
    const header: string[][] = [];
    for (let h = 0; h < headerRows; h++) {
      const isNumbers = o.columnNumbers && h === headerRows - 1;
      const nameCell = isNumbers ? '栏次' : h === levels - 1 ? '科目名称' : h === 0 && codeWidth === 0 ? '项目' : '';
      const row = [...(isNumbers ? codeH[h]!.map(() => '') : codeH[h]!), nameCell];
      if (o.rowNumbers) row.push(h === 0 ? '行次' : '');
      row.push(...(isNumbers ? columns.map((_, i) => String(i + 1)) : moneyHeader[h]!));
      header.push(row);
    }
    const sheetRows: SheetRow[] = rows.map((r, i) => {
      const c = codeCells(r.code, o.codes);
      const printed = r.amounts.map((a) => this.P.money(a));
      const cells = [...c.cells, r.name];
      if (o.rowNumbers) cells.push(String(i + 1));
      cells.push(...printed.map((p) => p.raw));
      const facts: SheetFact[] = printed.map((p, j) => ({ block: null, code: c.truthCode, name: r.name, column: columns[j]!, value: p.value }));
      // budgets pass indentNames; 决算 tables indent their names only with full-width spaces (as Word-made 决算 do)
      const indentNames = opts.indentNames ?? (o.indentNames && o.indentChar === 'ideographic');
      const indent = indentNames && r.code ? (r.code.length - 3) / 2 : c.indent;
      return { cells, facts, total: r.code === null, indent };
    });
    const labelColumns = Array.from({ length: codeWidth + 1 }, (_, i) => i);
    this.w.table(this.sheet(kind, header, labelColumns, codeWidth, sheetRows), kind);
    this.note(noteText);
    if (opts.emptyText) {
      this.push(`说明：${opts.emptyText}`);
      this.push();
    }
  }

  /** A figure stated in the narrative (yuan amount as printed, in the document's unit). */
  claimMoney(topic: string, p: Printed, text: string, line: number): void {
    this.claims.push({ topic, text, value: p.fen === 0n ? '0' : dec(p.fen, 2), measure: 'yuan', unit: this.L.unit, line });
  }

  /**
   * The paragraph on total, basic and project expenditure (`{year}支出合计X，其中：基本支出Y，占a%；项目支出Z[，占b%]。`)
   * and its claims. `totalWord` is 支出合计 (决算) or 支出预算 (预算).
   */
  expenditureParagraph(yearWord: string, totalWord: string, total: bigint, basic: bigint, project: bigint, projectShare: boolean): void {
    const u = this.L.unit;
    const exp = this.P.text(total);
    const bas = this.P.text(basic);
    const pro = this.P.text(project);
    const bp = percent(bas.fen, exp.fen);
    const pp = percent(pro.fen, exp.fen);
    const n = this.paragraph(`${yearWord}${totalWord}${exp.raw}${u}，其中：基本支出${bas.raw}${u}，占${bp}%；项目支出${pro.raw}${u}${projectShare ? `，占${pp}%` : ''}。`);
    this.claimMoney('expenditure_total', exp, `${totalWord}${exp.raw}${u}`, n);
    this.claimMoney('expenditure_basic', bas, `基本支出${bas.raw}${u}`, n);
    this.claimPct('expenditure_basic_share', bp, `占${bp}%`, n);
    this.claimMoney('expenditure_project', pro, `项目支出${pro.raw}${u}`, n);
    if (projectShare) this.claimPct('expenditure_project_share', pp, `占${pp}%`, n);
  }

  claimPct(topic: string, pct: string, text: string, line: number): void {
    this.claims.push({ topic, text, value: dec(BigInt(pct.replace('.', '')), 2), measure: 'percent', unit: '%', line });
  }
}

/** One side of a side-by-side summary table: a printed label, its 行次, and amounts (null: the row is blank). */
export interface Side {
  label: string;
  no: number;
  amounts: bigint[] | null;
}

/**
 * A side-by-side 收入/支出 summary: left label, (行次), amounts, right label, (行次), amounts. Facts are recorded per
 * side (block 收入 / 支出) under the canonical columns.
 */
export function sideBySide(ctx: Ctx, kind: TableKind, title: string, header: string[][], inCols: string[], outCols: string[], left: Side[], right: Side[], noteText: string, withNo: boolean): void {
  ctx.titleBlock(kind, title);
  const rows: SheetRow[] = [];
  const blank = (n: number): Printed[] => Array.from({ length: n }, () => ({ raw: '', value: null, fen: 0n }));
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const l = left[i] ?? { label: '', no: 0, amounts: null };
    const r = right[i] ?? { label: '', no: 0, amounts: null };
    const lp = l.amounts ? l.amounts.map((a) => ctx.P.money(a)) : blank(inCols.length);
    const rp = r.amounts ? r.amounts.map((a) => ctx.P.money(a)) : blank(outCols.length);
    const cells = [l.label, ...(withNo ? [l.no ? String(l.no) : ''] : []), ...lp.map((p) => p.raw), r.label, ...(withNo ? [r.no ? String(r.no) : ''] : []), ...rp.map((p) => p.raw)];
    const facts: SheetFact[] = [];
    if (l.label) lp.forEach((p, j) => facts.push({ block: '收入', code: null, name: l.label, column: inCols[j]!, value: p.value }));
    if (r.label) rp.forEach((p, j) => facts.push({ block: '支出', code: null, name: r.label, column: outCols[j]!, value: p.value }));
    rows.push({ cells, facts });
  }
  const rightLabel = 1 + (withNo ? 1 : 0) + inCols.length;
  ctx.w.table(ctx.sheet(kind, header, withNo ? [0, 1, rightLabel, rightLabel + 1] : [0, rightLabel], 0, rows), kind);
  ctx.note(noteText);
}
