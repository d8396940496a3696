import type { z } from 'zod';
import type { Evaluation, Indicator, TargetValue } from '../model/performance.ts';
import { cleanLabel, cleanText } from '../text/clean.ts';
import type { SourceLine } from '../text/lines.ts';
import { classifyCell } from '../tables/cells.ts';
import type { TableContext } from '../tables/context.ts';
import { parseDecimal, toString } from '../decimal.ts';

/** Evaluation as built by the budget target readers (defaulted fields may be omitted; Evaluation.parse fills them). */
export type EvaluationInput = z.input<typeof Evaluation>;
export type IndicatorInput = z.input<typeof Indicator>;

/** Cleaned cells of a line (markup such as `<p>` removed, wrapped CJK joined). */
export function cellsOf(l: SourceLine): string[] {
  return l.cells.map((c) => cleanLabel(c));
}

/** Title repeats, `(2022年度)`, `单位名称：…`, `单位：万元` lines of a target table continued across pages. */
export function isTargetMetaLine(cells: string[]): boolean {
  const ne = cells.filter((c) => c !== '');
  if (ne.length !== 1) return false;
  const t = ne[0]!.replace(/[\s\u3000]/g, '');
  return /绩效目标(?:汇总)?表|^[（(]?\d{4}年度?[)）]?$|^(?:单位名称|部门名称|单位)[:：]/.test(t);
}

const COMPARATORS: ReadonlyArray<[RegExp, NonNullable<TargetValue['comparator']>]> = [
  [/^(?:≥|>=|≧|不低于|不少于)/, '>='],
  [/^(?:≤|<=|≦|不高于|不超过|不多于)/, '<='],
  [/^(?:>|＞|大于|高于)/, '>'],
  [/^(?:<|＜|小于|低于)/, '<'],
  [/^(?:=|＝)/, '='],
];

/**
 * A printed 指标值 as a TargetValue: comparator + exact number + unit when it reads as one (`≥90%`, `≥1000本`,
 * `≤20万元`, `100%`, `3家`), qualitative otherwise (`相关`, `提升`, `有效缓解`), blank when empty.
 */
export function targetValue(printed: string): TargetValue {
  const raw = cleanText(printed).replace(/\s+/g, ' ').trim();
  const base = { raw, comparator: null, number: null, unit: '' };
  if (raw === '' || /^[-－—–─/／]{1,3}$/.test(raw)) return { ...base, kind: 'blank' } as TargetValue;
  let s = raw.replace(/\s+/g, '').replace(/％/g, '%');
  let comparator: TargetValue['comparator'] = null;
  for (const [re, c] of COMPARATORS) {
    const m = re.exec(s);
    if (m) {
      comparator = c;
      s = s.slice(m[0].length);
      break;
    }
  }
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([^\d，,。；;：:]{0,8})$/.exec(s);
  const d = m ? parseDecimal(m[1]!) : null;
  if (!m || !d) return { ...base, kind: 'qualitative' } as TargetValue;
  return { raw, kind: 'quantitative', comparator: comparator ?? '=', number: toString(d), unit: m[2]!.trim() } as TargetValue;
}

/** An indicator of a target table: a target and no actual, so no outcome can be decided. */
export function targetIndicator(level1: string, level2: string, level3: string, value: string, explanation: string | null, line: number): IndicatorInput {
  return {
    level1,
    level2,
    level3,
    target: targetValue(value),
    actual: null,
    explanation,
    weight: null,
    score: null,
    outcome: 'not_measurable',
    outcome_reason: '绩效目标表只有目标值，没有实际完成值',
    line,
  };
}

/** Numeric tokens printed in indicator cells (`100%`, `1%`) are targets, not table values: account for them. */
export function accountIndicatorTokens(ctx: TableContext, l: SourceLine, from: number): void {
  for (let j = from; j < l.cells.length; j++) {
    if (ctx.used.get(`${l.n}:${j}`) === 'value') continue;
    const k = classifyCell(l.cells[j]!);
    if (k === 'number' || k === 'percent') ctx.other(l, j);
  }
}
