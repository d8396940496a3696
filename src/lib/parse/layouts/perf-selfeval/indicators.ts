import { classifyCell } from '../../tables/cells.ts';
import type { SourceLine } from '../../../text/lines.ts';
import { flat, isNumberCell, text } from '../../tables/cell-text.ts';

/** Column roles of an indicator block (绩效指标). */
export type IndicatorRole =
  | 'level1'
  | 'level1_weight'
  | 'level2'
  | 'level3'
  | 'target'
  | 'explanation'
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviation'
  | 'reason'
  | 'ignore';

export interface IndicatorHeader {
  roles: IndicatorRole[];
  /** Printed label of each column. */
  labels: string[];
  line: number;
}

/** A header row of the indicator block: it names 一级指标 and 三级指标 (and usually 年度指标值). */
export function isIndicatorHeader(l: SourceLine): boolean {
  const cells = l.cells.map((c) => flat(c));
  return cells.includes('一级指标') && cells.includes('三级指标');
}

export function readIndicatorHeader(l: SourceLine): IndicatorHeader {
  const labels = l.cells.map((_, j) => text(l, j));
  // `年度指标值（A）`, `得分(C)`: letters and formulas in brackets are not part of the role name.
  const f = labels.map((s) => flat(s).replace(/[（(][A-Za-z0-9+\-×*/÷%％]{1,12}[)）]/g, ''));
  const l3 = f.indexOf('三级指标');
  const roles: IndicatorRole[] = f.map((c, j) => {
    if (c === '一级指标') return 'level1';
    if (c === '二级指标') return 'level2';
    if (c === '三级指标') return 'level3';
    if (/说明$/.test(c)) return 'explanation';
    if (/^(?:年度)?(?:指标值|目标值)$|^年度(?:指标)?$/.test(c)) return 'target';
    if (/^(?:实际|全年实际|全年完成)|完成值$/.test(c)) return 'actual';
    if (/^分值/.test(c)) return j < l3 ? 'level1_weight' : 'weight';
    if (/^(?:自评)?得分$/.test(c)) return 'score';
    if (/^偏差度/.test(c)) return 'deviation';
    if (/原因|改进措施/.test(c)) return 'reason';
    return 'ignore';
  });
  return { roles, labels, line: l.n };
}

/** The default header when a table prints indicator rows without a header row. */
export const DEFAULT_HEADER: IndicatorHeader = {
  roles: ['level1', 'level2', 'level3', 'target', 'actual', 'weight', 'score', 'deviation', 'reason'],
  labels: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差度', '偏差原因分析及改进措施'],
  line: 0,
};

const SECTION_LABEL_RE = /^(?:绩效指标|绩效目标|绩效目标自评情况)$/;
const LEVEL1_RE = /^(?:产出|效益|满意度|成本|投入管理|投入|过程|效果)指标$/;
export const TASK_RE = /^任务\s*\d{1,2}$/;
const GROUP_WEIGHT_RE = /^(.*?)[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/;

/** `产出指标 (30分)` → name and weight. */
export function splitGroupWeight(label: string): { name: string; weight: string | null } {
  // Length guard: the lazy name before the bracket backtracks on long labels.
  const m = label.length <= 200 ? GROUP_WEIGHT_RE.exec(label.trim()) : null;
  return m ? { name: m[1]!.trim(), weight: m[2]! } : { name: label.trim(), weight: null };
}

export interface AlignedRow {
  offset: number;
  /** Role → cell index in the printed row. */
  at: Partial<Record<IndicatorRole, number>>;
  /** Indices of cells after the score/deviation that hold reason text. */
  reasonCells: number[];
  /** Prefix cells (before 三级指标) placed as level1 / level1_weight / level2 / task. */
  level1: { idx: number; text: string } | null;
  level1Weight: { idx: number } | null;
  level2: { idx: number; text: string } | null;
  task: { idx: number; text: string } | null;
  /** Non-empty cells that fit no role. */
  unplaced: number[];
  /** Section labels (绩效指标) seen in the prefix. */
  labels: number[];
}

const TAIL_ROLES: IndicatorRole[] = ['level3', 'target', 'explanation', 'actual', 'weight', 'score', 'deviation', 'reason'];

function plausibility(cells: string[], header: IndicatorHeader, o: number): number {
  const roleAt = (r: IndicatorRole) => {
    const j = header.roles.indexOf(r);
    return j < 0 ? null : j + o;
  };
  const get = (r: IndicatorRole) => {
    const j = roleAt(r);
    return j === null || j < 0 ? null : (cells[j] ?? '');
  };
  let s = 0;
  const l3 = get('level3');
  // A 二级 name (…指标) in the 三级 slot means the row moved too far.
  if (l3 !== null && l3.trim() !== '' && classifyCell(l3) === 'text' && !/指标$/.test(flat(l3))) s += 1;
  const t = get('target');
  if (t !== null && t.trim() !== '' && !/指标$/.test(flat(t))) s += 1;
  const a = get('actual');
  if (a !== null && a.trim() !== '' && !/指标$/.test(flat(a))) s += 1;
  const w = get('weight');
  if (w !== null && classifyCell(w) === 'number') s += 2;
  const sc = get('score');
  if (sc !== null && isNumberCell(sc)) s += 2;
  const d = get('deviation');
  if (d !== null && classifyCell(d) === 'number') s += 1;
  const e = get('explanation');
  if (e !== null && e.trim().length > 6) s += 0.5;
  // Cells pushed beyond the last column, or the 三级指标 slot before the row start, cost points.
  const last = header.roles.length - 1 + o;
  for (let j = last + 1; j < cells.length; j++) if ((cells[j] ?? '').trim() !== '') s -= 1;
  const l3i = roleAt('level3');
  if (l3i !== null && l3i < 0) s -= 5;
  return s - Math.abs(o) * 0.25;
}

/**
 * Line an indicator row up with its header. The PDF conversion drops blank cells of merged columns (the row moves
 * left) or inserts some (it moves right); the offset of the tail (三级指标 onwards) is chosen by plausibility:
 * a text 三级指标, non-empty 指标值 and 实际完成值, numeric 分值 / 得分 / 偏差度. Cells before 三级指标 are placed
 * by vocabulary (产出指标 … → 一级, other …指标 → 二级, 任务N → task) and then by position.
 */
export function alignIndicatorRow(l: SourceLine, header: IndicatorHeader): AlignedRow {
  const cells = l.cells.map((c, j) => {
    const t = text(l, j);
    return TASK_RE.test(flat(t)) ? '' : c;
  });
  let best = 0;
  let bestScore = -Infinity;
  for (const o of [0, -1, 1, -2, 2]) {
    const s = plausibility(cells, header, o);
    if (s > bestScore + 1e-9) {
      bestScore = s;
      best = o;
    }
  }
  const o = best;
  const at: AlignedRow['at'] = {};
  for (const r of TAIL_ROLES) {
    const j = header.roles.indexOf(r);
    if (j >= 0 && j + o >= 0) at[r] = j + o;
  }
  const l3 = at.level3 ?? header.roles.indexOf('level3') + o;
  const out: AlignedRow = { offset: o, at, reasonCells: [], level1: null, level1Weight: null, level2: null, task: null, unplaced: [], labels: [] };
  // Prefix cells.
  const roleOf = (pos: number): IndicatorRole | null => (pos >= 0 && pos < header.roles.length ? header.roles[pos]! : null);
  for (let j = 0; j < Math.min(l3, l.cells.length); j++) {
    const t = text(l, j);
    if (t === '') continue;
    const f = flat(t);
    if (TASK_RE.test(f)) {
      out.task = { idx: j, text: f };
      continue;
    }
    if (SECTION_LABEL_RE.test(f)) {
      out.labels.push(j);
      continue;
    }
    if (isNumberCell(t)) {
      if ((roleOf(j) === 'level1_weight' || roleOf(j - o) === 'level1_weight') && !out.level1Weight) out.level1Weight = { idx: j };
      else out.unplaced.push(j);
      continue;
    }
    const name = splitGroupWeight(f).name;
    if (LEVEL1_RE.test(name) && !out.level1) out.level1 = { idx: j, text: t };
    else if (/指标$/.test(name) && !LEVEL1_RE.test(name) && !out.level2) out.level2 = { idx: j, text: t };
    else {
      const r = [roleOf(j), roleOf(j - o)].find((x) => x === 'level1' || x === 'level2');
      if (r === 'level1' && !out.level1) out.level1 = { idx: j, text: t };
      else if (r === 'level2' && !out.level2) out.level2 = { idx: j, text: t };
      else if (!out.level2 && out.level1) out.level2 = { idx: j, text: t };
      else out.unplaced.push(j);
    }
  }
  // Tasks printed in the 三级指标 slot.
  for (let j = l3; j < l.cells.length; j++) {
    const t = flat(text(l, j));
    if (TASK_RE.test(t) && !out.task) out.task = { idx: j, text: t };
  }
  // Reason: text cells after the last placed value role.
  const after = Math.max(at.score ?? -1, at.deviation ?? -1, at.weight ?? -1, at.actual ?? -1);
  const taken = new Set(Object.entries(at).filter(([r]) => r !== 'reason').map(([, j]) => j));
  for (let j = after + 1; j < l.cells.length; j++) if (!taken.has(j) && text(l, j) !== '') out.reasonCells.push(j);
  return out;
}
