import { add, cmp, parseDecimal, type Decimal } from '../../../decimal.ts';
import type { Cell, Row, TableKind } from '../../../model/table.ts';
import { isHeaderEcho } from '../../tables/budget-rows.ts';
import { cellLabel } from '../../../text/clean.ts';
import { classifyCell, makeCell } from '../../tables/cells.ts';
import { makeRow } from '../../tables/context.ts';
import { continuesLabel } from '../../tables/levels.ts';
import { isBareTotalWord } from '../../tables/total-words.ts';
import { columnWordRows, flattenHeader, type Grid } from '../../tables/grid.ts';
import type { SourceLine } from '../../../text/lines.ts';
import type { LayoutParser } from '../types.ts';
import { basicColumnsByMeaning, readBasicColumns } from './basic-columns.ts';
import { readBasicLine, readBasicRows } from './basic-rows.ts';
import { familyOf, mapHeader, reportUnknownColumns, type ColumnMeaning } from '../../tables/vocabulary.ts';

/**
 * Budget tables with a fixed set of leading label cells followed by amounts:
 *
 * - 一般公共预算基本支出表: 部门经济分类 科目编码 | 科目名称 | 政府经济分类 科目编码 | 科目名称 | 合计 人员经费 公用经费
 * - 支出经济分类汇总表: 部门经济分类 类 | 款 | 科目名称 | 政府经济分类 类 | 款 | 科目名称 | amounts; unit rows
 *   `021001 · 郑州市工业和信息化局`
 * - 项目支出预算表: 类型 | 项目名称 | 项目单位 | amounts; unit rows `· 021001 郑州市工业和信息化局`; 涉密 XXXX
 * - 一般公共预算基本支出明细表: 项目单位 | 类型 | 项目名称 | amounts (the type is printed once per group)
 * - 机关（机构）运行经费: 科目编码 | 科目名称 | 合计
 * - 部门收入总体情况表: 单位代码 | 单位名称 | amounts (every row is a unit)
 *
 * Amounts are printed with decimals, codes without: the first amount (or XXXX) cell starts the values, which makes
 * rows robust to a dropped label cell (the values are then aligned to the first amount column and marked
 * `placement: 'inferred'`, with an info problem). The 部门 economic code is Row.code, the 政府 code goes to
 * Row.extra_codes.gov_economic_code; a row's project type (其他运转类 / 特定目标类 / 人员类 …) goes to Row.block.
 */

interface LabelRoles {
  /** Number of leading label cells. */
  count: number;
  /** Index ranges of the 部门 code parts, name, 政府 code parts, 政府 name, type, unit name. */
  code?: number[];
  name: number;
  gov?: number[];
  govName?: number;
  type?: number;
  /** Type printed once per group and carried down. */
  carryType?: boolean;
  /** Every row is a budget unit (部门收入总体情况表). */
  allUnits?: boolean;
  /** Tables with unit rows (`单位代码 单位名称`) whose following rows belong to the unit. */
  units?: boolean;
}

const ROLES: Partial<Record<TableKind, LabelRoles>> = {
  budget_general_basic: { count: 4, code: [0], name: 1, gov: [2], govName: 3 },
  budget_economic_summary: { count: 6, code: [0, 1], name: 2, gov: [3, 4], govName: 5, units: true },
  budget_projects: { count: 3, name: 1, type: 0, units: true },
  budget_general_basic_detail: { count: 3, name: 2, type: 1, carryType: true, units: true },
  budget_operating_costs: { count: 2, code: [0], name: 1 },
  budget_income: { count: 2, code: [0], name: 1, allUnits: true, units: true },
};

function isAmount(raw: string): boolean {
  const t = raw.trim();
  const k = classifyCell(t);
  if (k === 'withheld') return true;
  return k === 'number' && /[.,]/.test(t);
}

const digits = (s: string) => /^\d+$/.test(s);

/**
 * The label cells of a table whose leading label columns are one code and one name per classification (the
 * 部门 and, when printed, the 政府 经济分类), read from the header by meaning: `科目编码 | 科目名称 | 合计 …` has two
 * label cells, `部门经济分类 科目编码 | 科目名称 | 政府经济分类 科目编码 | 科目名称 | …` four. Null when the header
 * does not name them (the table's usual roles apply).
 */
function codeNameRoles(meanings: readonly ColumnMeaning[], fallback: LabelRoles): LabelRoles | null {
  if (fallback.gov === undefined && fallback.code?.length !== 1) return null;
  const count = meanings.findIndex((m) => m.role !== 'code' && m.role !== 'name');
  const lead = meanings.slice(0, count < 0 ? meanings.length : count);
  const codes = lead.flatMap((m, i) => (m.role === 'code' ? [i] : []));
  const names = lead.flatMap((m, i) => (m.role === 'name' ? [i] : []));
  if (codes.length === 0 || codes.length !== names.length || codes.length > 2 || codes.some((c, k) => names[k] !== c + 1)) return null;
  return codes.length === 2
    ? { count: lead.length, code: [codes[0]!], name: names[0]!, gov: [codes[1]!], govName: names[1]! }
    : { count: lead.length, code: [codes[0]!], name: names[0]! };
}

/**
 * The usual code and name label cells (`单位代码 | 单位名称`) with headless columns between them, where a page's rows
 * drew the code column as two (`单位代码 | · | 单位名称 | 总计 …`): the name where the header names it, the values from
 * the column after it. Null when the header is not of that shape.
 */
function spreadLabelRoles(meanings: readonly ColumnMeaning[], usual: LabelRoles): LabelRoles | null {
  if (usual.count !== 2 || usual.code?.length !== 1 || usual.code[0] !== 0 || usual.name !== 1) return null;
  const name = meanings.findIndex((m) => m.role === 'name');
  if (name < 2 || meanings[name + 1]?.role !== 'value' || meanings.slice(1, name).some((m) => m.label !== '')) return null;
  return { ...usual, count: name + 1, name };
}

/**
 * The header as printed, one line per source line: from the first header line to the first data row, lines the
 * reader joined into a header row included (a header line whose words it merged keeps their printed order here).
 */
function printedHeader(lines: readonly SourceLine[], grid: Grid): string {
  if (grid.headerLines.length === 0) return '';
  const from = Math.min(...grid.headerLines);
  const to = grid.rows[0]?.n ?? Math.max(...grid.headerLines) + 1;
  const byLine = new Map<number, string>();
  for (const l of lines) {
    if (l.n < from || l.n >= to) continue;
    byLine.set(l.n, l.raw);
    l.joined?.forEach((n, i) => byLine.set(n, l.joinedRaw?.[i] ?? ''));
  }
  return [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([, raw]) => raw).join('\n');
}

export const parseBudgetLabelled: LayoutParser = (grid, ctx, block) => {
  // A department name printed alone on a line under 部门名称： is not a header row.
  const header = columnWordRows(grid.header);
  const width = Math.max(0, ...header.map((r) => r.length), ...grid.rows.map((r) => r.cells.length));
  const flat = flattenHeader(header, width);
  const headerLines = new Set(grid.headerLines);
  const headerRaw = block.lines.filter((l) => headerLines.has(l.n)).map((l) => l.raw).join('\n');
  if (block.kind === 'budget_general_basic' && grid.rows.length > 0 && grid.rows.every((l) => l.form === 'spaced')) {
    const lines = grid.rows.filter((l) => !isHeaderEcho(l));
    const figureRows = lines.map((l) => readBasicLine(l.raw)?.figures.map((f) => parseDecimal(f.text)) ?? []);
    const byMeaning = basicColumnsByMeaning(flat, printedHeader(block.lines, grid), figureRows);
    if (byMeaning) {
      ctx.problem(grid.rows[0]!, `基本支出表按每行的编码、名称和行末数值读出；${byMeaning.how}`, 'basic_by_meaning', 'info');
      return { columns: byMeaning.columns, rows: readBasicRows(lines, byMeaning.columns, byMeaning.totalAt, ctx) };
    }
  }
  const usual = ROLES[block.kind] ?? { count: 2, name: 1 };
  const meanings = mapHeader(flat, familyOf(block.kind));
  const roles = codeNameRoles(meanings, usual) ?? spreadLabelRoles(meanings, usual) ?? usual;
  const valueLabels = flat.slice(roles.count).map((l, j) => l || `列${roles.count + j + 1}`);
  let lastLabelled = valueLabels.length;
  while (lastLabelled > 0 && !flat[roles.count + lastLabelled - 1]) lastLabelled--;
  const columns = valueLabels.slice(0, lastLabelled);
  reportUnknownColumns(ctx, grid.rows[0], mapHeader(columns, familyOf(block.kind)), columns.map((_, i) => i));
  const rows: Row[] = [];
  let entity: string | null = null;
  let type: string | null = null;
  // The last coded or unit row, to join a label the conversion wrapped onto the next line.
  type Previous = { row: Row; line: number; unitCode: string | null };
  let previous = null as Previous | null;
  // (a line of amounts and no label may be the table's total only where it stands first or last, or no line prints a
  // total word: elsewhere, right under a coded or unit row printing no amount, it holds that row's amounts)
  const dataRows = grid.rows.filter((l) => !isHeaderEcho(l));
  const withAmounts = dataRows.filter((l) => l.cells.some((c) => isAmount(cellLabel(c))));
  const labelledTotal = dataRows.some((l) => l.cells.some((c) => isBareTotalWord(cellLabel(c))));

  for (const l of grid.rows) {
    if (isHeaderEcho(l)) continue;
    const cells = l.cells.map((c) => cellLabel(c));
    let valueStart = cells.findIndex((c) => isAmount(c));
    const hasValues = valueStart >= 0;
    const bare = previous?.row.cells.every((c) => c.value === null && !c.withheld) === true;
    const inner = l !== withAmounts[0] && l !== withAmounts[withAmounts.length - 1];
    // The amounts of the row above, printed on the next line (its label too long for the line: pdftotext wrote its
    // figures on a line of their own): read with that row's code and name, on the line they are printed on.
    let above: Previous | null = hasValues && previous && bare && (inner || labelledTotal) && l.n - previous.line <= 2 && cells.slice(0, valueStart).every((c) => c === '') ? previous : null;
    if (!hasValues) valueStart = Math.min(roles.count, cells.length);
    const labels = cells.slice(0, valueStart);
    const shifted = hasValues && valueStart !== roles.count;
    // Label roles: by position when the row is printed in place, else by content.
    const at = (i: number | undefined) => (i === undefined || shifted ? '' : (labels[i] ?? ''));
    const texts = labels.map((c, i) => ({ c, i })).filter((x) => x.c !== '' && !digits(x.c));
    const digitCells = labels.map((c, i) => ({ c, i })).filter((x) => digits(x.c));
    // One text cell alone on its line (no code, no amount) under a coded or unit row: the rest of its wrapped label.
    const alone = !hasValues && digitCells.length === 0 && texts.length === 1 && cells.slice(valueStart).every((c) => c === '');
    if (alone && previous && continuesLabel(texts[0]!.c, l.n - previous.line)) {
      previous.row.name += texts[0]!.c;
      previous.line = l.n;
      if (previous.unitCode !== null) entity = previous.row.entity = `${previous.unitCode} ${previous.row.name}`.trim();
      continue;
    }
    // The rest of a unit's name wrapped onto the line of its figures (`410001 新乡市发展和改革委员会本` over `级
    // 1,141.5 1,141.5 …`): read with that unit's code, its name joined, on the line the figures are printed on.
    const rest = texts.length === 1 ? texts[0]!.c : '';
    if (!above && hasValues && previous && bare && previous.unitCode !== null && digitCells.length === 0 && rest !== '' && !isBareTotalWord(rest) && continuesLabel(rest, l.n - previous.line)) {
      previous.row.name += rest;
      previous.row.entity = `${previous.unitCode} ${previous.row.name}`.trim();
      if (entity !== null) entity = previous.row.entity;
      above = previous;
    }
    digitCells.forEach((d) => ctx.other(l, d.i));
    const isTotal = !above && (texts.some((x) => isBareTotalWord(x.c)) || (hasValues && texts.length === 0 && digitCells.length === 0));
    const isUnit =
      !isTotal &&
      !!roles.units &&
      (roles.allUnits || (digitCells.length === 1 && texts.length === 1 && digitCells[0]!.i < texts[0]!.i && !/类$/.test(texts[0]!.c)));

    let code: string | null = null;
    let gov: string | null = null;
    let name = '';
    let rowType: string | null = null;
    // The total keeps its printed label (合计 or 总计); printed without one, it is the 合计.
    if (isTotal) name = texts.find((x) => isBareTotalWord(x.c))?.c.replace(/\s+/g, '') ?? '合计';
    else if (isUnit) {
      code = null;
      name = texts[texts.length - 1]?.c ?? '';
      entity = `${digitCells[0]?.c ?? ''} ${name}`.trim();
      type = null;
    } else {
      if (!shifted) {
        const c = (roles.code ?? []).map((i) => at(i)).join('');
        code = c && digits(c) ? c : null;
        const g = (roles.gov ?? []).map((i) => at(i)).join('');
        gov = g && digits(g) ? g : null;
        name = at(roles.name) || at(roles.govName) || '';
        rowType = at(roles.type) || null;
      } else {
        // Shifted row: the last text cell is the name; a preceding text cell ending in 类/经费 is the type.
        name = texts[texts.length - 1]?.c ?? '';
        const t = texts.slice(0, -1).find((x) => /类$|经费$/.test(x.c));
        rowType = t?.c ?? null;
        if (roles.code && digitCells.length > 0 && digitCells[0]!.i < (texts[0]?.i ?? 99)) code = digitCells.map((d) => d.c).join('');
      }
      if (roles.carryType) {
        if (rowType) type = rowType;
        rowType = type;
      }
    }
    if (above) {
      ({ code, name } = above.row);
      rowType = above.row.block ?? null;
    }
    if (!name && !hasValues) continue;
    if (!name) ctx.problem(l, '有数值但没有行名称', 'row_without_label');

    const values = cells.slice(valueStart);
    while (values.length > columns.length && values[values.length - 1] === '') values.pop();
    if (values.length > columns.length) ctx.problem(l, `行的单元格多于表头 (${values.length} > ${columns.length})`, 'row_too_long');
    const out: Cell[] = [];
    for (let j = 0; j < columns.length; j++) {
      if (j < values.length) {
        const cell = ctx.cell(l, valueStart + j, columns[j]!);
        if (shifted && (cell.value !== null || cell.withheld)) cell.placement = 'inferred';
        out.push(cell);
      } else out.push(makeCell('', { column: columns[j]!, line: l.n, unitExponent: ctx.unitExponent, unit: ctx.unit }).cell);
    }
    if (shifted) {
      ctx.problem(l, `行的标签单元格少于表头 (${valueStart} < ${roles.count})：数值按第一个金额对齐到「${columns[0]}」(placement=inferred)`, 'cells_placed', 'info');
      checkFirstIsSum(out, l, ctx);
    }
    const row = makeRow({
      code,
      name,
      entity: isTotal ? null : above ? above.row.entity : entity,
      block: rowType,
      extra_codes: above ? above.row.extra_codes : { ...(gov ? { gov_economic_code: gov } : {}), ...(isUnit && digitCells[0] ? { unit_code: digitCells[0].c } : {}) },
      line: l.n,
      cells: out,
    });
    if (above) {
      rows[rows.indexOf(above.row)] = row;
      ctx.problem(l, `${above.row.code ?? above.unitCode ?? ''}「${above.row.name}」没有数值，数值印在下一行：按该行读取`, 'figures_below_label', 'info');
      previous = null;
      continue;
    }
    rows.push(row);
    previous = code || isUnit ? { row, line: l.n, unitCode: isUnit ? (digitCells[0]?.c ?? '') : null } : null;
  }
  // Withheld amounts (涉密 … XXXX) are inside the printed totals: say so wherever the table is shown.
  const withheld = rows.filter((r) => r.cells.some((c) => c.withheld));
  if (withheld.length > 0) {
    ctx.problems.push({
      severity: 'info',
      line: withheld[0]!.line,
      message: `${withheld.length} 行的金额按规定不予公开（XXXX，记为 withheld）；表中合计包含这些金额 (lines ${withheld.map((r) => r.line).join(', ')})`,
      raw: '',
      code: 'withheld_values',
    });
  }
  if (block.kind === 'budget_general_basic') {
    return { columns: readBasicColumns(columns, rows, headerRaw, grid.rows[0], ctx), rows };
  }
  return { columns, rows };
};

/** For a re-aligned row the first amount is the row total: check it against the parts (same-level columns). */
function checkFirstIsSum(cells: Cell[], l: Parameters<LayoutParser>[0]['rows'][number], ctx: Parameters<LayoutParser>[1]): void {
  const v = (c: Cell | undefined): Decimal | null => (c && c.value !== null ? parseDecimal(c.value) : null);
  const first = v(cells[0]);
  const rest = cells.slice(1).map(v).filter((x): x is Decimal => x !== null);
  if (!first || rest.length === 0) return;
  // Parts may include nested subtotals; accept when the first equals the largest part or the sum of leaf parts.
  const total = rest.reduce((a, b) => add(a, b));
  if (rest.some((x) => cmp(x, first) === 0) || cmp(total, first) === 0) return;
  ctx.problem(l, '对齐后的合计与各列不符', 'identity_mismatch', 'warning');
}
