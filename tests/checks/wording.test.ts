/**
 * The 说明's comparison words must agree with its own numbers (check family `wording`, src/lib/checks/wording.ts).
 * Seed outcomes are read by hand from data/raw (line numbers given).
 */
import { describe, expect, it } from 'vitest';
import { readNarrativeClaims } from '../../src/lib/claims/extract.ts';
import { wordingChecks } from '../../src/lib/checks/wording.ts';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import { parseSeed } from '../helpers.ts';

/** Run the wording checks on one paragraph of a 决算 说明. */
function judge(text: string, heading = '（三）具体情况。') {
  const claims = readNarrativeClaims([{ line: 1, text, heading }], [], 'final');
  return wordingChecks({ narrative: { claims, paragraphs: [] } } as unknown as DocumentModel).filter((c) => c.status !== 'skip' || !/没有/.test(c.message));
}

describe('words.budget_comparison', () => {
  it('大于 between 1,234.50 and 1,300.00 is a 不符', () => {
    const [r] = judge('决算数为1,234.50万元，大于年初预算数1,300.00万元。');
    expect(r).toMatchObject({ check_id: 'words.budget_comparison', status: 'fail', expected: '13000000', actual: '12345000' });
  });

  it('小于 between the same two numbers agrees', () => {
    expect(judge('决算数为1,234.50万元，小于年初预算数1,300.00万元。')[0]).toMatchObject({ status: 'pass' });
  });

  it('持平 for two different amounts is a 不符; equal within the printed rounding is 持平', () => {
    expect(judge('年初预算为10.00万元，支出决算为12.00万元。决算数与年初预算数持平。')[0]).toMatchObject({ status: 'fail' });
    // 10.0万元 printed to one decimal vs 10.04万元: equal within half of 0.1万元
    expect(judge('年初预算为10.0万元，支出决算为10.04万元。决算数与年初预算数基本持平。')[0]).toMatchObject({ status: 'pass' });
  });

  it('a 大于 between figures equal only within rounding is 未判定, never 不符', () => {
    const [r] = judge('年初预算为10.0万元，支出决算为10.04万元。决算数大于年初预算数的主要原因是项目增加。');
    expect(r).toMatchObject({ status: 'skip' });
    expect(r!.message).toContain('未判定');
  });

  it('the word of a later sentence refers to the figures of the sentence before it', () => {
    expect(judge('年初预算为500.00万元，支出决算为5.45万元，完成年初预算的1.09%。决算数大于年初预算数的主要原因是科技奖励延期。')[0]).toMatchObject({ status: 'fail', expected: '5000000', actual: '54500' });
    expect(judge('年初预算为500.00万元，支出决算为5.45万元。决算数小于年初预算数的主要原因是科技奖励延期。')[0]).toMatchObject({ status: 'pass' });
  });

  it('“存在差异” between two equal figures is a 不符', () => {
    expect(judge('年初预算为3.44万元，支出决算为3.44万元。决算数与年初预算数存在差异的主要原因是培训减少。')[0]).toMatchObject({ status: 'fail' });
  });

  it('a printed 增减额 must equal the difference (决算数比年初预算增加X)', () => {
    expect(judge('年初预算为100.00万元，支出决算为120.00万元。决算数比年初预算增加20.00万元。')[0]).toMatchObject({ status: 'pass' });
    expect(judge('年初预算为100.00万元，支出决算为120.00万元。决算数比年初预算增加25.00万元。')[0]).toMatchObject({ status: 'fail', expected: '200000', actual: '250000' });
  });

  it('焦作 2022 line 523: 年初预算为0.00万元，支出决算为0.65万元 … 存在差异 → pass', () => {
    const r = parseSeed('jiaozuo2022').checks.filter((c) => c.check_id === 'words.budget_comparison');
    // items 1–7 and more of 具体情况 (lines 523–535 …) each state 存在差异 with differing figures
    expect(r.length).toBeGreaterThanOrEqual(7);
    expect(r.every((c) => c.status === 'pass')).toBe(true);
    expect(r.find((c) => c.lines.includes(523))).toMatchObject({ expected: '0', actual: '6500' });
  });
});

describe('words.yoy_direction', () => {
  it('增加 X，下降 Y% is a 不符; 减少 X，下降 Y% agrees', () => {
    const bad = judge('2022年度支出100.00万元，比上年增加10.00万元，下降9.09%。', '一、收入支出决算总体情况说明');
    expect(bad.find((c) => c.check_id === 'words.yoy_direction')).toMatchObject({ status: 'fail' });
    const good = judge('2022年度支出100.00万元，比上年减少10.00万元，下降9.09%。', '一、收入支出决算总体情况说明');
    expect(good.find((c) => c.check_id === 'words.yoy_direction')).toMatchObject({ status: 'pass' });
  });

  it('与上年持平 next to a non-zero change is a 不符', () => {
    const r = judge('公务接待费0.20万元，比上年减少0.02万元，与上年基本持平。', '“三公”经费预算情况说明');
    expect(r.find((c) => c.check_id === 'words.yoy_direction' && c.status === 'fail')?.message).toContain('持平');
  });

  it('平顶山 2023 line 584: 机关运行经费 减少17.47万元，下降5.85% → pass', () => {
    const r = parseSeed('pingdingshan2023').checks.filter((c) => c.check_id === 'words.yoy_direction' && c.lines.includes(584));
    expect(r.map((c) => c.status)).toEqual(['pass']);
  });
});
