import type { CheckResult, Claim, DocumentModel } from '../model/document.ts';
import { abs, cmp, fromString, sub, toString } from '../decimal.ts';
import { def } from './catalogue.ts';
import { claimPrecision } from './narrative.ts';
import { judgeSame } from './rounding.ts';
import { judged, plain, skip } from './types.ts';

/**
 * Comparison words of the 说明 (claims/comparisons.ts and the yoy claims): when a 说明 compares two of its own numbers
 * in words, the word must agree with the numbers.
 *
 *   words.budget_comparison — 决算数 大于 / 小于 / 等于 / 持平 / 存在差异 / 比…增加 / 减少 年初预算数: the relation of the
 *     two printed figures. Equal within the printed rounding (judgeSame) counts as 持平 / 等于; a 大于 or 小于 between
 *     figures equal only within rounding is 未判定 (skip), between figures printed identical a 不符. A printed
 *     增减额 must equal the difference.
 *   words.yoy_direction — 比上年 增加 X，增长 Y% (the two words agree in direction) and 与上年持平 next to a change
 *     amount (the amount is zero).
 *
 * The figures themselves are compared with the tables by the checks of their topics (narr.items, narr.three_public,
 * narr.operating_costs, narr.general_total …).
 */
export function wordingChecks(model: DocumentModel): CheckResult[] {
  const claims = model.narrative.claims;
  const out: CheckResult[] = [];
  const dB = def('words.budget_comparison');
  const dY = def('words.yoy_direction');
  for (const [i, c] of claims.entries()) {
    if (c.topic === 'words_budget_final') {
      const b = claims[i + 1];
      if (!b || b.topic !== 'words_budget_budget' || b.line !== c.line) continue;
      const ch = claims[i + 2]?.topic === 'words_budget_change' && claims[i + 2]!.line === c.line ? claims[i + 2] : undefined;
      out.push(budgetComparison(c, b, ch));
    }
    if (c.topic === 'yoy_pct') {
      const change = claims[i - 1];
      if (change?.topic === 'yoy_change') out.push(yoyDirection(change, c));
    }
    if (c.topic === 'words_yoy_flat') {
      const v = fromString(c.value);
      out.push(
        v.units === 0n
          ? plain(dY, 'pass', `说明「${c.text}」：增减额为 0，与“持平”一致`, [nref(c)], [c.line], { expected: '0', actual: '0', difference: '0', tolerance: '0' })
          : plain(dY, 'fail', `说明「${c.text}」：称与上年持平，但所述增减额为 ${show(c)}`, [nref(c)], [c.line], { expected: '0', actual: c.value, difference: c.value, tolerance: '0' }),
      );
    }
  }
  if (!out.some((r) => r.check_id === dB.id)) out.push(skip(dB, '情况说明中没有以文字比较决算数与预算数的表述'));
  if (!out.some((r) => r.check_id === dY.id)) out.push(skip(dY, '情况说明中没有与上年比较的增减表述'));
  return out;
}

const nref = (c: Claim) => `narrative:L${c.line}`;
const show = (c: Claim) => `${c.value}元`;

function budgetComparison(fin: Claim, bud: Claim, change: Claim | undefined): CheckResult {
  const d = def('words.budget_comparison');
  const F = fromString(fin.value);
  const B = fromString(bud.value);
  const rel = fin.subject ?? '';
  const same = judgeSame(B, claimPrecision(bud), F, claimPrecision(fin));
  const exact = cmp(F, B) === 0;
  const order = cmp(F, B);
  const refs = [nref(fin)];
  const lines = [fin.line];
  const base = `说明「${fin.text.slice(0, 40)}」：决算数 ${toString(F)} 元，年初预算数 ${toString(B)} 元`;
  const verdict = (ok: boolean, why: string): CheckResult =>
    judged(d, { status: ok ? 'pass' : 'fail', rounding: false, difference: sub(F, B), tolerance: same.tolerance }, { expected: B, actual: F, message: `${base}，${why}`, refs, lines });
  switch (rel) {
    case '等于':
    case '持平':
      return verdict(same.status === 'pass', same.status === 'pass' ? `在印刷舍入内相等，与“${rel}”一致` : `相差 ${toString(sub(F, B))} 元，不是“${rel}”`);
    case '差异':
      return verdict(!exact, exact ? '两数相同，却称“存在差异”' : '两数不同，与“存在差异”一致');
    case '大于':
    case '增加':
    case '小于':
    case '减少': {
      const up = rel === '大于' || rel === '增加';
      if (!exact && same.status === 'pass') return skip(d, `${base}，两数只在印刷舍入内相等，“${rel}”无法判定（未判定）`, refs);
      const ok = up ? order > 0 : order < 0;
      if (!ok) return verdict(false, exact ? `两数相同，却称“${rel}”` : `决算数${order > 0 ? '大于' : '小于'}预算数，却称“${rel}”`);
      if (change) {
        const Z = fromString(change.value);
        const diff = abs(sub(F, B));
        const z = judgeSame(diff, claimPrecision(fin), Z, claimPrecision(change));
        if (z.status !== 'pass') return judged(d, { ...z, status: 'fail' }, { expected: diff, actual: Z, message: `${base}，相差 ${toString(diff)} 元，说明所述${rel}额为 ${toString(Z)} 元`, refs, lines });
      }
      return verdict(true, `与“${rel}”一致`);
    }
    default:
      return skip(d, `${base}，比较用语「${rel}」未识别（未判定）`, refs);
  }
}

/** 增加 X，增长 Y% / 减少 X，下降 Y%: the two words agree (a zero change agrees with either). */
function yoyDirection(change: Claim, pct: Claim): CheckResult {
  const d = def('words.yoy_direction');
  const w1 = change.subject === '减少' ? -1 : 1;
  const w2 = /^(下降|减少)/.test(pct.text) ? -1 : 1;
  const zero = fromString(change.value).units === 0n || fromString(pct.value).units === 0n;
  const text = `说明「${change.text}」`;
  if (w1 === w2 || zero) return plain(d, 'pass', `${text}：增减用语方向一致`, [nref(pct)], [pct.line], { expected: '0', actual: '0', difference: '0', tolerance: '0' });
  return plain(d, 'fail', `${text}：金额称“${change.subject}”，百分比称“${pct.text.slice(0, 2)}”，方向相反`, [nref(pct)], [pct.line], { expected: String(w1), actual: String(w2), difference: String(w2 - w1), tolerance: '0' });
}
