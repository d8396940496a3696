import { add, parseDecimal, toString, type Decimal } from '../../../decimal.ts';
import type { Evaluation, FinanceLine, FundsLine, GroupScore, Indicator, ManagementItem } from '../../../model/performance.ts';
import type { Cell, Row } from '../../../model/table.ts';
import { makeRow, type TableContext } from '../../tables/context.ts';
import { cleanText } from '../../../text/clean.ts';
import type { SourceLine } from '../../../text/lines.ts';
import { flat, isNumberCell, isValueCell, perfCell, text, valueMeasure } from '../../tables/cell-text.ts';
import { FUNDS_LABELS, FUNDS_ORDER, fundsRoleOf, layoutFundsRow, normaliseSource, readFundsHeader, type FundsHeader } from './funds.ts';
import { alignIndicatorRow, DEFAULT_HEADER, TASK_RE, isIndicatorHeader, readIndicatorHeader, splitGroupWeight, type IndicatorHeader } from './indicators.ts';
import { decideOutcome, parseTargetValue } from '../../tables/target-value.ts';
import { gradeFor, readGradeThresholds } from './grades.ts';

export type SelfEvalKind = 'perf_overall_selfeval' | 'perf_project_selfeval';

export interface SelfEvalInput {
  /** The table's rows (title and meta lines removed), in source order. */
  lines: SourceLine[];
  kind: SelfEvalKind;
  tableId: string;
  title: string;
  startLine: number;
  endLine: number;
  /** Table unit (printed or the document's), used for funds when the funds block prints none. */
  unit: string;
  unitExponent: number;
}

export interface SelfEvalResult {
  evaluation: Evaluation;
  rows: Row[];
  columns: string[];
}

type Section = 'meta' | 'basic' | 'funds' | 'finance' | 'management' | 'goals' | 'tasks' | 'indicators' | 'after';

const FUNDS_START_RE = /^(?:部门整体支出情况|项目资金|预算执行情况|部门预算资金|资金投入情况)/;
const META_PAIR_RE = /^(?:项目名称|主管部门(?:及代码)?|实施单位|部门(?:（单位）|\(单位\))?名称|单位名称|项目编码|项目代码)$/;
const META_NOTE_RE = /^(?:填报单位|填表人|填报人|填报日期|单位[（(]盖章[)）]|联系人|联系电话|附件\d*$)/;
const PERIOD_RE = /^[(（]?\d{4}年(?:度|\d{1,2}月)?[)）]?$/;
const GOALS_START_RE = /^(?:年度履职目标|年度总体目标|年度绩效目标|总体目标|年度部门[（(]单位[)）]总体运行绩效目标|年度.{0,8}总体.{0,6}目标)$/;
const TASKS_START_RE = /^(?:年度主要任务|年度主要工作内容|主要任务)$/;
const AFTER_RE = /^(?:自评结论|取得的成绩|存在问题|评价人员|主要经验|下一步|整改措施|评价结论)/;
const TOTAL_RE = /^(?:总分(?!设置)|总计|合计|分值及得分合计|得分合计|总得分)/;
const GOAL_WORD_RE = /^(?:预期目标|实际完成情况|全年实际完成情况|目标名称|主要内容|目标完成情况|任务名称|任务完成情况)$/;

function unitOf(label: string): { unit: string; exponent: number } | null {
  const f = flat(label);
  if (/[（(]万元[)）]/.test(f)) return { unit: '万元', exponent: 4 };
  if (/[（(]元[)）]/.test(f)) return { unit: '元', exponent: 0 };
  return null;
}

function sumOf(values: (string | null)[]): string | null {
  const ds = values.filter((v): v is string => v !== null).map((v) => parseDecimal(v)!);
  if (ds.length === 0) return null;
  return toString(ds.reduce<Decimal>((a, b) => add(a, b), { units: 0n, scale: 0 }));
}

function splitPair(s: string): { label: string; text: string } {
  const m = /^([^:：]{1,30})[:：]\s*(.*)$/.exec(s.trim());
  return m ? { label: m[1]!.trim(), text: m[2]!.trim() } : { label: s.trim(), text: '' };
}

interface IndicatorDraft {
  l: SourceLine;
  indicator: Indicator;
  idx: { target?: number; actual?: number; weight?: number; score?: number; deviation?: number };
  header: IndicatorHeader;
  /** Cell index of each text field in the printed row, for wrapped continuation lines. */
  text: { level3?: number; target?: number; actual?: number; explanation?: number; reason?: number };
}

/**
 * Read one 绩效自评表 (department-wide or per project) into the Evaluation model and the table rows that carry its
 * numbers (funds in 元, 执行率 in percent, 分值/得分 as scores, numeric 指标值/实际完成值). Pure. Rows that fit no
 * part of the form are reported on the context with their line and text.
 */
export function readSelfEval(input: SelfEvalInput, ctx: TableContext): SelfEvalResult {
  const rows: Row[] = [];
  const notes: Evaluation['notes'] = [];
  const funds: FundsLine[] = [];
  const finances: FinanceLine[] = [];
  const management: ManagementItem[] = [];
  const tasks: Evaluation['tasks'] = [];
  const groups: GroupScore[] = [];
  const drafts: IndicatorDraft[] = [];
  const goals = { expected: [] as string[], actual: [] as string[] };
  const scope: Evaluation['scope'] = {
    level: input.kind === 'perf_project_selfeval' ? 'project' : 'department',
    name: '',
    project_code: null,
    competent_department: null,
    competent_department_code: null,
    implementing_unit: null,
  };
  let grade: string | null = null;
  let thresholds: Record<string, string> = {};
  let totalScore: string | null = null;
  let totalWeight: string | null = null;
  let totalLine: number | null = null;
  let schemeWeight: string | null = null;
  let reporter: string | null = null;

  let section: Section = 'meta';
  let noteLabel = '';
  let fundsHeader: FundsHeader | null = null;
  let fundsSection = '';
  let fundsUnit = { unit: input.unit, exponent: input.unitExponent };
  let fundsUnitPrinted = false;
  let finance = { split: -1, income: '', expenditure: '', unit: { unit: input.unit, exponent: input.unitExponent } };
  let mgmtLabels = { weight: '分值', score: '得分' };
  let goalsActualCol = -1;
  let goalsExpectedLine = -1;
  let taskCols = { name: 0, content: 1, result: 4 };
  let indHeader: IndicatorHeader | null = null;
  let level1 = '';
  let level2 = '';
  /** Last line read as an indicator row (wrapped text may only follow one directly). */
  let lastDataLine = -1;

  const pushRow = (name: string, block: string | null, l: SourceLine, cells: Cell[]) => {
    rows.push(makeRow({ code: null, name, block, line: l.n, cells }));
  };
  const nonEmpty = (l: SourceLine) => l.cells.map((_, j) => ({ j, t: text(l, j) })).filter((c) => c.t !== '');

  for (const l of input.lines) {
    const cells = nonEmpty(l);
    if (cells.length === 0) continue;
    const head = flat(cells[0]!.t);
    const whole = flat(cleanText(l.raw));

    // A printed grade anywhere (等级：优 / 自评等级 | 优).
    cells.forEach((c, k) => {
      const m = /^(?:自评)?等级[:：]?(优|良|中|差)$/.exec(flat(c.t));
      if (m) grade = m[1]!;
      else if (/^(?:自评)?等级$/.test(flat(c.t)) && /^(优|良|中|差)$/.test(flat(cells[k + 1]?.t ?? ''))) grade = flat(cells[k + 1]!.t);
    });

    // A grade row (自评等级 | 优): kept as a note, never an indicator.
    if (/^(?:自评|评价)?等级/.test(head)) {
      notes.push({ label: cells[0]!.t, text: cells.slice(1).map((c) => c.t).join('；'), line: l.n });
      continue;
    }

    // Scoring scheme and grade thresholds (总分设置为100分 … 100-90（含）分为优 …).
    if (/分?为[“"]?优/.test(whole) && /\d/.test(whole) && cells.length <= 2) {
      thresholds = { ...thresholds, ...readGradeThresholds(whole) };
      const sw = /^总分设置为(\d+(?:\.\d+)?)分/.exec(whole);
      if (sw) schemeWeight = sw[1]!;
      notes.push({ label: '评分规则', text: cells.map((c) => c.t).join(' '), line: l.n });
      continue;
    }

    // 合计 inside a funds / 收支 block is a funds row; only 总分 ends those blocks.
    if (TOTAL_RE.test(head) && (/^总分/.test(head) || (section !== 'funds' && section !== 'finance'))) {
      const nums = l.cells.map((c, j) => ({ c, j })).filter((x) => isNumberCell(x.c));
      const out: Cell[] = [];
      if (nums.length >= 2) {
        out.push(perfCell(ctx, l, nums[0]!.j, '分值', 'score', '分'));
        out.push(perfCell(ctx, l, nums[1]!.j, '得分', 'score', '分'));
        totalWeight = out[0]!.value;
        totalScore = out[1]!.value;
        for (const x of nums.slice(2)) ctx.problem(l, `总分行多出的数字「${x.c.trim()}」`, 'perf_total_extra', 'warning');
      } else if (nums.length === 1) {
        out.push(perfCell(ctx, l, nums[0]!.j, '得分', 'score', '分'));
        totalScore = out[0]!.value;
      } else {
        const m = /^总分[:：]?(\d+(?:\.\d+)?)分?$/.exec(whole);
        if (m) totalScore = toString(parseDecimal(m[1]!)!);
        else ctx.problem(l, '总分行没有读到分数', 'perf_total_unread', 'warning');
      }
      totalLine = l.n;
      pushRow(cells[0]!.t.replace(/(?<!\d)\d+(?:\.\d+)?分?$/, '') /* (?<!\d): linear on long digit runs */.replace(/\s+/g, '') || '总分', '总分', l, out);
      section = 'after';
      continue;
    }

    if (META_PAIR_RE.test(head)) {
      for (let k = 0; k < cells.length; k++) {
        const label = flat(cells[k]!.t);
        if (!META_PAIR_RE.test(label)) continue;
        const next = cells[k + 1];
        const value = next && !META_PAIR_RE.test(flat(next.t)) ? next : null;
        if (value) k++;
        const v = value ? value.t : '';
        if (value && isNumberCell(l.cells[value.j])) ctx.other(l, value.j);
        if (label === '项目名称') scope.name = v;
        else if (label === '主管部门') scope.competent_department = v || null;
        else if (label === '主管部门及代码') {
          // Length guard: the lazy prefix + optional spacers backtrack quadratically on a long value (docs/security.md).
          const m = v.length <= 300 ? /^(.*?)[\s(（]*(\d{3,12})[)）]?$/.exec(v) : null;
          if (m) {
            scope.competent_department = m[1]!.trim() || null;
            scope.competent_department_code = m[2]!;
          } else scope.competent_department = v || null;
        } else if (label === '实施单位') scope.implementing_unit = v || null;
        else if (label === '项目编码' || label === '项目代码') scope.project_code = v || null;
        else if (scope.level === 'department') scope.name = v;
        notes.push({ label, text: v, line: l.n });
      }
      continue;
    }
    if (META_NOTE_RE.test(head) || PERIOD_RE.test(head)) {
      const p = splitPair(cells.map((c) => c.t).join(' '));
      if (PERIOD_RE.test(head)) notes.push({ label: '年度', text: cells[0]!.t, line: l.n });
      else notes.push({ label: p.label, text: p.text, line: l.n });
      if (/^(?:填报单位|单位[（(]盖章[)）])/.test(head) && p.text) reporter = p.text;
      continue;
    }

    // Section starts.
    if (/^部门基本信息/.test(head)) {
      section = 'basic';
      noteLabel = '部门基本信息';
      const rest = cells.slice(1).map((c) => c.t);
      for (const r of rest) {
        const m = /^部门名称[:：]\s*(.+)$/.exec(r);
        if (m) scope.name = m[1]!.trim();
      }
      notes.push({ label: noteLabel, text: rest.join('；'), line: l.n });
      continue;
    }
    if (/^(?:部门职能职责概述|部门职能|职能职责)/.test(head)) {
      section = 'basic';
      noteLabel = cells[0]!.t;
      notes.push({ label: noteLabel, text: cells.slice(1).map((c) => c.t).join('；'), line: l.n });
      continue;
    }
    if (/收支情况$/.test(head)) {
      section = 'finance';
      const split = l.cells.findIndex((c, j) => j > cells[0]!.j && /支出/.test(flat(c)));
      const incomeCol = cells.find((c) => c.j > cells[0]!.j + 1 && c.j < (split < 0 ? Infinity : split) && !/收入情况$/.test(flat(c.t)));
      const expCol = cells.find((c) => split >= 0 && c.j > split);
      const u = cells.map((c) => unitOf(c.t)).find((x) => x !== null);
      finance = { split, income: incomeCol?.t ?? '金额', expenditure: expCol?.t ?? incomeCol?.t ?? '金额', unit: u ?? finance.unit };
      if (!u) ctx.problem(l, `收支情况没有印出金额单位，按${finance.unit.unit}处理`, 'perf_unit_missing', 'info');
      continue;
    }
    if (FUNDS_START_RE.test(head)) {
      section = 'funds';
      fundsSection = splitGroupWeight(cells[0]!.t.replace(/[（(][^()（）]*元[)）]/, '').trim()).name.replace(/\s+/g, '');
      const h = readFundsHeader(l);
      if (h) fundsHeader = h;
      const u = unitOf(cells[0]!.t);
      if (u) {
        fundsUnit = u;
        fundsUnitPrinted = true;
      }
      if (l.cells.some((c) => isNumberCell(c))) readFundsRow(l);
      continue;
    }
    if (/^执行情况/.test(head)) {
      const g = splitGroupWeight(cells[0]!.t);
      groups.push({ name: g.name.replace(/\s+/g, ''), weight: g.weight, score: null, line: l.n });
      notes.push({ label: cells[0]!.t, text: cells.slice(1).map((c) => c.t).join('；'), line: l.n });
      section = 'meta';
      continue;
    }
    if (/^资金管理情况/.test(head)) {
      section = 'management';
      const w = cells.find((c) => /^分值/.test(flat(c.t)));
      const s = cells.find((c) => /^(?:自评)?得分$/.test(flat(c.t)));
      mgmtLabels = { weight: w ? flat(w.t) : '分值', score: s ? flat(s.t) : '得分' };
      continue;
    }
    if (GOALS_START_RE.test(head)) {
      section = 'goals';
      goalsActualCol = -1;
      readGoals(l, cells.slice(1));
      continue;
    }
    if (TASKS_START_RE.test(head)) {
      section = 'tasks';
      const rest = cells.slice(1);
      if (rest.some((c) => flat(c.t) === '任务名称')) readTaskHeader(rest);
      else if (rest.length > 0) {
        // 阳泉: 任务1: … 任务2: … in one cell.
        const all = rest.map((c) => c.t).join(' ');
        const parts = all.split(/(?=任务\s*\d{1,2}\s*[:：])/).map((s) => s.trim()).filter(Boolean);
        for (const p of parts) {
          const m = /^(任务\s*\d{1,2})\s*[:：]\s*(.*)$/.exec(p);
          if (m) tasks.push({ name: m[1]!.replace(/\s+/g, ''), content: m[2]!.trim(), result: '', line: l.n });
          else ctx.problem(l, `任务文字没有任务编号「${p.slice(0, 40)}」`, 'perf_row_unplaced', 'warning');
        }
      }
      continue;
    }
    if (isIndicatorHeader(l)) {
      section = 'indicators';
      indHeader = readIndicatorHeader(l);
      continue;
    }
    if (/^(?:绩效指标|绩效目标自评情况|绩效目标)$/.test(head) && cells.length === 1) {
      section = 'indicators';
      continue;
    }
    if (AFTER_RE.test(head)) {
      section = 'after';
      noteLabel = cells[0]!.t;
      notes.push({ label: noteLabel, text: cells.slice(1).map((c) => c.t).join('；'), line: l.n });
      continue;
    }

    switch (section) {
      case 'funds':
        readFundsRow(l);
        break;
      case 'finance':
        readFinanceRow(l);
        break;
      case 'management':
        readManagementRow(l, cells);
        break;
      case 'goals':
        if (cells.every((c) => GOAL_WORD_RE.test(flat(c.t)))) {
          const a = cells.find((c) => /完成情况$/.test(flat(c.t)));
          if (a) goalsActualCol = a.j;
        } else readGoals(l, cells);
        break;
      case 'tasks':
        if (cells.some((c) => flat(c.t) === '任务名称')) readTaskHeader(cells);
        else readTaskRow(l, cells);
        break;
      case 'indicators':
        readIndicatorRow(l);
        lastDataLine = l.n;
        break;
      case 'basic':
      case 'after':
        notes.push({ label: noteLabel, text: cells.map((c) => c.t).join('；'), line: l.n });
        break;
      default:
        ctx.problem(l, '绩效自评表中无法归类的行', 'perf_row_unplaced', 'warning');
        notes.push({ label: '', text: cells.map((c) => c.t).join('；'), line: l.n });
    }
  }

  function readFundsRow(l: SourceLine): void {
    const layout = layoutFundsRow(l, fundsHeader);
    const labels = layout.labels.filter((x) => !FUNDS_START_RE.test(flat(x.text)));
    const label = labels.map((x) => x.text).join(' ');
    let source = labels.length ? normaliseSource(labels[labels.length - 1]!.text) : '';
    let rowName = label;
    if (labels.length && fundsRoleOf(labels[labels.length - 1]!.text)) {
      rowName = fundsSection;
      ctx.problem(l, `资金行的标签是表头文字「${labels[labels.length - 1]!.text}」（表头与数据行在转换中混在一起），按「${fundsSection}」记录`, 'perf_funds_label', 'warning');
      source = fundsSection;
    } else if (!source) {
      if (!l.cells.some((c) => isValueCell(c))) return;
      ctx.problem(l, '资金行没有来源标签', 'perf_funds_label', 'warning');
    }
    const out: Cell[] = [];
    const values: Partial<Record<(typeof FUNDS_ORDER)[number], string | null>> = {};
    for (const r of FUNDS_ORDER) {
      const j = layout.at[r];
      if (j === undefined || j >= l.cells.length) {
        values[r] = null;
        continue;
      }
      const column = fundsHeader?.labels[r] ?? FUNDS_LABELS[r];
      const c =
        r === 'weight' || r === 'score'
          ? perfCell(ctx, l, j, column, 'score', '分')
          : r === 'execution_rate'
            ? perfCell(ctx, l, j, column, 'percent', '%')
            : perfCell(ctx, l, j, column, 'yuan', fundsUnit.unit, fundsUnit.exponent);
      values[r] = c.value;
      out.push(c);
    }
    if (!fundsUnitPrinted && out.some((c) => c.measure === 'yuan' && c.value !== null)) {
      ctx.problem(l, `资金金额没有印出单位，按${fundsUnit.unit}处理`, 'perf_unit_missing', 'info');
      fundsUnitPrinted = true;
    }
    funds.push({
      source: source || label,
      label,
      initial_budget: values.initial_budget ?? null,
      full_year_budget: values.full_year_budget ?? null,
      executed: values.executed ?? null,
      execution_rate: values.execution_rate ?? null,
      weight: values.weight ?? null,
      score: values.score ?? null,
      line: l.n,
    });
    pushRow(rowName || source, '资金', l, out);
  }

  function readFinanceRow(l: SourceLine): void {
    for (let j = 0; j < l.cells.length; j++) {
      const t = text(l, j);
      if (t === '' || isValueCell(l.cells[j])) continue;
      const side = finance.split >= 0 && j >= finance.split ? 'expenditure' : 'income';
      const column = side === 'income' ? finance.income : finance.expenditure;
      const amountIdx = j + 1;
      const cell = perfCell(ctx, l, amountIdx, column, 'yuan', finance.unit.unit, finance.unit.exponent);
      finances.push({ side, item: normaliseSource(t), amount: cell.value, line: l.n });
      rows.push(makeRow({ code: null, name: t, block: side === 'income' ? '收入' : '支出', line: l.n, cells: [cell] }));
      j = amountIdx;
    }
  }

  function readManagementRow(l: SourceLine, cells: { j: number; t: string }[]): void {
    const named = cells.filter((c) => !/^资金管理情况$/.test(flat(c.t)));
    const nums = named.filter((c) => isNumberCell(l.cells[c.j]));
    const name = named.find((c) => !isNumberCell(l.cells[c.j]));
    if (!name) {
      ctx.problem(l, '资金管理行没有名称', 'perf_row_unplaced', 'warning');
      return;
    }
    const w = nums[0];
    const s = nums[1];
    for (const x of nums.slice(2)) ctx.problem(l, `资金管理行多出的数字「${x.t}」`, 'perf_row_unplaced', 'warning');
    const out: Cell[] = [];
    const wc = w ? perfCell(ctx, l, w.j, mgmtLabels.weight, 'score', '分') : null;
    const sc = s ? perfCell(ctx, l, s.j, mgmtLabels.score, 'score', '分') : null;
    if (wc) out.push(wc);
    if (sc) out.push(sc);
    if (s && sc?.measure === 'percent') ctx.problem(l, `得分印为百分数「${s.t}」，按${sc.value}分计`, 'perf_score_percent', 'warning');
    const firstNum = w ? w.j : Infinity;
    const lastNum = s ? s.j : w ? w.j : Infinity;
    management.push({
      name: name.t,
      explanation: named.filter((c) => c.j > name.j && c.j < firstNum).map((c) => c.t).join(' '),
      weight: wc?.value ?? null,
      score: sc?.value ?? null,
      score_raw: s?.t ?? '',
      issues: named.filter((c) => c.j > lastNum && lastNum !== Infinity).map((c) => c.t).join(' '),
      line: l.n,
    });
    pushRow(name.t, '资金管理情况', l, out);
  }

  function readGoals(l: SourceLine, rest: { j: number; t: string }[]): void {
    const words = rest.filter((c) => GOAL_WORD_RE.test(flat(c.t)));
    const a = words.find((c) => /完成情况$/.test(flat(c.t)));
    if (a) goalsActualCol = a.j;
    for (const c of rest) {
      if (GOAL_WORD_RE.test(flat(c.t))) continue;
      if (goalsActualCol >= 0 && c.j >= goalsActualCol) goals.actual.push(c.t);
      else if (goals.expected.length === 0 || goalsExpectedLine === l.n) {
        goals.expected.push(c.t);
        goalsExpectedLine = l.n;
      } else goals.actual.push(c.t);
    }
  }

  function readTaskHeader(cells: { j: number; t: string }[]): void {
    const find = (re: RegExp) => cells.find((c) => re.test(flat(c.t)))?.j;
    taskCols = { name: find(/^任务名称$/) ?? 0, content: find(/^主要内容$/) ?? 1, result: find(/完成情况$/) ?? 4 };
  }

  function readTaskRow(l: SourceLine, cells: { j: number; t: string }[]): void {
    for (const c of cells) if (isNumberCell(l.cells[c.j])) ctx.problem(l, `任务行中的数字「${c.t}」`, 'perf_row_unplaced', 'warning');
    let name = '';
    let content = '';
    let result = '';
    if (cells.length >= 3) {
      name = cells[0]!.t;
      result = cells[cells.length - 1]!.t;
      content = cells.slice(1, -1).map((c) => c.t).join(' ');
    } else {
      for (const c of cells) {
        const d = (k: number) => Math.abs(c.j - k);
        const role = d(taskCols.name) <= d(taskCols.content) && d(taskCols.name) <= d(taskCols.result) ? 'name' : d(taskCols.content) <= d(taskCols.result) ? 'content' : 'result';
        if (role === 'name') name = name ? `${name} ${c.t}` : c.t;
        else if (role === 'content') content = content ? `${content} ${c.t}` : c.t;
        else result = result ? `${result} ${c.t}` : c.t;
      }
    }
    tasks.push({ name, content, result, line: l.n });
  }

  function readIndicatorRow(l: SourceLine): void {
    const header = indHeader ?? DEFAULT_HEADER;
    if (readWrappedIndicatorText(l)) return;
    const al = alignIndicatorRow(l, header);
    for (const j of al.labels) ctx.other(l, j);
    if (al.level1) {
      const g = splitGroupWeight(al.level1.text);
      level1 = g.name.replace(/\s+/g, '');
      level2 = '';
      const wCell = al.level1Weight ? perfCell(ctx, l, al.level1Weight.idx, header.labels[header.roles.indexOf('level1_weight')] || '分值', 'score', '分') : null;
      groups.push({ name: level1, weight: wCell?.value ?? g.weight, score: null, line: l.n });
      if (wCell) pushRow(level1, '一级指标', l, [wCell]);
    } else if (al.level1Weight) {
      ctx.problem(l, '一级指标分值没有一级指标名称', 'perf_cell_unplaced', 'warning');
    }
    if (al.level2) level2 = al.level2.text.replace(/\s+/g, '');
    for (const j of al.unplaced) ctx.problem(l, `绩效指标行中无法归位的单元格「${text(l, j)}」`, 'perf_cell_unplaced', 'warning');

    const at = al.at;
    // Task labels (任务N) are not values of any tail column.
    const get = (j: number | undefined) => (j === undefined || TASK_RE.test(flat(text(l, j))) ? '' : text(l, j));
    let level3 = get(at.level3);
    let task = al.task?.text ?? null;
    const tm = /^(任务\s*\d{1,2})\s+(.+)$/.exec(level3);
    if (tm) {
      task = tm[1]!.replace(/\s+/g, '');
      level3 = tm[2]!.trim();
    }
    const targetRaw = get(at.target);
    const actualRaw = get(at.actual);
    const has = (j: number | undefined) => j !== undefined && isNumberCell(l.cells[j]);
    if (level3 === '' && targetRaw === '' && actualRaw === '' && !has(at.weight) && !has(at.score)) return; // empty template row
    if (level3 === '' && al.level2) level3 = level2; // a 二级/三级 merged cell
    if (level3 === '') ctx.problem(l, '绩效指标行没有三级指标名称', 'perf_indicator_unnamed', 'warning');
    const target = parseTargetValue(targetRaw);
    const actual = parseTargetValue(actualRaw);
    const decided = decideOutcome(target, actual, level1);
    const weightCell = has(at.weight) ? at.weight : undefined;
    const scoreCell = has(at.score) ? at.score : undefined;
    for (const [r, j] of [
      ['分值', at.weight],
      ['得分', at.score],
    ] as const)
      if (j !== undefined && get(j) !== '' && !isNumberCell(l.cells[j]) && !isValueCell(l.cells[j]))
        ctx.problem(l, `${r}不是数字「${get(j)}」`, 'bad_number', 'warning');
    // (a 分值 cell that is no plain number — `95%` — is reported above and gives no weight)
    const weightDecimal = weightCell !== undefined ? parseDecimal(l.cells[weightCell]!.trim()) : null;
    const dev = get(at.deviation);
    const indicator: Indicator = {
      level1,
      level2,
      level3,
      task,
      target,
      actual,
      explanation: at.explanation !== undefined ? get(at.explanation) || null : null,
      weight: weightDecimal !== null ? toString(weightDecimal) : null,
      score: null,
      deviation: dev === '' ? null : dev,
      deviation_reason: al.reasonCells.map((j) => text(l, j)).join(' ') || null,
      outcome: decided.outcome,
      outcome_reason: decided.reason,
      column_offset: al.offset,
      line: l.n,
    };
    drafts.push({
      l,
      indicator,
      idx: { target: at.target, actual: at.actual, weight: weightCell, score: scoreCell, deviation: at.deviation },
      header,
      text: { level3: at.level3, target: at.target, actual: at.actual, explanation: at.explanation, reason: al.reasonCells[0] ?? at.reason },
    });
  }

  /**
   * A line with a single text cell right after an indicator row is the wrapped rest of one of its texts (三级指标,
   * 指标值, 实际完成值, 指标值说明 or 偏差原因): appended to the field printed nearest to it, and reported (info).
   */
  function readWrappedIndicatorText(l: SourceLine): boolean {
    const prev = drafts[drafts.length - 1];
    if (!prev || prev.l.n !== lastDataLine) return false;
    const ne = l.cells.map((_, j) => ({ j, t: text(l, j) })).filter((c) => c.t !== '');
    if (ne.length !== 1) return false;
    const { j, t } = ne[0]!;
    const f = flat(t);
    if (isValueCell(l.cells[j]) || /指标$/.test(splitGroupWeight(f).name) || TASK_RE.test(f) || TOTAL_RE.test(f)) return false;
    const fields = (Object.entries(prev.text) as [keyof IndicatorDraft['text'], number | undefined][]).filter(([, k]) => k !== undefined) as [keyof IndicatorDraft['text'], number][];
    if (fields.length === 0) return false;
    const [field] = fields.reduce((best, cur) => (Math.abs(cur[1] - j) < Math.abs(best[1] - j) ? cur : best));
    const i = prev.indicator;
    if (field === 'level3') i.level3 += t;
    else if (field === 'explanation') i.explanation = (i.explanation ?? '') + t;
    else if (field === 'reason') i.deviation_reason = (i.deviation_reason ?? '') + t;
    else {
      if (field === 'target') i.target = parseTargetValue(i.target.raw + t);
      else i.actual = parseTargetValue((i.actual?.raw ?? '') + t);
      const d = decideOutcome(i.target, i.actual, i.level1);
      i.outcome = d.outcome;
      i.outcome_reason = d.reason;
    }
    ctx.problem(l, `续行「${t.slice(0, 40)}」并入第${prev.l.n}行的${field}`, 'perf_wrapped_text', 'info');
    lastDataLine = l.n;
    return true;
  }

  // Scores printed once per 一级指标 group (阳泉: merged 自评得分 cell, no 分值 column) belong to the group.
  const groupScoreRows = new Set<IndicatorDraft>();
  {
    let k = 0;
    while (k < drafts.length) {
      let e = k;
      while (e + 1 < drafts.length && drafts[e + 1]!.indicator.level1 === drafts[k]!.indicator.level1) e++;
      const span = drafts.slice(k, e + 1);
      const first = span[0]!;
      if (!first.header.roles.includes('weight') && first.idx.score !== undefined && span.slice(1).every((d) => d.idx.score === undefined) && span.length > 1) {
        groupScoreRows.add(first);
      }
      k = e + 1;
    }
  }

  const indicators: Indicator[] = [];
  for (const d of drafts) {
    const { l, header, idx } = d;
    const label = (r: string, dflt: string) => header.labels[header.roles.indexOf(r as never)] || dflt;
    const out: Cell[] = [];
    for (const [r, dflt, j] of [
      ['target', '年度指标值', idx.target],
      ['actual', '实际完成值', idx.actual],
    ] as const) {
      if (j !== undefined && isNumberCell(l.cells[j])) {
        const m = valueMeasure(l.cells[j]!);
        out.push(perfCell(ctx, l, j, label(r, dflt), m.measure, m.unit));
      }
    }
    if (idx.weight !== undefined) out.push(perfCell(ctx, l, idx.weight, label('weight', '分值'), 'score', '分'));
    let groupCell: Cell | null = null;
    if (idx.score !== undefined) {
      const c = perfCell(ctx, l, idx.score, label('score', '得分'), 'score', '分');
      if (groupScoreRows.has(d)) groupCell = c;
      else {
        out.push(c);
        d.indicator.score = c.value;
      }
    }
    if (idx.deviation !== undefined && isNumberCell(l.cells[idx.deviation])) out.push(perfCell(ctx, l, idx.deviation, label('deviation', '偏差度'), 'percent', ''));
    if (groupCell) {
      const g = [...groups].reverse().find((x) => x.name === d.indicator.level1);
      if (g) g.score = groupCell.value;
      else groups.push({ name: d.indicator.level1, weight: null, score: groupCell.value, line: l.n });
      pushRow(d.indicator.level1, '一级指标', l, [groupCell]);
    }
    const block = [d.indicator.level1, d.indicator.level2].filter(Boolean).join('/') || null;
    pushRow(d.indicator.level3, block, l, out);
    indicators.push(d.indicator);
  }

  if (scope.level === 'project' && !scope.name) ctx.problem(input.lines[0] ?? { n: input.startLine, raw: input.title, cells: [input.title] }, '项目支出绩效自评表没有项目名称', 'perf_no_project_name', 'warning');
  if (scope.level === 'department' && !scope.name && reporter) scope.name = reporter;
  if (scope.level === 'project') for (const r of rows) r.entity = scope.name || null;

  // Sums of the printed parts.
  const fundsScored = funds.filter((f) => f.score !== null || f.weight !== null);
  const scoredGroups = groups.filter((g) => g.score !== null && !indicators.some((i) => i.level1 === g.name && i.score !== null));
  const indScores = indicators.map((i) => i.score);
  const indWeights = indicators.map((i) => i.weight);
  const scoreParts = [...indScores, ...fundsScored.map((f) => f.score), ...management.map((m) => m.score), ...scoredGroups.map((g) => g.score)];
  const weightParts = [...indWeights, ...fundsScored.map((f) => f.weight), ...management.map((m) => m.weight)];
  const total = totalScore;
  rows.sort((a, b) => a.line - b.line);
  const columns: string[] = [];
  for (const r of rows) for (const c of r.cells) if (!columns.includes(c.column)) columns.push(c.column);

  const evaluation: Evaluation = {
    table_id: input.tableId,
    kind: input.kind,
    title: input.title,
    scope,
    funds_unit: funds.length ? fundsUnit.unit : finances.length ? finance.unit.unit : null,
    funds,
    finances,
    management,
    goals: goals.expected.length || goals.actual.length ? { expected: goals.expected.join('\n'), actual: goals.actual.join('\n') } : null,
    tasks,
    indicators,
    groups: groups.filter((g) => g.weight !== null || g.score !== null),
    total_score_printed: total,
    total_weight_printed: totalWeight ?? schemeWeight,
    total_line: totalLine,
    score_sum: sumOf(scoreParts),
    weight_sum: sumOf(weightParts),
    indicators_score_sum: sumOf(indScores),
    indicators_weight_sum: sumOf(indWeights),
    grade,
    grade_thresholds: thresholds,
    grade_derived: total !== null && Object.keys(thresholds).length ? gradeFor(total, thresholds) : null,
    notes,
    start_line: input.startLine,
    end_line: input.endLine,
  };
  return { evaluation, rows, columns };
}
