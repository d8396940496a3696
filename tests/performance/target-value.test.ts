import { describe, expect, it } from 'vitest';
import { decideOutcome, parseTargetValue } from '../../src/lib/parse/tables/target-value.ts';

// Printed values taken from the seeds' 绩效自评表 (焦作 2022, 平顶山 2023, 阳泉 2022).
describe('parseTargetValue', () => {
  it.each([
    ['≥400人次', '>=', '400', '人次', true],
    ['=3个', '=', '3', '个', true],
    ['≤30%', '<=', '30', '%', true],
    ['1841个', '=', '1841', '个', false],
    ['≥20矿次', '>=', '20', '矿次', true],
    ['100%', '=', '100', '%', false],
    ['约300人', '~', '300', '人', true],
    ['9040元/年·人', '=', '9040', '元/年·人', false],
    ['13.93 %', '=', '13.93', '%', false],
    ['$\\geq 90\\%$', '>=', '90', '%', true],
    ['100%以上', '>=', '100', '%', true],
  ])('%s is quantitative', (raw, comparator, number, unit, printed) => {
    const v = parseTargetValue(raw);
    expect(v.kind).toBe('quantitative');
    expect(v.comparator).toBe(comparator);
    expect(v.number).toBe(number);
    expect(v.unit).toBe(unit);
    expect(v.comparator_printed).toBe(printed);
  });

  it.each(['提升', '明显', '达到预期指标', '三节', '每月', '按月报送', '有效助力', '建立健全'])('%s is qualitative', (raw) => {
    const v = parseTargetValue(raw);
    expect(v.kind).toBe('qualitative');
    expect(v.comparator).toBeNull();
    expect(v.number).toBeNull();
    expect(v.raw).toBe(raw);
  });

  it('blank and dashes are blank, not zero', () => {
    expect(parseTargetValue('').kind).toBe('blank');
    expect(parseTargetValue('  ').kind).toBe('blank');
    expect(parseTargetValue('—').kind).toBe('blank');
    expect(parseTargetValue('-').number).toBeNull();
  });
});

describe('decideOutcome', () => {
  const o = (t: string, a: string, level1 = '') => decideOutcome(parseTargetValue(t), parseTargetValue(a), level1);
  it('quantitative targets are compared exactly with their comparator', () => {
    expect(o('≥400人次', '99人次')).toEqual({ outcome: 'not_met', reason: '99人次 < 400人次' });
    expect(o('≥20矿次', '24矿次').outcome).toBe('met');
    expect(o('=3个', '3个').outcome).toBe('met');
    expect(o('≤30%', '35.51%').outcome).toBe('not_met');
    expect(o('≤100%', '81.08%').outcome).toBe('met');
    expect(o('≥90%', '90%').outcome).toBe('met'); // boundary
    expect(o('≥90%', '81.08%').outcome).toBe('not_met');
    expect(o('≥15家', '0家').outcome).toBe('not_met');
    // 平顶山: the actual 15 is printed without the unit of ≥10个
    expect(o('≥10个', '15')).toEqual({ outcome: 'met', reason: '15个 ≥ 10个' });
  });

  it('a bare target is reached or exceeded (not exceeded under 成本指标)', () => {
    expect(o('100%', '95%').outcome).toBe('not_met');
    expect(o('100%', '100%').outcome).toBe('met');
    expect(o('2人', '2人').outcome).toBe('met');
    expect(o('100元/人', '120元/人', '成本指标').outcome).toBe('not_met');
    expect(o('100元/人', '90元/人', '成本指标').outcome).toBe('met');
  });

  it('qualitative targets', () => {
    expect(o('提升', '100%').outcome).toBe('met'); // 焦作: qualitative target, 100% completion
    expect(o('相关', '达到预期指标').outcome).toBe('met'); // 平顶山
    expect(o('健全', '健全').outcome).toBe('met'); // 阳泉
    expect(o('提升', '80%').outcome).toBe('not_met');
    expect(o('明显', '未达到预期指标').outcome).toBe('not_met');
    expect(o('有效', '部分达成预期指标').outcome).toBe('not_met');
    expect(o('90%', '满意').outcome).toBe('not_measurable'); // 平顶山 社会公众满意度
    expect(o('提升', '有序推进').outcome).toBe('not_measurable');
  });

  it('blank target or actual is not measurable; bounds and approximations', () => {
    expect(o('', '95%')).toEqual({ outcome: 'not_measurable', reason: '年度指标值为空' });
    expect(o('≥90%', '')).toEqual({ outcome: 'not_measurable', reason: '实际完成值为空' });
    expect(o('≥85%', '≥85%').outcome).toBe('met'); // 阳泉 prints the actual as a bound
    expect(o('≥90%', '≥85%').outcome).toBe('not_measurable');
    expect(o('约300人', '约300人').outcome).toBe('met');
    expect(o('≥90%', '5个').outcome).toBe('not_measurable'); // units differ
  });
});
