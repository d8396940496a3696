import type { TableKind } from '../model/table.ts';
import type { Problem } from '../model/document.ts';
import { isMetaLine, looksLikeTableTitle, parseTableNumber, recogniseTitle, normaliseTitle, titleName, titleNumber } from './tables/recognise.ts';
import { findUnit } from './tables/unit.ts';
import { EMPTY_STATEMENT_RE } from './tables/grid.ts';
import { lookupWord } from './tables/vocabulary.ts';
import { cleanText } from '../text/clean.ts';
import { excerpt, isBlank, type SourceLine } from '../text/lines.ts';

/** The raw lines of one table, from its title to its last row or note, with its page-break continuations. */
export interface TableBlock {
  kind: TableKind;
  /** Printed title (cleaned). */
  title: string;
  titleLine: number;
  number: string | null;
  /** All lines of the block after the title, in order (may include repeated titles/headers of continuations). */
  lines: SourceLine[];
  /** Lines where a repeated title started a continuation. */
  continuationLines: number[];
}

export interface Segmentation {
  blocks: TableBlock[];
  /** Lines of the 目录 with table-like entries. */
  toc: { title: string; kind: TableKind | 'other'; line: number }[];
  parts: { name: PartName; title: string; start_line: number; end_line: number }[];
  problems: Problem[];
}

export type PartName = 'cover' | 'toc' | 'overview' | 'tables' | 'narrative' | 'glossary' | 'attachments';

const PART_RE = /^第([一二三四五六七八九十]{1,3})部分\s*(.*)$/;

/** Name a part from its heading text. */
export function partName(title: string): PartName | null {
  if (/名词解释/.test(title)) return 'glossary';
  if (/附件|附表/.test(title)) return 'attachments';
  if (/情况说明|决算说明|预算说明|情况的说明/.test(title)) return 'narrative';
  if (/决算表|预算表|公开表/.test(title)) return 'tables';
  if (/概况|职责|机构/.test(title)) return 'overview';
  return null;
}

/** A line that starts a new part (第X部分 …) or another major heading: ends any table. */
function partHeading(line: SourceLine): string | null {
  const t = cleanText(line.raw).trim().replace(/^[-*]\s*/, '');
  const m = PART_RE.exec(t.replace(/\t.*$/, ''));
  if (m) return t.replace(/\t.*$/, '');
  // A numbered table title (`附件1 收入决算表`) is a title, not the attachments heading.
  if (recogniseTitle(t)) return null;
  // "附件：2022年郑州市工业和信息化局部门预算表" opens the attachments when no 第X部分 heading does.
  if (t.length <= 70 && /^附件[：:\s]*\S{0,60}(?:预算表|决算表|附表)$/.test(t.replace(/[\s\u3000]+/g, ''))) return t;
  return null;
}

/** A non-empty cell of a title line that is not a table number or a unit / department statement beside the name. */
function isNameCell(c: string): boolean {
  return c.trim() !== '' && !isMetaLine([c]);
}

function isTitleCandidate(line: SourceLine): TableKind | 'unknown' | null {
  // A title line holds the name and at most a number and a unit or department statement: a wider line is a row.
  let filled = 0;
  for (const c of line.cells) if (c.trim() !== '' && ++filled > 3) return null;
  const first = (line.cells.find(isNameCell) ?? '').trim();
  if (!first) return null;
  // Title lines carry at most one non-empty cell (perf tables pad with tabs) and no digits-only cells, besides a
  // table number printed in a cell of its own (`表1⇥收入支出决算总表`).
  const nonEmpty = line.cells.filter(isNameCell);
  if (nonEmpty.length > 1) {
    // 目录 lines such as "一、收入支出决算总表.....\t2" are TOC, not titles.
    return null;
  }
  const kind = recogniseTitle(first);
  if (kind) return kind;
  if (looksLikeTableTitle(first)) return 'unknown';
  return null;
}

/** Header words of a space-aligned line: short words (no sentence punctuation) three or more spaces apart; narrow
 * columns may stand one space apart (`合计    基本 项目`). */
const SPACED_HEADER_RE = /^[^。；，,\s]{1,12}(?: {1,2}[^。；，,\s]{1,12})*(?: {3,}[^。；，,\s]{1,12}(?: {1,2}[^。；，,\s]{1,12})*)+$/;

/** A space-aligned header line: short words three or more spaces apart, or two or more (one, between narrow columns)
 * when two of them are header words of the vocabulary (`项目  合计  基本支出 项目支出`). */
function isSpacedHeaderLine(t: string): boolean {
  if (SPACED_HEADER_RE.test(t)) return true;
  const cells = t.split(/ {2,}/);
  if (cells.length < 2 || !cells.every((w) => /^[^。；，,]{1,12}$/.test(w))) return false;
  return t.split(/\s+/).filter((w) => lookupWord(w) !== null).length >= 2;
}

/** Does a table body follow within a few lines (before another title)? */
function hasTableBodyAfter(lines: SourceLine[], i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < 14; j++) {
    const l = lines[j]!;
    if (isBlank(l)) continue;
    seen++;
    if (isTitleCandidate(l)) return false;
    if (partHeading(l)) return false;
    if (parseTableNumber(l.raw) || findUnit(l.raw)) return true;
    if (l.cells.filter((c) => c.trim() !== '').length >= 2) return true;
    // a space-aligned header over no rows (an empty table printed by pdftotext): words set apart by wide gaps
    if (!l.form && !l.raw.includes('\t') && isSpacedHeaderLine(cleanText(l.raw).trim())) return true;
    // the statement an empty table prints in place of its rows, under a header no line above read as one
    if (EMPTY_STATEMENT_RE.test(cleanText(l.raw))) return true;
  }
  return false;
}

function isTocLine(line: SourceLine): boolean {
  const t = cleanText(line.raw);
  return /[.．…]{3,}/.test(t) || /^\s*[-*]\s/.test(line.raw);
}

/**
 * Split a document into parts and table blocks. A table starts at a title recognised by its aliases and followed
 * by a table body; it ends at the next title, the next part heading or the end. A repeated title of the same kind
 * whose block has no new instance marker continues the previous table (page break).
 */
export function segment(source: SourceLine[], opts: { isNewInstance?: (kind: TableKind, lines: SourceLine[]) => boolean } = {}): Segmentation {
  // The cells are clean (readTextForms removed their conversion markup, once): the blocks carry them to the grid and
  // the layout parsers, which clean nothing again; `raw` stays as read, for problems.
  const lines = source;
  const problems: Problem[] = [];
  const toc: Segmentation['toc'] = [];
  const headings: { line: number; title: string; name: PartName | null }[] = [];
  const starts: { i: number; kind: TableKind | 'unknown'; number: string | null }[] = [];

  let tocStart = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    const t = cleanText(l.raw).replace(/[\s\u3000]+/g, '');
    if (tocStart < 0 && /^目录$/.test(t)) {
      tocStart = i;
      headings.push({ line: l.n, title: '目录', name: 'toc' });
      continue;
    }
    let ph = partHeading(l);
    if (ph && partName(ph) === null && /^第[一二三四五六七八九十]{1,3}部分$/.test(ph.replace(/[\s\u3000]+/g, ''))) {
      // A bare "第一部分" with its title on the next non-blank line (解放区 2024: "## 第一部分" / "### …概况").
      const next = lines.slice(i + 1, i + 4).find((x) => !isBlank(x));
      if (next && !partHeading(next)) ph = `${ph} ${cleanText(next.raw).trim().replace(/^[-*]\s*/, '')}`;
    }
    if (ph) headings.push({ line: l.n, title: ph, name: partName(ph) });
    // A part heading (`第二部分 2023年度部门决算表`) opens a part, never a table, even when a number or unit line follows.
    const cand = ph ? null : isTitleCandidate(l);
    if (cand && !isTocLine(l) && hasTableBodyAfter(lines, i)) {
      // Printed number on the title line (`表1 收入支出决算总表`), just before the title (郑州: 预算01表 above the
      // title) or just after.
      let number: string | null = titleNumber(l.cells.filter((c) => c.trim() !== '').join(' '));
      for (const j of number ? [] : [i - 1, i - 2, i + 1, i + 2, i + 3]) {
        const o = lines[j];
        if (o && !isBlank(o)) {
          // alone, or on a meta line beside the department and unit (`单位名称：…   预算01-1表   单位：万元`)
          const pieces = o.raw.split(/\t| {2,}|\u3000+/).filter((c) => c.trim() !== '');
          const n = parseTableNumber(o.raw) ?? (isMetaLine(pieces) ? pieces.map(parseTableNumber).find((x) => x !== null) ?? null : null);
          if (n) {
            number = n;
            break;
          }
        }
      }
      starts.push({ i, kind: cand, number });
    } else if (cand || (tocStart >= 0 && starts.length === 0 && isTocLine(l))) {
      const title = cleanText(l.cells[0] ?? '').trim();
      const kind = cand && cand !== 'unknown' ? cand : recogniseTitle(title) ?? 'other';
      if (starts.length === 0 && !ph && (cand || kind !== 'other')) toc.push({ title: normaliseTitle(title), kind, line: l.n });
    }
  }

  // Build blocks.
  const rawBlocks: TableBlock[] = [];
  for (let s = 0; s < starts.length; s++) {
    const st = starts[s]!;
    const nextStart = starts[s + 1]?.i ?? lines.length;
    let end = nextStart;
    for (let j = st.i + 1; j < nextStart; j++) {
      if (partHeading(lines[j]!)) {
        end = j;
        break;
      }
    }
    const title = titleName(lines[st.i]!.cells.find(isNameCell) ?? '');
    // Meta lines printed above the title (number, unit, department, year: the title may follow them) belong to this
    // block, not to the previous one.
    const lead = metaLinesBefore(lines, st.i, starts[s - 1]?.i ?? -1);
    // A unit printed on the title line itself ("收入决算表（单位：万元）") is read with the meta lines.
    const titleUnit = findUnit(lines[st.i]!.raw) ? [lines[st.i]!] : [];
    const blockLines = [...lead, ...titleUnit, ...lines.slice(st.i + 1, end).filter((l) => !isBlank(l))];
    const prev = rawBlocks[rawBlocks.length - 1];
    if (prev && lead.length > 0) {
      const moved = new Set(lead);
      prev.lines = prev.lines.filter((l) => !moved.has(l));
    }
    let kind: TableKind;
    if (st.kind === 'unknown') {
      kind = 'other';
      problems.push({
        severity: 'error',
        line: lines[st.i]!.n,
        message: `未识别的表格标题「${title}」: kept as kind other`,
        raw: excerpt(lines[st.i]!.raw),
        code: 'unknown_table',
      });
    } else kind = st.kind;
    const block: TableBlock = { kind, title, titleLine: lines[st.i]!.n, number: st.number, lines: blockLines, continuationLines: [] };
    const last = rawBlocks[rawBlocks.length - 1];
    const isNew = opts.isNewInstance ? opts.isNewInstance(kind, blockLines) : false;
    if (last && last.kind === kind && kind !== 'other' && !isNew && adjacent(last, block, lines)) {
      last.lines.push(...lead, lines[st.i]!, ...blockLines.slice(lead.length + titleUnit.length));
      last.continuationLines.push(lines[st.i]!.n);
    } else rawBlocks.push(block);
  }

  // Parts from headings.
  const parts: Segmentation['parts'] = [];
  const firstHeading = headings[0]?.line ?? lines.length + 1;
  if (firstHeading > 1) parts.push({ name: 'cover', title: '封面', start_line: 1, end_line: Math.max(1, firstHeading - 1) });
  // Headings repeated in the 目录 are skipped: the toc part runs until a heading repeats.
  const seen = new Set<string>();
  let tocOpen = headings[0]?.name === 'toc';
  for (let h = 0; h < headings.length; h++) {
    const cur = headings[h]!;
    const key = cur.title.replace(/[\s\u3000]+/g, '');
    if (tocOpen && cur.name !== 'toc') {
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      tocOpen = false;
      const tocPart = parts.find((p) => p.name === 'toc');
      if (tocPart) tocPart.end_line = cur.line - 1;
    }
    const next = headings.slice(h + 1).find((x) => !tocOpen);
    const endLine = (next?.line ?? lines.length + 1) - 1;
    if (cur.name) parts.push({ name: cur.name, title: cur.title, start_line: cur.line, end_line: Math.max(cur.line, endLine) });
  }
  // Fix up end lines to be the start of the following part minus one.
  parts.sort((a, b) => a.start_line - b.start_line);
  for (let p = 0; p < parts.length - 1; p++) parts[p]!.end_line = Math.max(parts[p]!.start_line, parts[p + 1]!.start_line - 1);

  return { blocks: rawBlocks, toc, parts, problems };
}

/** The meta lines (number, unit, department, year) directly above a title, after the previous title. */
function metaLinesBefore(lines: SourceLine[], i: number, prevStart: number): SourceLine[] {
  const out: SourceLine[] = [];
  for (let j = i - 1; j > prevStart && out.length < 4; j--) {
    const l = lines[j]!;
    if (isBlank(l)) continue;
    if (!isMetaLine(l.cells)) break;
    out.unshift(l);
  }
  return out;
}

/** Two blocks are adjacent when only blank lines separate the end of one from the title of the next. */
function adjacent(a: TableBlock, b: TableBlock, _lines: SourceLine[]): boolean {
  const lastLine = a.lines[a.lines.length - 1]?.n ?? a.titleLine;
  // Notes (注：) end a table: a repeated title after a note is a new table of the same kind.
  const tail = a.lines[a.lines.length - 1];
  if (tail && /^\s*(?:注|说明)[:：]/.test(cleanText(tail.raw))) return false;
  return b.titleLine > lastLine;
}
