import { describe, expect, it } from 'vitest';
import { fromString, toString } from '../../src/lib/decimal.ts';
import { judgeLeq, judgePercent, judgeSame, judgeSum, printedPrecision } from '../../src/lib/checks/rounding.ts';

const D = fromString;
const WAN = printedPrecision('18.20', 4); // 0.01万元 = 100元

describe('rounding model', () => {
  it('焦作 2022 三公 预算: 18.20 vs 0.00 + 13.96 + 4.23 = 18.19 is rounding (尾差), never a fail', () => {
    // Read by hand from 公开09表: 预算数 合计 18.20, 因公出国 0.00, 公车小计 13.96, 公务接待费 4.23 (万元).
    const v = judgeSum(D('182000'), [D('0'), D('139600'), D('42300')], WAN);
    expect(v.status).toBe('pass');
    expect(v.rounding).toBe(true);
    expect(toString(v.difference)).toBe('-100');
    // (n+1)·p/2 with n = 3 parts, p = 100元
    expect(toString(v.tolerance)).toBe('200');
  });

  it('an exact sum is a plain pass; beyond (n+1)·p/2 is a fail', () => {
    expect(judgeSum(D('100'), [D('40'), D('60')], WAN)).toMatchObject({ status: 'pass', rounding: false });
    const v = judgeSum(D('182000'), [D('0'), D('139600'), D('42100')], WAN); // 0.03万元 off with 3 parts
    expect(v.status).toBe('fail');
  });

  it('two presentations of one figure at the same precision must agree; 1,497.20 vs 1,497.21 is a warn', () => {
    // 平顶山 2023: 说明 人员经费1,497.20万元, 公开06表 人员经费合计 1,497.21万元.
    expect(judgeSame(D('14972100'), WAN, D('14972000'), WAN).status).toBe('warn');
    expect(judgeSame(D('14972100'), WAN, D('14972100'), WAN)).toMatchObject({ status: 'pass', rounding: false });
    expect(judgeSame(D('14972100'), WAN, D('15972100'), WAN).status).toBe('fail');
  });

  it('a coarser presentation may round the finer one (107,259.2 vs 107,259.24)', () => {
    const v = judgeSame(D('1072592400'), WAN, D('1072592000'), printedPrecision('107259.2', 4));
    expect(v).toMatchObject({ status: 'pass', rounding: true });
  });

  it('percentages: recomputed from printed values, half a unit of the last printed digit', () => {
    // 焦作 2022 说明: 财政拨款收入2,182.74万元，占99.99% of 收入合计2,182.91万元.
    expect(judgePercent(D('99.99'), 2, D('21827400'), D('21829100'), WAN)?.status).toBe('pass');
    // 平顶山 2023: 公务接待费 0.66 / 29.59 = 2.2305% printed 2.23
    expect(judgePercent(D('2.23'), 2, D('6600'), D('295900'), WAN)?.status).toBe('pass');
    // A wrong percentage fails.
    expect(judgePercent(D('3.23'), 2, D('6600'), D('295900'), WAN)?.status).toBe('fail');
    // Division by zero: no verdict (the caller skips).
    expect(judgePercent(D('0.00'), 2, D('0'), D('0'), WAN)).toBeNull();
  });

  it('a percentage only explainable by the rounding of its inputs passes as 尾差', () => {
    // 0.01 / 0.03 printed at 0.01: true values may be 0.005..0.015 / 0.025..0.035 → 14%..60%; 40% printed
    const v = judgePercent(D('40'), 0, D('100'), D('300'), WAN);
    expect(v).toMatchObject({ status: 'pass', rounding: true });
  });

  it('a truncated percentage (189.52% printed as 189%) is a warn, not a fail', () => {
    // 阳泉 2022 说明: 全年预算数372951496.4元, 执行数706804492.61元, 执行率为189%.
    const v = judgePercent(D('189'), 0, D('706804492.61'), D('372951496.4'), D('0.01'));
    expect(v?.status).toBe('warn');
  });

  it('one-way checks allow the rounding of both sides', () => {
    expect(judgeLeq(D('139600'), WAN, D('139600'), WAN).status).toBe('pass');
    expect(judgeLeq(D('139700'), WAN, D('139600'), WAN)).toMatchObject({ status: 'pass', rounding: true });
    expect(judgeLeq(D('149600'), WAN, D('139600'), WAN).status).toBe('fail');
  });
});
