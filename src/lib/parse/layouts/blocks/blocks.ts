import type { Row } from '../../../model/table.ts';
import { cellLabel } from '../../../text/clean.ts';
import { continuesLabel } from '../../tables/levels.ts';
import { parseCode } from '../../tables/cells.ts';
import { isTotalLabel, makeRow } from '../../tables/context.ts';
import { flattenHeader } from '../../tables/grid.ts';
import { isRowNumberColumn, lastSegment, type LayoutParser } from '../types.ts';
import { headerWidth } from '../types.ts';
import { lookupWord, mapHeader, normHeaderWord, reportUnknownColumns, VOCABULARY } from '../../tables/vocabulary.ts';
import type { TableBlock } from '../../segment.ts';
import type { TableContext } from '../../tables/context.ts';
import type { Grid } from '../../tables/grid.ts';
import { blocksInRows, parseTripletBlocks, type TripletBlock } from './triplet-blocks.ts';

/**
 * Repeating blocks of (科目编码, 科目名称, values…) printed side by side: the basic-expenditure detail table
 * (焦作/平顶山: three 决算数 blocks; 阳泉: four 金额 / 其中：基本支出 blocks). Each block part of a line becomes a row.
 * A total label printed in one block with its values further right (阳泉 公用经费合计) is joined to those values.
 */
export const parseBlocks: LayoutParser = (grid, ctx, block) => {
  const width = headerWidth(grid);
  const labels = flattenHeader(grid.header, width);
  const byMeaning = tripletLayout(grid, labels, block, ctx);
  if (byMeaning) {
    const columns = [...new Set(byMeaning.map((b) => b.column))];
    reportUnknownColumns(ctx, grid.rows[0], mapHeader(columns, 'economic'), columns.map((_, i) => i));
    return { columns, rows: parseTripletBlocks(grid.rows, byMeaning, ctx, headerText(grid, block, labels)) };
  }
  const starts: number[] = [];
  for (let j = 0; j < labels.length; j++) if (/编码|代码/.test(lastSegment(labels[j] ?? ''))) starts.push(j);
  if (starts.length === 0) starts.push(0);
  let group: string | null = null;
  const blocks = starts.map((s, b) => {
    const end = starts[b + 1] ?? labels.length;
    const nameIdx = s + 1;
    const valueIdx: number[] = [];
    for (let j = nameIdx + 1; j < end; j++) if (labels[j] && !isRowNumberColumn(labels[j]!)) valueIdx.push(j);
    // A header that flattens to no labels has no label at `s`: the block is still named, never read through undefined.
    const head = labels[s] ?? '';
    // A group label over the blocks (人员经费 | 公用经费) heads its block and the blocks after it up to the next group,
    // even where a space-aligned header shows it over the block's first column only.
    // (`项目` over the code and name columns is a label group: it names its block only.)
    const top = head.includes('/') ? (head.split('/')[0] ?? '') : null;
    if (top !== null) group = isBlockGroup(top) ? top : null;
    for (const j of valueIdx) if (group && !labels[j]!.startsWith(`${group}/`)) labels[j] = `${group}/${labels[j]}`;
    return { codeIdx: s, nameIdx, valueIdx, name: top ?? group ?? `第${b + 1}栏` };
  });
  const columns = [...new Set(blocks.flatMap((b) => b.valueIdx.map((j) => labels[j]!)))];
  reportUnknownColumns(ctx, grid.rows[0], mapHeader(columns, 'economic'), columns.map((_, i) => i));
  const rows: Row[] = [];
  // The last coded row of each block, to join a label the conversion wrapped onto the next line.
  const previous = new Map<(typeof blocks)[number], { row: Row; line: number }>();
  for (const l of grid.rows) {
    let pending: { name: string; block: string } | null = null;
    for (const b of blocks) {
      const codeRaw = cellLabel(l.cells[b.codeIdx] ?? '');
      const nameRaw = cellLabel(l.cells[b.nameIdx] ?? '');
      const code = parseCode(codeRaw);
      if (code) ctx.other(l, b.codeIdx);
      let name = nameRaw || (!code ? codeRaw : '');
      const hasValue = b.valueIdx.some((j) => (l.cells[j] ?? '').trim() !== '');
      // A name alone in its block (no code, no amounts) under a coded row of the block: the rest of its label.
      const above = previous.get(b);
      if (nameRaw && !codeRaw && !hasValue && above && continuesLabel(nameRaw, l.n - above.line)) {
        above.row.name += nameRaw;
        above.line = l.n;
        continue;
      }
      if (!name && !code) {
        if (!hasValue) continue;
        if (pending) {
          name = pending.name;
        } else {
          ctx.problem(l, `第${blocks.indexOf(b) + 1}栏有数值但没有科目`, 'row_without_label');
          continue;
        }
      }
      if (!hasValue && !code && isTotalLabel(name)) {
        pending = { name, block: b.name };
        continue;
      }
      const blockName = pending && name === pending.name ? pending.block : b.name;
      if (pending && name === pending.name) pending = null;
      const row = makeRow({
        code,
        name,
        block: blockName,
        line: l.n,
        cells: b.valueIdx.map((j) => ctx.cell(l, j, labels[j]!)),
      });
      rows.push(row);
      if (code) previous.set(b, { row, line: l.n });
      else previous.delete(b);
    }
    if (pending) ctx.problem(l, `合计行「${pending.name}」没有数值`, 'total_without_value', 'warning');
    if (l.cells.length > labels.length && l.cells.slice(labels.length).some((c) => c.trim() !== '')) {
      ctx.problem(l, `行的单元格多于表头 (${l.cells.length} > ${labels.length})`, 'row_too_long');
    }
  }
  return { columns, rows };
};

/**
 * The blocks of a space-aligned table (pdftotext) read by meaning: as many blocks as the rows print coded groups side
 * by side, each with one figure column, when the header names one figure per block (its value words in order: the
 * conversion may break and reorder the header's code words, never a value word). The header's 编码 and 名称 words
 * are counted as a check: a different count is reported. Null when the rows are not all space-aligned or the header does not
 * name one figure per block (the cells are then read by column).
 */
function tripletLayout(grid: Grid, labels: readonly string[], block: TableBlock, ctx: TableContext): TripletBlock[] | null {
  if (grid.rows.length === 0 || !grid.rows.every((l) => l.form === 'spaced')) return null;
  const n = blocksInRows(grid.rows);
  if (n === 0) return null;
  const byLabels = figureWords(labels);
  const printed = () => printedFigureWords(block.lines.filter((l) => grid.headerLines.includes(l.n)).map((l) => l.raw));
  const figures = byLabels.length === n ? byLabels : printed();
  if (figures.length !== n) return null;
  const word = figures.reduce((w, f) => (f.word.length > w.length ? f.word : w), '');
  const printedCodes = labels.reduce((k, l) => k + (l.match(/编码|代码/g) ?? []).length, 0);
  const printedNames = labels.reduce((k, l) => k + (l.match(/名称/g) ?? []).length, 0);
  const first = grid.rows[0]!;
  if (printedCodes !== n || printedNames !== n) {
    ctx.problem(first, `表头印有 ${printedCodes} 组科目编码、${printedNames} 组科目名称，数据行有 ${n} 组（按数据行读）`, 'block_count_mismatch', 'warning');
  }
  ctx.problem(first, `${n} 栏（科目编码、科目名称、${word}）按每行的编码、名称、数值的顺序读出，各组按位置归栏`, 'blocks_by_meaning', 'info');
  // A group word printed over a block (人员经费 | 公用经费) names it and the blocks after it up to the next group: it
  // may stand over any column of the block (a space-aligned header shows it over the block's first column only).
  let group: string | null = null;
  return figures.map((f, b) => {
    // (figure words counted as printed stand in no label: no group word is read over their blocks)
    const span = f.at < 0 ? [] : labels.slice(b === 0 ? 0 : figures[b - 1]!.at + 1, f.at + 1);
    const own = span.flatMap((l) => l.split('/').slice(0, -1)).find((s) => GROUP_KEYS.has(lookupWord(s, 'economic')?.key ?? '')) ?? null;
    if (own) group = own;
    return { name: group ?? `第${b + 1}栏`, column: group ? `${group}/${word}` : word };
  });
}

/** Group words printed over whole blocks (人员经费 | 公用经费), never a block's own figure column. */
const GROUP_KEYS = new Set(['personnel', 'public']);
/** The vocabulary's value words, longest first, to find them in a label the conversion glued to other words. */
const VALUE_WORDS = VOCABULARY.filter((t) => t.role === 'value' && !GROUP_KEYS.has(t.key))
  .flatMap((t) => t.words.map((w) => ({ word: normHeaderWord(w), key: t.key })))
  .filter((w) => w.word !== '')
  .sort((a, b) => b.word.length - a.word.length);

/**
 * The figure word of each block, in header order: every value word of the vocabulary in the header labels (also one
 * glued to the next block's words: `决算数经济分类`), all of one meaning (决算数, or 金额 …); the label each stands in.
 * Empty when the header names figures of more than one meaning (the blocks then have several figure columns).
 */
function figureWords(labels: readonly string[]): { at: number; word: string }[] {
  const found: { at: number; word: string; key: string }[] = [];
  labels.forEach((label, at) => {
    // (a value word the header's levels spread over a block's code or name column, `决算` over 科目编码 when 决算数
    // is broken over two lines, names no figure of that column)
    const segs = label.split('/');
    if (segs.length > 1 && ['code', 'name'].includes(lookupWord(segs[segs.length - 1]!, 'economic')?.role ?? '')) return;
    for (const seg of segs) for (const hit of valueWordsIn(seg)) found.push({ at, ...hit });
  });
  return new Set(found.map((f) => f.key)).size === 1 ? found : [];
}

/** The vocabulary's value words in a piece of header text, left to right (also glued to other words: `决算数经济分类`). */
function valueWordsIn(text: string): { word: string; key: string }[] {
  const out: { word: string; key: string }[] = [];
  let rest = normHeaderWord(text);
  while (rest !== '') {
    const hit = VALUE_WORDS.map((w) => ({ ...w, i: rest.indexOf(w.word) }))
      .filter((w) => w.i >= 0 && lookupWord(w.word, 'economic') !== null)
      .sort((a, b) => a.i - b.i || b.word.length - a.word.length)[0];
    if (!hit) break;
    out.push({ word: hit.word, key: hit.key });
    rest = rest.slice(hit.i + hit.word.length);
  }
  return out;
}

/**
 * The figure words of the header as printed, piece by piece on its lines, when the labels read by position do not name
 * one per block (pdftotext broke `决算数` over two lines, `决算` over `数`, and the levels spread the `决算` over the
 * block's code and name words): a word's rest on the line below (`数`) is no value word and is not counted again.
 * All of one meaning, else none.
 */
function printedFigureWords(lines: readonly string[]): { at: number; word: string }[] {
  const found = lines.flatMap((raw) => raw.split(/\s+/).flatMap((piece) => valueWordsIn(piece)));
  // (the column is named by the vocabulary's own word for it: the printed one may be broken, `决算` of 决算数)
  const own = (key: string) => normHeaderWord(VOCABULARY.find((t) => t.key === key && t.role === 'value')!.words[0]!);
  return new Set(found.map((f) => f.key)).size === 1 ? found.map((f) => ({ at: -1, word: own(f.key) })) : [];
}

/** The printed text of the header: its lines as written and the labels read from them (with the lines joined in). */
function headerText(grid: Grid, block: TableBlock, labels: readonly string[]): string {
  const headerLines = new Set(grid.headerLines);
  const printed = block.lines.filter((l) => headerLines.has(l.n)).map((l) => l.raw);
  return [...printed, ...labels].join('\n');
}

/** A group word over whole blocks (人员经费, 公用经费, or a word the vocabulary does not know), not a label group (项目). */
function isBlockGroup(word: string): boolean {
  const term = lookupWord(word, 'economic');
  return term === null || term.role === 'value';
}
