import { cmp, parseDecimal, toString } from '../../decimal.ts';
import type { Indicator, TargetValue } from '../../model/performance.ts';
import { cleanText } from '../../text/clean.ts';

type Comparator = NonNullable<TargetValue['comparator']>;

const PREFIX: ReadonlyArray<[RegExp, Comparator]> = [
  [/^(?:≥|>=|≧|＞=|大于等于|不低于|不少于|不小于)/, '>='],
  [/^(?:≤|<=|≦|＜=|小于等于|不高于|不超过|不多于|不大于)/, '<='],
  [/^(?:>|＞|大于|高于|超过|多于)/, '>'],
  [/^(?:<|＜|小于|低于|少于)/, '<'],
  [/^(?:=|＝|等于)/, '='],
  [/^(?:约|大约|≈)/, '~'],
];
const SUFFIX: ReadonlyArray<[RegExp, Comparator]> = [
  [/(?:以上|及以上)$/, '>='],
  [/(?:以下|以内|及以下)$/, '<='],
];
// Number (optional thousands separators / fraction) then a short unit without digits.
const NUMBER_UNIT_RE = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([^\d]{0,12})$/;

/**
 * Parse a printed 指标值 / 实际完成值 into comparator + exact number + unit (`≥400人次`, `=3个`, `≤30%`, `1841个`,
 * `约300人`, `9040元/年·人`, `100%以上`). Texts that carry no single number (`提升`, `达到预期指标`, `三节`) are
 * qualitative; an empty cell or a dash is blank.
 */
export function parseTargetValue(printed: string): TargetValue {
  const raw = cleanText(printed).replace(/\s+/g, ' ').trim();
  const blank: TargetValue = { raw, kind: 'blank', comparator: null, comparator_printed: false, number: null, unit: '' };
  if (raw === '' || /^[-－—–─/／]{1,3}$/.test(raw)) return blank;
  let s = raw.replace(/[\s\u3000]+/g, '').replace(/％/g, '%').replace(/，/g, ',');
  let comparator: Comparator | null = null;
  for (const [re, c] of PREFIX) {
    const m = re.exec(s);
    if (m) {
      comparator = c;
      s = s.slice(m[0].length);
      break;
    }
  }
  if (comparator === null) {
    for (const [re, c] of SUFFIX) {
      const m = re.exec(s);
      if (m) {
        comparator = c;
        s = s.slice(0, s.length - m[0].length);
        break;
      }
    }
  }
  const m = NUMBER_UNIT_RE.exec(s);
  const d = m ? parseDecimal(m[1]!) : null;
  if (!m || !d) return { ...blank, kind: 'qualitative' };
  const unit = m[2]!.trim();
  // A unit that is itself a sentence (e.g. `2期培训已完成`) is not a measure.
  if (/[，,。；;：:]/.test(unit)) return { ...blank, kind: 'qualitative' };
  return {
    raw,
    kind: 'quantitative',
    comparator: comparator ?? '=',
    comparator_printed: comparator !== null,
    number: toString(d),
    unit,
  };
}

export interface Outcome {
  outcome: Indicator['outcome'];
  reason: string;
}

const MET_TEXT_RE = /^(?:已?达到|已?达成|已?完成|已?实现|符合|满足)|达到预期|达成预期|按期完成|全部完成/;
const NOT_MET_TEXT_RE = /未达到|未达成|未完成|未实现|没有完成|没有达到|未能|较差|不满意|不达标|未开展|^否$/;
const PARTIAL_TEXT_RE = /部分达成|部分完成|部分实现|基本达成|基本完成/;

function norm(s: string): string {
  return s.replace(/[\s\u3000。.，,；;]+/g, '');
}

function show(v: TargetValue): string {
  return `${v.number}${v.unit}`;
}

/**
 * Decide whether an indicator's actual value meets its target.
 *
 * Quantitative against quantitative: compared exactly with the printed comparator (units must match, an actual
 * without a unit takes the target's). A bare target number (no comparator printed) counts as met when reached or
 * exceeded — or, under a 成本 (cost) 一级指标, when not exceeded. An actual printed as a bound (`≥85%`) meets a
 * target of the same direction when the bound implies it. Qualitative targets are met by the same text, by
 * 达到/达成/完成 wording or by a completion of 100%; 未达到/未完成/部分达成 wording is not met. Everything else
 * is not measurable, with the reason.
 */
export function decideOutcome(target: TargetValue, actual: TargetValue | null, level1 = ''): Outcome {
  if (target.kind === 'blank') return { outcome: 'not_measurable', reason: '年度指标值为空' };
  if (!actual || actual.kind === 'blank') return { outcome: 'not_measurable', reason: '实际完成值为空' };

  if (actual.kind === 'qualitative') {
    const a = norm(actual.raw);
    if (target.kind === 'qualitative' && a === norm(target.raw)) return { outcome: 'met', reason: `实际完成值与指标值相同（${actual.raw}）` };
    if (NOT_MET_TEXT_RE.test(a)) return { outcome: 'not_met', reason: `实际完成值为「${actual.raw}」` };
    if (PARTIAL_TEXT_RE.test(a)) return { outcome: 'not_met', reason: `实际完成值为「${actual.raw}」（部分达成）` };
    if (MET_TEXT_RE.test(a)) return { outcome: 'met', reason: `实际完成值为「${actual.raw}」` };
    return { outcome: 'not_measurable', reason: `指标值「${target.raw}」与实际完成值「${actual.raw}」无法比较` };
  }

  // actual is quantitative
  if (target.kind === 'qualitative') {
    if (actual.unit === '%' && actual.comparator === '=') {
      const full = cmp(parseDecimal(actual.number!)!, parseDecimal('100')!) >= 0;
      return full
        ? { outcome: 'met', reason: `定性指标「${target.raw}」，实际完成${actual.raw}` }
        : { outcome: 'not_met', reason: `定性指标「${target.raw}」，实际只完成${actual.raw}` };
    }
    return { outcome: 'not_measurable', reason: `定性指标「${target.raw}」与数值「${actual.raw}」无法比较` };
  }

  const unit = target.unit;
  if (actual.unit !== '' && unit !== '' && actual.unit !== unit) {
    return { outcome: 'not_measurable', reason: `单位不同：指标值${target.raw}，实际完成值${actual.raw}` };
  }
  const t = parseDecimal(target.number!)!;
  const a = parseDecimal(actual.number!)!;
  const c = cmp(a, t);
  const tShow = show(target);
  const aShow = `${actual.number}${actual.unit || unit}`;

  if (actual.comparator !== '=') {
    // The actual is itself a bound or an approximation.
    if (actual.comparator === '~' && target.comparator === '~' && c === 0) return { outcome: 'met', reason: `约数相同（${actual.raw}）` };
    if (actual.comparator === '>=' && (target.comparator === '>=' || target.comparator === '>') && (c > 0 || (c === 0 && target.comparator === '>=')))
      return { outcome: 'met', reason: `实际完成值印为${actual.raw}，不低于指标值${target.raw}` };
    if (actual.comparator === '<=' && (target.comparator === '<=' || target.comparator === '<') && (c < 0 || (c === 0 && target.comparator === '<=')))
      return { outcome: 'met', reason: `实际完成值印为${actual.raw}，不高于指标值${target.raw}` };
    return { outcome: 'not_measurable', reason: `实际完成值印为范围或约数「${actual.raw}」，无法与「${target.raw}」比较` };
  }

  const ok = (met: boolean, op: string, nop: string): Outcome =>
    met ? { outcome: 'met', reason: `${aShow} ${op} ${tShow}` } : { outcome: 'not_met', reason: `${aShow} ${nop} ${tShow}` };
  switch (target.comparator) {
    case '>=':
      return ok(c >= 0, '≥', '<');
    case '>':
      return ok(c > 0, '>', '≤');
    case '<=':
      return ok(c <= 0, '≤', '>');
    case '<':
      return ok(c < 0, '<', '≥');
    case '~':
      return c === 0 ? { outcome: 'met', reason: `${aShow} = 约${tShow}` } : { outcome: 'not_measurable', reason: `指标值为约数「${target.raw}」，实际完成值${aShow}` };
    case '=':
    default:
      if (target.comparator_printed) return ok(c === 0, '=', '≠');
      if (c === 0) return { outcome: 'met', reason: `${aShow} = ${tShow}` };
      if (/成本/.test(level1)) return ok(c < 0, '≤', '>');
      return ok(c > 0, '≥', '<');
  }
}
